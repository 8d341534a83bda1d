"""``imsync-gui diagnose``: readable text, documented JSON, exit codes."""

from __future__ import annotations

import json
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
        "fix": "turn_off_low_power_mode",
        "devices": ["d2"],
    }
    assert data["summary"] == {"problem": 3, "warning": 1, "fine": 4, "not_checked": 1}


@pytest.mark.parametrize(
    "content", ["", "{not json", '{"format": "imsync-gui-session", "version": 9}']
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    assert main(["diagnose", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("imsync-gui: cannot diagnose bad.json:")


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
