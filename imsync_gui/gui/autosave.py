"""Autosave: the session is written to the app's data folder shortly after every change."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QTimer, Signal

from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.tasks import BackgroundTasks
from imsync_gui.i18n import _
from imsync_gui.model.atomic import write_text_atomic
from imsync_gui.model.offthread import off_thread
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import (
    NewerFormatError,
    SessionError,
    load_session,
    session_to_text,
)

AUTOSAVE_NAME: Final = "autosave.json"
RETIRED_NAME: Final = "previous-session.json"
DELAY_MS: Final = 300


class DamagedAutosave(Exception):
    """The autosave could not be read; it was moved aside to ``kept_at``, not deleted."""

    def __init__(self, reason: str, kept_at: Path) -> None:
        super().__init__(reason)
        self.kept_at = kept_at


class NewerAutosave(Exception):
    """The autosave was written by a newer imsync-gui. It stays where it is, untouched: this
    run neither moves it aside nor saves over it."""


def worth_resuming(session: Session) -> bool:
    """True when a saved session holds something the person told us."""
    return bool(session.devices or session.answers)


class Autosave(QObject):
    """Writes the session ``DELAY_MS`` after the last change, off the UI thread.

    It stays idle until ``start()``, so an earlier autosave is never overwritten before the
    person has chosen whether to resume it. ``retire()`` moves the file to
    ``previous-session.json``: still on disk, no longer offered for resuming. An autosave
    from a newer version is never written over, moved or retired.
    """

    failed = Signal(str)

    def __init__(
        self,
        model: SessionModel,
        folder: Path,
        delay_ms: int = DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._folder = folder
        self._lock = threading.Lock()  # a write on the worker thread vs retire() on this one
        self._generation = 0
        self._dirty = False
        self._newer = False
        self._writes = BackgroundTasks()
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._write_soon)

    @property
    def path(self) -> Path:
        """Where the autosave lives."""
        return self._folder / AUTOSAVE_NAME

    def exists(self) -> bool:
        """True when an autosave from an earlier run is waiting."""
        return self.path.is_file()

    def load(self) -> Session:
        """Read the waiting autosave. A damaged one is renamed aside and DamagedAutosave raised;
        one from a newer version is left alone and NewerAutosave raised."""
        try:
            return load_session(self.path)
        except NewerFormatError as exc:
            self._newer = True
            raise NewerAutosave(str(exc)) from None
        except SessionError as exc:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = self._folder / f"autosave-damaged-{stamp}.json"
            self.path.replace(kept)
            raise DamagedAutosave(str(exc), kept) from None

    def start(self) -> None:
        """Begin saving after every change, and save the current state soon (never over an
        autosave from a newer version)."""
        if self._newer:
            return
        self._model.changed.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Write any pending change now, in this thread (used when the app closes)."""
        if not self._dirty:
            return
        self._timer.stop()
        self._dirty = False
        self._write(self._generation, session_to_text(self._model.session))

    def retire(self) -> None:
        """Stop offering this autosave for resuming (finished, or the person started over)."""
        self._timer.stop()
        self._dirty = False
        if self._newer:
            return
        with self._lock:
            self._generation += 1
            if self.path.is_file():
                self.path.replace(self._folder / RETIRED_NAME)

    def _write_soon(self) -> None:
        if self._writes:
            self._timer.start()  # one write at a time; try again shortly
            return
        self._dirty = False
        self._writes.start(
            self._write_off_thread(self._generation, session_to_text(self._model.session))
        )

    async def _write_off_thread(self, generation: int, text: str) -> None:
        try:
            await off_thread(self._write, generation, text)
        except Exception as error:
            self._dirty = True
            self.failed.emit(
                _("Your answers could not be saved automatically: {error}", error=str(error))
            )

    def _write(self, generation: int, text: str) -> None:
        with self._lock:
            if generation == self._generation:
                self._folder.mkdir(parents=True, exist_ok=True)
                write_text_atomic(self.path, text)
