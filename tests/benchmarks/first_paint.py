"""Child process of the startup benchmark: open a window, report when its first wizard page
has been painted, and exit at once.

``python -m tests.benchmarks.first_paint app`` starts the real application entry point
(``python -m imsync_gui`` with no subcommand); ``... bare`` shows a bare QWizard with one label,
the baseline. Both print one JSON line: the system-wide monotonic clock just after the first
paint of a QWizardPage finished, and the peak RSS so far. The same event filter watches both.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


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


def _report_and_exit() -> None:
    print(json.dumps({"painted": time.monotonic(), "peak_rss_kib": peak_rss_kib()}), flush=True)
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
    probe = FirstPaint(_report_and_exit)
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
