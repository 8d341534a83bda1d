"""Findings: what the model concludes about each cause, built from signals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from imsync_gui.i18n import Msg
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.ids import FixId
from imsync_gui.model.knowledge_types import Weights

_T = TypeVar("_T")


@dataclass(frozen=True)
class Signal:
    """One piece of evidence read by a rule: what it suggests, how strongly, and why.

    A NOT_CHECKED signal adds a note ("the clock check could not run") without a verdict.
    ``text`` is a message id with its arguments, rendered where it is shown. ``weights`` are the
    likelihood ratios per cause of the rule row that produced it.
    """

    verdict: Verdict
    confidence: Confidence
    text: Msg
    fixes: tuple[FixId, ...] = ()
    devices: tuple[str, ...] = ()
    blocking: bool = False
    weights: Weights = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Finding:
    """The verdict on one cause, how sure it is, and the evidence it rests on."""

    cause: CauseId
    verdict: Verdict
    confidence: Confidence
    explanation: str
    """A constant message id, translated where it is shown."""
    evidence: tuple[Msg, ...]
    fixes: tuple[FixId, ...]
    devices: tuple[str, ...] = ()
    blocking: bool = False
    signals: tuple[Signal, ...] = ()
    """The signals the finding was folded from, for tracing a fix step back to its reasons."""

    @property
    def needs_action(self) -> bool:
        """True for problems and warnings."""
        return self.verdict in (Verdict.PROBLEM, Verdict.WARNING)


def combine(cause: CauseId, signals: Iterable[Signal], explanations: dict[Verdict, str]) -> Finding:
    """Fold a cause's signals into one finding.

    The worst verdict wins; its confidence is the highest among signals of that verdict. Fixes
    come from problem and warning signals, in order, without repeats. With no verdict-bearing
    signal at all the cause is NOT_CHECKED: missing evidence is never reported as fine.
    """
    collected = list(signals)
    judged = [s for s in collected if s.verdict is not Verdict.NOT_CHECKED]
    verdict = max(
        (s.verdict for s in judged), key=lambda v: v.severity, default=Verdict.NOT_CHECKED
    )
    top = [s for s in judged if s.verdict is verdict]
    confidence = max((s.confidence for s in top), default=Confidence.LOW)
    acting = [s for s in collected if s.verdict in (Verdict.PROBLEM, Verdict.WARNING)]
    ordered = sorted(acting, key=lambda s: -s.verdict.severity)
    return Finding(
        cause=cause,
        verdict=verdict,
        confidence=confidence,
        explanation=explanations[verdict],
        evidence=tuple(
            _unique(s.text for s in sorted(collected, key=lambda s: -s.verdict.severity))
        ),
        fixes=tuple(_unique(f for s in ordered for f in s.fixes)),
        devices=tuple(_unique(d for s in acting for d in s.devices)),
        blocking=any(s.blocking for s in top),
        signals=tuple(collected),
    )


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))
