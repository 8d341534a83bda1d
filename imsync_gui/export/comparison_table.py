"""The before/after table for the terminal (``imsync-gui diagnose --compare``)."""

from __future__ import annotations

from datetime import datetime

from imsync_gui.export.history_text import change_text, paused_line, state_text, trend_line
from imsync_gui.export.labels import HEADLINE_LABELS
from imsync_gui.i18n import _, _n, translate
from imsync_gui.model import knowledge
from imsync_gui.model.comparison import Comparison
from imsync_gui.model.history import Round
from imsync_gui.model.session import Session


def when(moment: datetime) -> str:
    """A date and time as shown in tables and reports: "2026-11-28 18:00"."""
    return moment.strftime("%Y-%m-%d %H:%M")


def round_line(past: Round, session: Session) -> str:
    """ "Round 1, 2026-11-28 18:00 to 20:00; 1 step done: Make room in iCloud"."""
    line = _(
        "Round {number}, {start} to {end}",
        number=past.number,
        start=when(past.started_at),
        end=when(past.ended_at),
    )
    if not past.done_steps:
        return line + "; " + _("no steps done")
    fixes = [knowledge.known_fix(f) for f in past.done_steps]
    titles = ", ".join(translate(f.title) for f in fixes if f)
    steps = _n("{n} step done", "{n} steps done", len(past.done_steps))
    return f"{line}; {steps}: {titles}" if titles else f"{line}; {steps}"


def comparison_table(comparison: Comparison, session: Session) -> str:
    """Both rounds, one row per cause (then, now, headline), what changed under each row, and
    the one-line verdict on the round."""

    def device_label(device_id: str) -> str:
        device = session.device(device_id)
        return device.label if device else _("a device no longer listed")

    header = (_("Cause"), _("Before"), _("Now"), "")
    rows = [
        (
            translate(knowledge.cause(c.cause).title),
            state_text(c.before),
            state_text(c.after),
            translate(HEADLINE_LABELS[c.headline]),
        )
        for c in comparison.causes
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = [
        _("Before: {round}", round=round_line(comparison.before, session)),
        _(
            "Now: Round {number}, since {start}",
            number=comparison.after.number,
            start=when(comparison.after.started_at),
        ),
        "",
    ]
    for row, compared in zip([header, *rows], [None, *comparison.causes], strict=True):
        cells = [f"{text:<{width}}" for text, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[3]]).rstrip())
        if compared is not None:
            lines += [f"    - {change_text(c, device_label)}" for c in compared.changes]
    if not comparison.evidence_known:
        lines += [
            "",
            _("The older round keeps only its verdicts, so changed answers are not listed."),
        ]
    paused = paused_line(comparison, device_label)
    if paused:
        lines += ["", paused]
    return "\n".join([*lines, "", trend_line(comparison)]) + "\n"
