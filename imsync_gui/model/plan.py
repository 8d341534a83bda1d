"""The ranked fix plan: one step per fix, merged across findings, best value first.

Order (Heckerman, Breese and Rommelse, "Decision-theoretic troubleshooting", CACM 1995): steps
in decreasing order of *chance / cost*. The chance that a step clears the pause is
``1 - prod(1 - P(cause) * repairs[cause])`` over the causes it repairs, with each cause's
probability from the diagnosis. Its cost is its minutes, plus 60 when it needs someone else
(Apple, an administrator: waiting and explaining), 30 when it costs money (deciding and
paying) and 45 when it resets set-up. Closing steps such as a manual sync come last. Ties go by
the order in which the findings (most probable first) name the step.

"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from imsync_gui.i18n import Msg
from imsync_gui.model import knowledge
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId
from imsync_gui.model.findings import Finding
from imsync_gui.model.ids import FixId
from imsync_gui.model.knowledge_types import Fix


@dataclass(frozen=True)
class PlanStep:
    """One thing to do, which findings it answers, and the devices it applies to."""

    fix: Fix
    findings: tuple[Finding, ...]
    devices: tuple[Device, ...]
    done: bool = False
    chance: float = 0.0
    """The chance that this step clears the pause, from the diagnosis's probabilities."""

    @property
    def minutes(self) -> int:
        """About how long the step takes."""
        return self.fix.minutes

    @property
    def reasons(self) -> tuple[Msg, ...]:
        """Why this step: the evidence sentences of the signals that called for it."""
        texts = (s.text for f in self.findings for s in f.signals if self.fix.id in s.fixes)
        return tuple(dict.fromkeys(texts))


@dataclass(frozen=True)
class Plan:
    """The ordered steps."""

    steps: tuple[PlanStep, ...]

    def first(self, count: int) -> tuple[PlanStep, ...]:
        """The first *count* steps not yet done."""
        return tuple(s for s in self.steps if not s.done)[:count]


SOMEONE_MINUTES = 60
MONEY_MINUTES = 30
RESET_MINUTES = 45


def cost(fix: Fix) -> float:
    """A step's cost in minutes, its needs included (see the module docstring)."""
    return (
        fix.minutes
        + SOMEONE_MINUTES * fix.needs_someone
        + MONEY_MINUTES * fix.needs_money
        + RESET_MINUTES * fix.reset
    )


def chance(fix: Fix, probabilities: Mapping[CauseId, float]) -> float:
    """The chance that doing *fix* clears the pause, given each cause's probability."""
    remaining = 1.0
    for cause_id, repairs in fix.repairs.items():
        remaining *= 1 - probabilities.get(cause_id, 0.0) * repairs
    return 1 - remaining


def build_plan(findings: Sequence[Finding], devices: Sequence[Device], done: set[str]) -> Plan:
    """Build the plan from ranked findings; *done* holds the fix ids already ticked off."""
    addressing: dict[FixId, list[Finding]] = {}
    first_seen: dict[FixId, tuple[int, int]] = {}
    for rank, finding in enumerate(f for f in findings if f.needs_action):
        for position, fix_id in enumerate(finding.fixes):
            addressing.setdefault(fix_id, []).append(finding)
            first_seen.setdefault(fix_id, (rank, position))
    probabilities = {f.cause: f.probability for f in findings}
    value = {
        fix_id: chance(knowledge.fix(fix_id), probabilities) / cost(knowledge.fix(fix_id))
        for fix_id in addressing
    }

    def order(fix_id: FixId) -> tuple[int, float, int, int]:
        return (int(knowledge.fix(fix_id).closing), -value[fix_id], *first_seen[fix_id])

    steps = []
    for fix_id in sorted(addressing, key=order):
        fix = knowledge.fix(fix_id)
        steps.append(
            PlanStep(
                fix=fix,
                findings=tuple(addressing[fix_id]),
                devices=_devices_for(fix, addressing[fix_id], devices),
                done=fix_id in done,
                chance=chance(fix, probabilities),
            )
        )
    return Plan(tuple(steps))


def _devices_for(
    fix: Fix, findings: list[Finding], devices: Sequence[Device]
) -> tuple[Device, ...]:
    """The person's devices the step is for: those the findings name (or all when they name
    none), limited to the kinds the step has instructions for."""
    named = {d for f in findings for d in f.devices}
    candidates = [d for d in devices if d.id in named] if named else list(devices)
    if fix.general:
        return tuple(candidates)
    return tuple(
        d
        for d in candidates
        if (fix.mobile and d.kind.is_mobile) or (fix.mac and not d.kind.is_mobile)
    )
