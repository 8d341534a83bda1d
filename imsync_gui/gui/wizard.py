"""The troubleshooter window: welcome, triage, devices, the next questions, one page per cause,
and the plan.

The short path goes welcome, triage, devices, then one question at a time (the one that matters
most next) and the plan. Each cause's page is reached from the overview in the side panel, or
all of them in order with "Answer every question, page by page".

The window is built in two steps so that its welcome page paints at once: the constructor
makes only the welcome page; :meth:`TroubleshooterWizard.attach` takes the app's non-visual
parts (an :class:`~imsync_gui.gui.core.AppCore`, built by ``build_core``) and adds every
other page. Until then the actions that need the session (Open, Save as, Start over) are
disabled. ``imsync_gui.gui.core.open_window`` does both steps at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget, QWizard

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.app_settings import SETTINGS_GEOMETRY, default_folder
from imsync_gui.gui.language import LanguageMenu, Retranslatable
from imsync_gui.gui.welcome_page import WelcomePage
from imsync_gui.i18n import N_, _, translate
from imsync_gui.model.enums import CauseId

if TYPE_CHECKING:
    from imsync_gui.gui.autosave import Autosave
    from imsync_gui.gui.cause_overview import CauseOverview
    from imsync_gui.gui.cause_page import CausePage
    from imsync_gui.gui.check_service import CheckService
    from imsync_gui.gui.core import AppCore
    from imsync_gui.gui.devices_page import DevicesPage
    from imsync_gui.gui.next_question_page import NextQuestionPage
    from imsync_gui.gui.plan_page import PlanPage
    from imsync_gui.gui.session_actions import SessionActions
    from imsync_gui.gui.session_model import SessionModel
    from imsync_gui.gui.triage_page import TriagePage
    from imsync_gui.model.recheck import Recheck


class PageId(IntEnum):
    """The wizard's page ids: one name per page, one per cause (see :meth:`of_cause`)."""

    WELCOME = 0
    DEVICES = 1
    TRIAGE = 2
    NEXT_QUESTION = 3
    NETWORK = 10
    STORAGE = 11
    ACCOUNT = 12
    SOFTWARE = 13
    POWER = 14
    SERVICE_STATUS = 15
    CLOCK = 16
    BACKGROUND_REFRESH = 17
    MESSAGES = 18
    PLAN = 100

    @classmethod
    def of_cause(cls, cause: CauseId) -> PageId:
        """The page of a cause (named like the cause)."""
        return cls[cause.name]


@dataclass(frozen=True)
class WizardPages:
    """The pages after the welcome page, made by :meth:`TroubleshooterWizard.attach`."""

    triage: TriagePage
    devices: DevicesPage
    next_question: NextQuestionPage
    causes: tuple[CausePage, ...]
    plan: PlanPage


class TroubleshooterWizard(Retranslatable, QWizard):
    """The main window: pages and buttons. The session and the services live in its AppCore."""

    ready = Signal()
    """:meth:`attach` has finished: every page exists and the actions are enabled."""

    def __init__(
        self, config: EndpointConfig, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self._settings = settings
        self._core: AppCore | None = None
        self._pages: WizardPages | None = None
        self._flow: tuple[PageId, ...] = (PageId.WELCOME,)
        self._jump: PageId | None = None
        self._every_page_chosen = False
        self._overview: CauseOverview | None = None
        self.welcome = WelcomePage(config, self)
        self.setPage(PageId.WELCOME, self.welcome)
        self._session_actions = self._add_session_buttons()
        self.language_menu = self._add_language_button(settings)
        self.retranslate()
        self.currentIdChanged.connect(self._show_session_buttons)
        self.currentIdChanged.connect(self._show_progress)
        self._show_session_buttons()
        self._restore_geometry()

    # --- assembly -------------------------------------------------------------------------

    @property
    def settings(self) -> QSettings:
        """Where the window keeps its geometry and the last folder used."""
        return self._settings

    def is_attached(self) -> bool:
        """True once :meth:`attach` has run."""
        return self._core is not None

    def attach(self, core: AppCore) -> None:
        """Connect the app's non-visual parts and add every page after the welcome page."""
        # The pages load the knowledge, the diagnosis and the report: after the first paint.
        from imsync_gui.gui.cause_overview import CauseOverview
        from imsync_gui.gui.cause_page import CausePage
        from imsync_gui.gui.devices_page import DevicesPage
        from imsync_gui.gui.next_question_page import NextQuestionPage
        from imsync_gui.gui.notices import tell
        from imsync_gui.gui.plan_page import PlanPage
        from imsync_gui.gui.triage_page import TriagePage
        from imsync_gui.model.knowledge import CAUSES

        if self._core is not None:
            raise RuntimeError("the wizard is already attached")
        self._core = core
        pages = WizardPages(
            triage=TriagePage(core.model, self),
            devices=DevicesPage(core.model, self),
            next_question=NextQuestionPage(core.model, self),
            causes=tuple(CausePage(c, core.model, core.service, self) for c in CAUSES),
            plan=PlanPage(core.model, self),
        )
        self._pages = pages
        cause_ids = tuple(PageId.of_cause(page.cause.id) for page in pages.causes)
        first_pages = (PageId.WELCOME, PageId.TRIAGE, PageId.DEVICES, PageId.NEXT_QUESTION)
        self._flow = (*first_pages, *cause_ids, PageId.PLAN)
        self.setPage(PageId.TRIAGE, pages.triage)
        self.setPage(PageId.DEVICES, pages.devices)
        self.setPage(PageId.NEXT_QUESTION, pages.next_question)
        pages.next_question.every_page_requested.connect(self._every_page)
        for page_id, page in zip(cause_ids, pages.causes, strict=True):
            self.setPage(page_id, page)
        self.setPage(PageId.PLAN, pages.plan)
        pages.plan.rechecked.connect(self._check_again)
        self._overview = CauseOverview(core.model, self._steps(), self)
        self._overview.jump_requested.connect(self.jump_to)
        self.currentIdChanged.connect(self._show_overview)
        self.setSideWidget(self._side_panel(self._overview))
        self._show_overview()
        self.welcome.checks_chosen.connect(self._checks_chosen)
        if self.welcome.chosen:  # chosen while the rest was loading
            self._checks_chosen(True)
        core.session_actions.started_over.connect(self._start_over)
        core.service.failed.connect(
            lambda text: tell(self, _("The live checks stopped"), text, problem=True)
        )
        core.autosave.failed.connect(
            lambda text: tell(self, _("Autosave failed"), text, problem=True)
        )
        self._show_session_buttons()
        self.ready.emit()

    @property
    def core(self) -> AppCore:
        """The session model, services and session actions (after :meth:`attach`)."""
        if self._core is None:
            raise RuntimeError("the wizard is not attached yet")
        return self._core

    @property
    def pages(self) -> WizardPages:
        """The pages after the welcome page (after :meth:`attach`)."""
        if self._pages is None:
            raise RuntimeError("the wizard is not attached yet")
        return self._pages

    @property
    def model(self) -> SessionModel:
        """Shortcut for ``core.model``."""
        return self.core.model

    @property
    def service(self) -> CheckService:
        """Shortcut for ``core.service``."""
        return self.core.service

    @property
    def autosave(self) -> Autosave:
        """Shortcut for ``core.autosave``."""
        return self.core.autosave

    @property
    def session_actions(self) -> SessionActions:
        """Shortcut for ``core.session_actions``."""
        return self.core.session_actions

    @property
    def overview(self) -> CauseOverview:
        """The side panel: where the person is and each cause's state (after :meth:`attach`)."""
        if self._overview is None:
            raise RuntimeError("the wizard is not attached yet")
        return self._overview

    @property
    def triage(self) -> TriagePage:
        """Shortcut for ``pages.triage``."""
        return self.pages.triage

    @property
    def devices(self) -> DevicesPage:
        """Shortcut for ``pages.devices``."""
        return self.pages.devices

    @property
    def cause_pages(self) -> tuple[CausePage, ...]:
        """Shortcut for ``pages.causes``."""
        return self.pages.causes

    @property
    def plan(self) -> PlanPage:
        """Shortcut for ``pages.plan``."""
        return self.pages.plan

    # --- page flow ------------------------------------------------------------------------

    def nextId(self) -> int:
        """The next page of the flow, skipping causes with nothing to ask or check (or the
        page the person chose in the overview, see :meth:`jump_to`)."""
        if self._pages is None:  # the pages after the welcome page are coming: show Next
            return PageId.TRIAGE
        if self._jump is not None:
            return self._jump
        current = self.currentId()
        if current == PageId.NEXT_QUESTION:  # the short path: the plan comes next
            return PageId.PLAN
        later = self._flow[self._flow.index(PageId(current)) + 1 :] if current in self._flow else ()
        return next((page_id for page_id in later if self._shown(page_id)), -1)

    def _shown(self, page_id: PageId) -> bool:
        """Every page is shown except a cause page with nothing to ask or check."""
        causes = (p for p in self.pages.causes if PageId.of_cause(p.cause.id) is page_id)
        return all(page.applies() for page in causes)

    def steps(self) -> list[PageId]:
        """The pages the person goes through now, in order: the short path, or every cause
        page that applies once the person chose to answer every question page by page."""
        route = [page_id for page_id in self._flow if self._pages is None or self._shown(page_id)]
        if self._every_page_chosen:
            return [page_id for page_id in route if page_id != PageId.NEXT_QUESTION]
        return [page_id for page_id in route if page_id not in _CAUSE_PAGES]

    def _show_progress(self) -> None:
        """Every page's header says where the person is: "Step 3 of 11"."""
        steps = self.steps()[1:]  # the welcome page says how long it takes instead
        current = self.currentId()
        if current in steps and (page := self.currentPage()) is not None:
            number = steps.index(PageId(current)) + 1
            page.setSubTitle(_("Step {number} of {total}", number=number, total=len(steps)))

    def jump_to(self, page_id: int) -> None:
        """Show the page with this id: step back to it when it was visited on the way here,
        else go forward to it (the page on screen must be complete, as for Next)."""
        target = PageId(page_id)
        current = self.currentId()
        if target == current or not self._shown(target) or current == PageId.WELCOME:
            return
        if target in self.visitedIds():
            while self.currentId() != target:
                self.back()
            return
        page = self.currentPage()
        if page is not None and not page.isComplete():
            return
        self._jump = target
        try:
            self.next()
        finally:
            self._jump = None

    def validateCurrentPage(self) -> bool:
        """Leaving the next-question page for a page chosen elsewhere moves on to no further
        question; every other page checks itself as for Next."""
        if self._jump is not None and self.currentId() == PageId.NEXT_QUESTION:
            return True
        return super().validateCurrentPage()

    def _steps(self) -> list[tuple[int, str, CauseId | None]]:
        """The overview's rows: the pages after the welcome page, with their causes."""
        titles = {
            PageId.TRIAGE: N_("What you know"),
            PageId.DEVICES: N_("Your devices"),
            PageId.NEXT_QUESTION: N_("What matters next"),
        }
        rows: list[tuple[int, str, CauseId | None]] = [
            (page_id, title, None) for page_id, title in titles.items()
        ]
        rows += [(PageId.of_cause(p.cause.id), p.cause.title, p.cause.id) for p in self.cause_pages]
        rows.append((PageId.PLAN, N_("Your plan"), None))
        return rows

    def _side_panel(self, overview: CauseOverview) -> QWidget:
        """The overview with "Show my plan now" under it: the plan is one click away."""
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(overview, 1)
        self.plan_now = QPushButton(panel)
        self._name_plan_button()
        self.plan_now.clicked.connect(lambda: self.jump_to(PageId.PLAN))
        layout.addWidget(self.plan_now)
        return panel

    def _start_over(self) -> None:
        """Back to the welcome page, on the short path again."""
        self._every_page_chosen = False
        self.restart()

    def _every_page(self) -> None:
        """Go through every cause page in order, from the first that applies."""
        self._every_page_chosen = True
        first = next(p for p in self._flow if p in _CAUSE_PAGES and self._shown(p))
        self.jump_to(first)

    def _show_overview(self) -> None:
        """The overview marks the page on screen; the welcome page comes before any of it."""
        overview = self.overview
        panel = overview.parentWidget()
        panel.setVisible(self.currentId() not in (-1, PageId.WELCOME))
        overview.show_current(self.currentId())
        self.plan_now.setVisible(self.currentId() != PageId.PLAN)

    # --- buttons --------------------------------------------------------------------------

    def _add_session_buttons(self) -> dict[QWizard.WizardButton, QAction]:
        buttons = (
            (
                QWizard.WizardButton.CustomButton1,
                QKeySequence.StandardKey.Open,
                lambda: self.core.session_actions.choose_file_to_open(),
            ),
            (
                QWizard.WizardButton.CustomButton2,
                QKeySequence.StandardKey.SaveAs,
                lambda: self.core.session_actions.choose_file_to_save(),
            ),
            (
                QWizard.WizardButton.CustomButton3,
                QKeySequence.StandardKey.New,
                lambda: self.core.session_actions.confirm_start_over(),
            ),
        )
        actions = {}
        for which, keys, slot in buttons:
            self.setOption(_HAVE_BUTTON[which])
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.button(which).clicked.connect(action.trigger)
            self.addAction(action)
            actions[which] = action
        return actions

    def _add_language_button(self, settings: QSettings) -> LanguageMenu:
        """A "Language" button (in the help button's place) that opens the language menu, with
        "About this app" at its end (also F1, on every page)."""
        self.setOption(QWizard.WizardOption.HaveHelpButton)
        menu = LanguageMenu(settings, self)
        menu.addSeparator()
        self.about_action = QAction(self)
        self.about_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.about_action)
        self.addAction(self.about_action)
        button = self.button(QWizard.WizardButton.HelpButton)
        assert isinstance(button, QPushButton)
        button.setMenu(menu)
        return menu

    def show_about(self) -> QDialog:
        """Open the About box (name, version, privacy, licence, where answers are saved)."""
        from imsync_gui.gui.about_dialog import AboutDialog

        folder = self._core.autosave.path.parent if self._core is not None else default_folder()
        dialog = AboutDialog(folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _name_plan_button(self) -> None:
        self.plan_now.setText(_("Show my &plan now"))
        self.plan_now.setAccessibleName(_("Show my plan now"))

    def retranslate(self) -> None:
        """The window title, the buttons and their spoken names in the active language."""
        if getattr(self, "plan_now", None) is not None:  # made by attach()
            self._name_plan_button()
        self.setWindowTitle(_("iMessage Sync Troubleshooter"))
        self.setButtonText(QWizard.WizardButton.HelpButton, _("&Language"))
        self.button(QWizard.WizardButton.HelpButton).setAccessibleName(_("Language"))
        self.button(QWizard.WizardButton.HelpButton).setToolTip(
            _("Choose the language, or read about this app (F1).")
        )
        self.about_action.setText(_("&About this app"))
        for which, (text, spoken) in _SESSION_BUTTON_TEXTS.items():
            self.setButtonText(which, translate(text))
            self.button(which).setAccessibleName(translate(spoken))
            self._session_actions[which].setText(translate(spoken))
        for which, text in _STANDARD_BUTTON_TEXTS.items():
            self.setButtonText(which, translate(text))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            _("Close; your answers are kept and offered again next time.")
        )

    def _show_session_buttons(self) -> None:
        """Open, Save as and Start over appear once there is a session to act on: after the
        welcome page, when the core is attached."""
        usable = self._core is not None and self.currentId() not in (-1, PageId.WELCOME)
        for action in self._session_actions.values():
            action.setEnabled(usable)
        session_buttons = list(self._session_actions) if usable else []
        self.setButtonLayout(
            [
                QWizard.WizardButton.HelpButton,
                *session_buttons,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )

    def _check_again(self, recheck: Recheck) -> None:
        """A new round: run the live checks again (if the person chose them), ask again."""
        from imsync_gui.gui.recheck_dialog import RecheckDialog

        if self.welcome.chosen:
            self._checks_chosen(True)
        dialog = RecheckDialog(self.core.model, recheck, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _checks_chosen(self, run: bool) -> None:
        service = self.core.service
        if run and not service.is_running():
            service.run_all()
        elif not run:
            service.cancel()

    # --- closing --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY, QByteArray(), type=QByteArray)
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            room = self.screen().availableGeometry()  # e.g. 1024x700, or less at 200 %
            self.resize(min(920, room.width()), min(720, room.height() - 60))

    def done(self, result: int) -> None:
        """Finish retires the autosave; Quit keeps it for next time. Either way save the window."""
        self._close_down(finished=result == QWizard.DialogCode.Accepted)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window keeps the autosave, like Quit."""
        self._close_down(finished=False)
        super().closeEvent(event)

    def _close_down(self, finished: bool) -> None:
        if self._core is not None:  # else closed before anything was asked, checked or saved
            self._core.service.cancel()
            self._core.model.settle()  # a check result of this very turn is saved too
            if finished:
                self._core.autosave.retire()
            else:
                self._core.autosave.flush()
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.sync()


_CAUSE_PAGES = frozenset(PageId.of_cause(cause) for cause in CauseId)

_HAVE_BUTTON = {
    QWizard.WizardButton.CustomButton1: QWizard.WizardOption.HaveCustomButton1,
    QWizard.WizardButton.CustomButton2: QWizard.WizardOption.HaveCustomButton2,
    QWizard.WizardButton.CustomButton3: QWizard.WizardOption.HaveCustomButton3,
}
_SESSION_BUTTON_TEXTS = {
    QWizard.WizardButton.CustomButton1: (N_("&Open…"), N_("Open a saved session")),
    QWizard.WizardButton.CustomButton2: (N_("Sa&ve as…"), N_("Save this session to a file")),
    QWizard.WizardButton.CustomButton3: (N_("Start &over"), N_("Start over")),
}
"""(button text, spoken name and action text) of the session buttons."""
_STANDARD_BUTTON_TEXTS = {
    QWizard.WizardButton.BackButton: N_("< &Back"),
    QWizard.WizardButton.NextButton: N_("&Next >"),
    QWizard.WizardButton.FinishButton: N_("&Finish"),
    QWizard.WizardButton.CancelButton: N_("&Quit"),
}
