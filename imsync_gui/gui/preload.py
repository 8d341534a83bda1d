"""Loading the Qt-free bulk of the app off the UI thread while the welcome page is shown."""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QObject, Signal

QT_FREE_MODULES = (
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


class Preloader(QObject):
    """Imports :data:`QT_FREE_MODULES` in a worker thread, then emits ``done`` on the UI thread.

    Only modules without Qt classes are imported there; pages and other Qt code are created on
    the UI thread afterwards, when their imports are cheap.
    """

    done = Signal()

    def start(self) -> None:
        """Begin importing; ``done`` follows once every module is loaded (or one failed)."""
        threading.Thread(target=self._run, name="imsync-gui-preload", daemon=True).start()

    def _run(self) -> None:
        for name in QT_FREE_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the UI thread imports it again and reports the error
                break
        self.done.emit()
