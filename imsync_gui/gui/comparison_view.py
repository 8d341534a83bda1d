"""Before and after on screen: each cause in the last round and now, with a headline.

Built from the same Qt-free comparison as the command line's ``diagnose --compare`` and the
report's "What was done and what changed"; every text is shown literally (plain text).

A table (cause, before, now, what happened) where it fits; where the page is narrower than the
table needs (large text in German: "Hintergrundaktualisierung" alone is a third of it), each
cause's name goes on a line of its own above its states, so nothing has to scroll sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from imsync_gui.export.comparison_table import round_line
from imsync_gui.export.history_text import change_text, paused_line, state_text, trend_line
from imsync_gui.export.labels import HEADLINE_LABELS
from imsync_gui.gui.cause_page import VERDICT_STATES
from imsync_gui.gui.check_card import state_icon
from imsync_gui.gui.style import muted_text, plain_label
from imsync_gui.i18n import N_, _, render, translate
from imsync_gui.model import knowledge
from imsync_gui.model.comparison import Comparison, Headline, compare
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.history import CauseState
from imsync_gui.model.recheck import snapshot
from imsync_gui.model.session import Session

TREND_MARKS = {
    Headline.NEW_PROBLEM: "▲",
    Headline.STILL_A_PROBLEM: "●",
    Headline.FIXED: "✓",
    Headline.NOT_CHECKED_AGAIN: "?",
    Headline.UNCHANGED: "–",
}
"""A mark per headline, shown beside its word (never instead of it)."""
COLUMNS = (N_("Cause"), N_("Before"), N_("Now"), N_("What happened"))


def trend_mark(headline: Headline) -> str:
    """The mark and word for a headline: "✓ Fixed"."""
    return f"{TREND_MARKS[headline]} {translate(HEADLINE_LABELS[headline])}"


class ComparisonView(QWidget):
    """The one-line verdict on the last round, then a row per cause: before, now, headline and
    the answers and checks that changed. Hidden while the session has no earlier round."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.setAccessibleName(_("Before and after"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.trend = plain_label("", bold=True)
        self.trend.setObjectName("comparisonTrend")
        self.since = _muted(plain_label(""))
        layout.addWidget(self.trend)
        layout.addWidget(self.since)
        self.paused = plain_label("")
        self.paused.setObjectName("comparisonPaused")
        layout.addWidget(self.paused)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        layout.addLayout(self.grid)
        self.comparison: Comparison | None = None
        self._session: Session | None = None
        self.stacked = False
        """True while each cause's name stands above its states (the page is too narrow)."""
        self._table_width = 0
        self.setMinimumWidth(1)  # not the table's width: narrower, it stacks (resizeEvent)
        self.hide()

    def show_session(self, session: Session, diagnosis: Diagnosis) -> None:
        """Compare the session's last round with the session now (hide without a round)."""
        if not session.rounds:
            self.comparison = None
            self.hide()
            return
        comparison = compare(session.rounds[-1], snapshot(session, diagnosis=diagnosis))
        self.comparison = comparison
        self.trend.setText(trend_line(comparison))
        self.since.setText(_("Before: {round}", round=round_line(comparison.before, session)))
        self._session = session
        self._table_width = self._table_needs(comparison)
        self.stacked = self.width() < self._table_width
        self._fill(comparison, session)
        self.paused.setText(paused_line(comparison, lambda d: _device_label(session, d)))
        self.paused.setVisible(bool(self.paused.text()))
        self.show()

    def _table_needs(self, comparison: Comparison) -> int:
        """How wide the table must be for every state to stay on one line and no cause's name or
        headline to break inside a word (measured with this widget's font)."""
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        names = [render(knowledge.cause(c.cause).title) for c in comparison.causes]
        states = [state_text(s) for c in comparison.causes for s in (c.before, c.after)]
        marks = [trend_mark(c.headline) for c in comparison.causes]
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        columns = (
            max(metrics.horizontalAdvance(word) for name in names for word in name.split()),
            side + 8 + max(metrics.horizontalAdvance(text) for text in states),
            max(QFontMetrics(bold).horizontalAdvance(w) for m in marks for w in m.split()) + 4,
        )
        return columns[0] + 2 * columns[1] + columns[2] + 3 * self.grid.horizontalSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Stack the names above the states when the table no longer fits, and back."""
        super().resizeEvent(event)
        stacked = self.width() < self._table_width
        if stacked != self.stacked and self.comparison and self._session:
            self.stacked = stacked
            self._fill(self.comparison, self._session)

    def _fill(self, comparison: Comparison, session: Session) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        first = 0 if self.stacked else 1  # the column of "Before"
        for column, heading in enumerate(COLUMNS[1 - first :]):
            self.grid.addWidget(plain_label(translate(heading), bold=True), 0, column)
        row = 1

        def device_label(device_id: str) -> str:
            return _device_label(session, device_id)

        for compared in comparison.causes:
            title = plain_label(render(knowledge.cause(compared.cause).title), bold=self.stacked)
            if self.stacked:
                self.grid.addWidget(title, row, 0, 1, 3)
                row += 1
            else:
                self.grid.addWidget(title, row, 0)
            mark = plain_label(
                trend_mark(compared.headline), bold=compared.headline is not Headline.UNCHANGED
            )
            mark.setObjectName(f"headline_{compared.cause.value}")
            changes = "\n".join(change_text(c, device_label) for c in compared.changes)
            cells = (_state_cell(compared.before), _state_cell(compared.after), mark)
            for column, cell in enumerate(cells, start=first):
                self.grid.addWidget(cell, row, column)
            row += 1
            if changes:
                self.grid.addWidget(_muted(plain_label(changes)), row, first, 1, 3)
                row += 1
        for column, stretch in enumerate((0, 0, 1, 0) if self.stacked else (1, 0, 0, 1)):
            self.grid.setColumnStretch(column, stretch)  # room to spare: names, headlines


def _device_label(session: Session, device_id: str) -> str:
    device = session.device(device_id)
    return device.label if device else _("a device no longer listed")


def _state_cell(state: CauseState | None) -> QWidget:
    """A cause's state in a round: the same state icon as the cause page's banner, and words."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    if state is not None:
        icon = QLabel(cell)
        side = cell.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = state_icon(VERDICT_STATES[state.verdict]).pixmap(QSize(side, side))
        icon.setPixmap(pixmap)
        icon.setAccessibleName(state_text(state))
        row.addWidget(icon)
    row.addWidget(plain_label(state_text(state)), 1)
    return cell


def _muted(label: QLabel) -> QLabel:
    """*label* in the muted colour, for what is secondary."""
    muted_text(label)
    return label
