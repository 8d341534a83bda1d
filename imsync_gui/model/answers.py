"""The person's answers to questions, keyed by question and (optionally) device."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

NOT_SURE: Final = "not_sure"
"""The answer "Not sure", accepted by every question."""

YES: Final = "yes"
NO: Final = "no"

READ_FROM_THIS_COMPUTER: Final = "this_computer"
"""The ``source`` of an answer the app read from the computer it runs on, not the person."""

AnswerValue = str | float
"""Yes/no and choices are option ids, numbers are floats, versions and times are text."""


@dataclass(frozen=True)
class Answer:
    """One recorded answer.

    ``reference`` is only used by time-of-day questions: the trusted time at the moment
    the person read their device's clock. ``source`` is None for the person's own answer and
    :data:`READ_FROM_THIS_COMPUTER` for one the app filled in; an edit records a new answer
    without a source, so it becomes the person's.
    """

    question: str
    value: AnswerValue
    recorded_at: datetime
    device: str | None = None
    reference: datetime | None = None
    source: str | None = None

    @property
    def key(self) -> tuple[str, str | None]:
        """Where this answer lives in a session: (question id, device id or None)."""
        return (self.question, self.device)

    @property
    def is_sure(self) -> bool:
        """False when the person chose "Not sure"."""
        return self.value != NOT_SURE
