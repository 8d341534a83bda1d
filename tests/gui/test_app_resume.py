"""The real start-up path: the welcome page first, then every page and the offer to resume."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.gui.app_process import ROOT, run_app_script

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from imsync_gui.gui.app import run_app

app = QApplication(sys.argv[:1])
seen = {"first_pages": None}

def watch():
    wizards = [w for w in app.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()]
    if not wizards:
        QTimer.singleShot(5, watch)
        return
    if seen["first_pages"] is None:
        seen["first_pages"] = len(wizards[0].pageIds())
    offers = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    if not offers:
        QTimer.singleShot(20, watch)
        return
    print(seen["first_pages"], len(wizards[0].pageIds()))
    print(offers[0].text().replace("\\n", " "))
    offers[0].reject()
    wizards[0].close()

QTimer.singleShot(0, watch)
sys.exit(run_app(sys.argv[:1]))
"""


def test_start_paints_welcome_first_then_offers_to_resume(tmp_path: Path) -> None:
    data = tmp_path / "data" / "imsync-gui"
    data.mkdir(parents=True)
    shutil.copy(ROOT / "assets" / "examples" / "storage-full-family.json", data / "autosave.json")
    done = run_app_script(SCRIPT, tmp_path)
    assert done.returncode == 0, done.stderr
    counts, offer = done.stdout.splitlines()[:2]
    first, final = (int(n) for n in counts.split())
    assert first == 1, "only the welcome page exists when the window first appears"
    assert final == 14, "welcome, triage, devices, next question, nine causes, plan after set-up"
    assert "continue" in offer.lower() or "resume" in offer.lower()


AGREE_EARLY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard
from imsync_gui.gui.app import run_app

app = QApplication(sys.argv[:1])
state = {"ticked_at_pages": None}

def watch():
    wizards = [w for w in app.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()]
    if not wizards:
        QTimer.singleShot(1, watch)
        return
    wizard = wizards[0]
    if state["ticked_at_pages"] is None:
        state["ticked_at_pages"] = len(wizard.pageIds())
        wizard.welcome.run_checks.setChecked(True)
    if len(wizard.pageIds()) < 12 or not wizard.model.session.checks:
        QTimer.singleShot(20, watch)
        return
    print(state["ticked_at_pages"], len(wizard.model.session.checks))
    wizard.close()

QTimer.singleShot(0, watch)
sys.exit(run_app(sys.argv[:1]))
"""

LOOPBACK_ENDPOINTS = """
deadline_s = 3.0
[captive_portal]
url = "http://127.0.0.1:9/hotspot-detect.html"
[https_account]
urls = ["https://127.0.0.1:9/"]
[https_icloud]
urls = ["https://127.0.0.1:9/"]
[tls_interception]
targets = ["127.0.0.1:9"]
[push]
host = "127.0.0.1"
port = 9
fallback_port = 9
[clock]
servers = ["127.0.0.1"]
port = 9
timeout_s = 1.0
[service_status]
url = "https://127.0.0.1:9/status.js"
[os_versions]
url = "https://127.0.0.1:9/pmv"
"""


def test_agreeing_while_the_rest_loads_still_runs_the_checks(tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.toml"
    endpoints.write_text(LOOPBACK_ENDPOINTS)
    done = run_app_script(AGREE_EARLY, tmp_path, {"IMSYNC_GUI_ENDPOINTS": str(endpoints)})
    assert done.returncode == 0, done.stderr
    pages_when_ticked, results = (int(n) for n in done.stdout.split()[:2])
    assert pages_when_ticked == 1, "the agreement was ticked before set-up finished"
    assert results > 0


def test_a_bad_endpoints_file_is_explained_in_the_persons_language(tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.toml"
    endpoints.write_text("[push]\nport = 0\n")
    german = {"IMSYNC_GUI_ENDPOINTS": str(endpoints), "LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8"}
    done = run_app_script(SCRIPT, tmp_path, german)
    assert done.returncode == 0, done.stderr
    notice = done.stdout.splitlines()[1]
    assert notice == (
        f"{endpoints}: [push] port: erwartet wird eine Portnummer von 1 bis 65535. "
        "Stattdessen werden die üblichen Adressen von Apple verwendet."
    ), notice
