"""Weighing the evidence: a probability per cause from its prior and likelihood ratios.

The model
---------
Each cause *c* is a yes/no question: "is *c* a reason for the pause?". It starts at its prior
``P(c)`` (in ``knowledge/``, reasoning beside each number). Every piece of evidence *e* carries a
likelihood ratio ``LR = P(e | c) / P(e | not c)`` for the causes it bears on (the ``weights`` of a
rule row or of a signal written in Python). The posterior log-odds are

    log-odds(c | evidence) = log-odds(c) + sum of log(LR) over the evidence counted for c

which is naive Bayes for one cause at a time: causes are judged separately (two causes can both
be reasons, so the probabilities do not add up to one), and the pieces of evidence are taken as
independent of each other given the cause.

Independence, and the double-count guard
----------------------------------------
The independence assumption is wrong wherever two readings come from one fact, so evidence is
grouped by its ``fact`` name before it is added: per cause, one fact counts once. When a fact's
readings point different ways (one device signed out, another signed in), the strongest reading
towards the cause counts, since a cause is a reason as soon as it holds for one device; when all
point away, the strongest reading away counts. Readings of one fact are: the same question on
several devices, two questions that ask one thing (the "storage full" alert and the storage
arithmetic share ``storage.full``), and this computer's six network checks (one connection,
``network.this_computer``; for the offline case see :mod:`imsync_gui.model.diagnosis`). The other readings stay in the evidence list,
marked as not counted.

No evidence, no movement
------------------------
"Not sure", no answer and a check that could not run carry no weight: they only add a note.
A cause without any weighed evidence keeps its prior and its verdict is NOT_CHECKED ("not looked
at"), never fine.

Bands (the verdict words)
-------------------------
With evidence, the probability decides the verdict: PROBLEM ("likely problem") from 0.5, WARNING
("worth checking") from 0.2, FINE ("looks fine") below 0.2, and also whenever no counted
evidence points to the cause (only readings against it: a cause with a high prior stays above
0.2 after one reassuring answer, yet nothing says to check it). Confidence says how far the evidence
has taken the cause from a coin toss: HIGH at 0.9 and above or 0.05 and below, MEDIUM at 0.7 and
above or 0.12 and below, LOW in between and for a cause not looked at.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from imsync_gui.i18n import Msg
from imsync_gui.model.enums import CauseId, CheckId, CheckStatus, Confidence, Verdict
from imsync_gui.model.ids import FixId
from imsync_gui.model.knowledge_types import Weights

PROBLEM_FROM = 0.5
WARNING_FROM = 0.2
HIGH_CONFIDENCE = (0.05, 0.9)
MEDIUM_CONFIDENCE = (0.12, 0.7)


_NO_WEIGHTS: Weights = MappingProxyType({})


class Signal(NamedTuple):
    """One piece of evidence read by a rule: what it suggests, how strongly, and why.

    ``text`` is a message id with its arguments, rendered where it is shown. ``weights`` are its
    likelihood ratios per cause and ``fact`` the name of the fact it reads (for the double-count
    guard; empty means the text's id). ``verdict`` and ``confidence`` say what the reading alone
    suggests for the cause whose rules produced it; a NOT_CHECKED signal is a note without
    weight ("the clock check could not run"). ``check_status`` is set for live-check readings.
    A named tuple rather than a dataclass: thousands are made per recompute for a large
    household, and tuples are the cheapest immutable records (``signal._replace(...)``).
    """

    verdict: Verdict
    confidence: Confidence
    text: Msg
    fixes: tuple[FixId, ...] = ()
    devices: tuple[str, ...] = ()
    blocking: bool = False
    weights: Weights = _NO_WEIGHTS
    fact: str = ""
    check: CheckId | None = None
    check_status: CheckStatus | None = None

    @property
    def fact_name(self) -> str:
        """The fact this signal reads, for the double-count guard."""
        return self.fact or self.text.text


class Weighed(NamedTuple):
    """One signal as it bears on one cause: its likelihood ratio and whether it counted."""

    signal: Signal
    lr: float
    counted: bool

    @property
    def text(self) -> Msg:
        """The evidence in words."""
        return self.signal.text

    @property
    def weight(self) -> float:
        """The natural log of the likelihood ratio: > 0 for the cause, < 0 against."""
        return math.log(self.lr)


@dataclass(frozen=True)
class Judgement:
    """A cause's probability and the evidence behind it, strongest first."""

    prior: float
    probability: float
    weighed: tuple[Weighed, ...]

    @property
    def looked_at(self) -> bool:
        """True when any evidence bore on the cause."""
        return bool(self.weighed)

    @property
    def verdict(self) -> Verdict:
        """The band the probability falls in; NOT_CHECKED without evidence."""
        if not self.looked_at:
            return Verdict.NOT_CHECKED
        if not any(w.counted and w.lr > 1 for w in self.weighed):
            return Verdict.FINE
        if self.probability >= PROBLEM_FROM:
            return Verdict.PROBLEM
        if self.probability >= WARNING_FROM:
            return Verdict.WARNING
        return Verdict.FINE

    @property
    def confidence(self) -> Confidence:
        """How far from a coin toss the evidence has taken the cause; LOW without evidence."""
        p = self.probability
        if not self.looked_at:
            return Confidence.LOW
        if p <= HIGH_CONFIDENCE[0] or p >= HIGH_CONFIDENCE[1]:
            return Confidence.HIGH
        if p <= MEDIUM_CONFIDENCE[0] or p >= MEDIUM_CONFIDENCE[1]:
            return Confidence.MEDIUM
        return Confidence.LOW


def judge(cause: CauseId, prior: float, signals: Iterable[Signal]) -> Judgement:
    """Combine the signals that bear on *cause* with its prior (see the module docstring)."""
    by_fact: dict[str, list[tuple[Signal, float]]] = {}
    for signal in signals:
        lr = signal.weights.get(cause)
        if lr is not None and lr > 0 and lr != 1:
            by_fact.setdefault(signal.fact_name, []).append((signal, lr))
    log_odds = _logit(prior)
    weighed: list[Weighed] = []
    for items in by_fact.values():
        strongest = max(items, key=_lr)
        winner = strongest if strongest[1] > 1 else min(items, key=_lr)
        log_odds += math.log(winner[1])
        weighed.extend(
            Weighed(signal, lr, item is winner) for item in items for signal, lr in (item,)
        )
    weighed.sort(key=lambda w: (not w.counted, -abs(w.weight)))
    return Judgement(prior, _sigmoid(log_odds), tuple(weighed))


def _lr(item: tuple[Signal, float]) -> float:
    return item[1]


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-max(-700.0, min(700.0, x))))
