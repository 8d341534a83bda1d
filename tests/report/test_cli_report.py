"""``imsync-gui report``: headless PDF and JSON, clear one-line failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from imsync_gui.cli import main
from imsync_gui.model.session_io import save_session
from tests.report.sessions import ACCOUNT, troubled_session


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "session.json"
    save_session(troubled_session(), path)
    return path


def test_pdf_without_a_display(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "imsync_gui", "report", str(session_file), "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Your\tfix\tplan" in PdfReader(out).pages[1].extract_text()


def test_json_to_stdout_is_masked(session_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(session_file), "--json"]) == 0
    text = capsys.readouterr().out
    assert json.loads(text)["format"] == "imsync-gui-report"
    assert ACCOUNT not in text


def test_json_to_file_with_contacts(session_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    args = ["report", str(session_file), "--json", "-o", str(out), "--include-contact-details"]
    assert main(args) == 0
    assert ACCOUNT in out.read_text("utf-8")


def test_existing_output_needs_force(
    session_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.json"
    out.write_text("keep me")
    assert main(["report", str(session_file), "--json", "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text() == "keep me"
    assert main(["report", str(session_file), "--json", "-o", str(out), "--force"]) == 0
    assert out.read_text() != "keep me"


def test_bad_session_and_missing_output(
    tmp_path: Path, session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert main(["report", str(bad), "--json"]) == 2
    assert main(["report", str(session_file)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "damaged" in err[0] and "-o" in err[1]
