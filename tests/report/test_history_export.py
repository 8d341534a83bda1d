"""Every export after a "check again": rounds, before and after, the one-line trend, masked."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from imsync_gui.export.content import ReportContent, build_report
from imsync_gui.export.json_export import report_schema, report_to_dict
from imsync_gui.export.summary import summary_text
from imsync_gui.model.answers import Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.recheck import start_new_round
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session
from imsync_gui.report.document_html import report_html
from imsync_gui.report.pdf import render_pdf
from tests.report.test_pdf import flat

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "storage-full-family.json"
NAMED = "maria.lopez@icloud.com iPhone"


def checked_again() -> Session:
    """The family example: room made in iCloud, checked again, storage now fine; the first
    device is named after an e-mail address, which every export must mask."""
    session = load_session(EXAMPLE)
    first = session.devices[0]
    session.put_device(Device(first.id, first.kind, NAMED, first.os_version))
    session.set_step_done("free_up_icloud_storage", True)
    session.step_done_at["free_up_icloud_storage"] = session.created_at + timedelta(minutes=30)
    closed = session.created_at + timedelta(hours=1)
    assert start_new_round(session, closed) is not None
    for question, value in (("storage.used_gb", 2.5), ("storage.full_alert", "no")):
        session.set_answer(Answer(question, value, closed))
    session.set_answer(Answer("followup.still_paused", "no", closed, first.id))
    return session


def report_of(session: Session, reveal: bool = False) -> ReportContent:
    return build_report(session, diagnose(session), reveal_contacts=reveal)


def test_content_holds_the_rounds_and_the_comparison() -> None:
    report = report_of(checked_again())
    assert [r.number for r in report.rounds] == [1]
    (done,) = report.rounds[0].steps_done
    assert done.title == "Make room in iCloud" and done.done_at <= report.rounds[0].ended_at
    assert report.comparison is not None
    storage = next(c for c in report.comparison.causes if c.cause_id == "storage")
    assert storage.headline == "fixed"
    assert re.fullmatch(r"Problem, \d+ %", storage.before), storage.before
    assert re.fullmatch(r"Fine, \d+ %", storage.now), storage.now
    assert storage.before_probability is not None and storage.now_probability is not None
    assert storage.before_probability > 0.5 > storage.now_probability
    assert "How much of that storage is used? 5 GB → 2.5 GB" in storage.changes
    assert report.comparison.trend == "better"
    assert report.comparison.still_paused == ("m***@icloud.com iPhone: gone",)


def test_json_carries_the_rounds_and_matches_its_schema() -> None:
    data = report_to_dict(report_of(checked_again()))
    jsonschema.validate(data, report_schema(), format_checker=jsonschema.FormatChecker())
    assert data["rounds"][0]["steps_done"][0]["fix_id"] == "free_up_icloud_storage"
    assert data["comparison"]["now_round"] == 2
    assert "maria.lopez" not in str(data)


def test_without_history_there_is_no_comparison() -> None:
    report = report_of(load_session(EXAMPLE))
    assert report.rounds == () and report.comparison is None
    assert "What was done" not in report_html(report)
    assert "Round" not in summary_text(report)


def test_summary_says_in_one_line_whether_the_round_helped() -> None:
    lines = summary_text(report_of(checked_again())).splitlines()
    assert lines[2] == (
        "Round 2 improved things since round 1: 1 cause fixed, 1 cause still a problem, "
        "0 new problems."
    )


def test_contact_details_show_only_when_opted_in() -> None:
    revealed = report_of(checked_again(), reveal=True).comparison
    assert revealed is not None and revealed.still_paused == (f"{NAMED}: gone",)


@pytest.mark.gui
def test_pdf_has_the_what_was_done_section(qapp) -> None:  # type: ignore[no-untyped-def]
    report = report_of(checked_again())
    text = flat(PdfReader(io.BytesIO(render_pdf(report, QPageSize(QPageSize.PageSizeId.A4)))))
    assert "What was done and what changed" in text
    assert "Make room in iCloud, done 2026-11-28 19:00 UTC" in text
    assert "Round 2 improved things since round 1" in text
    assert "Before and now" in text and "Fixed" in text
    assert "maria.lopez" not in text
