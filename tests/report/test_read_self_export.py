"""Every export says which answers (and which version) were read from this computer."""

from __future__ import annotations

import io
from dataclasses import replace

import jsonschema
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from imsync_gui.export.content import ReportContent, build_report
from imsync_gui.export.json_export import report_schema, report_to_dict
from imsync_gui.export.summary import summary_text
from imsync_gui.i18n import language
from imsync_gui.model.answers import Answer
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.read_self import fill_from_this_computer
from imsync_gui.model.session import Session
from imsync_gui.report.pdf import render_pdf
from imsync_gui.report.web_page import report_web_page
from tests.model.builders import IPHONE, MAC, MAC_FACTS, T0, make_session
from tests.report.test_pdf import flat

MARK = "(read from this computer)"


def read_session() -> Session:
    """A Mac whose version and Low Power Mode were read; the iPhone's answers typed."""
    session = make_session(devices=(IPHONE, replace(MAC, os_version=None)), checks=[MAC_FACTS])
    session.set_answer(Answer("power.low_power_mode", "yes", T0, "p"))
    assert fill_from_this_computer(session)
    return session


def report_of(session: Session) -> ReportContent:
    return build_report(session, diagnose(session))


def test_the_content_marks_read_answers_and_versions_only() -> None:
    report = report_of(read_session())
    read = {(a.question_id, a.device) for a in report.answers if a.read_from_this_computer}
    assert read == {("power.mac_low_power", "Mac")}
    assert [(d.name, d.os_version_read) for d in report.devices] == [
        ("Phone", False),
        ("Mac", True),
    ]


def test_json_says_what_was_read_and_matches_its_schema() -> None:
    data = report_to_dict(report_of(read_session()))
    jsonschema.validate(data, report_schema())
    by_question = {a["question_id"]: a["read_from_this_computer"] for a in data["answers"]}
    assert by_question == {"power.low_power_mode": False, "power.mac_low_power": True}
    assert [d["os_version_read"] for d in data["devices"]] == [False, True]


def test_the_web_page_marks_the_read_answer_and_version() -> None:
    page = report_web_page(report_of(read_session()))
    assert page.count(f"<i>{MARK}</i>") == 2  # the Mac's version and its Low Power Mode
    assert f"15.3<br><i>{MARK}</i>" in page
    assert f"26.1 <i>{MARK}" not in page


def test_the_summary_lists_what_was_read() -> None:
    text = summary_text(report_of(read_session()))
    assert "Read from this computer for Mac, not typed in:" in text
    assert "- System version: 15.3" in text
    assert "- How is Low Power Mode set on this Mac? Always" in text
    assert "Phone, not typed" not in text
    assert "Read from this computer" not in summary_text(report_of(make_session()))


@pytest.mark.parametrize(
    ("lang", "mark", "heading"),
    [
        ("de", "(von diesem Computer gelesen)", "Von diesem Computer gelesen für Mac"),
        ("es", "(leído de este ordenador)", "Leído de este ordenador para Mac"),
    ],
)
def test_the_marks_are_translated(lang: str, mark: str, heading: str) -> None:
    with language(lang):
        report = report_of(read_session())
        assert mark in report_web_page(report)
        assert heading in summary_text(report)


@pytest.mark.gui
def test_the_pdf_marks_the_read_answer_and_version(qapp) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(report_of(read_session()), QPageSize(QPageSize.PageSizeId.A4))
    text = flat(PdfReader(io.BytesIO(pdf)))
    assert text.count(MARK) == 2, text
