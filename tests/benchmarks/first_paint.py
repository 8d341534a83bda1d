"""Child process of the startup benchmark: open a window, report when its first wizard page
has been painted, and exit at once.

``python -m tests.benchmarks.first_paint app`` starts the real application entry point
(``python -m imsync_gui`` with no subcommand); ``... bare`` shows a bare QWizard with one label,
the baseline. Both print one JSON line: the system-wide monotonic clock just after the first
paint of a QWizardPage finished, and the peak RSS then. The same event filter watches both.
The app, which sets up everything but its welcome page after that paint, also reports the clock
once it is ready (the bare wizard is ready at its first paint).
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

if TYPE_CHECKING:
    from imsync_gui.gui.wizard import TroubleshooterWizard


class FirstPaint(QObject):
    """Calls *then* once, right after the first paint event of any wizard page is handled."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWizardPage)
        ):
            self._seen = True
            QTimer.singleShot(0, self._then)  # runs once this paint event has been handled
        return False


def peak_rss_kib() -> int:
    """The peak resident set size of this process so far, in KiB (Linux's VmHWM).

    Not ``getrusage().ru_maxrss``: Linux carries that over from the parent through fork and
    exec, so a child would report at least the benchmark runner's own size.
    """
    status = Path("/proc/self/status").read_text(encoding="ascii")
    [line] = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(line.split()[1])


def the_wizard(app: QApplication) -> TroubleshooterWizard:
    """The app's one wizard window."""
    from imsync_gui.gui.wizard import TroubleshooterWizard  # the bare baseline must not load it

    [wizard] = [w for w in app.topLevelWidgets() if isinstance(w, TroubleshooterWizard)]
    return wizard


class Report:
    """Prints the figures and ends the process once the window is ready: the bare wizard at
    its first paint, the app when it has set up the rest."""

    def __init__(self, app: QApplication, window: str) -> None:
        self._app = app
        self._window = window
        self._figures: dict[str, float] = {}

    def painted(self) -> None:
        self._figures = {"painted": time.monotonic(), "peak_rss_kib": peak_rss_kib()}
        if self._window == "app":
            wizard = the_wizard(self._app)
            if not wizard.is_attached():
                wizard.ready.connect(self.ready, Qt.ConnectionType.QueuedConnection)
                return
        self.ready()

    def ready(self) -> None:
        self._figures["ready"] = time.monotonic()
        self._figures["ready_rss_kib"] = peak_rss_kib()
        print(json.dumps(self._figures), flush=True)
        os._exit(0)


def bare_wizard() -> QWizard:
    """The baseline: a QWizard with one page holding one label."""
    wizard = QWizard()
    page = QWizardPage()
    QVBoxLayout(page).addWidget(QLabel("iMessage Sync Troubleshooter"))
    wizard.addPage(page)
    return wizard


def main() -> None:
    """Start the window named on the command line."""
    app = QApplication(["imsync-gui"])
    probe = FirstPaint(Report(app, sys.argv[1]).painted)
    app.installEventFilter(probe)
    if sys.argv[1] == "bare":
        window = bare_wizard()
        window.show()
        app.exec()
    else:
        sys.argv = ["imsync-gui"]
        runpy.run_module("imsync_gui", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
