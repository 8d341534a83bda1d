"""The "What was done and what changed" part of an export: the rounds and before/after.

Built as plain data like the rest of :mod:`imsync_gui.export.content`, which masks it with
everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from imsync_gui.export.history_text import change_text, state_text, trend_line
from imsync_gui.export.labels import HEADLINE_LABELS, VERDICT_LABELS
from imsync_gui.i18n import _, translate
from imsync_gui.model import knowledge
from imsync_gui.model.answers import NO, YES
from imsync_gui.model.comparison import CauseComparison, Comparison, compare
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.history import CauseState, Round
from imsync_gui.model.recheck import has_progress, snapshot
from imsync_gui.model.session import Session


@dataclass(frozen=True)
class DoneStepContent:
    """A fix step ticked off in a round, and when."""

    fix_id: str
    title: str
    done_at: datetime


@dataclass(frozen=True)
class CauseStateContent:
    """One cause's verdict when a round closed (probability 0..1 when estimated)."""

    cause_id: str
    title: str
    verdict: str
    verdict_label: str
    probability: float | None
    band: str | None


@dataclass(frozen=True)
class RoundContent:
    """One closed round: its dates, the steps done in it and the verdicts it ended with."""

    number: int
    started_at: datetime
    ended_at: datetime
    compacted: bool
    steps_done: tuple[DoneStepContent, ...]
    causes: tuple[CauseStateContent, ...]


@dataclass(frozen=True)
class CauseChangeContent:
    """One cause before and now, with its headline and the evidence that changed."""

    cause_id: str
    title: str
    headline: str
    headline_label: str
    before: str
    now: str
    before_probability: float | None
    now_probability: float | None
    changes: tuple[str, ...]


@dataclass(frozen=True)
class ComparisonContent:
    """The last closed round against the session as it is now."""

    before_round: int
    now_round: int
    trend: str
    trend_line: str
    causes: tuple[CauseChangeContent, ...]
    still_paused: tuple[str, ...]
    """Per device asked: "Phone: still there" / "Phone: gone"."""


def build_rounds(session: Session) -> tuple[RoundContent, ...]:
    """Every readable closed round, oldest first."""
    return tuple(_round(r) for r in session.rounds)


def build_comparison(
    session: Session, diagnosis: Diagnosis, at: datetime
) -> ComparisonContent | None:
    """The last round against now, or None when there is no earlier round (or nothing new)."""
    if not session.rounds or not has_progress(session):
        return None
    comparison = compare(session.rounds[-1], snapshot(session, at, diagnosis))
    return ComparisonContent(
        before_round=comparison.before.number,
        now_round=comparison.after.number,
        trend=comparison.trend.value,
        trend_line=trend_line(comparison),
        causes=tuple(_cause_change(row, session) for row in comparison.causes),
        still_paused=tuple(_paused_lines(comparison, session)),
    )


def _round(past: Round) -> RoundContent:
    steps = []
    for fix_id, at in past.done_steps.items():
        fix = knowledge.known_fix(fix_id)
        steps.append(DoneStepContent(fix_id, translate(fix.title) if fix else fix_id, at))
    return RoundContent(
        number=past.number,
        started_at=past.started_at,
        ended_at=past.ended_at,
        compacted=past.compacted,
        steps_done=tuple(steps),
        causes=tuple(_state(s) for s in past.causes),
    )


def _state(state: CauseState) -> CauseStateContent:
    return CauseStateContent(
        cause_id=state.cause.value,
        title=translate(knowledge.cause(state.cause).title),
        verdict=state.verdict.value,
        verdict_label=translate(VERDICT_LABELS[state.verdict]),
        probability=state.probability,
        band=state.band,
    )


def _label(session: Session, device_id: str) -> str:
    device = session.device(device_id)
    return device.label if device else _("a device no longer listed")


def _cause_change(row: CauseComparison, session: Session) -> CauseChangeContent:
    return CauseChangeContent(
        cause_id=row.cause.value,
        title=translate(knowledge.cause(row.cause).title),
        headline=row.headline.value,
        headline_label=translate(HEADLINE_LABELS[row.headline]),
        before=state_text(row.before),
        now=state_text(row.after),
        before_probability=row.before.probability if row.before else None,
        now_probability=row.after.probability if row.after else None,
        changes=tuple(change_text(c, lambda d: _label(session, d)) for c in row.changes),
    )


def _paused_lines(comparison: Comparison, session: Session) -> list[str]:
    words = {YES: _("still there"), NO: _("gone")}
    return [
        _(
            "{device}: {state}",
            device=_label(session, device),
            state=words.get(value, _("not sure")),
        )
        for device, value in comparison.still_paused.items()
    ]
