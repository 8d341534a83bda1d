"""Checking again after fix steps: close the round in progress and start the next one.

Closing a round keeps a dated snapshot of it in the session's history. The next round carries
the answers over, except those the done steps could have changed (each fix step lists them as
data): those, and the follow-up "is the message still there?", are asked again. Results of the
checks the done steps could have changed are dropped, so a stale failure is never shown as the
state after the fix; the live checks are run again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from imsync_gui.model import knowledge
from imsync_gui.model.diagnosis import Diagnosis, diagnose
from imsync_gui.model.enums import Verdict
from imsync_gui.model.history import AnswerKey, CauseState, Round, compacted
from imsync_gui.model.knowledge.followup import STILL_PAUSED
from imsync_gui.model.session import Session, now


@dataclass(frozen=True)
class Recheck:
    """What starting a new round did, for the front end to act on."""

    closed: Round
    """The round just closed and kept in the history."""
    ask_again: tuple[AnswerKey, ...]
    """Answers cleared because a done step could have changed them, plus the follow-up."""
    checks_dropped: tuple[str, ...]
    """Check results dropped because a done step could have changed them."""
    device_details: tuple[tuple[str, str], ...]
    """(device id, ``Device`` field) pairs a done step changes: worth confirming."""


def cause_states(diagnosis: Diagnosis) -> tuple[CauseState, ...]:
    """The per-cause summary of a diagnosis that a snapshot keeps, in cause order."""
    order = {cause.id: index for index, cause in enumerate(knowledge.CAUSES)}
    return tuple(
        CauseState(
            cause=f.cause,
            verdict=f.verdict,
            confidence=f.confidence,
            probability=None if f.verdict is Verdict.NOT_CHECKED else round(f.probability, 4),
            band=f.verdict.band,
        )
        for f in sorted(diagnosis.findings, key=lambda f: order[f.cause])
    )


def snapshot(
    session: Session, at: datetime | None = None, diagnosis: Diagnosis | None = None
) -> Round:
    """The round in progress as a dated snapshot (the session is not changed).

    *diagnosis* is the session's diagnosis when the caller already has it.
    """
    ended = at or now()
    return Round(
        number=session.round_number,
        started_at=session.round_start,
        ended_at=ended,
        causes=cause_states(diagnosis or diagnose(session)),
        done_steps={
            fix: session.step_done_at.get(fix, ended) for fix in sorted(session.done_steps)
        },
        answers=dict(session.answers),
        checks=dict(session.checks),
    )


def has_progress(session: Session) -> bool:
    """True when the round in progress holds anything worth keeping as a round."""
    return bool(session.answers or session.checks or session.done_steps)


def start_new_round(session: Session, at: datetime | None = None) -> Recheck | None:
    """Close the round in progress into the history and start the next one.

    Returns None (and changes nothing) when the round in progress holds nothing yet.
    """
    if not has_progress(session):
        return None
    diagnosis = diagnose(session)
    closed = snapshot(session, at, diagnosis)
    fixes = [f for f in map(knowledge.known_fix, closed.done_steps) if f]
    questions = {q for fix in fixes for q in fix.affects_questions} | {STILL_PAUSED.id}
    checks = {c.value for fix in fixes for c in fix.affects_checks}
    ask_again = tuple(key for key in session.answers if key[0] in questions)
    dropped = tuple(c for c in session.checks if c in checks)
    details = tuple(
        dict.fromkeys(
            (device.id, field)
            for step in diagnosis.plan.steps
            if step.done
            for device in step.devices
            for field in step.fix.affects_devices
        )
    )
    session.rounds = compacted([*session.rounds, closed], len(session.unreadable_rounds))
    session.answers = {k: a for k, a in session.answers.items() if k not in ask_again}
    session.checks = {c: r for c, r in session.checks.items() if c not in dropped}
    session.done_steps = set()
    session.step_done_at = {}
    session.round_started_at = closed.ended_at
    session.updated_at = closed.ended_at
    return Recheck(closed, ask_again, dropped, details)
