"""The fix plan as the HTML subset Qt's QTextDocument understands.

Every piece of text passes through :func:`escape` (:func:`html.escape`, and a number kept on
the line of its unit: "8 %", "2,5 GB", "18 ms"), so nothing the person typed can add markup. Illustrations are ``<img src="svg:ID">`` placeholders that
:mod:`imsync_gui.report.svg_objects` swaps for vector drawings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from imsync_gui.checks.titles import TITLES
from imsync_gui.export.check_table import COLUMNS, check_table
from imsync_gui.export.content import (
    AnswerContent,
    CheckContent,
    DeviceContent,
    FindingContent,
    ReportContent,
    StepContent,
)
from imsync_gui.export.history_content import CauseChangeContent
from imsync_gui.export.labels import CHECK_STATUS_LABELS
from imsync_gui.export.wording import READ_HERE
from imsync_gui.i18n import N_, _, format_long_date, number_text, translate
from imsync_gui.model.enums import CheckStatus

SVG_SCHEME = "svg:"
WHY_SHOWN = 3
"""Evidence lines shown per step; the appendix lists all of them."""
INK = "#22324A"
MUTED = "#5B6B80"
ACCENT = "#2F6FDB"
CARD = "#EEF4FD"
RULE = "#D5DEEA"
BAD = "#C23A2B"
CAUTION = "#9A6200"
GOOD = "#1E8453"

STYLESHEET = f"""
p {{ margin-bottom: 2px; }}
li {{ margin-bottom: 3px; }}
h1 {{ font-size: 20pt; color: {INK}; }}
h1.new-page {{ page-break-before: always; }}
h2 {{ font-size: 13pt; color: {INK}; margin-top: 14px; }}
th {{ color: {INK}; }}
.label {{ color: {ACCENT}; font-size: 9pt; font-weight: bold; }}
.lead {{ color: {MUTED}; font-size: 10.5pt; }}
.aside {{ color: {MUTED}; font-size: 10pt; }}
.note {{ color: {MUTED}; font-size: 9.5pt; }}
.intro {{ color: {MUTED}; }}
table.headline {{ margin-top: 10px; margin-bottom: 6px; }}
.headline-title {{ font-size: 18pt; font-weight: bold; color: {INK}; }}
.headline-text {{ font-size: 12pt; color: {INK}; }}
.first-step {{ font-size: 13pt; font-weight: bold; color: {INK}; }}
.number {{ color: {ACCENT}; }}
.effort {{ font-size: 9pt; font-weight: normal; color: {MUTED}; }}
.first-step-details {{ font-size: 9.5pt; }}
table.step {{ margin-top: 12px; border-top: 1px solid {RULE}; }}
.step-title {{ font-size: 14pt; font-weight: bold; color: {INK}; }}
.group-heading {{ font-weight: bold; margin-top: 4px; }}
ol.instructions {{ margin-top: 2px; }}
.small-heading {{ font-weight: bold; color: {INK}; margin-top: 8px; }}
ul.why {{ color: {MUTED}; font-size: 9.5pt; }}
.done {{ color: {GOOD}; font-weight: bold; }}
.not-done {{ color: {MUTED}; }}
table.data {{ border-color: {RULE}; border-style: solid; border-collapse: collapse; font-size: 9pt; }}
.problem, .fail {{ color: {BAD}; font-weight: bold; }}
.warning, .warn {{ color: {CAUTION}; font-weight: bold; }}
.fine, .pass {{ color: {GOOD}; font-weight: bold; }}
.not_checked, .error, .skipped {{ color: {MUTED}; font-weight: bold; }}
.fixed {{ color: {GOOD}; font-weight: bold; }}
.new_problem {{ color: {BAD}; font-weight: bold; }}
.still_a_problem {{ color: {CAUTION}; font-weight: bold; }}
.unchanged, .not_checked_again {{ color: {MUTED}; }}
.code {{ font-family: monospace; font-size: 8pt; }}
.raw {{ font-family: monospace; font-size: 8pt; color: {MUTED}; }}
"""
"""The report's whole look: semantic class names, read by QTextDocument.setDefaultStyleSheet."""

TITLE = N_("Why Messages stopped syncing with iCloud, and how to fix it")
DOCUMENT_TITLE = N_("Fix plan: Messages in iCloud")
"""The file's own title (the PDF's metadata, the web page's <title>)."""
PREPARED = N_("Prepared on {date} for {devices}.")
PREPARED_NO_DEVICES = N_("Prepared on {date}.")
MOST_LIKELY = N_("Most likely")
NOTHING_FOUND = N_("No clear cause found")
NOTHING_FOUND_TEXT = N_(
    "Nothing we asked or checked points to a problem. The steps below are still worth a try."
)
ALSO_LOOK = N_("Also worth a look: {causes}.")
FIRST_THREE = N_("Start with these")
DETAILS_FOLLOW = N_(
    "Step-by-step instructions for each of your devices follow on the next pages. "
    "Pages for IT are at the end."
)
NO_STEPS = N_("There is nothing to do yet: answer more questions or run the checks in the app.")
PLAN = N_("Your fix plan")
PLAN_INTRO = N_(
    "Work through the steps in order and tick each one off. Stop as soon as Messages syncs again."
)
STEP = N_("Step {number}")
WHY = N_("Why this step")
WORKED = N_("How to tell it worked")
DONE = N_("Done")
NOT_DONE = N_("Done? Tick here:")
DEVICES = N_("Your devices")
NO_DEVICES = N_("No devices were listed.")
COLUMNS_DEVICES = (
    N_("Device"),
    N_("Apple Account"),
    N_("Reachable at"),
    N_("Messages in iCloud"),
)
MASKED = N_(
    "E-mail addresses, phone numbers and serial numbers are partly hidden to protect your privacy."
)
UNKNOWN = N_("not said")
YES = N_("On")
NO = N_("Off")
FOR_IT = N_("For IT: every finding, check and answer")
IT_INTRO = N_("Made by imsync-gui {version} at {time}. The session last changed at {changed}.")
FINDINGS = N_("Findings per cause")
COLUMNS_FINDINGS = (N_("Cause"), N_("Verdict"), N_("Evidence"))
CHECKS = N_("Live checks run from this computer")
NO_CHECKS = N_("No live checks were run.")
COLUMNS_CHECKS = (N_("Check"), N_("Status"), N_("Started (UTC)"), N_("Took"), N_("Result"))
NETWORK_NEEDS = N_(
    "What Apple's services need from a network: outgoing TCP ports 5223 and 443 to Apple's "
    "17.0.0.0/8 range, HTTPS to the Apple Account and iCloud hosts, UDP port 123 for the time, "
    "and no inspection of Apple's encrypted traffic. The measured values of each check follow "
    "the table; the raw error texts are in the JSON export."
)
ANSWERS = N_("Answers")
NO_ANSWERS = N_("No questions were answered.")
COLUMNS_ANSWERS = (N_("Question"), N_("Device"), N_("Answer"), N_("Recorded (UTC)"))
SITUATION = N_("all")
HISTORY = N_("What was done and what changed")
ROUND = N_("Round {number}: {start} to {end}")
NO_STEPS_DONE = N_("No steps were ticked off in this round.")
STEP_DONE_AT = N_("{step}, done {time}")
COMPARED = N_("Before and now")
COLUMNS_COMPARED = (N_("Cause"), N_("Round {number}"), N_("Now"), N_("What changed"))
STILL_PAUSED = N_("Is the message still there?")


def report_html(report: ReportContent) -> str:
    """The whole document in the active language: summary page, plan, devices, IT appendix."""
    date = format_long_date(report.generated_at)
    return "".join(
        (
            "<html><body>",
            _summary_page(report, date),
            _history(report),
            _plan(report.steps),
            _devices(report),
            _appendix(report),
            "</body></html>",
        )
    )


_NUMBER_AND_UNIT = re.compile(r"(\d) (%|[KMGT]B|ms|s)(?!\w)")
"""A number and the unit after it, which a line must not break between."""


def escape(text: str) -> str:
    """*text* as HTML text: markup characters escaped, a number and its unit held together."""
    return _NUMBER_AND_UNIT.sub("\\1&nbsp;\\2", html.escape(text))


def escaped(text: str) -> str:
    """Translate a message id, then escape it for HTML."""
    return escape(translate(text))


def _svg(illustration: str, size: int) -> str:
    src = escape(SVG_SCHEME + illustration)
    return f'<img src="{src}" width="{size}" height="{size}">'


def utc_time(moment: datetime) -> str:
    """``2025-03-14 09:30:00`` in UTC."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _label(text: str) -> str:
    return f'<p class="label">{escape(text.upper())}</p>'


def _h1(text: str, new_page: bool = False) -> str:
    css_class = ' class="new-page"' if new_page else ""
    return f"<h1{css_class}>{escape(text)}</h1>"


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _summary_page(report: ReportContent, date: str) -> str:
    names = [d.name for d in report.devices]
    prepared = (
        _(PREPARED, date=date, devices=", ".join(names))
        if names
        else _(PREPARED_NO_DEVICES, date=date)
    )
    parts = [
        _h1(translate(TITLE)),
        f'<p class="lead">{escape(prepared)}</p>',
        _headline(report.headline),
    ]
    others = [
        f.title
        for f in report.findings
        if f.verdict in ("problem", "warning") and f is not report.headline
    ]
    if others:
        also = _(ALSO_LOOK, causes=", ".join(others))
        parts.append(f'<p class="lead">{escape(also)}</p>')
    parts.append(_h2(translate(FIRST_THREE)))
    if report.first_steps:
        rows = "".join(_first_step(number, s) for number, s in enumerate(report.first_steps, 1))
        parts.append(f'<table width="100%" cellspacing="0" cellpadding="6">{rows}</table>')
        parts.append(f'<p class="aside">{escaped(DETAILS_FOLLOW)}</p>')
    else:
        parts.append(f"<p>{escaped(NO_STEPS)}</p>")
    return "".join(parts)


def _headline(finding: FindingContent | None) -> str:
    if finding is None:
        picture, label, title, text = (
            "sync_now",
            "",
            translate(NOTHING_FOUND),
            translate(NOTHING_FOUND_TEXT),
        )
        note = ""
    else:
        picture, label, title, text = (
            finding.illustration,
            translate(MOST_LIKELY),
            finding.title,
            finding.explanation,
        )
        note = finding.confidence
    body = (
        (_label(label) if label else "")
        + f'<p class="headline-title">{escape(title)}</p>'
        + f'<p class="headline-text">{escape(text)}</p>'
        + (f'<p class="note">{escape(note.capitalize())}</p>' if note else "")
    )
    return (
        f'<table class="headline" width="100%" cellspacing="0" cellpadding="14" bgcolor="{CARD}">'
        f"<tr>"
        f'<td width="120" valign="middle">{_svg(picture, 104)}</td>'
        f'<td valign="middle">{body}</td></tr></table>'
    )


def _first_step(number: int, step: StepContent) -> str:
    return (
        f'<tr><td width="72" valign="top">{_svg(step.illustration, 60)}</td>'
        f'<td valign="top"><p class="first-step">'
        f'<span class="number">{number}.</span>&nbsp;{escape(step.title)}'
        f'&nbsp;&nbsp;<span class="effort">{escape(capital(step.effort))}</span></p>'
        f'<div class="first-step-details">{_instructions(step)}</div></td></tr>'
    )


def _plan(steps: Iterable[StepContent]) -> str:
    listed = list(steps)
    if not listed:
        return ""
    parts = [_h1(translate(PLAN), new_page=True), f'<p class="intro">{escaped(PLAN_INTRO)}</p>']
    parts += [_step(step) for step in listed]
    return "".join(parts)


def _step(step: StepContent) -> str:
    head = _(STEP, number=step.number) + " · " + capital(step.effort)
    tick = (
        f'<p class="done">&#9745; {escaped(DONE)}</p>'
        if step.done
        else f'<p class="not-done">{escaped(NOT_DONE)} &#9744;</p>'
    )
    body = [
        _label(head),
        f'<p class="step-title">{escape(step.title)}</p>',
    ]
    body.append(_instructions(step))
    body.append(_small_heading(translate(WORKED)) + f"<p>{escape(step.verify)}</p>")
    if step.why:
        items = "".join(f"<li>{escape(line)}</li>" for line in step.why[:WHY_SHOWN])
        body.append(_small_heading(translate(WHY)) + f'<ul class="why">{items}</ul>')
    body.append(tick)
    return (
        f'<table class="step" width="100%" cellspacing="0" cellpadding="8"><tr>'
        f'<td width="92" valign="top">{_svg(step.illustration, 80)}</td>'
        f'<td valign="top">{"".join(body)}</td></tr></table>'
    )


def _instructions(step: StepContent) -> str:
    parts = []
    for group in step.instructions:
        if group.heading:
            parts.append(f'<p class="group-heading">{escape(group.heading)}</p>')
        items = "".join(f"<li>{escape(line)}</li>" for line in group.lines)
        parts.append(f'<ol class="instructions">{items}</ol>')
    return "".join(parts)


def _small_heading(text: str) -> str:
    return f'<p class="small-heading">{escape(text)}</p>'


def _devices(report: ReportContent) -> str:
    parts = [_h1(translate(DEVICES))]
    if not report.devices:
        return parts[0] + f"<p>{escaped(NO_DEVICES)}</p>"
    rows = [device_cells(d) for d in report.devices]
    parts.append(_table(COLUMNS_DEVICES, rows, widths=(24, 29, 29, 18)))
    if not report.contact_details_included:
        parts.append(f'<p class="note">{escaped(MASKED)}</p>')
    return "".join(parts)


def device_cells(device: DeviceContent) -> list[str]:
    """The devices table's cells (escaped HTML, shared with the web page)."""
    switch = {True: translate(YES), False: translate(NO), None: translate(UNKNOWN)}
    software = escape(device.os_version or translate(UNKNOWN))
    software += _read_mark(device.os_version_read, before="<br>")  # its own line: a narrow column
    return [
        f"<b>{escape(device.name)}</b><br>{escape(device.kind_label)} {software}",
        escape(device.apple_account or translate(UNKNOWN)),
        "<br>".join(escape(a) for a in device.addresses) or escape(translate(UNKNOWN)),
        escape(switch[device.messages_in_icloud]),
    ]


def it_intro(report: ReportContent) -> str:
    """The IT pages' opening line: app version, when the report was made and the session changed."""
    return _(
        IT_INTRO,
        version=report.app_version,
        time=utc_time(report.generated_at) + " UTC",
        changed=utc_time(report.session_updated_at) + " UTC",
    )


def _appendix(report: ReportContent) -> str:
    intro = it_intro(report)
    parts = [
        _h1(translate(FOR_IT), new_page=True),
        f'<p class="note">{escape(intro)}</p>',
        _h2(translate(FINDINGS)),
        _table(COLUMNS_FINDINGS, [finding_cells(f) for f in report.findings], (26, 18, 56)),
        _h2(translate(CHECKS)),
    ]
    if report.checks:
        parts.append(f'<p class="note">{escaped(NETWORK_NEEDS)}</p>')
        parts.append(_table(COLUMNS_CHECKS, [check_cells(c) for c in report.checks]))
        parts += [_measured(c) for c in report.checks]
    else:
        parts.append(f"<p>{escaped(NO_CHECKS)}</p>")
    parts.append(_h2(translate(ANSWERS)))
    if report.answers:
        parts.append(_table(COLUMNS_ANSWERS, [answer_cells(a) for a in report.answers]))
    else:
        parts.append(f"<p>{escaped(NO_ANSWERS)}</p>")
    if not report.contact_details_included:
        parts.append(f'<p class="note">{escaped(MASKED)}</p>')
    return "".join(parts)


def _history(report: ReportContent) -> str:
    """Each earlier round with the steps done in it, then every cause before and now."""
    if not report.rounds:
        return ""
    parts = [_h1(translate(HISTORY), new_page=True)]
    if report.comparison:
        parts.append(f'<p class="lead">{escape(report.comparison.trend_line)}</p>')
    for past in report.rounds:
        parts.append(
            _small_heading(
                _(
                    ROUND,
                    number=past.number,
                    start=minute_time(past.started_at),
                    end=minute_time(past.ended_at),
                )
            )
        )
        done = [
            _(STEP_DONE_AT, step=step.title, time=minute_time(step.done_at))
            for step in past.steps_done
        ]
        items = "".join(f"<li>{escape(line)}</li>" for line in done)
        parts.append(
            f"<ul>{items}</ul>" if items else f'<p class="note">{escaped(NO_STEPS_DONE)}</p>'
        )
    comparison = report.comparison
    if comparison:
        headers = [_(h, number=comparison.before_round) for h in COLUMNS_COMPARED]
        parts.append(_h2(translate(COMPARED)))
        parts.append(
            _table(headers, [change_cells(c) for c in comparison.causes], (27, 18, 18, 37))
        )
        if comparison.still_paused:
            lines = "".join(f"<li>{escape(line)}</li>" for line in comparison.still_paused)
            parts.append(_small_heading(translate(STILL_PAUSED)) + f"<ul>{lines}</ul>")
    return "".join(parts)


def change_cells(change: CauseChangeContent) -> list[str]:
    """The before-and-now table's cells (escaped HTML, shared with the web page)."""
    headline = f'<span class="{escape(change.headline)}">{escape(change.headline_label)}</span>'
    details = "".join(f"<br>{escape(line)}" for line in change.changes)
    return [escape(change.title), escape(change.before), escape(change.now), headline + details]


def minute_time(moment: datetime) -> str:
    """``2025-03-14 09:30 UTC``."""
    return utc_time(moment)[:16] + " UTC"


def finding_cells(finding: FindingContent) -> list[str]:
    """The findings table's cells (escaped HTML, shared with the web page)."""
    verdict = f'<span class="{escape(finding.verdict)}">{escape(finding.verdict_label)}</span>'
    if finding.verdict != "not_checked":
        verdict += f"<br>{escape(finding.confidence)}"
    return [escape(finding.title), verdict, _evidence(finding) or escape(finding.explanation)]


def _evidence(finding: FindingContent) -> str:
    """A finding's evidence cell: the three strongest pieces pointing to the cause and away from
    it under their headings, then the rest of its evidence as before (escaped HTML)."""
    parts: list[str] = []
    for heading, texts in (
        (_("Points to it:"), finding.strongest_for),
        (_("Points away from it:"), finding.strongest_against),
    ):
        if texts:
            items = "".join(f"<br>• {escape(text)}" for text in texts)
            parts.append(f"<b>{escape(heading)}</b>{items}")
    named = {*finding.strongest_for, *finding.strongest_against}
    parts.extend(escape(e) for e in finding.evidence if e not in named)
    return "<br>".join(parts)


def check_cells(check: CheckContent) -> list[str]:
    """The checks table's cells (escaped HTML, shared with the web page): the plain result;
    what the check measured follows the table (:func:`_measured`)."""
    return [
        f"{escape(translate(TITLES.get(check.check_id, check.check_id)))}<br>"
        f'<span class="code">{escape(check.check_id)}</span>',
        f'<span class="{escape(check.status)}">{escaped(_status(check.status))}</span>',
        escape(utc_time(check.started_at)),
        escape(number_text(f"{check.duration_s:.2f}") + " s"),
        escape(check.message),
    ]


def _measured(check: CheckContent) -> str:
    """What one check measured, as the app's "Technical details" show it: a row per host or
    port (host, port, result, time), then the other facts. The raw text is in the JSON."""
    table = check_table(check.values)
    if not table:
        return ""
    title = translate(TITLES.get(check.check_id, check.check_id))
    parts = [_small_heading(title)]
    if table.rows:
        used = [c for c in range(len(COLUMNS)) if any(row[c] for row in table.rows)]
        rows = [[escape(row[c]) for c in used] for row in table.rows]
        parts.append(_table([COLUMNS[c] for c in used], rows))
    if table.facts:
        facts = "; ".join(f"{escape(name)}: {escape(value)}" for name, value in table.facts)
        parts.append(f'<p class="note">{facts}</p>')
    return "".join(parts)


def answer_cells(answer: AnswerContent) -> list[str]:
    """The answers table's cells (escaped HTML, shared with the web page)."""
    return [
        escape(answer.question),
        escape(answer.device or translate(SITUATION)),
        escape(answer.answer) + _read_mark(answer.read_from_this_computer),
        escape(utc_time(answer.recorded_at)),
    ]


def _read_mark(read: bool, before: str = " ") -> str:
    """The italic mark "(read from this computer)" after a value the app read, else nothing."""
    return f"{before}<i>{escaped(READ_HERE)}</i>" if read else ""


def _table(headers: Iterable[str], rows: Iterable[list[str]], widths: Iterable[int] = ()) -> str:
    sizes = [f' width="{w}%"' for w in widths]
    head = "".join(
        f'<th align="left" bgcolor="{CARD}"{size}>{escaped(h)}</th>'
        for h, size in zip(headers, sizes or [""] * 99, strict=False)
    )
    body = "".join(
        "<tr>" + "".join(f'<td valign="top">{cell}</td>' for cell in row) + "</tr>" for row in rows
    )
    return (
        f'<table class="data" width="100%" cellspacing="0" cellpadding="5" border="1">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _status(status: str) -> str:
    try:
        return CHECK_STATUS_LABELS[CheckStatus(status)]
    except ValueError:
        return status


def capital(text: str) -> str:
    """*text* with its first letter in capitals."""
    return text[:1].upper() + text[1:]
