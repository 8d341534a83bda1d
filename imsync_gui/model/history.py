"""The session's history: one dated snapshot per round of checking.

A *round* is what happened between two "check again"s: the answers and check results as they
were when it closed, the fix steps ticked off during it (with when), and a summary of the
diagnosis at that moment. The session's own answers, checks and steps are the round in
progress; ``Session.rounds`` holds the closed ones, oldest first.

Only the newest :data:`FULL_ROUNDS` keep their answers and check results; older ones are
compacted to their diagnosis summary, which is all a before/after comparison over a long
history needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final

from imsync_gui.i18n import Msg, msg
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CauseId, Confidence, Verdict

FULL_ROUNDS: Final = 20
"""How many of the newest closed rounds keep their answers and check results."""
MAX_ROUNDS: Final = 1000
"""How many history entries a session file may hold (the schema's limit, checked on load); the
oldest compacted summaries give way beyond it, so a saved file always loads again."""

AnswerKey = tuple[str, str | None]


@dataclass(frozen=True)
class CauseState:
    """What the diagnosis said about one cause when a round closed.

    ``probability`` (0..1) and ``band`` are filled by a diagnosis that estimates them; a
    snapshot taken before that is None there and is compared on its verdict alone.
    """

    cause: CauseId
    verdict: Verdict
    confidence: Confidence
    probability: float | None = None
    band: str | None = None

    @property
    def needs_action(self) -> bool:
        """True for problems and warnings."""
        return self.verdict in (Verdict.PROBLEM, Verdict.WARNING)


@dataclass(frozen=True)
class Round:
    """One closed round: a dated snapshot of the session and its diagnosis.

    ``answers`` and ``checks`` are None once the round has been compacted.
    """

    number: int
    started_at: datetime
    ended_at: datetime
    causes: tuple[CauseState, ...]
    done_steps: Mapping[str, datetime] = field(default_factory=dict)
    answers: Mapping[AnswerKey, Answer] | None = None
    checks: Mapping[str, CheckResult] | None = None

    @property
    def compacted(self) -> bool:
        """True when only the diagnosis summary is kept."""
        return self.answers is None

    def cause(self, cause: CauseId) -> CauseState | None:
        """The state of one cause at the end of this round, if recorded."""
        return next((c for c in self.causes if c.cause is cause), None)

    def compact(self) -> Round:
        """The same round with only its dates, steps and diagnosis summary."""
        return replace(self, answers=None, checks=None)


@dataclass(frozen=True)
class UnreadableRound:
    """A history entry that could not be read: kept as it was so saving never drops it."""

    position: int
    """Where it stood in the file's list of rounds, counting from 1."""
    raw: Any
    reason: str
    """Why it could not be read (plain text from the reader, shown as it is)."""

    @property
    def message(self) -> Msg:
        """What to tell the person, naming the entry."""
        return msg(
            "History entry {position} could not be read and was left out: {reason}",
            position=self.position,
            reason=self.reason,
        )


def compacted(rounds: list[Round], unreadable: int = 0) -> list[Round]:
    """*rounds* with all but the newest :data:`FULL_ROUNDS` compacted, and no more than
    :data:`MAX_ROUNDS` entries with the *unreadable* ones kept alongside."""
    kept = rounds[-max(FULL_ROUNDS, MAX_ROUNDS - unreadable) :]
    cut = max(0, len(kept) - FULL_ROUNDS)
    return [r.compact() if i < cut else r for i, r in enumerate(kept)]
