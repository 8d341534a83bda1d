"""``imsync-gui diagnose``: readable text, documented JSON, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from imsync_gui.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"


def test_prints_ranked_plan_for_a_sample(capsys) -> None:
    assert main(["diagnose", str(EXAMPLES / "storage-full-family.json")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "9 causes: 1 problem, 1 warning, 6 fine, 1 not checked"
    assert out.index("PROBLEM      iCloud storage") < out.index("WARNING      Software version")
    assert "  1. Make room in iCloud" in out
    assert out.index("Make room in iCloud") < out.index("Move to a larger iCloud+ plan")
    assert "maria.lopez@icloud.com" not in out


def test_json_output_is_documented_shape(capsys) -> None:
    assert main(["diagnose", "--json", str(EXAMPLES / "low-power-ipad.json")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "imsync-gui-diagnosis"
    assert data["findings"][0]["cause"] == "power"
    assert data["plan"][0] == data["plan"][0] | {
        "rank": 1,
        "fix": "set_time_automatically",
        "devices": ["d2"],
    }
    assert data["version"] == 2
    assert data["findings"][0]["band"] == "likely problem"
    assert data["findings"][0]["probability"] > 0.5
    assert data["findings"][0]["strongest_for"][0].startswith("Tom's iPad: Low Power Mode is on")
    assert data["summary"] == {"problem": 2, "warning": 0, "fine": 6, "not_checked": 1}


@pytest.mark.parametrize(
    "content", ["", "{not json", '{"format": "imsync-gui-session", "version": 9}']
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    assert main(["diagnose", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("imsync-gui: bad.json:")


def test_missing_file_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["diagnose", str(tmp_path / "none.json")]) == 2
    assert "no file" in capsys.readouterr().err


def test_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "imsync_gui", "diagnose", str(EXAMPLES / "two-accounts-mac.json")],
        capture_output=True,
        text=True,
        check=False,
        cwd=EXAMPLES.parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert "PROBLEM      Apple Account" in result.stdout


def _checked_again(tmp_path: Path) -> Path:
    """The family example after making room in iCloud, checked again: storage now fine."""
    from imsync_gui.model.answers import Answer
    from imsync_gui.model.recheck import start_new_round
    from imsync_gui.model.session_io import load_session, save_session

    session = load_session(EXAMPLES / "storage-full-family.json")
    session.set_step_done("free_up_icloud_storage", True)
    assert start_new_round(session) is not None
    at = session.round_start
    for question, value in (("storage.used_gb", 2.5), ("storage.full_alert", "no")):
        session.set_answer(Answer(question, value, at))
    for device in session.devices:
        session.set_answer(Answer("followup.still_paused", "no", at, device.id))
    path = tmp_path / "again.json"
    save_session(session, path)
    return path


def test_compare_prints_the_before_and_after_table(tmp_path: Path, capsys) -> None:
    assert main(["diagnose", "--compare", str(_checked_again(tmp_path))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Before: Round 1, 2026-11-28 18:30 to ")
    assert lines[0].endswith("; 1 step done: Make room in iCloud")
    assert lines[1].startswith("Now: Round 2, since ")
    storage = next(i for i, line in enumerate(lines) if line.startswith("iCloud storage"))
    assert re.fullmatch(r"iCloud storage +Problem, \d+ % +Fine, \d+ % +Fixed", lines[storage])
    assert "    - How much of that storage is used? 5 GB → 2.5 GB" in lines
    assert "The message is gone from all 3 devices asked about." in lines
    assert lines[-1] == (
        "Round 2 improved things since round 1: 1 cause fixed, 1 cause still a problem, "
        "0 new problems."
    )


def test_compare_json(tmp_path: Path, capsys) -> None:
    assert main(["diagnose", "--compare", "--json", str(_checked_again(tmp_path))]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "imsync-gui-comparison" and data["trend"] == "better"
    storage = next(c for c in data["causes"] if c["cause"] == "storage")
    assert storage["headline"] == "fixed"
    assert storage["before"]["verdict"] == "problem" and storage["after"]["verdict"] == "fine"
    assert [d["fix"] for d in data["before"]["done_steps"]] == ["free_up_icloud_storage"]


def test_compare_without_history_exits_2(capsys) -> None:
    assert main(["diagnose", "--compare", str(EXAMPLES / "low-power-ipad.json")]) == 2
    assert "no earlier round" in capsys.readouterr().err
