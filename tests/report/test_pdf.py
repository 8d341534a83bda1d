"""The PDF: real text holding the summary, every step and the appendix; vector drawings only."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from imsync_gui.export.content import ReportContent, build_report
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.session import Session
from imsync_gui.report.pdf import page_size_for, render_pdf
from tests.report.sessions import ACCOUNT, MARKUP, OTHER_ACCOUNT, quiet_session, troubled_session

pytestmark = pytest.mark.gui


def pdf_of(session: Session, reveal: bool = False) -> tuple[ReportContent, PdfReader]:
    report = build_report(session, diagnose(session), reveal_contacts=reveal)
    return report, PdfReader(io.BytesIO(render_pdf(report, QPageSize(QPageSize.PageSizeId.A4))))


def flat(reader: PdfReader, page: int | None = None) -> str:
    """The text of the PDF (or one page) as poppler's pdftotext reads it, whitespace folded."""
    buffer = io.BytesIO()
    writer = PdfWriter()
    for number, each in enumerate(reader.pages):
        if page is None or number == page:
            writer.add_page(each)
    writer.write(buffer)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"],
        input=buffer.getvalue(),
        capture_output=True,
        check=True,
    )
    return re.sub(r"\s+", " ", done.stdout.decode("utf-8"))


def test_pdf_text_holds_summary_every_step_and_appendix(qapp) -> None:  # type: ignore[no-untyped-def]
    report, reader = pdf_of(troubled_session())
    text = flat(reader)
    first_page = flat(reader, 0)
    assert report.headline is not None
    assert report.headline.title in first_page
    for step in report.first_steps:
        assert step.title in first_page
    for step in report.steps:
        assert re.sub(r"\s+", " ", step.title) in text
    for check in report.checks:
        assert check.check_id in text
    assert "For IT" in text and "2025-03-14 09:30:00" in text
    assert "Studio Mac" in text
    assert f"Page 1 of {len(reader.pages)}" in text


def test_every_page_has_a_footer_with_version_and_number(qapp) -> None:  # type: ignore[no-untyped-def]
    report, reader = pdf_of(quiet_session())
    for number in range(1, len(reader.pages) + 1):
        text = flat(reader, number - 1)
        assert f"Page {number} of {len(reader.pages)}" in text
        assert f"imsync-gui {report.app_version}" in text


def test_illustrations_stay_vector(qapp) -> None:  # type: ignore[no-untyped-def]
    _report, reader = pdf_of(troubled_session())
    for page in reader.pages:
        assert list(page.images) == []
    raw = b"".join(page.get_contents().get_data() for page in reader.pages[:2])
    assert raw.count(b" c\n") + raw.count(b" c ") > 50  # curves drawn by the illustrations


def test_contacts_masked_in_pdf_unless_opted_in(qapp) -> None:  # type: ignore[no-untyped-def]
    _report, masked = pdf_of(troubled_session())
    text = flat(masked)
    assert ACCOUNT not in text and OTHER_ACCOUNT not in text and "900123" not in text
    assert "j***@icloud.com" in text and "*** ** 23" in text
    _report, revealed = pdf_of(troubled_session(), reveal=True)
    assert ACCOUNT in flat(revealed)


def test_markup_typed_by_the_person_comes_out_as_text(qapp) -> None:  # type: ignore[no-untyped-def]
    session = troubled_session(name=MARKUP)
    _report, reader = pdf_of(session)
    text = flat(reader)
    assert "<b>bold</b>" in text
    assert "<script>alert(1)</script>" in text
    assert all(list(page.images) == [] for page in reader.pages)


def test_no_devices_and_no_findings_still_make_a_pdf(qapp) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    session.put_device(Device("d1", DeviceKind.IPAD, ""))
    _report, reader = pdf_of(session)
    assert "No clear cause found" in flat(reader)


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "Letter"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "A4"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "A4"),
    ],
)
def test_page_size_follows_the_locale(qapp, locale: QLocale, size: str) -> None:  # type: ignore[no-untyped-def]
    assert page_size_for(locale).name().startswith(size)


def test_printing_paints_the_same_pages(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from imsync_gui.report.pdf import paint_report

    report, reader = pdf_of(quiet_session())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_report(printer, report) == len(reader.pages)
    assert "Your fix plan" in flat(PdfReader(tmp_path / "printed.pdf"))
