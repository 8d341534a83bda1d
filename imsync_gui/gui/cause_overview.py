"""The side panel: where the person is, and the state of each of the nine causes.

It doubles as the wizard's progress display. One row per step (the situation, the devices, the
next questions, each cause, the plan); the row of the page on screen is the current row. Each
cause row shows a state icon and word ("Likely problem", "Worth checking", "Looks fine", "Not
looked at") that follow the diagnosis as answers and checks arrive; after a check again, the
trend since the last round ("✓ Fixed", "▲ New problem", "● Still a problem") follows the word. Clicking a row, or moving
to it with the arrow keys and pressing Enter, asks the wizard to show that page. Screen readers
hear the cause's name and its state.

The panel is as wide as its words need in the active language and font: every state word
and the longest single word of any title or trend fit on a line ("Hintergrundaktualisierung",
"Wahrscheinliches Problem"), and a line holds at least :data:`LINE_CHARACTERS`; longer titles
and trends break between words. The lines are broken here, with the list's font metrics, so
the view never wraps, clips or scrolls sideways; the measure follows the language and font.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem, QWidget

from imsync_gui.gui.cause_page import VERDICT_STATES
from imsync_gui.gui.check_card import state_icon
from imsync_gui.gui.comparison_view import trend_mark
from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import N_, _, translate
from imsync_gui.model.comparison import Headline, headline
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import CauseId, Verdict
from imsync_gui.model.knowledge import CAUSES
from imsync_gui.model.recheck import cause_states
from imsync_gui.model.session import Session

STATE_WORDS: dict[Verdict, str] = {
    Verdict.PROBLEM: N_("Likely problem"),
    Verdict.WARNING: N_("Worth checking"),
    Verdict.FINE: N_("Looks fine"),
    Verdict.NOT_CHECKED: N_("Not looked at"),
}
"""The word beside each cause, by the band its finding falls in."""

LINE_CHARACTERS = 23
"""The panel is never narrower than this many average characters, so that short titles in
English ("Apple's service status") still fit on a line."""

STEP_ROLE = Qt.ItemDataRole.UserRole
"""Item data: the page id (an int) the row stands for."""


class CauseOverview(Retranslatable, QListWidget):
    """The steps of the wizard with the nine causes' live states; see the module docstring."""

    jump_requested = Signal(int)
    """The person chose a row: show the page with this id."""

    def __init__(
        self,
        model: SessionModel,
        steps: list[tuple[int, str, CauseId | None]],
        parent: QWidget | None = None,
    ) -> None:
        """*steps*: (page id, title id marked with ``N_``, the cause or None), in order."""
        super().__init__(parent)
        self._titles: list[tuple[QListWidgetItem, str]] = []
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setWordWrap(False)  # lines are broken by _lines, to the width _fit_width chose
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self._line_width = 0
        self._width = 0
        self._causes: dict[CauseId, QListWidgetItem] = {}
        self._model = model
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_ListViewIconSize)
        self.setIconSize(QSize(side, side))
        blank = QPixmap(self.iconSize())  # rows without a state line up with the causes
        blank.fill(QColor(0, 0, 0, 0))
        for page_id, title, cause in steps:
            item = QListWidgetItem(QIcon(blank), translate(title), self)
            item.setData(STEP_ROLE, int(page_id))
            self._titles.append((item, title))
            if cause is not None:
                self._causes[cause] = item
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        model.diagnosis_changed.connect(self.show_states)
        self.retranslate()

    def retranslate(self) -> None:
        """Names, step titles and cause states in the active language."""
        self.setAccessibleName(_("Overview of the nine causes"))
        self.setAccessibleDescription(
            _("Where you are, and what is known about each cause. Press Enter to go there.")
        )
        self._fit_width()
        for item, title in self._titles:
            item.setText(self._lines(translate(title)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, translate(title))
        self.show_states(self._model.diagnosis)

    def show_states(self, diagnosis: Diagnosis) -> None:
        """Give each cause row the icon and word of its finding (and its trend, if any)."""
        trends = _trends(self._model.session, diagnosis)
        for cause in CAUSES:
            item = self._causes.get(cause.id)
            if item is None:
                continue
            verdict = diagnosis.finding(cause.id).verdict
            word = translate(STATE_WORDS[verdict])
            title = translate(cause.title)
            item.setText(self._lines(title, word))
            if cause.id in trends:  # on a line of its own: the panel is narrow
                trend = trend_mark(trends[cause.id])
                item.setText(self._lines(title, word, trend))
                word = _("{state}, {trend}", state=word, trend=trend)
            item.setIcon(self._icon(verdict))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                _("{cause}: {state}", cause=title, state=word),
            )
            item.setToolTip(_("{cause}: {state}", cause=title, state=word))

    def state_of(self, cause: CauseId) -> str:
        """What a screen reader hears for a cause's row."""
        return str(self._causes[cause].data(Qt.ItemDataRole.AccessibleTextRole))

    def show_current(self, page_id: int) -> None:
        """Mark the row of the page on screen (nothing when the page has no row)."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(STEP_ROLE) == page_id:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return
        self.clearSelection()

    def row_of(self, page_id: int) -> QListWidgetItem | None:
        """The row that stands for a page."""
        for row in range(self.count()):
            if self.item(row).data(STEP_ROLE) == page_id:
                return self.item(row)
        return None

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style changes how wide the words are: measure and break them again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self._titles:
            self.retranslate()

    def _fit_width(self) -> None:
        """Choose the width of a line of text, and the panel's width from it (see the module
        docstring): the widest state word, trend word or single word of any title."""
        metrics = QFontMetrics(self.font())
        whole = [translate(word) for word in STATE_WORDS.values()]
        texts = [translate(title) for _item, title in self._titles]
        words = [w for text in texts + [trend_mark(m) for m in Headline] for w in text.split()]
        self._line_width = max(
            [metrics.horizontalAdvance(text) for text in whole + words]
            + [metrics.averageCharWidth() * LINE_CHARACTERS]
        )
        option = self.row_option("M" * 4)
        row = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
        ).width() - metrics.horizontalAdvance(option.text)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth() + 2 * self.spacing()
        self._width = row + self._line_width + scroll_bar + frame + 2
        self.setMinimumWidth(self._width)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """As wide as :meth:`_fit_width` measured; wider only when the panel is (its button)."""
        return QSize(self._width, super().sizeHint().height())

    def row_option(self, text: str) -> QStyleOptionViewItem:
        """How the style sees a row showing *text* beside a state icon (its place not set)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= (
            QStyleOptionViewItem.ViewItemFeature.HasDisplay
            | QStyleOptionViewItem.ViewItemFeature.HasDecoration
        )
        option.decorationSize = self.iconSize()
        option.text = text
        return option

    def _lines(self, *parts: str) -> str:
        """*parts* one under the other, each broken between words to fit the panel."""
        metrics = QFontMetrics(self.font())
        lines: list[str] = []
        for part in parts:
            line = ""
            for word in part.split():
                longer = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(longer) > self._line_width:
                    lines.append(line)
                    longer = word
                line = longer
            lines.append(line)
        return "\n".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter jumps to the current row's page and stops there: the list view would pass the
        key on to the window, whose default button (Next) would then move on once more."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()

    def _icon(self, verdict: Verdict) -> QIcon:
        return state_icon(VERDICT_STATES[verdict])  # the verdict banner's icon

    def _chosen(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(int(item.data(STEP_ROLE)))


def _trends(session: Session, diagnosis: Diagnosis) -> dict[CauseId, Headline]:
    """What changed for each cause since the last round, leaving out the unchanged ones."""
    if not session.rounds:
        return {}
    last = session.rounds[-1]
    changed = {
        state.cause: headline(last.cause(state.cause), state) for state in cause_states(diagnosis)
    }
    return {cause: mark for cause, mark in changed.items() if mark is not Headline.UNCHANGED}
