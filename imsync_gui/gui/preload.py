"""Loading the bulk of the app after the welcome page is shown, without freezing the window."""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QObject, QTimer, Signal

QT_FREE_MODULES = (
    "asyncio",
    "anyio._backends._asyncio",  # anyio would import it on the first request (~40 ms)
    "httpcore",  # httpx would import it when the first client is made (~190 ms)
    "httpx",
    "imsync_gui.checks.runner",
    "imsync_gui.checks.registry",
    "imsync_gui.export.content",
    "imsync_gui.model.diagnosis",
    "imsync_gui.model.session_io",
)
"""The network stack, checks, exports and diagnosis: about 0.3–0.5 s of imports, no Qt."""

UI_MODULES = (
    "qasync",
    "imsync_gui.gui.autosave",
    "imsync_gui.gui.devices_page",
    "imsync_gui.gui.cause_page",
    "imsync_gui.gui.plan_page",
    "imsync_gui.gui.session_actions",
)
"""Modules with Qt classes that the pages after the welcome page need: 2–30 ms each."""


class Preloader(QObject):
    """Imports :data:`QT_FREE_MODULES` in a worker thread, then :data:`UI_MODULES` on the UI
    thread one per event-loop turn, then emits ``done``.

    Qt classes are only ever defined on the UI thread; between two imports the window keeps
    painting and answering input.
    """

    done = Signal()
    _off_thread_done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._ui_left = list(UI_MODULES)
        self._off_thread_done.connect(self._import_next_ui_module)

    def start(self) -> None:
        """Begin importing; ``done`` follows once every module is loaded."""
        threading.Thread(target=self._run, name="imsync-gui-preload", daemon=True).start()

    def _run(self) -> None:
        for name in QT_FREE_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the UI thread imports it again and reports the error
                break
        self._off_thread_done.emit()

    def _import_next_ui_module(self) -> None:
        if not self._ui_left:
            self.done.emit()
            return
        importlib.import_module(self._ui_left.pop(0))
        QTimer.singleShot(0, self._import_next_ui_module)
