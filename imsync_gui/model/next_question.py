"""Which question to ask next, and when to stop asking: the short path to a plan.

What the next question is worth
-------------------------------
The diagnosis gives each cause a probability of being a reason for the pause
(:mod:`imsync_gui.model.weighing`). Normalised over the nine causes, these are the *shares*: how
the belief "this cause is the main one" is spread; their entropy (in bits) says how undecided
the diagnosis is about its leading cause. For each candidate question and each of its answers
*v*, the real diagnosis of the session with *v* added is computed (``diagnose`` takes a fraction
of a millisecond, so every answer of every candidate is tried). Three things are read from it:

- ``settles``: the chance that after the answer one cause is clearly ahead (see "When to stop"),
  the sum of ``P(v)`` over the answers that would let the wizard offer the plan;
- ``changes``: the chance that the answer changes the plan's shape: the leading cause, or the
  set of causes that call for action;
- ``entropy_drop``: ``H(shares now) - sum over v of P(v) * H(shares after v)``, the expected
  reduction in entropy of the top cause.

A question's value is ``settles + CHANGE_WEIGHT * changes + ENTROPY_WEIGHT * entropy_drop``:
the question most likely to settle the plan comes first, then the one most likely to change it;
the entropy drop orders the rest. ``changes`` matters where the evidence raises a cause that
starts low (a clock, an outage): that answer makes the diagnosis *less* certain for a while,
so the entropy drop is negative and the plan is not settled, yet it is the answer that puts the
right cause in the lead. Without it, 5 of the 58 labelled households ended after 15 to 26
answers with a plan that led with the wrong cause, or with none. A per-device question is asked
of every listed device it applies to at once, with "same answer for all my devices" offered, so
its answers are tried for all those devices together.

How likely each answer is
-------------------------
``P(v)`` comes from likelihood ratios. A ratio for the question's own cause *c* is
``P(v | c) / P(v | not c)``, and both sides add up to one over the answers: for a yes/no
question that fixes how often each answer is given when *c* is not a reason (the *base rates*;
for more options, answers pointing the same way are taken as equally likely). Then
``P(v)`` is proportional to ``base(v) * (p_c * LR_c(v) + 1 - p_c)``. The ratios are the rule
rows' (what the answer means on its own); for a question read by a rule written in Python
(Background App Refresh against the connection, for one) they are measured: the change of the
cause's odds in the real diagnosis with the answer added. Without base rates, rare answers
("iMessage is off") would count as often as common ones and the dramatic questions would
always come first; before the measured ratios, a question read in Python had all its answers
equally likely, and "Background App Refresh is off" (one in three) was asked first of everyone.

Which questions are candidates
------------------------------
Yes/no, choice, number and time-of-day questions that are unanswered for at least one device
(or, asked once, not yet answered), whose cause page applies to the listed devices. Versions and
free text stay on their cause pages. A number is tried at the representative values of
``NUMBER_GRID`` within its bounds, a device's clock right and ``CLOCK_OFFSETS_MIN`` off, each
through the real diagnosis. They have no rule rows to give base rates, so ``P(value)`` comes
from what each reading does: the readings that raise the question's cause share its probability,
the others the rest (readings the diagnosis cannot use are left out). A question is skipped
when no answer could change the plan's shape or let the plan be offered; except a choice that
makes a reading of its cause possible (the storage used means nothing without the plan): it is
worth half of the best such reading after it (two answers for one reading).

When to stop
------------
The plan is offered as soon as one cause is *clearly ahead*: its probability is at least
``AHEAD_PROBABILITY`` (0.5, the "likely problem" band) and it leads the second cause by at
least ``AHEAD_MARGIN`` (0.2). It is offered too when no question left is worth
``WORTH_ASKING`` (0.01) or could change the plan. These thresholds were chosen on the main
labelled households (``tests/scenarios``) among a few tried (probability 0.5 to 0.7, margin 0.2
to 0.3, worth asking 0 to 0.15); ``python -m tests.benchmarks`` reports the result side by side
with answering every page. Raising ``WORTH_ASKING`` to 0.03 or 0.05 shortens the longest walks
(90th percentile 30 and 27 answers instead of 34) but loses one and four right plans.
Discounting a question's value by the chance that this person can answer it (their share of
sure answers so far, Laplace-smoothed) cut the 90th percentile to 21 answers but lost 8 of the
58 right plans: the households whose telling answer comes after many "Not sure". Dropped.
Holding the plan back while a question could still put another cause in the lead (tried at a
chance of 0.1 to 0.25) changed no plan once ``changes`` counted, and cost a median answer:
dropped. A requirement that the leader hold half of all the belief (its share) was tried and
dropped too: with nine causes judged separately, the causes not looked at keep their priors and
the share rarely reaches one half.

Measured (all 58 labelled households, ``python -m tests.benchmarks.answers_to_plan``): median 6
answers (7 for the 41 two-device households), the top cause right in 58 of 58, as when every
page is answered. Before ``changes``, the measured ratios and triage's "have you noticed" list:
median 7.5 (8), right in 51 of 58. The held-out households had been scored before this work,
so they were no longer unseen; a blind set of 16 (``tests/scenarios/blind``, written by someone
who had not seen the weights, scored once afterwards) gave a median of 4 answers, right in 15 of
16, the same 15 as every page (the miss, a family of two accounts all paused by an outage, is
the diagnosis's: it reads two accounts in one household as a conflict).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from imsync_gui.model import knowledge
from imsync_gui.model.answers import Answer, AnswerValue
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import Diagnosis, diagnose
from imsync_gui.model.enums import CauseId, QuestionKind
from imsync_gui.model.knowledge_types import Question, Range
from imsync_gui.model.session import Session, now

AHEAD_PROBABILITY = 0.5
AHEAD_MARGIN = 0.2
WORTH_ASKING = 0.01
"""A question whose value is below this is not worth a person's time."""
ENTROPY_WEIGHT = 0.1
"""How much the entropy drop (in bits) counts beside the chance of settling the plan."""
CHANGE_WEIGHT = 0.5
"""How much the chance of changing the plan counts beside the chance of settling it."""

ASKABLE = (
    QuestionKind.YES_NO,
    QuestionKind.CHOICE,
    QuestionKind.NUMBER,
    QuestionKind.TIME_OF_DAY,
)
"""Kinds of question the wizard may ask next (a number or a time by its representative values)."""
NUMBER_GRID = (0.0, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 12000.0)
"""Representative values of a number question (those inside its minimum and maximum)."""
CLOCK_OFFSETS_MIN = (0, 12, 60)
"""Representative readings of a device's clock: right, some minutes off, an hour off."""


@dataclass(frozen=True)
class Worth:
    """What answering a question is expected to bring (see the module docstring)."""

    settles: float
    """The chance that after the answer one cause is clearly ahead: the plan can be offered."""
    entropy_drop: float
    """The expected drop of the entropy of the leading cause, in bits."""
    changes: float = 0.0
    """The chance that the answer changes the plan: its leading cause or the causes to act on."""

    @property
    def value(self) -> float:
        """What the wizard ranks questions by."""
        return self.settles + CHANGE_WEIGHT * self.changes + ENTROPY_WEIGHT * self.entropy_drop


@dataclass(frozen=True)
class Candidate:
    """A question worth asking next, for these devices (none: asked once), and its worth."""

    question: Question
    devices: tuple[Device, ...]
    worth: Worth

    @property
    def value(self) -> float:
        """What the wizard ranks questions by."""
        return self.worth.value

    @property
    def keys(self) -> tuple[tuple[str, str | None], ...]:
        """The session keys its answers go to."""
        if not self.devices:
            return ((self.question.id, None),)
        return tuple((self.question.id, d.id) for d in self.devices)


def shares(diagnosis: Diagnosis) -> dict[CauseId, float]:
    """Each cause's probability, normalised over the nine causes."""
    total = sum(f.probability for f in diagnosis.findings) or 1.0
    return {f.cause: f.probability / total for f in diagnosis.findings}


def uncertainty(diagnosis: Diagnosis) -> float:
    """How undecided the diagnosis is about its leading cause: the entropy of the shares."""
    return entropy(shares(diagnosis).values())


def entropy(distribution: Iterable[float]) -> float:
    """Shannon entropy in bits."""
    return -sum(p * math.log2(p) for p in distribution if p > 0)


def clearly_ahead(diagnosis: Diagnosis) -> CauseId | None:
    """The cause that is clearly ahead of the others (see the module docstring), if any."""
    first, second = diagnosis.findings[0], diagnosis.findings[1]
    if (
        first.probability >= AHEAD_PROBABILITY
        and first.probability - second.probability >= AHEAD_MARGIN
    ):
        return first.cause
    return None


def plan_shape(diagnosis: Diagnosis) -> tuple[CauseId, frozenset[CauseId]]:
    """What an answer must change to change the plan: the leading cause, and which causes
    call for action."""
    acting = frozenset(f.cause for f in diagnosis.findings if f.needs_action)
    return diagnosis.findings[0].cause, acting


Tried = dict[AnswerValue, tuple[Session, Diagnosis]]
"""Each answer tried for a question: the session with it added, and that session's diagnosis."""


def candidates(session: Session, skipped: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every question worth asking now, most valuable first (ties: the wizard's order)."""
    return _candidates(session, skipped, diagnose(session))


def _candidates(session: Session, skipped: frozenset[str], diagnosis: Diagnosis) -> list[Candidate]:
    probabilities = {f.cause: f.probability for f in diagnosis.findings}
    before = uncertainty(diagnosis)
    shape = plan_shape(diagnosis)
    open_ = open_questions(session, skipped)
    found = []
    for question, devices in open_:
        tried = _tried(session, question, devices)
        worth, changes = _value(question, tried, probabilities, before, shape)
        if not changes:
            worth, changes = _enabling(question, tried, open_, probabilities)
        if changes:
            found.append(Candidate(question, devices, worth))
    found.sort(key=lambda c: -c.value)
    return found


def _tried(session: Session, question: Question, devices: tuple[Device, ...]) -> Tried:
    """Each representative answer of the question added to a copy of *session*, diagnosed."""
    tried: Tried = {}
    for value in representative_values(question, session.updated_at):
        then = with_answer(session, question, devices, value, session.updated_at)
        tried[value] = (then, diagnose(then))
    return tried


def _enabling(
    question: Question,
    tried: Tried,
    open_: list[tuple[Question, tuple[Device, ...]]],
    probabilities: Mapping[CauseId, float],
) -> tuple[Worth, bool]:
    """What a choice is worth through the reading it makes possible: a number or a time of the
    same cause that changes nothing alone but can once this is answered (the storage used is
    read against the plan). Worth half of the reading's, as it takes two answers."""
    if question.kind not in (QuestionKind.YES_NO, QuestionKind.CHOICE):
        return Worth(0.0, 0.0), False
    readings = [
        (q, d)
        for q, d in open_
        if q.cause is question.cause and q.kind in (QuestionKind.NUMBER, QuestionKind.TIME_OF_DAY)
    ]
    if not readings:
        return Worth(0.0, 0.0), False
    afters = {v: diagnosis for v, (_then, diagnosis) in tried.items()}
    settles = drop = changes = 0.0
    for value, p_value in answer_likelihood(question, probabilities, afters).items():
        then, diagnosis = tried[value]
        then_probabilities = {f.cause: f.probability for f in diagnosis.findings}
        best = Worth(0.0, 0.0)
        for reading, on in readings:
            worth, changed = _value(
                reading,
                _tried(then, reading, on),
                then_probabilities,
                uncertainty(diagnosis),
                plan_shape(diagnosis),
            )
            if changed and worth.value > best.value:
                best = worth
        settles += p_value * best.settles / 2
        drop += p_value * best.entropy_drop / 2
        changes += p_value * best.changes / 2
    return Worth(settles, drop, changes), changes + settles > 0


def next_question(session: Session, skipped: frozenset[str] = frozenset()) -> Candidate | None:
    """The question to ask next, or None when the plan should be offered now."""
    diagnosis = diagnose(session)
    if clearly_ahead(diagnosis) is not None:
        return None
    found = _candidates(session, skipped, diagnosis)
    return found[0] if found and found[0].value >= WORTH_ASKING else None


def open_questions(
    session: Session, skipped: frozenset[str] = frozenset()
) -> list[tuple[Question, tuple[Device, ...]]]:
    """Askable questions still open: (question, the devices still to answer it for)."""
    open_: list[tuple[Question, tuple[Device, ...]]] = []
    for cause in knowledge.CAUSES:
        for question in cause.questions:
            if question.kind not in ASKABLE or question.id in skipped:
                continue
            if not question.per_device:
                if session.answer(question.id) is None:
                    open_.append((question, ()))
                continue
            devices = tuple(
                d
                for d in session.devices
                if d.kind in question.devices and session.answer(question.id, d.id) is None
            )
            if devices:
                open_.append((question, devices))
    return open_


def with_answer(
    session: Session,
    question: Question,
    devices: tuple[Device, ...],
    value: AnswerValue,
    when: datetime | None = None,
) -> Session:
    """A copy of *session* with *value* recorded for the question (for each device given); a
    time of day is recorded as read at *when*."""
    copy = session.copy()
    moment = when or now()
    reference = moment if question.kind is QuestionKind.TIME_OF_DAY else None
    for device in devices or (None,):
        copy.answers[(question.id, device.id if device else None)] = Answer(
            question.id, value, moment, device.id if device else None, reference
        )
    return copy


def _value(
    question: Question,
    tried: Tried,
    probabilities: Mapping[CauseId, float],
    before: float,
    shape: tuple[CauseId, frozenset[CauseId]],
) -> tuple[Worth, bool]:
    """What the question is worth, and whether any answer changes the plan's shape."""
    afters = {v: diagnosis for v, (_then, diagnosis) in tried.items()}
    likelihood = answer_likelihood(question, probabilities, afters)
    if not likelihood:
        return Worth(0.0, 0.0), False
    expected = settles = changes = 0.0
    for value, p_value in likelihood.items():
        after = afters[value]
        expected += p_value * uncertainty(after)
        settles += p_value * (clearly_ahead(after) is not None)
        changes += p_value * (plan_shape(after) != shape)
    return Worth(settles, before - expected, changes), changes + settles > 0


def representative_values(question: Question, moment: datetime) -> list[AnswerValue]:
    """The answers tried for a question: its options; for a number, the values of
    ``NUMBER_GRID`` it accepts; for a time of day, the clock read at *moment* right and off by
    each of ``CLOCK_OFFSETS_MIN``."""
    if question.kind is QuestionKind.NUMBER:
        low = -math.inf if question.minimum is None else question.minimum
        high = math.inf if question.maximum is None else question.maximum
        return [v for v in NUMBER_GRID if low <= v <= high]
    if question.kind is QuestionKind.TIME_OF_DAY:
        return [f"{moment + timedelta(minutes=m):%H:%M}" for m in CLOCK_OFFSETS_MIN]
    return list(question.option_ids())


def reading_likelihood(
    question: Question,
    probabilities: Mapping[CauseId, float],
    afters: Mapping[AnswerValue, Diagnosis],
) -> dict[AnswerValue, float]:
    """P(value) for a number or a time: a reading points to its cause (raises the cause's
    probability) or away from it. Readings pointing to the cause share its probability, the
    others the rest; readings that change nothing (a value the diagnosis cannot use) are left
    out."""
    own = question.cause
    p_own = probabilities[own]
    moved = {v: _probability(after, own) - p_own for v, after in afters.items()}
    towards = [v for v, d in moved.items() if d > 1e-9]
    away = [v for v, d in moved.items() if d < -1e-9]
    if not towards or not away:
        useful = towards + away
        return dict.fromkeys(useful, 1 / len(useful)) if useful else {}
    return {
        **{v: p_own / len(towards) for v in towards},
        **{v: (1 - p_own) / len(away) for v in away},
    }


def _probability(diagnosis: Diagnosis, cause: CauseId) -> float:
    return next(f.probability for f in diagnosis.findings if f.cause is cause)


def answer_likelihood(
    question: Question,
    probabilities: Mapping[CauseId, float],
    afters: Mapping[AnswerValue, Diagnosis],
) -> dict[AnswerValue, float]:
    """P(answer) for each answer tried (see the module docstring): for a choice, the base rates
    its likelihood ratios imply when the question's cause is not a reason, tilted by those
    ratios as often as the cause is one; for a number or a time, :func:`reading_likelihood`."""
    if question.kind not in (QuestionKind.YES_NO, QuestionKind.CHOICE):
        return reading_likelihood(question, probabilities, afters)
    own = question.cause
    p_own = probabilities[own]
    ratios = _row_ratios(question) or {
        v: _odds(_probability(after, own)) / _odds(p_own) for v, after in afters.items()
    }
    tilted = {v: b * (p_own * ratios[v] + 1 - p_own) for v, b in base_rates(ratios).items()}
    total = sum(tilted.values())
    return {v: p / total for v, p in tilted.items()}


@cache
def _row_ratios(question: Question) -> dict[AnswerValue, float]:
    """Each option's likelihood ratio for the question's own cause, from its rule rows; empty
    when a rule written in Python reads the question instead."""
    ratios: dict[AnswerValue, float] = {}
    for cause in knowledge.CAUSES:
        for row in cause.rules:
            if row.question == question.id and not isinstance(row.when, Range):
                for value in row.when:
                    ratios[value] = row.weights.get(question.cause, 1.0)
    if not ratios:
        return {}
    return {v: ratios.get(v, 1.0) for v in question.option_ids()}


def base_rates(ratios: Mapping[AnswerValue, float]) -> dict[AnswerValue, float]:
    """How often each answer is given when the question's cause is not a reason.

    A likelihood ratio is P(v | cause) / P(v | not cause), and both sides sum to one over the
    answers; so the ratios fix the base rates of a yes/no question, and for more options, with
    the answers pointing the same way equally likely, the share of the answers pointing to the
    cause: t * mean ratio towards + (1 - t) * mean ratio away = 1.
    """
    towards = [v for v, lr in ratios.items() if lr > 1 + 1e-9]
    away = [v for v in ratios if v not in towards]
    if not towards or not away:
        return dict.fromkeys(ratios, 1 / len(ratios))
    mean_towards = sum(ratios[v] for v in towards) / len(towards)
    mean_away = sum(ratios[v] for v in away) / len(away)
    t = min(max((1 - mean_away) / (mean_towards - mean_away), 0.01), 0.99)
    return {v: (t / len(towards) if v in towards else (1 - t) / len(away)) for v in ratios}


def _odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return p / (1 - p)
