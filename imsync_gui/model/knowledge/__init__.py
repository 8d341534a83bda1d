"""What the product knows about the nine causes, as typed data, plus lookups."""

from __future__ import annotations

from functools import cache

from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import (
    account,
    background_refresh,
    clock,
    followup,
    messages,
    network,
    power,
    service_status,
    software,
    storage,
)
from imsync_gui.model.knowledge_types import Cause, Fix, Question

CAUSES: tuple[Cause, ...] = (
    network.CAUSE,
    storage.CAUSE,
    account.CAUSE,
    software.CAUSE,
    power.CAUSE,
    service_status.CAUSE,
    clock.CAUSE,
    background_refresh.CAUSE,
    messages.CAUSE,
)


@cache
def _causes() -> dict[CauseId, Cause]:
    return {c.id: c for c in CAUSES}


@cache
def _fixes() -> dict[str, Fix]:
    return {f.id: f for c in CAUSES for f in c.fixes}


@cache
def _questions() -> dict[str, Question]:
    questions: dict[str, Question] = {q.id: q for c in CAUSES for q in c.questions}
    return questions | {q.id: q for q in followup.QUESTIONS}


def cause(cause_id: CauseId) -> Cause:
    """The cause with this id."""
    return _causes()[cause_id]


def fix(fix_id: FixId | str) -> Fix:
    """The fix step with this id (a stored string works too); KeyError if unknown."""
    return _fixes()[fix_id]


def known_fix(fix_id: str) -> Fix | None:
    """The fix step with this id, or None for an id this version does not know (an older or
    newer session file may name one)."""
    return _fixes().get(fix_id)


def question(question_id: QuestionId | str) -> Question:
    """The question with this id (a stored string works too); KeyError if unknown."""
    return _questions()[question_id]


def all_questions() -> tuple[Question, ...]:
    """Every question of every cause, in wizard order, then the follow-up questions."""
    return tuple(_questions().values())


def applicable_questions(
    cause_id: CauseId, devices: list[Device]
) -> list[tuple[Question, Device | None]]:
    """The questions to ask for a cause given the inventory.

    Situation-wide questions are asked once; per-device questions once for each listed device
    of a matching kind, so someone without a Mac is never asked about one.
    """
    asked: list[tuple[Question, Device | None]] = []
    for q in cause(cause_id).questions:
        if not q.per_device:
            asked.append((q, None))
        else:
            asked.extend((q, d) for d in devices if d.kind in q.devices)
    return asked
