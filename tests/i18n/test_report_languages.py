"""A German or Spanish report holds no English sentence: every example session, as PDF."""

from __future__ import annotations

import io
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from imsync_gui.checks.net import explain
from imsync_gui.checks.os_versions import offline
from imsync_gui.checks.registry import late, stamp
from imsync_gui.export.content import build_report
from imsync_gui.i18n import language
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CheckId
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session
from imsync_gui.report.pdf import render_pdf
from tests.report.sessions import T0, troubled_session
from tests.report.test_pdf import flat

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

pytestmark = pytest.mark.gui
EXAMPLES = sorted((ROOT / "assets" / "examples").glob("*.json"))
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_WORDS = re.compile(r"[A-Za-z’']+")
MIN_WORDS = 4


@cache
def english_sentences() -> frozenset[str]:
    """Runs of at least four words from every English message, placeholders cut out."""
    runs = set()
    for message in translations.read_catalog(translations.TEMPLATE):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for text in ids:
            for part in _PLACEHOLDER.split(text or ""):
                part = re.sub(r"\s+", " ", part.replace("&", "")).strip(" .,:;()")
                if len(_WORDS.findall(part)) >= MIN_WORDS:
                    runs.add(part)
    return frozenset(runs)


def checked_session() -> Session:
    """A troubled session whose check results hold real message ids (the test builders' hold
    made-up English sentences)."""
    session = troubled_session()
    why = explain("timeout", "gdmf.apple.com", 5.0)
    offline_list = stamp(CheckId.OS_VERSIONS, offline(why, "timed out", "timeout"), T0, 0.0)
    session.record_checks(
        [late(check, T0, 0.0, 7.5) for check in CheckId if check is not CheckId.OS_VERSIONS]
        + [offline_list]
    )
    return session


def _sessions() -> list[tuple[str, Session]]:
    return [(p.stem, load_session(p)) for p in EXAMPLES] + [("checked", checked_session())]


@pytest.mark.parametrize("code", ["de", "es"])
def test_no_english_sentence_in_a_translated_pdf(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    assert len(english_sentences()) > 300
    for name, session in _sessions():
        with language(code):
            report = build_report(session, diagnose(session))
            pdf = render_pdf(report, QPageSize(QPageSize.PageSizeId.A4))
        text = flat(PdfReader(io.BytesIO(pdf)))
        english = sorted(s for s in english_sentences() if s in text)
        assert not english, f"{name} ({code}) still says: {english}"
        assert len(text) > 2000, name


def test_the_english_pdf_is_caught(qapp) -> None:  # type: ignore[no-untyped-def]
    """The same check finds the English sentences in an English PDF (so it can fail)."""
    session = checked_session()
    report = build_report(session, diagnose(session))
    text = flat(PdfReader(io.BytesIO(render_pdf(report, QPageSize(QPageSize.PageSizeId.A4)))))
    assert len([s for s in english_sentences() if s in text]) > 20
