"""The report's look lives in one stylesheet: no inline styles, every class defined and applied."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPdfWriter, QTextCursor, QTextDocument

from imsync_gui.export.content import build_report
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.report.document_html import ACCENT, BAD, INK, STYLESHEET, report_html
from imsync_gui.report.pdf import build_document
from imsync_gui.report.svg_objects import SvgTextObject
from tests.report.sessions import quiet_session, troubled_session


def _html() -> str:
    session = troubled_session()
    return report_html(build_report(session, diagnose(session)))


def test_no_inline_style_attributes() -> None:
    assert "style=" not in _html()
    quiet = quiet_session()
    assert "style=" not in report_html(build_report(quiet, diagnose(quiet)))


def test_every_class_used_is_defined_in_the_stylesheet() -> None:
    used = {name for names in re.findall(r'class="([^"]+)"', _html()) for name in names.split()}
    defined = set(re.findall(r"\.([a-z_][a-z0-9_-]*)", STYLESHEET))
    assert used, "the document uses no classes"
    assert used <= defined, used - defined


def _format_of(doc: QTextDocument, text: str, after: str = ""):  # type: ignore[no-untyped-def]
    start = doc.find(after).selectionEnd() if after else 0
    cursor = doc.find(text, start, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), text
    probe = QTextCursor(doc)
    probe.setPosition(cursor.selectionStart() + 1)
    return probe.charFormat()


def test_qt_applies_the_stylesheet_classes(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = troubled_session()
    report = build_report(session, diagnose(session))
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    doc = build_document(report, writer, SvgTextObject())
    headline = report.headline
    assert headline is not None
    title = _format_of(doc, headline.title)
    assert title.fontPointSize() == 18
    assert title.foreground().color() == QColor(INK)
    label = _format_of(doc, "MOST LIKELY")
    assert label.foreground().color() == QColor(ACCENT)
    problem = next(f.verdict_label for f in report.findings if f.verdict == "problem")
    verdict = _format_of(doc, problem, after="Findings per cause")
    assert verdict.foreground().color() == QColor(BAD)
    assert verdict.fontWeight() >= 700
