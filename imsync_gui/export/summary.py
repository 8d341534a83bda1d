"""A short plain-text summary of the fix plan for "Copy summary" (e-mail, chat, a ticket)."""

from __future__ import annotations

from imsync_gui.export.content import ReportContent
from imsync_gui.i18n import Msg, _, _n, format_long_date, msg_n
from imsync_gui.model.enums import CheckStatus


def check_count(status: CheckStatus, count: int) -> Msg:
    """ "3 passed", "1 could not run": a number of checks with their outcome."""
    if status is CheckStatus.PASS:
        return msg_n("{n} passed", "{n} passed", count)
    if status is CheckStatus.WARN:
        return msg_n("{n} warning", "{n} warnings", count)
    if status is CheckStatus.FAIL:
        return msg_n("{n} failed", "{n} failed", count)
    if status is CheckStatus.ERROR:
        return msg_n("{n} could not run", "{n} could not run", count)
    return msg_n("{n} skipped", "{n} skipped", count)


def summary_text(report: ReportContent) -> str:
    """Headline, the first steps and the check counts, in a few plain lines; after a check
    again, first one line saying whether the last round improved things."""
    lines = [_("Messages in iCloud: what is wrong and what to do"), ""]
    if report.comparison:
        lines += [report.comparison.trend_line, ""]
    headline = report.headline
    if headline:
        lines.append(
            _(
                "Most likely: {cause} ({confidence}).",
                cause=headline.title,
                confidence=headline.confidence,
            )
        )
        lines.append(headline.explanation)
    else:
        lines.append(_("Nothing we checked points to a clear cause."))
    others = [
        f.title
        for f in report.findings
        if f.verdict in ("problem", "warning") and f is not headline
    ]
    if others:
        lines.append(_("Also worth a look: {causes}.", causes=", ".join(others)))
    if report.first_steps:
        lines += ["", _("Do these first:")]
        lines += [f"{n}. {step.title}" for n, step in enumerate(report.first_steps, start=1)]
        steps = len(report.steps)
        lines.append(_n("The full plan has {n} step.", "The full plan has {n} steps.", steps))
    lines += read_lines(report)
    if report.check_counts:
        counts = ", ".join(
            check_count(CheckStatus(status), count).render()
            for status, count in report.check_counts.items()
        )
        lines += ["", _("Checks run from the computer: {counts}.", counts=counts)]
    if not report.contact_details_included:
        lines.append(_("E-mail addresses, phone numbers and serial numbers are hidden."))
    date = format_long_date(report.generated_at)
    lines += [
        "",
        _("Made with imsync-gui {version} on {date}.", version=report.app_version, date=date),
    ]
    return "\n".join(lines) + "\n"


def read_lines(report: ReportContent) -> list[str]:
    """What the app read from this computer rather than the person typed, per device:
    a heading line, then one "- question answer" line each. Nothing when nothing was read."""
    read: dict[str, list[str]] = {}
    for device in report.devices:
        if device.os_version_read and device.os_version:
            version = _("System version: {version}", version=device.os_version)
            read.setdefault(device.name, []).append(version)
    for answer in report.answers:
        if answer.read_from_this_computer and answer.device:
            said = _("{question} {answer}", question=answer.question, answer=answer.answer)
            read.setdefault(answer.device, []).append(said)
    lines: list[str] = []
    for device, items in read.items():
        lines += ["", _("Read from this computer for {device}, not typed in:", device=device)]
        lines += [f"- {item}" for item in items]
    return lines
