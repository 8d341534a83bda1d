"""The diagnosis as plain text for the terminal.

Text built from the session (evidence and device names) has its control characters
shown as escapes, so a received session cannot clear the screen or forge a line."""

from __future__ import annotations

from imsync_gui.export.labels import CONFIDENCE_LABELS, EFFORT_LABELS, VERDICT_LABELS
from imsync_gui.export.outside_text import visible_controls
from imsync_gui.i18n import N_, translate_plural
from imsync_gui.model import knowledge
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import Verdict
from imsync_gui.model.plan import PlanStep


def summary_line(diagnosis: Diagnosis) -> str:
    """ "9 causes: 2 problems, 1 warning, 4 fine, 2 not checked"."""
    c = diagnosis.counts
    problems = translate_plural("{n} problem", "{n} problems", c[Verdict.PROBLEM])
    warnings = translate_plural("{n} warning", "{n} warnings", c[Verdict.WARNING])
    return N_(
        "{total} causes: {problems}, {warnings}, {fine} fine, {unchecked} not checked"
    ).format(
        total=len(diagnosis.findings),
        problems=problems.format(n=c[Verdict.PROBLEM]),
        warnings=warnings.format(n=c[Verdict.WARNING]),
        fine=c[Verdict.FINE],
        unchecked=c[Verdict.NOT_CHECKED],
    )


def diagnosis_text(diagnosis: Diagnosis) -> str:
    """Findings (most likely first) and the numbered fix plan, readable in a terminal."""
    lines = [summary_line(diagnosis), ""]
    lines.append(N_("What we found"))
    for finding in diagnosis.findings:
        title = knowledge.cause(finding.cause).title
        label = VERDICT_LABELS[finding.verdict].upper()
        extra = ""
        if finding.verdict is not Verdict.NOT_CHECKED:
            extra = f" ({CONFIDENCE_LABELS[finding.confidence]})"
        lines.append(f"  {label:<12} {title}{extra}")
        lines.append(f"               {finding.explanation}")
        lines.extend(f"               - {visible_controls(e.render())}" for e in finding.evidence)
    lines.append("")
    if not diagnosis.plan.steps:
        lines.append(N_("No fix steps yet: answer more questions or run the checks."))
        return "\n".join(lines) + "\n"
    lines.append(N_("What to do, in this order"))
    for number, step in enumerate(diagnosis.plan.steps, 1):
        lines.extend(step_text(number, step))
    return "\n".join(lines) + "\n"


def step_text(number: int, step: PlanStep) -> list[str]:
    """One plan step: title, effort, devices, instructions, how to tell it worked, why."""
    fix = step.fix
    tick = "[x] " if step.done else ""
    lines = [f"  {number}. {tick}{fix.title} ({EFFORT_LABELS[fix.effort]})"]
    if step.devices:
        lines.append(
            "     "
            + N_("For: {devices}").format(
                devices=", ".join(visible_controls(d.label) for d in step.devices)
            )
        )
    kinds = {d.kind.is_mobile for d in step.devices} if step.devices else {True, False}
    for heading, instructions, wanted in (
        (N_("On iPhone or iPad:"), fix.mobile, True in kinds),
        (N_("On a Mac:"), fix.mac, False in kinds),
        ("", fix.general, True),
    ):
        if instructions and wanted:
            if heading:
                lines.append(f"     {heading}")
            lines.extend(f"       - {text}" for text in instructions)
    lines.append("     " + N_("It worked when: {verify}").format(verify=fix.verify))
    causes = ", ".join(knowledge.cause(f.cause).title for f in step.findings)
    lines.append("     " + N_("Why: {causes}").format(causes=causes))
    return lines
