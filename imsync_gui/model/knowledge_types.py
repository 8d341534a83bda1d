"""Typed shapes of what the product knows about each cause: questions, fix steps, rule rows.

Rule rows (:class:`AnswerRule`, :class:`CheckRule`) are the declarative half of the diagnosis:
"this answer means that". They sit in each cause's module under ``knowledge/``, in its
``Cause(rules=..., check_rules=...)``, and one interpreter (``model/rules/table.py``) reads them.
Python rule code (``model/rules/<cause>.py``) is kept for real logic only: comparisons across
devices, the storage and clock calculators, facts that combine two answers.

Writing a row
-------------
``AnswerRule(question, when, verdict, confidence, text, fixes=(), blocking=False, weights={})``

- ``question``: a :class:`QuestionId`. A per-device question's row is read once per listed
  device of the question's kinds, and its text is shown as "<device name>: <text>".
- ``when``: the option ids this row matches (``("no",)``; yes/no questions have the options
  "yes" and "no"), or a :class:`Range` for a number question. "Not sure", no answer, or a value
  that is not one of the question's options matches no row: missing evidence moves nothing.
  Give each definite value a row (the "fine" values too): an answer that rules a cause out is
  evidence as well.
- ``verdict`` / ``confidence``: what this answer alone says about the question's cause.
  ``Verdict.NOT_CHECKED`` makes the row a note that carries no verdict.
- ``text``: a constant message id, ``N_("...")``, a short sentence in plain words; it may use
  ``{value}`` (the answer, numbers without trailing zeros).
- ``fixes``: the :class:`FixId` steps this answer calls for (problem and warning rows only).
- ``blocking``: this answer alone stops every device from syncing.
- ``weights``: likelihood ratios per cause, ``{CauseId.X: lr}``: how many times more often this
  answer is seen when X is a reason for the pause than when it is not (> 1 points to X, < 1
  away from it); a cause not named is unaffected. Every row with a verdict needs one for its
  own cause. Rough scale used so far: 20-30 an answer that on its own stops syncing (signed
  out, Airplane Mode), 6-15 a strong sign, 2-4 a hint, 0.5-0.8 a weak "looks fine", 0.2-0.3 a
  clear "this is not it". See :mod:`imsync_gui.model.weighing` for how they combine.
- ``fact``: rows (and Python signals) naming the same fact count once per cause, the strongest
  reading winning (the double-count guard); empty means the question id. Give two questions
  that ask the same thing in two ways (an alert and the arithmetic behind it) one fact name.

``CheckRule(check, confidence, fixes=(), blocking=False, note="", measured_here=False,
weights={}, fact="")`` turns a live check's status into a signal for the cause whose ``check_rules`` hold
it: pass is fine, warn a warning, fail a problem; a check that could not run adds a note only.
``measured_here`` marks checks of this computer's own connection: the answer to
``network.same_network`` then decides how much they say about the person's devices.
``weights`` maps a :class:`CheckStatus` to likelihood ratios per cause, as above; ``fact``
(default: the check id) works as for answer rows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from imsync_gui.model.enums import (
    CauseId,
    CheckId,
    CheckStatus,
    Confidence,
    DeviceKind,
    Effort,
    QuestionKind,
    Verdict,
)
from imsync_gui.model.ids import FixId, QuestionId

MOBILE: frozenset[DeviceKind] = frozenset({DeviceKind.IPHONE, DeviceKind.IPAD})
MAC_ONLY: frozenset[DeviceKind] = frozenset({DeviceKind.MAC})
ALL_DEVICES: frozenset[DeviceKind] = frozenset(DeviceKind)


@dataclass(frozen=True)
class Option:
    """One choice of a choice question."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """A question the wizard asks.

    ``devices`` empty means the question is asked once for the whole situation; otherwise it
    is asked for each listed device of those kinds (so without a Mac, no Mac questions).
    "Not sure" is always accepted and is never listed in ``options``.
    """

    id: QuestionId
    cause: CauseId
    kind: QuestionKind
    text: str
    help: str
    devices: frozenset[DeviceKind] = frozenset()
    options: tuple[Option, ...] = ()
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def per_device(self) -> bool:
        """True when the question is asked for each matching device."""
        return bool(self.devices)

    def option_ids(self) -> tuple[str, ...]:
        """The option ids a valid answer may take (besides "not sure")."""
        if self.kind is QuestionKind.YES_NO:
            return ("yes", "no")
        return tuple(option.id for option in self.options)


@dataclass(frozen=True)
class Fix:
    """One step of a fix plan, with instructions per platform.

    ``mobile`` and ``mac`` are numbered instructions; an empty tuple means the step does not
    apply to that platform. ``general`` holds instructions that do not depend on a device.
    """

    id: FixId
    title: str
    effort: Effort
    illustration: str
    verify: str
    mobile: tuple[str, ...] = ()
    mac: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
    closing: bool = False
    """A closing step (such as a manual sync) comes after every other step of a plan."""
    minutes: int = 5
    """About how long the step takes the person, waiting included."""
    reset: bool = False
    """The step undoes set-up (signing out, erasing): the person has to set things up again."""
    repairs: Mapping[CauseId, float] = field(default_factory=dict, hash=False)
    """Per cause, the chance that the step clears the pause when that cause is a reason for it."""

    @property
    def needs_someone(self) -> bool:
        """Someone else (Apple, the network's administrator) has to act."""
        return self.effort is Effort.SUPPORT

    @property
    def needs_money(self) -> bool:
        """The step costs money."""
        return self.effort is Effort.PURCHASE

    affects_questions: tuple[QuestionId, ...] = ()
    """Question ids whose answer may differ once the step is done: asked again on a re-check."""
    affects_checks: tuple[CheckId, ...] = ()
    """Live checks whose result may differ once the step is done."""
    affects_devices: tuple[str, ...] = ()
    """Device details (``Device`` field names) the step changes, to be confirmed on a re-check."""


Weights = Mapping[CauseId, float]
"""Likelihood ratios per cause (see the module docstring)."""


def status_weights(
    cause: CauseId, *, fail: float, warn: float, passed: float
) -> dict[CheckStatus, Weights]:
    """A live check's ``weights`` when it bears on one *cause*: its ratio per status."""
    return {
        CheckStatus.FAIL: {cause: fail},
        CheckStatus.WARN: {cause: warn},
        CheckStatus.PASS: {cause: passed},
    }


@dataclass(frozen=True)
class Range:
    """Numbers from *at_least* (included) up to *below* (not included)."""

    at_least: float = -math.inf
    below: float = math.inf

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int | float) and self.at_least <= value < self.below


@dataclass(frozen=True)
class AnswerRule:
    """One row of a rule table: when *question* is answered with a value in *when*, that
    answer means *verdict* for the question's cause (see the module docstring)."""

    question: QuestionId
    when: tuple[str, ...] | Range
    verdict: Verdict
    confidence: Confidence
    text: str
    fixes: tuple[FixId, ...] = ()
    blocking: bool = False
    weights: Weights = field(default_factory=dict, hash=False)
    fact: str = ""


@dataclass(frozen=True)
class CheckRule:
    """One row of a rule table for a live check (see the module docstring)."""

    check: CheckId
    confidence: Confidence
    fixes: tuple[FixId, ...] = ()
    blocking: bool = False
    note: str = ""
    measured_here: bool = False
    weights: Mapping[CheckStatus, Weights] = field(default_factory=dict, hash=False)
    fact: str = ""


@dataclass(frozen=True)
class Cause:
    """One of the nine causes: what it is, what is asked, what is checked, how it is fixed."""

    id: CauseId
    title: str
    summary: str
    illustration: str
    questions: tuple[Question, ...]
    checks: tuple[CheckId, ...]
    fixes: tuple[Fix, ...] = field(default_factory=tuple)
    prior: float = 0.1
    """How often this cause is a reason behind the message before anything is known (the
    reasoning is written beside each number in ``knowledge/``)."""
    rules: tuple[AnswerRule, ...] = ()
    """The answer rows, read by the rule-table interpreter."""
    check_rules: tuple[CheckRule, ...] = ()
    """The live-check rows, read by the rule-table interpreter."""
