"""The standard-library PDF check accepts the app's PDFs and catches broken ones."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from imsync_gui import pdf_check
from imsync_gui.export.content import build_report
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.session_io import load_session
from imsync_gui.pdf_check import PdfProblem, inspect_pdf
from imsync_gui.report.pdf import render_pdf
from imsync_gui.resources import asset_path


@pytest.fixture(scope="module")
def pdf_bytes(qapp: QApplication) -> bytes:
    session = load_session(asset_path("examples/two-accounts-mac.json"))
    return render_pdf(build_report(session, diagnose(session)))


def write(folder: Path, data: bytes) -> Path:
    path = folder / "plan.pdf"
    path.write_bytes(data)
    return path


def test_a_real_pdf_passes_with_pypdfs_page_count(pdf_bytes: bytes, tmp_path: Path) -> None:
    path = write(tmp_path, pdf_bytes)

    facts = inspect_pdf(path)

    assert facts.pages == len(PdfReader(path).pages)
    assert facts.compressed_streams > facts.pages  # one content stream per page, plus fonts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_text_is_read_where_pdftotext_exists(pdf_bytes: bytes, tmp_path: Path) -> None:
    facts = inspect_pdf(write(tmp_path, pdf_bytes))

    assert facts.text is not None
    assert "Apple Account" in facts.text


def test_without_pdftotext_the_text_is_not_read(
    pdf_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_check.shutil, "which", lambda name: None)

    assert inspect_pdf(write(tmp_path, pdf_bytes)).text is None


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: b"<html>" + d, "PDF header"),
        (lambda d: d[: len(d) // 2], "cut short"),
        (lambda d: d.replace(b"startxref\n", b"startxref\n1"), "no xref table"),
        (lambda d: re.sub(rb"/Count (\d)\b", rb"/Count 9", d), "counts 9 pages"),
        (lambda d: re.sub(rb"/Type\s*/Page\b(?!s)", b"/Type /Xage", d), "no pages"),
    ],
    ids=["not-a-pdf", "truncated", "bad-startxref", "page-count", "no-pages"],
)
def test_structural_damage_is_named(
    pdf_bytes: bytes, tmp_path: Path, damage: object, reason: str
) -> None:
    broken = damage(pdf_bytes)  # type: ignore[operator]

    with pytest.raises(PdfProblem, match=reason):
        inspect_pdf(write(tmp_path, broken))


def test_a_damaged_stream_is_named(pdf_bytes: bytes, tmp_path: Path) -> None:
    start = re.search(rb"/FlateDecode[^>]*>>\s*stream\r?\n", pdf_bytes)
    assert start is not None
    at = start.end() + 10
    broken = (
        pdf_bytes[:at] + bytes(b ^ 0xFF for b in pdf_bytes[at : at + 40]) + pdf_bytes[at + 40 :]
    )

    with pytest.raises(PdfProblem, match=r"the stream at byte \d+ is (damaged|cut short)"):
        inspect_pdf(write(tmp_path, broken))
