"""Open..., Save as..., Start over and the offer to resume: the session-file side of the wizard."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from imsync_gui.gui.app_settings import SETTINGS_FOLDER
from imsync_gui.gui.autosave import Autosave, DamagedAutosave, NewerAutosave, worth_resuming
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.notices import ask, tell
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.tasks import BackgroundTasks
from imsync_gui.i18n import _, _n, format_long_date
from imsync_gui.model.atomic import write_text_atomic
from imsync_gui.model.offthread import off_thread
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import SessionError, load_session, session_to_text

FILE_FILTER = "Troubleshooting sessions (*.json);;All files (*)"


class SessionActions(QObject):
    """Everything that replaces or copies the whole session; file work runs off the UI thread."""

    started_over = Signal()
    """The person confirmed Start over: the session is empty, the pages should start again."""

    def __init__(
        self,
        window: QWidget,
        model: SessionModel,
        service: CheckService,
        autosave: Autosave,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._model = model
        self._service = service
        self._autosave = autosave
        self._settings = settings
        self._tasks = BackgroundTasks()

    def offer_resume(self) -> None:
        """If an earlier session was left unfinished, offer to continue it; then start autosaving."""
        if not self._autosave.exists():
            self._autosave.start()
            return
        self._tasks.start(self._offer_resume())

    async def _offer_resume(self) -> None:
        try:
            saved = await off_thread(self._autosave.load)
        except DamagedAutosave as exc:
            self._autosave.start()
            tell(
                self._window,
                _("Earlier answers could not be read"),
                _(
                    "The answers saved last time are damaged ({problem}). They were kept as "
                    "{path} and you are starting afresh.",
                    problem=str(exc),
                    path=str(exc.kept_at),
                ),
                problem=True,
            )
            return
        except NewerAutosave:
            tell(
                self._window,
                _("Earlier answers are from a newer version"),
                _(
                    "The answers saved last time were written by a newer version of imsync-gui, "
                    "which this version cannot read. They stay as they are in {path}: update "
                    "imsync-gui to continue them. Until then, what you enter now is not saved "
                    "automatically. Use Save as to keep it.",
                    path=str(self._autosave.path),
                ),
                problem=True,
            )
            return
        if not worth_resuming(saved):
            self._autosave.start()
            return
        local = saved.updated_at.astimezone()
        stamp = _("{date} at {time}", date=format_long_date(local), time=f"{local:%H:%M}")
        ask(
            self._window,
            _("Continue where you left off?"),
            _(
                "You started a check-up on {stamp} with {devices} and {answers}. "
                "Continue with those answers?",
                stamp=stamp,
                devices=_n("{n} device", "{n} devices", len(saved.devices)),
                answers=_n("{n} answer", "{n} answers", len(saved.answers)),
            ),
            yes=_("&Continue"),
            no=_("Start &afresh"),
            on_yes=lambda: self._resume(saved),
            on_no=self._decline_resume,
        )

    def _resume(self, saved: Session) -> None:
        self._model.replace_session(saved)
        self._autosave.start()

    def _decline_resume(self) -> None:
        self._autosave.retire()
        self._autosave.start()

    def choose_file_to_open(self) -> None:
        """Ask for a session file to open (non-blocking)."""
        dialog = self._file_dialog(_("Open a saved session"), QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_path(Path(name)))
        dialog.open()

    def choose_file_to_save(self) -> None:
        """Ask where to save a copy of the session (non-blocking)."""
        dialog = self._file_dialog(_("Save this session as"), QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.selectFile("imessage-sync-session.json")
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()

    def open_path(self, path: Path) -> asyncio.Task[None]:
        """Load *path* in the background and make it the session; a bad file is explained."""
        return self._tasks.start(self._open(path))

    def save_to(self, path: Path) -> asyncio.Task[None]:
        """Write the session to *path* atomically in the background."""
        return self._tasks.start(self._save(path, session_to_text(self._model.session)))

    def confirm_start_over(self) -> None:
        """Ask before forgetting the devices, answers and results; then emit ``started_over``."""
        ask(
            self._window,
            _("Start over?"),
            _(
                "This clears your devices, answers and check results. The current session stays "
                "on disk as “previous-session.json” in the app’s data folder, and you can save it "
                "first with “Save as…”."
            ),
            yes=_("&Start over"),
            no=_("&Keep my answers"),
            on_yes=self._start_over,
        )

    def _start_over(self) -> None:
        self._service.cancel()
        self._autosave.retire()
        self._model.replace_session(Session())
        self.started_over.emit()

    async def _open(self, path: Path) -> None:
        try:
            session = await off_thread(load_session, path)
        except SessionError as exc:
            tell(self._window, _("This file cannot be opened"), str(exc), problem=True)
            return
        self._remember_folder(path)
        self._model.replace_session(session)

    async def _save(self, path: Path, text: str) -> None:
        try:
            await off_thread(write_text_atomic, path, text)
        except OSError as exc:
            tell(
                self._window,
                _("The session was not saved"),
                _(
                    "{path} could not be written: {reason}. Nothing was lost; try another folder.",
                    path=str(path),
                    reason=exc.strerror or str(exc),
                ),
                problem=True,
            )
            return
        self._remember_folder(path)

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        folder = str(self._settings.value(SETTINGS_FOLDER, "", type=str))
        dialog = QFileDialog(self._window, title, folder, FILE_FILTER)
        dialog.setAcceptMode(mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue(SETTINGS_FOLDER, str(path.resolve().parent))
