"""The diagnosis as plain text for the terminal. ``imsync-gui diagnose`` shows the session's
control characters as escapes before diagnosing (``outside_text.map_text``), so a received
session cannot clear the screen or forge a line here."""

from __future__ import annotations

from imsync_gui.export.labels import CONFIDENCE_LABELS, EFFORT_LABELS, VERDICT_LABELS
from imsync_gui.i18n import _, _n, render, translate
from imsync_gui.model import knowledge
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import Verdict
from imsync_gui.model.findings import Finding
from imsync_gui.model.plan import PlanStep


def summary_line(diagnosis: Diagnosis) -> str:
    """ "9 causes: 2 problems, 1 warning, 4 fine, 2 not checked"."""
    c = diagnosis.counts
    return _n(
        "{n} cause: {problems}, {warnings}, {fine} fine, {unchecked} not checked",
        "{n} causes: {problems}, {warnings}, {fine} fine, {unchecked} not checked",
        len(diagnosis.findings),
        problems=_n("{n} problem", "{n} problems", c[Verdict.PROBLEM]),
        warnings=_n("{n} warning", "{n} warnings", c[Verdict.WARNING]),
        fine=c[Verdict.FINE],
        unchecked=c[Verdict.NOT_CHECKED],
    )


def diagnosis_text(diagnosis: Diagnosis) -> str:
    """Findings (most likely first) and the numbered fix plan, readable in a terminal."""
    lines = [summary_line(diagnosis), ""]
    lines.append(_("What we found"))
    for finding in diagnosis.findings:
        title = render(knowledge.cause(finding.cause).title)
        label = translate(VERDICT_LABELS[finding.verdict]).upper()
        extra = _(
            " ({percent} % likely before any evidence)", percent=round(100 * finding.probability)
        )
        if finding.verdict is not Verdict.NOT_CHECKED:
            extra = _(
                " ({confidence}, {percent} % likely)",
                confidence=translate(CONFIDENCE_LABELS[finding.confidence]),
                percent=round(100 * finding.probability),
            )
        lines.append(f"  {label:<12} {title}{extra}")
        lines.append(f"               {render(finding.explanation)}")
        lines.extend(_evidence_lines(finding))
    lines.append("")
    if not diagnosis.plan.steps:
        lines.append(_("No fix steps yet: answer more questions or run the checks."))
        return "\n".join(lines) + "\n"
    lines.append(_("What to do, in this order"))
    for number, step in enumerate(diagnosis.plan.steps, 1):
        lines.extend(step_text(number, step))
    return "\n".join(lines) + "\n"


def _evidence_lines(finding: Finding) -> list[str]:
    """The three strongest pieces of evidence for and against, then the notes."""
    lines: list[str] = []
    for heading, weighed in (
        (_("Points to it:"), finding.strongest_for),
        (_("Points away from it:"), finding.strongest_against),
    ):
        if weighed:
            lines.append(f"               {heading}")
            lines.extend(f"               - {render(w.text)}" for w in weighed)
    notes = finding.evidence[len(finding.weighed) :]
    if notes:
        noted = _("Noted:")
        lines.append(f"               {noted}")
        lines.extend(f"               - {render(e)}" for e in notes)
    return lines


def step_text(number: int, step: PlanStep) -> list[str]:
    """One plan step: title, effort, devices, instructions, how to tell it worked, why."""
    fix = step.fix
    tick = "[x] " if step.done else ""
    effort = translate(EFFORT_LABELS[fix.effort])
    lines = [f"  {number}. {tick}{render(fix.title)} ({effort})"]
    if step.devices:
        devices = ", ".join(d.label for d in step.devices)
        lines.append("     " + _("For: {devices}", devices=devices))
    kinds = {d.kind.is_mobile for d in step.devices} if step.devices else {True, False}
    for heading, instructions, wanted in (
        (_("On iPhone or iPad:"), fix.mobile, True in kinds),
        (_("On a Mac:"), fix.mac, False in kinds),
        ("", fix.general, True),
    ):
        if instructions and wanted:
            if heading:
                lines.append(f"     {heading}")
            lines.extend(f"       - {render(text)}" for text in instructions)
    lines.append("     " + _("It worked when: {verify}", verify=render(fix.verify)))
    causes = ", ".join(render(knowledge.cause(f.cause).title) for f in step.findings)
    lines.append("     " + _("Why: {causes}", causes=causes))
    return lines
