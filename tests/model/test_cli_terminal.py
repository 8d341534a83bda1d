"""A received session or a feed cannot clear the reader's terminal or forge output lines
(issue 13, finding 3): control characters reach the terminal only as visible escapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from imsync_gui.cli import main
from imsync_gui.cli.check import table
from imsync_gui.i18n import Msg
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.session_io import save_session
from tests.model.builders import IPHONE, MAC, check, make_session

CLEAR = "\x1b[2J\x1b[H"
FORGED = "\r\n  PROBLEM      Fake cause"
HOSTILE = f"Jane{CLEAR}{FORGED}\x9b2J\u202eenohP"


def _printable_lines(text: str) -> list[str]:
    lines = text.splitlines()
    for line in lines:
        assert line.isprintable(), repr(line)
    return lines


def _hostile_session_file(folder: Path) -> Path:
    phone = IPHONE.__class__(**{**IPHONE.__dict__, "name": HOSTILE})
    session = make_session(
        [phone, MAC],
        {("power.low_power_mode", phone.id): "yes", ("account.signed_in", phone.id): "no"},
        [check("dns", CheckStatus.FAIL, HOSTILE, host=HOSTILE)],
    )
    path = folder / "received.json"
    save_session(session, path)
    return path


def test_diagnose_prints_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diagnose", str(_hostile_session_file(tmp_path))]) == 0
    lines = _printable_lines(capsys.readouterr().out)
    assert not any(line.lstrip().startswith("PROBLEM      Fake") for line in lines)
    assert any("Jane\\x1b[2J" in line for line in lines), "the name is still recognisable"


def test_diagnose_json_spares_the_terminal_and_means_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diagnose", "--json", str(_hostile_session_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    _printable_lines(out)
    evidence = [line for finding in json.loads(out)["findings"] for line in finding["evidence"]]
    assert any(HOSTILE in line for line in evidence), "the JSON still holds the exact name"


def test_a_session_error_is_one_printable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"bad{CLEAR}.json"
    path.write_text('{"format": "imsync-gui-session", "version": 3, "devices": 1}')
    assert main(["diagnose", str(path)]) == 2
    [line] = _printable_lines(capsys.readouterr().err)
    assert line.startswith("imsync-gui: bad\\x1b[2J")


def test_the_check_table_prints_a_feeds_control_characters_as_escapes() -> None:
    result = CheckResult("service_status", CheckStatus.WARN, Msg(HOSTILE), datetime.now(UTC), 0.1)
    lines = _printable_lines(table([result]))
    assert len(lines) == 3 and "Fake cause" in lines[0]


@pytest.mark.parametrize("json_flag", [[], ["--json"]], ids=["table", "json"])
def test_compare_prints_control_characters_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], json_flag: list[str]
) -> None:
    from imsync_gui.model.recheck import start_new_round
    from imsync_gui.model.session_io import load_session

    path = _hostile_session_file(tmp_path)
    session = load_session(path)
    session.set_step_done("turn_off_low_power_mode", True)
    assert start_new_round(session) is not None
    save_session(session, path)
    assert main(["diagnose", "--compare", *json_flag, str(path)]) == 0
    _printable_lines(capsys.readouterr().out)


def test_summarize_names_a_skipped_file_in_one_printable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / f"evil{CLEAR}\r\nPROBLEM.json"
    bad.write_text("[1, 2]")
    main(["summarize", str(bad), str(_hostile_session_file(tmp_path))])
    err = capsys.readouterr().err
    [line] = [line for line in _printable_lines(err) if "evil" in line]
    assert "\\x1b[2J" in line
