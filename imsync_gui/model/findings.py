"""Findings: what the model concludes about each cause, from its weighed evidence.

The arithmetic (priors, likelihood ratios, bands) lives in :mod:`imsync_gui.model.weighing`;
a finding is its result put in the terms the person reads: a verdict word, a confidence, the
evidence in order of weight, the notes, and the fixes the evidence calls for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from imsync_gui.i18n import Msg
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.ids import FixId
from imsync_gui.model.weighing import Judgement, Signal, Weighed, judge

__all__ = ["Finding", "Signal", "combine"]

_T = TypeVar("_T")


@dataclass(frozen=True)
class Finding:
    """The verdict on one cause, its probability, and the evidence it rests on."""

    cause: CauseId
    verdict: Verdict
    confidence: Confidence
    explanation: str
    """A constant message id, translated where it is shown."""
    evidence: tuple[Msg, ...]
    """The evidence in words: the weighed pieces strongest first, then notes."""
    fixes: tuple[FixId, ...]
    devices: tuple[str, ...] = ()
    blocking: bool = False
    signals: tuple[Signal, ...] = ()
    """Every signal that bore on the cause or was noted for it, for tracing fix steps back."""
    probability: float = 0.0
    """The chance that this cause is a reason for the pause."""
    prior: float = 0.0
    """The chance before any evidence."""
    weighed: tuple[Weighed, ...] = ()
    """The evidence with its likelihood ratio for this cause, counted ones strongest first."""

    @property
    def needs_action(self) -> bool:
        """True for problems and warnings."""
        return self.verdict in (Verdict.PROBLEM, Verdict.WARNING)

    @property
    def strongest_for(self) -> tuple[Weighed, ...]:
        """The three strongest counted pieces of evidence pointing to this cause."""
        return tuple(w for w in self.weighed if w.counted and w.lr > 1)[:3]

    @property
    def strongest_against(self) -> tuple[Weighed, ...]:
        """The three strongest counted pieces of evidence pointing away from this cause."""
        return tuple(w for w in self.weighed if w.counted and w.lr < 1)[:3]


def combine(
    cause: CauseId,
    prior: float,
    signals: Iterable[Signal],
    notes: Iterable[Signal],
    explanations: Mapping[Verdict, str],
) -> Finding:
    """The finding for *cause* from every signal (each weighs on the causes it names) and the
    notes of its own rules. Fixes and devices come from the counted evidence pointing to it,
    strongest first."""
    judgement: Judgement = judge(cause, prior, signals)
    # Every reading towards the cause names its devices and fixes, counted or not: a fact
    # counts once for the probability, but holds on each device that reported it.
    towards = [w.signal for w in judgement.weighed if w.lr > 1]
    noted = [n for n in notes if cause not in n.weights]
    acting = judgement.verdict in (Verdict.PROBLEM, Verdict.WARNING)
    return Finding(
        cause=cause,
        verdict=judgement.verdict,
        confidence=judgement.confidence,
        explanation=explanations[judgement.verdict],
        evidence=tuple(w.text for w in judgement.weighed) + tuple(_unique(n.text for n in noted)),
        fixes=tuple(_unique(f for s in towards for f in s.fixes)) if acting else (),
        devices=tuple(_unique(d for s in towards for d in s.devices)) if acting else (),
        blocking=acting and any(s.blocking for s in towards),
        signals=tuple(w.signal for w in judgement.weighed) + tuple(noted),
        probability=judgement.probability,
        prior=prior,
        weighed=judgement.weighed,
    )


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))
