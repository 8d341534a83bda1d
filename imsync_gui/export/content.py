"""The content of an exported fix plan, built once and rendered as PDF, JSON or plain text.

One last pass over the whole content (ids, keys and values included) drops control characters
and masks every string according to the chosen :class:`Privacy`; renderers only lay it out (and
escape it for their format).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from imsync_gui import __version__
from imsync_gui.export.history_content import (
    ComparisonContent,
    RoundContent,
    build_comparison,
    build_rounds,
)
from imsync_gui.export.labels import CONFIDENCE_LABELS, EFFORT_LABELS, VERDICT_LABELS
from imsync_gui.export.outside_text import map_text, without_controls
from imsync_gui.export.privacy import Privacy
from imsync_gui.export.wording import answer_text, device_list
from imsync_gui.i18n import N_, Msg, _, render, translate
from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER
from imsync_gui.model.check_result import CheckResult, JsonValue
from imsync_gui.model.devices import KIND_LABELS, Device
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.findings import Finding
from imsync_gui.model.knowledge import cause, question
from imsync_gui.model.knowledge_types import Fix
from imsync_gui.model.plan import PlanStep
from imsync_gui.model.session import Session

FIRST_STEPS = 3
ANY_MOBILE = N_("On an iPhone or iPad")
ANY_MAC = N_("On a Mac")


@dataclass(frozen=True)
class InstructionGroup:
    """Numbered instructions for some of the person's devices (``heading`` empty: for all)."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class StepContent:
    """One fix step as exported."""

    number: int
    fix_id: str
    title: str
    effort: str
    illustration: str
    causes: tuple[str, ...]
    why: tuple[str, ...]
    instructions: tuple[InstructionGroup, ...]
    verify: str
    done: bool
    minutes: int = 0
    """About how long the step takes."""
    needs_someone: bool = False
    needs_money: bool = False
    reset: bool = False
    chance_of_fixing: float = 0.0
    """The chance that the step clears the pause, from the causes' probabilities."""


@dataclass(frozen=True)
class WeighedContent:
    """One piece of evidence with its likelihood ratio for the cause, and whether it counted."""

    text: str
    likelihood_ratio: float
    counted: bool


@dataclass(frozen=True)
class FindingContent:
    """The verdict on one cause."""

    cause_id: str
    title: str
    illustration: str
    verdict: str
    verdict_label: str
    confidence: str
    explanation: str
    evidence: tuple[str, ...]
    devices: tuple[str, ...]
    probability: float = 0.0
    """The chance that this cause is a reason for the pause."""
    strongest_for: tuple[str, ...] = ()
    strongest_against: tuple[str, ...] = ()
    weighted_evidence: tuple[WeighedContent, ...] = ()


@dataclass(frozen=True)
class DeviceContent:
    """One device of the inventory, contact details masked unless revealed."""

    id: str
    kind: str
    kind_label: str
    name: str
    os_version: str | None
    apple_account: str | None
    addresses: tuple[str, ...]
    messages_in_icloud: bool | None
    os_version_read: bool = False
    """The version was read from this computer, not typed by the person."""


@dataclass(frozen=True)
class CheckContent:
    """One live check with what it measured, for IT."""

    check_id: str
    status: str
    message: str
    started_at: datetime
    duration_s: float
    values: dict[str, JsonValue]
    detail: str


@dataclass(frozen=True)
class AnswerContent:
    """One answer the person gave."""

    question_id: str
    question: str
    device: str | None
    answer: str
    recorded_at: datetime
    read_from_this_computer: bool = False
    """The app read this answer from the computer it runs on; the person did not give it."""


@dataclass(frozen=True)
class ReportContent:
    """Everything an export shows, in reading order."""

    app_version: str
    generated_at: datetime
    session_updated_at: datetime
    contact_details_included: bool
    headline: FindingContent | None
    first_steps: tuple[StepContent, ...]
    steps: tuple[StepContent, ...]
    findings: tuple[FindingContent, ...]
    devices: tuple[DeviceContent, ...]
    checks: tuple[CheckContent, ...]
    check_counts: dict[str, int]
    answers: tuple[AnswerContent, ...]
    rounds: tuple[RoundContent, ...] = ()
    """Earlier rounds of checking, oldest first (see :mod:`.history_content`)."""
    comparison: ComparisonContent | None = None
    """The last round against now; None without an earlier round."""


def build_report(
    session: Session,
    diagnosis: Diagnosis,
    *,
    reveal_contacts: bool = False,
    generated_at: datetime | None = None,
) -> ReportContent:
    """Gather the report for *session* and its *diagnosis*; contacts masked unless revealed."""
    privacy = Privacy(reveal=reveal_contacts)
    findings = tuple(_finding(f, session) for f in diagnosis.findings)
    steps = tuple(
        _step(number, step, session) for number, step in enumerate(diagnosis.plan.steps, start=1)
    )
    open_steps = [s for s in steps if not s.done] or list(steps)
    checks = tuple(_check(c) for c in sorted(session.checks.values(), key=lambda c: c.check_id))
    headline = next(
        (f for f, raw in zip(findings, diagnosis.findings, strict=True) if raw.needs_action), None
    )
    generated_at = generated_at or datetime.now(UTC)
    report = ReportContent(
        app_version=__version__,
        generated_at=generated_at,
        session_updated_at=session.updated_at,
        contact_details_included=reveal_contacts,
        headline=headline,
        first_steps=tuple(open_steps[:FIRST_STEPS]),
        steps=steps,
        findings=findings,
        devices=tuple(_device(d, privacy) for d in session.devices),
        checks=checks,
        check_counts=dict(Counter(c.status for c in checks)),
        answers=tuple(_answers(session)),
        rounds=build_rounds(session),
        comparison=build_comparison(session, diagnosis, generated_at),
    )
    return map_text(report, lambda text: privacy.text(without_controls(text)))


def _finding(finding: Finding, session: Session) -> FindingContent:
    known = cause(finding.cause)
    return FindingContent(
        cause_id=finding.cause.value,
        title=render(known.title),
        illustration=known.illustration,
        verdict=finding.verdict.value,
        verdict_label=translate(VERDICT_LABELS[finding.verdict]),
        confidence=translate(CONFIDENCE_LABELS[finding.confidence]),
        explanation=render(finding.explanation),
        evidence=tuple(render(e) for e in finding.evidence),
        devices=tuple(_device_labels([session.device(d) for d in finding.devices])),
        probability=round(finding.probability, 4),
        strongest_for=tuple(render(w.text) for w in finding.strongest_for),
        strongest_against=tuple(render(w.text) for w in finding.strongest_against),
        weighted_evidence=tuple(
            WeighedContent(render(w.text), round(w.lr, 4), w.counted) for w in finding.weighed
        ),
    )


def _step(number: int, step: PlanStep, session: Session) -> StepContent:
    fix = step.fix
    return StepContent(
        number=number,
        fix_id=fix.id,
        title=render(fix.title),
        effort=translate(EFFORT_LABELS[fix.effort]),
        illustration=fix.illustration,
        causes=tuple(dict.fromkeys(render(cause(f.cause).title) for f in step.findings)),
        why=tuple(render(reason) for reason in step.reasons),
        instructions=_instructions(fix, step.devices or tuple(session.devices)),
        verify=render(fix.verify),
        done=fix.id in session.done_steps,
        minutes=fix.minutes,
        needs_someone=fix.needs_someone,
        needs_money=fix.needs_money,
        reset=fix.reset,
        chance_of_fixing=round(step.chance, 4),
    )


def _instructions(fix: Fix, devices: Sequence[Device]) -> tuple[InstructionGroup, ...]:
    """General lines for everyone, then iPhone/iPad and Mac lines for the devices that have them.

    Without any listed device, both platforms are shown under neutral headings.
    """
    groups = [InstructionGroup("", _translated(fix.general))] if fix.general else []
    platforms = (
        (fix.mobile, [d for d in devices if d.kind.is_mobile], ANY_MOBILE),
        (fix.mac, [d for d in devices if not d.kind.is_mobile], ANY_MAC),
    )
    for lines, owned, neutral in platforms:
        if not lines or (devices and not owned):
            continue
        labels = _device_labels(owned)
        heading = _("On {devices}", devices=device_list(labels)) if owned else ""
        groups.append(InstructionGroup(heading or translate(neutral), _translated(lines)))
    return tuple(groups)


def _device(device: Device, privacy: Privacy) -> DeviceContent:
    return DeviceContent(
        id=device.id,
        kind=device.kind.value,
        kind_label=KIND_LABELS[device.kind],
        name=device.label,
        os_version=device.os_version,
        apple_account=privacy.address(device.apple_account) if device.apple_account else None,
        addresses=tuple(privacy.address(a) for a in device.addresses),
        messages_in_icloud=device.messages_in_icloud,
        os_version_read=device.version_was_read,
    )


def _check(result: CheckResult) -> CheckContent:
    return CheckContent(
        check_id=result.check_id,
        status=result.status.value,
        message=result.message.render(),
        started_at=result.started_at,
        duration_s=result.duration_s,
        values=dict(result.values),
        detail=result.detail,
    )


def _answers(session: Session) -> Iterable[AnswerContent]:
    for (question_id, device_id), answer in sorted(
        session.answers.items(), key=lambda item: item[1].recorded_at
    ):
        try:
            asked = question(question_id)
        except KeyError:
            asked = None
        device = session.device(device_id) if device_id else None
        yield AnswerContent(
            question_id=question_id,
            question=render(asked.text) if asked else question_id,
            device=device.label if device else None,
            answer=answer_text(asked, answer.value),
            recorded_at=answer.recorded_at,
            read_from_this_computer=answer.source == READ_FROM_THIS_COMPUTER,
        )


def _device_labels(devices: Iterable[Device | None]) -> list[str]:
    return [d.label for d in devices if d is not None]


def _translated(lines: Iterable[str | Msg]) -> tuple[str, ...]:
    return tuple(render(line) for line in lines)
