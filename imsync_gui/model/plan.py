"""The ranked fix plan: one step per fix, merged across findings, in a sensible order.

Order: steps for blocking problems first, then other problems (surest first), then warnings;
within each group the cheapest effort first (a switch before a purchase before Apple Support);
closing steps such as a manual sync come last.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from imsync_gui.i18n import Msg
from imsync_gui.model import knowledge
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import Confidence, Verdict
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


def _tier(finding: Finding) -> int:
    if finding.verdict is Verdict.PROBLEM:
        if finding.blocking:
            return 0
        return 1 if finding.confidence is Confidence.HIGH else 2
    return 3


def build_plan(findings: Sequence[Finding], devices: Sequence[Device], done: set[str]) -> Plan:
    """Build the plan from ranked findings; *done* holds the fix ids already ticked off."""
    addressing: dict[FixId, list[Finding]] = {}
    first_seen: dict[FixId, tuple[int, int]] = {}
    for rank, finding in enumerate(f for f in findings if f.needs_action):
        for position, fix_id in enumerate(finding.fixes):
            addressing.setdefault(fix_id, []).append(finding)
            first_seen.setdefault(fix_id, (rank, position))

    def order(fix_id: FixId) -> tuple[int, int, int, int, int]:
        fix = knowledge.fix(fix_id)
        tier = min(_tier(f) for f in addressing[fix_id])
        return (int(fix.closing), tier, int(fix.effort), *first_seen[fix_id])

    steps = []
    for fix_id in sorted(addressing, key=order):
        fix = knowledge.fix(fix_id)
        steps.append(
            PlanStep(
                fix=fix,
                findings=tuple(addressing[fix_id]),
                devices=_devices_for(fix, addressing[fix_id], devices),
                done=fix_id in done,
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
