"""``run_app`` starts the real application loop, names its data folder imsync-gui, lets worker
threads keep the interpreter only briefly, leaves what start-up made out of the garbage
collection, and exits 0."""

from __future__ import annotations

from pathlib import Path

from imsync_gui.gui.app import INTERPRETER_TURN_S
from tests.gui.app_process import run_app_script

SCRIPT = """
import gc
import sys
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication
from imsync_gui.gui.app import run_app

app = QApplication(sys.argv[:1])

def close_soon():
    [window] = [w for w in app.topLevelWidgets() if w.isVisible()]
    if not window.is_attached():  # the rest is still being set up
        QTimer.singleShot(50, close_soon)
        return
    print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    print(window.windowTitle())
    print(sys.getswitchinterval())
    print(gc.get_freeze_count())
    window.close()

QTimer.singleShot(300, close_soon)
sys.exit(run_app(sys.argv[:1]))
"""


def test_run_app_opens_the_wizard_and_quits_cleanly(tmp_path: Path) -> None:
    done = run_app_script(SCRIPT, tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    folder, title, turn, frozen = done.stdout.splitlines()[:4]
    assert Path(folder) == tmp_path / "data" / "imsync-gui"
    assert title == "iMessage Sync Troubleshooter"
    assert float(turn) == INTERPRETER_TURN_S < 0.005, "the window waits less than by default"
    assert int(frozen) > 10_000, "what start-up made is left out of the garbage collection"
    assert (tmp_path / "config" / "imsync-gui" / "imsync-gui.conf").is_file(), "geometry saved"
