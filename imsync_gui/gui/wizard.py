"""The troubleshooter window: welcome, devices, one page per cause, and the plan."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QWidget, QWizard

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.app_settings import SETTINGS_GEOMETRY
from imsync_gui.gui.autosave import Autosave
from imsync_gui.gui.cause_page import CausePage
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.devices_page import DevicesPage
from imsync_gui.gui.notices import tell
from imsync_gui.gui.plan_page import PlanPage
from imsync_gui.gui.session_actions import SessionActions
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.welcome_page import WelcomePage
from imsync_gui.model.knowledge import CAUSES


class PageId(IntEnum):
    """Wizard page ids; cause pages take CAUSES_START + their index."""

    WELCOME = 0
    DEVICES = 1
    CAUSES_START = 10
    PLAN = 100


class TroubleshooterWizard(QWizard):
    """The main window. It owns the model, the check service, autosave and the file actions."""

    def __init__(
        self,
        config: EndpointConfig,
        data_folder: Path,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("iMessage Sync Troubleshooter")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.model = SessionModel(parent=self)
        self.service = CheckService(self.model, config, self)
        self.autosave = Autosave(self.model, data_folder, parent=self)
        self.session_actions = SessionActions(
            self, self.model, self.service, self.autosave, settings
        )
        self._settings = settings
        self.welcome = WelcomePage(config, self)
        self.devices = DevicesPage(self.model, self)
        self.cause_pages = [CausePage(c, self.model, self.service, self) for c in CAUSES]
        self.plan = PlanPage(self.model, self)
        self.setPage(PageId.WELCOME, self.welcome)
        self.setPage(PageId.DEVICES, self.devices)
        for index, page in enumerate(self.cause_pages):
            self.setPage(PageId.CAUSES_START + index, page)
        self.setPage(PageId.PLAN, self.plan)
        self._add_session_buttons()
        self.welcome.ui.agreeCheck.toggled.connect(self._agreement_changed)
        self.service.failed.connect(
            lambda text: tell(self, "The live checks stopped", text, problem=True)
        )
        self.autosave.failed.connect(lambda text: tell(self, "Autosave failed", text, problem=True))
        self._restore_geometry()

    def nextId(self) -> int:
        """Go through the pages in order, skipping causes with nothing to ask or check."""
        order = self.pageIds()
        position = order.index(self.currentId()) if self.currentId() in order else -1
        for page_id in order[position + 1 :]:
            page = self.page(page_id)
            if not isinstance(page, CausePage) or page.applies():
                return page_id
        return -1

    def _add_session_buttons(self) -> None:
        buttons = (
            (
                QWizard.WizardButton.CustomButton1,
                "&Open…",
                QKeySequence.StandardKey.Open,
                self.session_actions.choose_file_to_open,
                "Open a saved session",
            ),
            (
                QWizard.WizardButton.CustomButton2,
                "Sa&ve as…",
                QKeySequence.StandardKey.SaveAs,
                self.session_actions.choose_file_to_save,
                "Save this session to a file",
            ),
            (
                QWizard.WizardButton.CustomButton3,
                "Start &over",
                QKeySequence.StandardKey.New,
                lambda: self.session_actions.confirm_start_over(self.restart),
                "Start over",
            ),
        )
        for which, text, keys, slot, spoken in buttons:
            self.setOption(_HAVE_BUTTON[which])
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(spoken)
            self.customButtonClicked.connect(lambda clicked, w=which, s=slot: clicked == w and s())
            action = QAction(spoken, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.setButtonText(QWizard.WizardButton.CancelButton, "&Quit")
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            "Close; your answers are kept and offered again next time."
        )
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton3,
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.CustomButton2,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )

    def _agreement_changed(self, agreed: bool) -> None:
        if agreed and not self.service.is_running():
            self.service.run_all()
        elif not agreed:
            self.service.cancel()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY, QByteArray(), type=QByteArray)
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            self.resize(920, 720)

    def done(self, result: int) -> None:
        """Finish retires the autosave; Quit keeps it for next time. Either way save the window."""
        self._close_down(finished=result == QWizard.DialogCode.Accepted)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window keeps the autosave, like Quit."""
        self._close_down(finished=False)
        super().closeEvent(event)

    def _close_down(self, finished: bool) -> None:
        self.service.cancel()
        if finished:
            self.autosave.retire()
        else:
            self.autosave.flush()
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.sync()


_HAVE_BUTTON = {
    QWizard.WizardButton.CustomButton1: QWizard.WizardOption.HaveCustomButton1,
    QWizard.WizardButton.CustomButton2: QWizard.WizardOption.HaveCustomButton2,
    QWizard.WizardButton.CustomButton3: QWizard.WizardOption.HaveCustomButton3,
}
