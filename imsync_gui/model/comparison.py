"""Before and after: two rounds compared cause by cause.

Each cause gets its state then and now (verdict, confidence, and probability where the
diagnosis estimated one), the answers and check results behind it that changed, and a
headline. A cause that needed action and is now *not checked* is never called fixed: its
headline says it was not checked again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from imsync_gui.model import knowledge
from imsync_gui.model.answers import NO, Answer, AnswerValue
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CauseId, CheckStatus, Verdict
from imsync_gui.model.history import AnswerKey, CauseState, Round
from imsync_gui.model.knowledge.followup import STILL_PAUSED


class Headline(StrEnum):
    """What happened to one cause between two rounds, most urgent first."""

    NEW_PROBLEM = "new_problem"
    STILL_A_PROBLEM = "still_a_problem"
    FIXED = "fixed"
    NOT_CHECKED_AGAIN = "not_checked_again"
    UNCHANGED = "unchanged"


class Trend(StrEnum):
    """Whether a round improved things overall."""

    BETTER = "better"
    WORSE = "worse"
    MIXED = "mixed"
    SAME = "same"


@dataclass(frozen=True)
class EvidenceChange:
    """One answer or check result that differs between the rounds (None: absent there)."""

    kind: str
    """``"answer"`` or ``"check"``."""
    id: str
    """The question id or the check id."""
    device: str | None
    before: AnswerValue | None
    after: AnswerValue | None


@dataclass(frozen=True)
class CauseComparison:
    """One cause then and now."""

    cause: CauseId
    before: CauseState | None
    after: CauseState | None
    headline: Headline
    changes: tuple[EvidenceChange, ...]


@dataclass(frozen=True)
class Comparison:
    """Two rounds compared; ``causes`` are ordered by headline, then in cause order."""

    before: Round
    after: Round
    causes: tuple[CauseComparison, ...]
    evidence_known: bool
    """False when either round was compacted: only the states can be compared then."""

    def count(self, headline: Headline) -> int:
        """How many causes have this headline."""
        return sum(1 for c in self.causes if c.headline is headline)

    @property
    def still_paused(self) -> Mapping[str, AnswerValue]:
        """The follow-up answer per device in the later round: is the message still there?"""
        answers = self.after.answers or {}
        return {k[1]: a.value for k, a in answers.items() if k[0] == STILL_PAUSED.id and k[1]}

    @property
    def trend(self) -> Trend:
        """Better when something was fixed (or the message is gone everywhere) and nothing new
        went wrong; worse when only new problems appeared; mixed when both happened."""
        better = bool(self.count(Headline.FIXED)) or set(self.still_paused.values()) == {NO}
        worse = bool(self.count(Headline.NEW_PROBLEM))
        if better and worse:
            return Trend.MIXED
        if worse:
            return Trend.WORSE
        return Trend.BETTER if better else Trend.SAME


def headline(before: CauseState | None, after: CauseState | None) -> Headline:
    """The headline for one cause's state then and now."""
    was = before is not None and before.needs_action
    now = after is not None and after.needs_action
    if was and now:
        return Headline.STILL_A_PROBLEM
    if now:
        return Headline.NEW_PROBLEM
    if was:
        fine = after is not None and after.verdict is Verdict.FINE
        return Headline.FIXED if fine else Headline.NOT_CHECKED_AGAIN
    return Headline.UNCHANGED


def compare(before: Round, after: Round) -> Comparison:
    """Compare an earlier round with a later one (or with a snapshot of the round in progress)."""
    known = not before.compacted and not after.compacted
    order = list(Headline)
    rows = []
    for index, cause in enumerate(knowledge.CAUSES):
        then, now = before.cause(cause.id), after.cause(cause.id)
        changes = _changes(before, after, cause.id) if known else ()
        rows.append((order.index(headline(then, now)), index, cause.id, then, now, changes))
    rows.sort(key=lambda row: (row[0], row[1]))
    return Comparison(
        before=before,
        after=after,
        causes=tuple(
            CauseComparison(cause, then, now, order[rank], changes)
            for rank, _, cause, then, now, changes in rows
        ),
        evidence_known=known,
    )


def _changes(before: Round, after: Round, cause_id: CauseId) -> tuple[EvidenceChange, ...]:
    cause = knowledge.cause(cause_id)
    questions = {q.id for q in cause.questions}
    old_answers, new_answers = before.answers or {}, after.answers or {}
    changes = [
        EvidenceChange("answer", key[0], key[1], _value(old_answers, key), _value(new_answers, key))
        for key in sorted({*old_answers, *new_answers}, key=lambda k: (k[0], k[1] or ""))
        if key[0] in questions and _value(old_answers, key) != _value(new_answers, key)
    ]
    old_checks, new_checks = before.checks or {}, after.checks or {}
    for check in cause.checks:
        then, now = _status(old_checks, check), _status(new_checks, check)
        if then != now:
            changes.append(EvidenceChange("check", check.value, None, then, now))
    return tuple(changes)


def _value(answers: Mapping[AnswerKey, Answer], key: AnswerKey) -> AnswerValue | None:
    answer = answers.get(key)
    return answer.value if answer else None


def _status(checks: Mapping[str, CheckResult], check_id: str) -> CheckStatus | None:
    result = checks.get(check_id)
    return result.status if result else None
