"""The report content, its JSON export and the plain-text summary."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from imsync_gui.export.content import ReportContent, build_report
from imsync_gui.export.json_export import report_schema, report_to_dict, report_to_json
from imsync_gui.export.summary import summary_text
from imsync_gui.i18n import language
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session
from imsync_gui.report.document_html import finding_cells
from tests.report.sessions import ACCOUNT, OTHER_ACCOUNT, PHONE, quiet_session, troubled_session

SECRETS = (ACCOUNT, OTHER_ACCOUNT, "7700 900123", "900123", "jane.appleseed", "work.jane")


def report_for(session: Session, reveal: bool = False) -> ReportContent:
    return build_report(session, diagnose(session), reveal_contacts=reveal)


def every_export(report: ReportContent) -> list[str]:
    return [report_to_json(report), summary_text(report)]


def test_json_matches_its_schema() -> None:
    for session in (troubled_session(), quiet_session(), Session()):
        data = report_to_dict(report_for(session))
        jsonschema.validate(data, report_schema(), format_checker=jsonschema.FormatChecker())


def test_full_plan_covers_all_nine_causes() -> None:
    report = report_for(troubled_session())
    assert {f.cause_id for f in report.findings} == {c.value for c in CauseId}
    # Background App Refresh is off only because Low Power Mode is on: the power cause carries it.
    acting = {f.cause_id for f in report.findings if f.verdict in ("problem", "warning")}
    assert acting == {c.value for c in CauseId} - {"background_refresh"}
    assert len(report.steps) >= 8
    assert [s.number for s in report.steps] == list(range(1, len(report.steps) + 1))
    assert report.headline is report.findings[0]


@pytest.mark.parametrize("session_factory", [troubled_session, quiet_session])
def test_contacts_are_masked_in_every_export_by_default(session_factory) -> None:  # type: ignore[no-untyped-def]
    report = report_for(session_factory())
    for text in every_export(report):
        for secret in SECRETS:
            assert secret not in text
    assert report.devices[0].apple_account == "j***@icloud.com"
    assert "*** ** 23" in report.devices[0].addresses


def test_contacts_are_included_when_the_person_opts_in() -> None:
    report = report_for(troubled_session(), reveal=True)
    data = json.loads(report_to_json(report))
    assert data["contact_details_included"] is True
    assert data["devices"][0]["apple_account"] == ACCOUNT
    assert PHONE in data["devices"][0]["addresses"]


def test_instructions_only_for_devices_the_person_has() -> None:
    report = report_for(quiet_session())  # one iPhone, no Mac
    headings = [g.heading for s in report.steps for g in s.instructions]
    assert headings and all("Mac" not in h for h in headings)
    assert any(h == "On iPhone" for h in headings)


def test_done_steps_are_marked_and_skipped_on_the_first_page() -> None:
    session = troubled_session()
    first = diagnose(session).plan.steps[0].fix.id
    session.set_step_done(first, True)
    report = report_for(session)
    assert report.steps[0].done and report.steps[0].fix_id == first
    assert first not in [s.fix_id for s in report.first_steps]
    assert len(report.first_steps) == 3


def test_summary_names_the_cause_and_first_steps() -> None:
    report = report_for(troubled_session())
    text = summary_text(report)
    assert report.headline is not None and report.headline.title in text
    for step in report.first_steps:
        assert step.title in text
    # serial numbers are masked too, so the notice says so
    assert "phone numbers and serial numbers are hidden" in text


def test_empty_session_has_no_headline() -> None:
    report = report_for(Session())
    assert report.headline is None and report.steps == ()
    assert "Nothing we checked" in summary_text(report)


def test_json_version_2_carries_probabilities_weighted_evidence_and_step_minutes() -> None:
    data = report_to_dict(report_for(troubled_session()))
    assert data["version"] == 2
    top = data["findings"][0]
    assert top == data["headline"] and top["probability"] > 0.5
    assert top["strongest_for"] and top["weighted_evidence"][0]["counted"]
    assert [f["probability"] for f in data["findings"]] == sorted(
        (f["probability"] for f in data["findings"]), reverse=True
    )
    assert all(s["minutes"] > 0 and 0 <= s["chance_of_fixing"] <= 1 for s in data["steps"])
    # A version-1 file (no probabilities, no minutes) still validates.
    old = json.loads(json.dumps(data))
    old["version"] = 1
    for finding in [*old["findings"], old["headline"]]:
        for key in ("probability", "strongest_for", "strongest_against", "weighted_evidence"):
            finding.pop(key)
    for step in [*old["steps"], *old["first_steps"]]:
        for key in ("minutes", "needs_someone", "needs_money", "reset", "chance_of_fixing"):
            step.pop(key)
    jsonschema.validate(old, report_schema(), format_checker=jsonschema.FormatChecker())


def test_findings_table_names_the_strongest_evidence_both_ways() -> None:
    example = Path(__file__).resolve().parents[2] / "assets" / "examples" / "two-accounts-mac.json"
    report = report_for(load_session(example))
    both = [f for f in report.findings if f.strongest_for and f.strongest_against]
    assert both, "the example has a cause with evidence both ways"
    cell = finding_cells(both[0])[2]
    to, away = cell.index("<b>Points to it:</b>"), cell.index("<b>Points away from it:</b>")
    assert to < away
    quiet = [f for f in report.findings if not f.strongest_for and not f.strongest_against]
    assert quiet and all("Points" not in finding_cells(f)[2] for f in quiet)


def test_the_check_counts_in_the_summary_are_translated() -> None:
    report = report_for(troubled_session())
    assert report.check_counts
    with language("de"):
        line = next(t for t in summary_text(report).splitlines() if t.startswith("Vom Computer"))
    assert "passed" not in line and "failed" not in line and "bestanden" in line, line
