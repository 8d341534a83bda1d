"""A live check's card: running indicator, result, measured values and "Run again"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QStyle, QWidget

from imsync_gui.checks.titles import TITLES
from imsync_gui.export.labels import CHECK_STATUS_LABELS
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.generated.ui_check_card import Ui_CheckCard
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wording import measured_values, when_and_how_long
from imsync_gui.i18n import _, translate
from imsync_gui.model.enums import CheckId, CheckStatus

STATUS_ICONS: dict[CheckStatus, QStyle.StandardPixmap] = {
    CheckStatus.PASS: QStyle.StandardPixmap.SP_DialogApplyButton,
    CheckStatus.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
    CheckStatus.FAIL: QStyle.StandardPixmap.SP_MessageBoxCritical,
    CheckStatus.ERROR: QStyle.StandardPixmap.SP_MessageBoxInformation,
    CheckStatus.SKIPPED: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class CheckCard(QFrame):
    """Shows one check as the session and the service report it."""

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
        self.check_id = check_id
        self._model = model
        self._service = service
        title = translate(TITLES[check_id])
        self.ui.titleLabel.setText(f"<b>{escape(title)}</b>")
        self.setAccessibleName(title)
        self.ui.busyBar.setAccessibleName(_("{check}: running", check=title))
        self.ui.runAgainButton.setAccessibleName(_("Run the check “{check}” again", check=title))
        self.ui.runAgainButton.clicked.connect(lambda: service.run_one(check_id))
        service.started.connect(self._maybe_refresh)
        service.finished.connect(self._maybe_refresh)
        model.replaced.connect(self.refresh)
        self.refresh()

    def _maybe_refresh(self, check_id: str, *_result: object) -> None:
        if check_id == self.check_id:
            self.refresh()

    def refresh(self) -> None:
        """Show running, the latest result, or that the check has not run yet."""
        running = self._service.is_running(self.check_id)
        result = self._model.session.check(self.check_id)
        self.ui.busyBar.setVisible(running)
        self.ui.runAgainButton.setEnabled(not running)
        if running:
            self.ui.statusLabel.setText(_("Running…"))
        elif result is None:
            self.ui.statusLabel.setText(_("Not run yet"))
        else:
            self.ui.statusLabel.setText(translate(CHECK_STATUS_LABELS[result.status]).capitalize())
        if result is None:
            self.ui.statusIcon.clear()
            self.ui.messageLabel.setText(
                _("Starts in the background once you agree on the first page.")
                if not running
                else ""
            )
            self.ui.valueLabel.clear()
            return
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(STATUS_ICONS[result.status])
        self.ui.statusIcon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))
        self.ui.messageLabel.setText(result.message.render())
        measured = measured_values(result.values)
        timing = when_and_how_long(result)
        self.ui.valueLabel.setText(
            _("{measured} — {timing}", measured=measured, timing=timing)
            if measured
            else timing[:1].upper() + timing[1:]
        )
