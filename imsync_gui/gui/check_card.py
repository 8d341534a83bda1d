"""A live check's card: a state icon, one plain sentence, and folded technical details for IT."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QLabel, QStyle, QWidget

from imsync_gui.checks.titles import TITLES
from imsync_gui.export.check_table import COLUMNS, check_table
from imsync_gui.export.labels import CHECK_STATUS_LABELS
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.generated.ui_check_card import Ui_CheckCard
from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.style import plain_label, surface
from imsync_gui.i18n import _, number_text, render, translate
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckId, CheckStatus
from imsync_gui.resources import asset_path

STATE_ICONS: dict[CheckStatus, str] = {
    CheckStatus.PASS: "icons/state-pass.svg",
    CheckStatus.WARN: "icons/state-warn.svg",
    CheckStatus.FAIL: "icons/state-fail.svg",
    CheckStatus.ERROR: "icons/state-unknown.svg",
    CheckStatus.SKIPPED: "icons/state-unknown.svg",
}


@cache
def state_icon(status: CheckStatus) -> QIcon:
    """The coloured state icon of a check outcome (also used by the verdict banner).

    Made once per state: every answer redraws nine banners and the overview, and reading the
    SVG file again each time was half of the work of a change on the UI thread."""
    return QIcon(str(asset_path(STATE_ICONS[status])))


class CheckCard(Retranslatable, QFrame):
    """Shows one check as the session and the service report it.

    The folded "Technical details" table is built when it is unfolded, and again only when a
    different result arrives: building it is most of a card's cost (each cell a selectable
    label), and a suite's start would otherwise rebuild every card's table for nothing.
    """

    def __init__(
        self,
        check_id: CheckId,
        model: SessionModel,
        service: CheckService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckCard()
        self.ui.setupUi(self)
        self.setObjectName("card")
        surface(self)
        self.check_id = check_id
        self._details_of: CheckResult | None = None
        """The result the details table was built for (None: not built)."""
        self._model = model
        self._service = service
        for label in (self.ui.titleLabel, self.ui.messageLabel, self.ui.statusLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.ui.titleLabel.font()
        bold.setBold(True)
        self.ui.titleLabel.setFont(bold)
        self._name_check()
        self.ui.detailsButton.toggled.connect(self._fold)
        self.ui.runAgainButton.clicked.connect(lambda: service.run_one(check_id))
        service.started.connect(self._maybe_refresh)
        service.finished.connect(self._maybe_refresh)
        model.replaced.connect(self.refresh)
        self._fold(False)
        self.refresh()

    def retranslate(self) -> None:
        """The card in the active language."""
        self.ui.retranslateUi(self)
        self._name_check()
        self._details_of = None  # the table's headings and times in the new language
        self.refresh()

    def _name_check(self) -> None:
        title = translate(TITLES[self.check_id])
        self.ui.titleLabel.setText(title)
        self.setAccessibleName(title)
        self.ui.busyBar.setAccessibleName(_("{check}: running", check=title))
        self.ui.runAgainButton.setAccessibleName(_("Run the check “{check}” again", check=title))
        self.ui.detailsButton.setText(_("Technical details"))
        self.ui.detailsButton.setAccessibleName(_("Technical details: {check}", check=title))

    def _maybe_refresh(self, check_id: str, *_result: object) -> None:
        if check_id == self.check_id:
            self.refresh()

    def _fold(self, unfolded: bool) -> None:
        self.ui.detailsButton.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        )
        if unfolded:
            self._fill_details(self._model.session.check(self.check_id))
        self.ui.detailsBox.setVisible(unfolded)

    def refresh(self) -> None:
        """Show running, the latest result, or that the check has not run yet."""
        running = self._service.is_running(self.check_id)
        result = self._model.session.check(self.check_id)
        self.ui.busyBar.setVisible(running)
        self.ui.runAgainButton.setEnabled(not running)
        self.ui.runAgainButton.setText(_("Run again") if result else _("Run now"))
        if running:
            self.ui.statusLabel.setText(_("Checking…"))
        elif result is None:
            self.ui.statusLabel.setText(_("Not run yet"))
        else:
            self.ui.statusLabel.setText(translate(CHECK_STATUS_LABELS[result.status]).capitalize())
        self.ui.detailsButton.setVisible(result is not None)
        if result is None:
            self.ui.statusIcon.clear()
            self.ui.messageLabel.setText(
                "" if running else _("Press Run now to check from this computer.")
            )
            self._fold(False)
            return
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        pixmap = state_icon(result.status).pixmap(QSize(side, side), self.devicePixelRatioF())
        self.ui.statusIcon.setPixmap(pixmap)
        self.ui.statusIcon.setAccessibleName(self.ui.statusLabel.text())
        self.ui.messageLabel.setText(render(result.message))
        self._fold(self.ui.detailsButton.isChecked())

    def _fill_details(self, result: CheckResult | None) -> None:
        """The technical details table of *result*, unless it already shows that result."""
        if result is self._details_of:
            return
        self._details_of = result
        grid = self.ui.detailsLayout
        while grid.count():
            item = grid.takeAt(0)
            if item is not None and (widget := item.widget()):
                widget.deleteLater()
        if result is None:
            return
        table = check_table(result.values)
        row = 0
        used: list[int] = []
        if table.rows:
            used = [c for c in range(len(COLUMNS)) if any(r[c] for r in table.rows)]
            for column, index in enumerate(used):
                grid.addWidget(self._cell(translate(COLUMNS[index]), bold=True), row, column)
            for values in table.rows:
                row += 1
                for column, index in enumerate(used):
                    grid.addWidget(self._cell(values[index]), row, column)
            row += 1
        for name, value in table.facts:
            label = self._cell(name, bold=True)
            label.setWordWrap(False)  # "Ebene des Zeitservers (Stratum)" was squeezed to 3 lines
            grid.addWidget(label, row, 0)
            grid.addWidget(self._cell(value), row, 1, 1, -1)
            row += 1
        local = result.started_at.astimezone()
        when = _(
            "Checked at {time}, took {seconds} s",
            time=f"{local:%H:%M:%S}",
            seconds=number_text(f"{result.duration_s:.1f}"),
        )
        grid.addWidget(self._cell(when), row, 0, 1, -1)
        wide = used.index(2) if table.rows and 2 in used else grid.columnCount() - 1
        for column in range(grid.columnCount()):  # spare room to the Result column, if any
            grid.setColumnStretch(column, 1 if column == wide else 0)

    def _cell(self, text: str, *, bold: bool = False) -> QLabel:
        cell = plain_label(text, self.ui.detailsBox, bold=bold, selectable=True)
        cell.setObjectName("detailCell")
        return cell
