"""The fix plan as one accessible web page: a single HTML file with the drawings inline as SVG.

Made for screen readers, ticket systems and browsers: the page's language is set, headings go
down one level at a time, steps are lists, every drawing has a text alternative, colours keep
a contrast of at least 4.5:1, the content reads in order without the stylesheet, and it prints
(each step kept on one page). Every piece of text is escaped; contact details are masked
unless the report includes them. Qt-free: the ``report --format html`` command needs no Qt.
"""

from __future__ import annotations

from functools import cache
from html import escape
from itertools import count

from imsync_gui.export.content import FindingContent, ReportContent, StepContent
from imsync_gui.i18n import N_, _, current_language, format_long_date, translate
from imsync_gui.report.document_html import (
    ALSO_LOOK,
    ANSWERS,
    BAD,
    CARD,
    CAUTION,
    CHECKS,
    COLUMNS_ANSWERS,
    COLUMNS_CHECKS,
    COLUMNS_COMPARED,
    COLUMNS_DEVICES,
    COLUMNS_FINDINGS,
    COMPARED,
    DEVICES,
    DOCUMENT_TITLE,
    DONE,
    FINDINGS,
    FIRST_THREE,
    FOR_IT,
    GOOD,
    HISTORY,
    INK,
    MASKED,
    MOST_LIKELY,
    MUTED,
    NO_ANSWERS,
    NO_CHECKS,
    NO_DEVICES,
    NO_STEPS,
    NO_STEPS_DONE,
    NOTHING_FOUND,
    NOTHING_FOUND_TEXT,
    PLAN,
    PLAN_INTRO,
    PREPARED,
    PREPARED_NO_DEVICES,
    ROUND,
    RULE,
    STEP,
    STEP_DONE_AT,
    STILL_PAUSED,
    TITLE,
    WHY,
    WHY_SHOWN,
    WORKED,
    answer_cells,
    capital,
    change_cells,
    check_cells,
    device_cells,
    escaped,
    finding_cells,
    it_intro,
    minute_time,
)
from imsync_gui.resources import illustration_path

DRAWING_CAUSE = N_("Drawing: {title}")
DRAWING_STEP = N_("Drawing for step {number}: {title}")
NOT_DONE_YET = N_("Not done yet")

STYLESHEET = f"""
body {{ font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
  color: {INK}; background: #FFFFFF; max-width: 48em; margin: 0 auto; padding: 1.5em;
  line-height: 1.5; }}
h1 {{ font-size: 1.8em; line-height: 1.2; margin: 0 0 .3em; }}
h2 {{ font-size: 1.35em; margin-top: 2em; }}
h3 {{ font-size: 1.15em; margin: .2em 0 .4em; }}
h4 {{ font-size: 1em; margin: .8em 0 .2em; }}
.lead, .note, .intro {{ color: {MUTED}; }}
.note {{ font-size: .9em; }}
.headline {{ background: {CARD}; padding: 1em 1.25em; border-radius: 8px; display: flex;
  gap: 1.25em; align-items: center; }}
.headline h2 {{ margin: 0; font-size: 1.6em; }}
.label {{ text-transform: uppercase; letter-spacing: .05em; font-size: .85em;
  font-weight: bold; margin: 0; }}
.illustration {{ flex: none; width: 96px; height: 96px; }}
ol.steps {{ list-style: none; padding: 0; }}
ol.steps > li {{ display: flex; gap: 1.25em; border-top: 1px solid {RULE}; padding: 1em 0; }}
ol.steps .illustration {{ width: 80px; height: 80px; }}
ul.why {{ color: {MUTED}; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9em; margin: .5em 0 1em; }}
th, td {{ border: 1px solid {RULE}; padding: .35em .5em; text-align: left; vertical-align: top; }}
th {{ background: {CARD}; }}
.problem, .fail {{ color: {BAD}; font-weight: bold; }}
.warning, .warn {{ color: {CAUTION}; font-weight: bold; }}
.fine, .pass, .done {{ color: {GOOD}; font-weight: bold; }}
.not_checked, .error, .skipped {{ color: {MUTED}; font-weight: bold; }}
.code, .raw {{ font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em;
  overflow-wrap: anywhere; }}
.raw {{ color: {MUTED}; }}
"""
"""The web page's look; the colours are the PDF's, each at 4.5:1 or more on its background."""

PRINT_STYLESHEET = f"""
body {{ max-width: none; padding: 0; font-size: 10.5pt; }}
.headline {{ border: 1px solid {RULE}; }}
ol.steps > li, tr {{ break-inside: avoid; }}
h2 {{ break-after: avoid; }}
.it {{ break-before: page; }}
"""
"""On paper: the full width, each step and table row kept on one page, IT's part on its own."""


@cache
def _drawing(illustration: str) -> str:
    """The SVG text of a bundled drawing, without any XML declaration."""
    text = illustration_path(illustration).read_text("utf-8")
    return text[text.index("<svg") :].strip()


def report_web_page(report: ReportContent) -> str:
    """The whole report as one self-contained HTML5 document in the active language."""
    ids = count(1)
    date = format_long_date(report.generated_at)
    return "".join(
        (
            "<!DOCTYPE html>\n",
            f'<html lang="{escape(current_language())}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f'<meta name="generator" content="imsync-gui {escape(report.app_version)}">\n',
            f"<title>{escaped(DOCUMENT_TITLE)}</title>\n<style>{STYLESHEET}</style>\n",
            f'<style media="print">{PRINT_STYLESHEET}</style>\n</head>\n<body>\n',
            f"<header>\n<h1>{escaped(TITLE)}</h1>\n{_prepared(report, date)}</header>\n<main>\n",
            _summary(report, ids),
            _history(report),
            _plan(report.steps, ids),
            _devices(report),
            _appendix(report),
            "</main>\n</body>\n</html>\n",
        )
    )


def _prepared(report: ReportContent, date: str) -> str:
    names = ", ".join(d.name for d in report.devices)
    text = _(PREPARED, date=date, devices=names) if names else _(PREPARED_NO_DEVICES, date=date)
    return f'<p class="lead">{escape(text)}</p>\n'


def svg(illustration: str, alternative: str, ids: count[int]) -> str:
    """A drawing inline, announced as one image with *alternative* as its text."""
    label = f"drawing-{next(ids)}"
    drawing = _drawing(illustration)
    end = drawing.index(">")
    opening = f'{drawing[:end]} role="img" aria-labelledby="{label}" class="illustration">'
    title = f'<title id="{label}">{escape(alternative)}</title>'
    return opening + title + drawing[end + 1 :] + "\n"


def _summary(report: ReportContent, ids: count[int]) -> str:
    parts = [_headline(report.headline, ids)]
    others = [
        f.title
        for f in report.findings
        if f.verdict in ("problem", "warning") and f is not report.headline
    ]
    if others:
        parts.append(f'<p class="lead">{escape(_(ALSO_LOOK, causes=", ".join(others)))}</p>\n')
    parts.append(f"<h2>{escaped(FIRST_THREE)}</h2>\n")
    if report.first_steps:
        items = "".join(
            f"<li><strong>{escape(s.title)}</strong> ({escape(s.effort)})</li>\n"
            for s in report.first_steps
        )
        parts.append(f"<ol>\n{items}</ol>\n")
    else:
        parts.append(f"<p>{escaped(NO_STEPS)}</p>\n")
    return "".join(parts)


def _headline(finding: FindingContent | None, ids: count[int]) -> str:
    if finding is None:
        picture, title, text, note = (
            "sync_now",
            translate(NOTHING_FOUND),
            translate(NOTHING_FOUND_TEXT),
            "",
        )
        label = ""
    else:
        picture, title, text = finding.illustration, finding.title, finding.explanation
        note, label = capital(finding.confidence), translate(MOST_LIKELY)
    return (
        '<section class="headline" aria-labelledby="headline">\n'
        + svg(picture, _(DRAWING_CAUSE, title=title), ids)
        + "<div>\n"
        + (f'<p class="label">{escape(label)}</p>\n' if label else "")
        + f'<h2 id="headline">{escape(title)}</h2>\n<p>{escape(text)}</p>\n'
        + (f'<p class="note">{escape(note)}</p>\n' if note else "")
        + "</div>\n</section>\n"
    )


def _history(report: ReportContent) -> str:
    """Each earlier round with the steps done in it, then every cause before and now."""
    if not report.rounds:
        return ""
    parts = [f'<section aria-labelledby="history">\n<h2 id="history">{escaped(HISTORY)}</h2>\n']
    if report.comparison:
        parts.append(f'<p class="lead">{escape(report.comparison.trend_line)}</p>\n')
    for past in report.rounds:
        start, end = minute_time(past.started_at), minute_time(past.ended_at)
        parts.append(f"<h3>{escape(_(ROUND, number=past.number, start=start, end=end))}</h3>\n")
        done = "".join(
            f"<li>{escape(_(STEP_DONE_AT, step=step.title, time=minute_time(step.done_at)))}</li>\n"
            for step in past.steps_done
        )
        parts.append(
            f"<ul>\n{done}</ul>\n" if done else f'<p class="note">{escaped(NO_STEPS_DONE)}</p>\n'
        )
    comparison = report.comparison
    if comparison:
        headers = tuple(_(h, number=comparison.before_round) for h in COLUMNS_COMPARED)
        rows = [change_cells(c) for c in comparison.causes]
        parts += [f"<h3>{escaped(COMPARED)}</h3>\n", _table(headers, rows, translated=True)]
        if comparison.still_paused:
            lines = "".join(f"<li>{escape(line)}</li>\n" for line in comparison.still_paused)
            parts.append(f"<h4>{escaped(STILL_PAUSED)}</h4>\n<ul>\n{lines}</ul>\n")
    parts.append("</section>\n")
    return "".join(parts)


def _plan(steps: tuple[StepContent, ...], ids: count[int]) -> str:
    if not steps:
        return ""
    items = "".join(_step(step, ids) for step in steps)
    return (
        f'<section aria-labelledby="plan">\n<h2 id="plan">{escaped(PLAN)}</h2>\n'
        f'<p class="intro">{escaped(PLAN_INTRO)}</p>\n<ol class="steps">\n{items}</ol>\n</section>\n'
    )


def _step(step: StepContent, ids: count[int]) -> str:
    parts = [
        "<li>\n",
        svg(step.illustration, _(DRAWING_STEP, number=step.number, title=step.title), ids),
        "<div>\n",
        f'<p class="label">{escape(_(STEP, number=step.number))} · {escape(capital(step.effort))}</p>\n',
        f"<h3>{escape(step.title)}</h3>\n",
    ]
    for group in step.instructions:
        if group.heading:
            parts.append(f"<h4>{escape(group.heading)}</h4>\n")
        lines = "".join(f"<li>{escape(line)}</li>\n" for line in group.lines)
        parts.append(f"<ol>\n{lines}</ol>\n")
    parts.append(f"<h4>{escaped(WORKED)}</h4>\n<p>{escape(step.verify)}</p>\n")
    if step.why:
        why = "".join(f"<li>{escape(line)}</li>\n" for line in step.why[:WHY_SHOWN])
        parts.append(f'<h4>{escaped(WHY)}</h4>\n<ul class="why">\n{why}</ul>\n')
    tick = (
        f'<p class="done">&#9745; {escaped(DONE)}</p>\n'
        if step.done
        else f"<p>&#9744; {escaped(NOT_DONE_YET)}</p>\n"
    )
    parts += [tick, "</div>\n</li>\n"]
    return "".join(parts)


def _table(headers: tuple[str, ...], rows: list[list[str]], *, translated: bool = False) -> str:
    head = "".join(
        f'<th scope="col">{escape(h) if translated else escaped(h)}</th>' for h in headers
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n"


def _masked_note(report: ReportContent) -> str:
    return "" if report.contact_details_included else f'<p class="note">{escaped(MASKED)}</p>\n'


def _devices(report: ReportContent) -> str:
    head = f'<section aria-labelledby="devices">\n<h2 id="devices">{escaped(DEVICES)}</h2>\n'
    if not report.devices:
        return head + f"<p>{escaped(NO_DEVICES)}</p>\n</section>\n"
    rows = [device_cells(d) for d in report.devices]
    return head + _table(COLUMNS_DEVICES, rows) + _masked_note(report) + "</section>\n"


def _appendix(report: ReportContent) -> str:
    intro = it_intro(report)
    parts = [
        f'<section class="it" aria-labelledby="for-it">\n<h2 id="for-it">{escaped(FOR_IT)}</h2>\n',
        f'<p class="note">{escape(intro)}</p>\n',
        f"<h3>{escaped(FINDINGS)}</h3>\n",
        _table(COLUMNS_FINDINGS, [finding_cells(f) for f in report.findings]),
        f"<h3>{escaped(CHECKS)}</h3>\n",
    ]
    checks = [check_cells(c) for c in report.checks]
    parts.append(_table(COLUMNS_CHECKS, checks) if checks else f"<p>{escaped(NO_CHECKS)}</p>\n")
    parts.append(f"<h3>{escaped(ANSWERS)}</h3>\n")
    answers = [answer_cells(a) for a in report.answers]
    parts.append(_table(COLUMNS_ANSWERS, answers) if answers else f"<p>{escaped(NO_ANSWERS)}</p>\n")
    parts += [_masked_note(report), "</section>\n"]
    return "".join(parts)
