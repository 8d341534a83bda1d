"""The troubleshooter window: welcome, devices, one page per cause, and the plan.

The welcome page needs little, so the app shows it first and calls ``set_up()`` once it is
painted; only then are the session, the live checks, autosave and the other pages loaded.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QWidget, QWizard

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.app_settings import SETTINGS_GEOMETRY
from imsync_gui.gui.welcome_page import WelcomePage

if TYPE_CHECKING:
    from imsync_gui.gui.autosave import Autosave
    from imsync_gui.gui.cause_page import CausePage
    from imsync_gui.gui.check_service import CheckService
    from imsync_gui.gui.devices_page import DevicesPage
    from imsync_gui.gui.plan_page import PlanPage
    from imsync_gui.gui.session_actions import SessionActions
    from imsync_gui.gui.session_model import SessionModel


class PageId(IntEnum):
    """Wizard page ids; cause pages take CAUSES_START + their index."""

    WELCOME = 0
    DEVICES = 1
    CAUSES_START = 10
    PLAN = 100


class TroubleshooterWizard(QWizard):
    """The main window. It owns the model, the check service, autosave and the file actions.

    With ``set_up_later=True`` it holds only the welcome page until ``set_up()`` is called.
    """

    ready = Signal()
    """``set_up()`` has finished: every page, the model and the check service exist."""

    model: SessionModel
    service: CheckService
    autosave: Autosave
    session_actions: SessionActions
    devices: DevicesPage
    cause_pages: list[CausePage]
    plan: PlanPage

    def __init__(
        self,
        config: EndpointConfig,
        data_folder: Path,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        set_up_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("iMessage Sync Troubleshooter")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._config = config
        self._data_folder = data_folder
        self._settings = settings
        self.welcome = WelcomePage(config, self)
        self.setPage(PageId.WELCOME, self.welcome)
        self._add_session_buttons()
        self._restore_geometry()
        if not set_up_later:
            self.set_up()

    def is_set_up(self) -> bool:
        """True once ``set_up()`` has run."""
        return PageId.PLAN in self.pageIds()

    def set_up(self) -> None:
        """Create the session model, the check service, autosave and every page after the
        welcome page; connect the agreement to the checks."""
        # The bulk of the app (the network stack, the report, the knowledge): after first paint.
        from imsync_gui.gui.autosave import Autosave
        from imsync_gui.gui.cause_page import CausePage
        from imsync_gui.gui.check_service import CheckService
        from imsync_gui.gui.devices_page import DevicesPage
        from imsync_gui.gui.notices import tell
        from imsync_gui.gui.plan_page import PlanPage
        from imsync_gui.gui.session_actions import SessionActions
        from imsync_gui.gui.session_model import SessionModel
        from imsync_gui.model.knowledge import CAUSES

        self.model = SessionModel(parent=self)
        self.service = CheckService(self.model, self._config, self)
        self.autosave = Autosave(self.model, self._data_folder, parent=self)
        self.session_actions = SessionActions(
            self, self.model, self.service, self.autosave, self._settings
        )
        self.devices = DevicesPage(self.model, self)
        self.cause_pages = [CausePage(c, self.model, self.service, self) for c in CAUSES]
        self.plan = PlanPage(self.model, self)
        self.setPage(PageId.DEVICES, self.devices)
        for index, page in enumerate(self.cause_pages):
            self.setPage(PageId.CAUSES_START + index, page)
        self.setPage(PageId.PLAN, self.plan)
        self.welcome.ui.agreeCheck.toggled.connect(self._agreement_changed)
        if self.welcome.ui.agreeCheck.isChecked():  # ticked while the rest was loading
            self._agreement_changed(True)
        self.service.failed.connect(
            lambda text: tell(self, "The live checks stopped", text, problem=True)
        )
        self.autosave.failed.connect(lambda text: tell(self, "Autosave failed", text, problem=True))
        self.ready.emit()

    def nextId(self) -> int:
        """Go through the pages in order, skipping causes with nothing to ask or check."""
        if not self.is_set_up():  # the pages after the welcome page are coming: show Next
            return PageId.DEVICES
        order = self.pageIds()
        position = order.index(self.currentId()) if self.currentId() in order else -1
        for page_id in order[position + 1 :]:
            cause = page_id - PageId.CAUSES_START
            if not 0 <= cause < len(self.cause_pages) or self.cause_pages[cause].applies():
                return page_id
        return -1

    def _add_session_buttons(self) -> None:
        buttons = (
            (
                QWizard.WizardButton.CustomButton1,
                "&Open…",
                QKeySequence.StandardKey.Open,
                lambda: self.session_actions.choose_file_to_open(),
                "Open a saved session",
            ),
            (
                QWizard.WizardButton.CustomButton2,
                "Sa&ve as…",
                QKeySequence.StandardKey.SaveAs,
                lambda: self.session_actions.choose_file_to_save(),
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
        if self.is_set_up():  # else closed before anything was asked, checked or saved
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
