"""``imsync-gui summarize``: many reports and sessions into one summary for IT."""

from __future__ import annotations

import csv
import io
import json
import shutil
import tracemalloc
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from imsync_gui.cli import main
from imsync_gui.cli.summarize import Progress
from imsync_gui.export.summarize.facts import session_facts
from imsync_gui.export.summarize.render import summary_sections
from imsync_gui.export.summarize.sources import summarize
from imsync_gui.export.summarize.tally import Tally
from imsync_gui.i18n import Msg
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.benchmarks.sessions import T0, household
from tests.export.fleet import on_network, report_texts, templates, write_reports

EXAMPLES = Path(__file__).resolve().parents[2] / "assets" / "examples"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Twenty generated reports in subfolders, one example session, and five bad files."""
    reports = tmp_path / "reports"
    write_reports(reports, 20)
    shutil.copy(EXAMPLES / "low-power-ipad.json", reports / "session.json")
    (reports / "notes.json").write_text("these are my notes", "utf-8")
    (reports / "foreign.json").write_text('{"name": "some other tool"}', "utf-8")
    newer = json.loads(next(report_texts(1)))
    (reports / "newer.json").write_text(json.dumps({**newer, "version": 99}), "utf-8")
    (reports / "cut.json").write_bytes(next(report_texts(1))[:5000])
    (reports / "empty.json").write_bytes(b"")
    return reports


def test_counts_causes_networks_devices_and_weeks(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(folder), "--format", "json"]) == 0
    out = capsys.readouterr().out
    summary = json.loads(out)
    assert summary["reports_read"] == 21
    assert summary["files_skipped"] == 5
    made = [templates()[n % len(templates())] for n in range(20)]
    expected_top = Counter(r["headline"]["cause_id"] for r in made if r["headline"])
    expected_top["power"] += 1  # the example session: a low-power iPad
    got_top = {c["cause_id"]: c["top"] for c in summary["causes"] if c["top"]}
    assert got_top == dict(expected_top)
    assert sum(w["reports"] for w in summary["weeks"]) == 21
    office = next(n for n in summary["networks"] if n["proxy"].startswith("PROXY"))
    assert office["failing_checks"] == {"push": 6, "tls_interception": 6}
    assert office["dns"] == "private addresses"
    ipads = next(d for d in summary["devices"] if d["platform"] == "iPadOS")
    assert ipads["behind_latest"] >= 1
    assert "admin@corp.example" not in out
    assert "a***@corp.example" in out


def test_each_unreadable_file_gets_one_line_saying_why(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summarize", str(folder)]) == 0
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 5
    reasons = {Path(line.split(": ")[1]).name: line for line in lines}
    assert "not JSON" in reasons["notes.json"]
    assert "not an imsync-gui report" in reasons["foreign.json"]
    assert "newer imsync-gui" in reasons["newer.json"]
    assert "cut short" in reasons["cut.json"]
    assert "empty" in reasons["empty.json"]
    assert "21 reports read, 5 files skipped." in out
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_nothing_readable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.json").write_text("{}", "utf-8")
    assert main(["summarize", str(tmp_path / "a.json"), str(tmp_path / "missing*.json")]) == 2
    err = capsys.readouterr().err
    assert "no file matches" in err
    assert "no report or session could be read" in err


def test_globs_files_and_csv(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pattern = str(folder / "batch-*" / "report-00000[0-4].json")
    assert main(["summarize", pattern, str(folder / "session.json"), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    weeks = rows[next(i for i, r in enumerate(rows) if r == ["Week", "Reports"]) + 1 :]
    assert sum(int(count) for _week, count in weeks) == 6


def test_html_escapes_and_out_is_written_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = json.loads(next(report_texts(1)))
    report["checks"].append(
        {**report["checks"][0], "check_id": "proxy", "values": {"apple_route": "<b>x</b>"}}
    )
    source = tmp_path / "r.json"
    source.write_text(json.dumps(report), "utf-8")
    out = tmp_path / "summary.html"
    assert main(["summarize", str(source), "--format", "html", "--out", str(out)]) == 0
    page = out.read_text("utf-8")
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x" not in page
    assert page.startswith("<!DOCTYPE html>") and 'lang="' in page
    assert main(["summarize", str(source), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["summarize", str(source), "--out", str(out), "--force"]) == 0
    assert out.read_text("utf-8").startswith("1 report read, 0 files skipped.")


def test_progress_bar_draws_and_clears() -> None:
    stream = io.StringIO()
    bar = Progress(stream, total=4)
    bar.update(1)
    bar.update(4)
    bar.clear()
    text = stream.getvalue()
    assert "[" + "-" * 30 + "]" not in text
    assert "4/4" in text and text.endswith("\r")


def test_progress_bar_only_on_a_terminal(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["summarize", str(folder)]) == 0
    assert "26/26" in terminal.getvalue()


def _peak_bytes(folder: Path) -> int:
    tracemalloc.start()
    summarize([str(folder)])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_memory_does_not_grow_with_the_number_of_files(tmp_path: Path) -> None:
    write_reports(tmp_path / "few", 40)
    write_reports(tmp_path / "many", 400)
    summarize([str(tmp_path / "few")])  # warm caches (imports, the bundled tables)
    assert _peak_bytes(tmp_path / "many") < 1.3 * _peak_bytes(tmp_path / "few")


def test_checks_that_could_not_run_are_counted_beside_failures(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The clock check errs on the office network and is skipped on the hotel's: 6 + 6 of 20."""
    assert main(["summarize", str(folder), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    office = next(n for n in summary["networks"] if n["proxy"].startswith("PROXY"))
    assert office["could_not_run_checks"] == {"clock": 6}
    assert "clock" not in office["failing_checks"]
    checks = {c["check_id"]: c for c in summary["checks"]}
    assert (checks["clock"]["failed"], checks["clock"]["could_not_run"]) == (0, 12)
    assert (checks["push"]["failed"], checks["push"]["could_not_run"]) == (6, 0)
    assert summary["reports_with_live_checks"] == 20  # the example session ran none

    assert main(["summarize", str(folder)]) == 0
    table = capsys.readouterr().out
    assert "of 20 reports with live checks" in table
    clock_row = next(
        line for line in table.splitlines() if line.startswith("This computer’s clock")
    )
    assert clock_row.split()[-4:] == ["0", "0", "12", "60"]

    assert main(["summarize", str(folder), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert ["This computer’s clock against Apple’s time", "0", "0", "12", "60"] in rows
    by_network = rows.index(["Live checks that failed or could not run, by network"])
    assert rows[by_network + 1][-3:] == ["Check", "Failed", "Could not run"]

    assert main(["summarize", str(folder), "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert '<th scope="col">Could not run</th>' in page and "<td>12</td>" in page


def test_a_session_check_that_erred_counts_as_could_not_run() -> None:
    session = on_network(household(2), "home")
    session.record_check(
        CheckResult(CheckId.CLOCK.value, CheckStatus.ERROR, Msg("no answer"), T0, 0.1, {})
    )
    facts = session_facts(session)
    assert facts.unrun_checks == ("clock",) and "clock" not in facts.failing_checks
    tally = Tally()
    tally.add(facts)
    tally.add(facts)
    assert [(c.check_id, c.failed, c.unrun) for c in tally.check_rows()] == [("clock", 0, 2)]


def test_shares_are_whole_per_cent_of_reports_with_live_checks() -> None:
    """2 of 3 reports is 67 % (rounded half up), 1 of 3 is 33 %; a report without checks
    does not count toward the whole."""
    tally = Tally()
    erred = session_facts(on_network(household(2), "office"))
    tally.add(erred)
    tally.add(erred)
    tally.add(session_facts(on_network(household(2), "home")))
    no_checks = session_facts(household(2))
    tally.add(replace(no_checks, network=None, failing_checks=(), unrun_checks=()))
    assert tally.with_checks == 3
    rows = {row[0]: row[1:] for row in summary_sections(tally)[1].rows}
    assert rows["This computer’s clock against Apple’s time"] == (0, 0, 2, 67)
    assert rows["Connection to the iMessage push service"] == (2, 67, 0, 0)
