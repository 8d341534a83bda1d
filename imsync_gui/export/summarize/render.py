"""The IT summary as a terminal table, CSV, JSON or a small accessible web page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from enum import StrEnum
from html import escape

from imsync_gui.export.summarize.tally import CheckCount, Tally, cause_title, check_title
from imsync_gui.i18n import _, _n, current_language


class SummaryFormat(StrEnum):
    """The output formats of ``imsync-gui summarize``."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    HTML = "html"


@dataclass(frozen=True)
class Section:
    """One titled table of the summary."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str | int]]


def network_headers() -> tuple[str, ...]:
    """Column titles of the network table, in the active language."""
    return (
        _("Proxy for Apple"),
        _("TLS issuer on Apple hosts"),
        _("DNS answers"),
        _("Wi-Fi sign-in page"),
        _("Reports"),
        _("Check"),
        _("Failed"),
        _("Could not run"),
    )


def check_headers() -> tuple[str, ...]:
    """Column titles of the table of checks over all networks, in the active language."""
    return (_("Check"), _("Failed"), _("Failed, %"), _("Could not run"), _("Could not run, %"))


def render(tally: Tally, kind: SummaryFormat) -> str:
    """The whole summary in *kind*."""
    if kind is SummaryFormat.JSON:
        return json.dumps(tally.to_dict(), indent=2, ensure_ascii=False) + "\n"
    sections = summary_sections(tally)
    if kind is SummaryFormat.CSV:
        return _csv(sections)
    if kind is SummaryFormat.HTML:
        return _html(headline(tally), sections)
    return _table(headline(tally), sections)


def headline(tally: Tally) -> str:
    """One sentence: how many reports were read and how many files skipped."""
    read = _n("{n} report read", "{n} reports read", tally.read)
    skipped = _n("{n} file skipped", "{n} files skipped", tally.skipped)
    return _("{read}, {skipped}.", read=read, skipped=skipped)


def summary_sections(tally: Tally) -> list[Section]:
    """The tables: causes, checks not passing overall and by network, devices, reports per week."""
    causes = [(cause_title(c), top, top3) for c, top, top3 in tally.causes()]
    causes.append((_("No cause found"), tally.no_cause, 0))
    networks = [
        (*astuple(sig), reports, *_check_cells(counts))
        for sig, reports, checks in tally.network_rows()
        for counts in (checks or [None])
    ]
    runs = tally.with_checks
    checks = [
        (
            check_title(c.check_id),
            c.failed,
            _percent(c.failed, runs),
            c.unrun,
            _percent(c.unrun, runs),
        )
        for c in tally.check_rows()
    ]
    latest = tally.latest.versions
    devices = [
        (name, str(latest.get(name, "?")), c.devices, c.behind, c.unknown)
        for name, c in sorted(tally.platforms.items())
    ]
    return [
        Section(
            _("Most likely causes"),
            (_("Cause"), _("Top cause"), _("In the top three")),
            causes,
        ),
        Section(
            _n(
                "Live checks that failed or could not run, of {n} report with live checks",
                "Live checks that failed or could not run, of {n} reports with live checks",
                runs,
            ),
            check_headers(),
            checks,
        ),
        Section(
            _("Live checks that failed or could not run, by network"), network_headers(), networks
        ),
        Section(
            _("Devices behind the latest software (as of {date})", date=tally.latest.data_date),
            (_("Platform"), _("Latest"), _("Devices"), _("Behind"), _("Version not said")),
            devices,
        ),
        Section(_("Reports per week"), (_("Week"), _("Reports")), tally.week_rows()),
    ]


def _check_cells(count: CheckCount | None) -> tuple[str, int, int]:
    if count is None:
        return (_("none"), 0, 0)
    return (check_title(count.check_id), count.failed, count.unrun)


def _percent(part: int, whole: int) -> int:
    """*part* of *whole* in whole percent, rounded half up (0 when there is no whole)."""
    return (200 * part + whole) // (2 * whole) if whole else 0


def _table(head: str, sections: Sequence[Section]) -> str:
    out = [head]
    for section in sections:
        out += ["", section.title]
        cells = [list(map(str, section.headers))] + [list(map(str, r)) for r in section.rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(section.headers))]
        for number, row in enumerate(cells):
            out.append(
                "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
            )
            if number == 0:
                out.append("  ".join("-" * w for w in widths))
    return "\n".join(out) + "\n"


def _csv(sections: Sequence[Section]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for number, section in enumerate(sections):
        if number:
            writer.writerow([])
        writer.writerow([section.title])
        writer.writerow(section.headers)
        writer.writerows(section.rows)
    return buffer.getvalue()


def _html(head: str, sections: Sequence[Section]) -> str:
    title = _("imsync-gui summary for IT")
    heading = _("Summary of imsync-gui reports")
    parts = [
        f'<!DOCTYPE html>\n<html lang="{escape(current_language())}">\n<head>\n',
        '<meta charset="utf-8">\n',
        f"<title>{escape(title)}</title>\n",
        "<style>body{font-family:sans-serif;color:#22324A;max-width:60em;margin:1em auto;"
        "padding:0 1em}table{border-collapse:collapse;margin-bottom:1.5em}"
        "th,td{border:1px solid #D5DEEA;padding:.3em .6em;text-align:left}"
        "th{background:#EEF4FD}</style>\n</head>\n<body>\n<main>\n",
        f"<h1>{escape(heading)}</h1>\n<p>{escape(head)}</p>\n",
    ]
    for section in sections:
        parts.append(f"<h2>{escape(section.title)}</h2>\n<table>\n<thead><tr>")
        parts += [f'<th scope="col">{escape(str(h))}</th>' for h in section.headers]
        parts.append("</tr></thead>\n<tbody>\n")
        for row in section.rows:
            parts.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>\n")
        parts.append("</tbody>\n</table>\n")
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)
