"""A short plain-text summary of the fix plan for "Copy summary" (e-mail, chat, a ticket)."""

from __future__ import annotations

from imsync_gui.export.content import ReportContent
from imsync_gui.export.labels import CHECK_STATUS_LABELS
from imsync_gui.i18n import N_, translate
from imsync_gui.model.enums import CheckStatus

TITLE = N_("Messages in iCloud: what is wrong and what to do")
MADE_BY = N_("Made with imsync-gui {version} on {date}.")
MOST_LIKELY = N_("Most likely: {cause} ({confidence}).")
NOTHING_FOUND = N_("Nothing we checked points to a clear cause.")
FIRST_THINGS = N_("Do these first:")
ALSO = N_("Also worth a look: {causes}.")
REST = N_("The full plan has {count} steps.")
CHECKS = N_("Checks run from the computer: {counts}.")
MASKED = N_("E-mail addresses and phone numbers are hidden.")


def summary_text(report: ReportContent) -> str:
    """Headline, the first steps and the check counts, in a few plain lines."""
    lines = [translate(TITLE), ""]
    headline = report.headline
    if headline:
        lines.append(
            translate(MOST_LIKELY).format(cause=headline.title, confidence=headline.confidence)
        )
        lines.append(headline.explanation)
    else:
        lines.append(translate(NOTHING_FOUND))
    others = [
        f.title
        for f in report.findings
        if f.verdict in ("problem", "warning") and f is not headline
    ]
    if others:
        lines.append(translate(ALSO).format(causes=", ".join(others)))
    if report.first_steps:
        lines += ["", translate(FIRST_THINGS)]
        lines += [f"{n}. {step.title}" for n, step in enumerate(report.first_steps, start=1)]
        lines.append(translate(REST).format(count=len(report.steps)))
    if report.check_counts:
        counts = ", ".join(
            f"{count} {translate(CHECK_STATUS_LABELS[CheckStatus(status)])}"
            for status, count in report.check_counts.items()
        )
        lines += ["", translate(CHECKS).format(counts=counts)]
    if not report.contact_details_included:
        lines.append(translate(MASKED))
    date = report.generated_at.date().isoformat()
    lines += ["", translate(MADE_BY).format(version=report.app_version, date=date)]
    return "\n".join(lines) + "\n"
