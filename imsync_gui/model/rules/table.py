"""The one interpreter of the rule tables: answer rows and check rows become signals.

The row format is documented in :mod:`imsync_gui.model.knowledge_types`; the rows themselves
sit with each cause under ``model/knowledge/``. Rows are read in table order, the rows of
one question together. Consecutive questions asked of the same kinds of device are read device
by device, so one device's answers stay together in the evidence. An answer matches at most one
row (the knowledge tests check it); "Not sure", a value no row names and an unanswered question
match none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from imsync_gui.i18n import N_, Arg, Msg, msg
from imsync_gui.model import knowledge
from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckStatus, Confidence, DeviceKind, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge_types import AnswerRule, CheckRule, Range

_STATUS_VERDICT = {
    CheckStatus.PASS: Verdict.FINE,
    CheckStatus.WARN: Verdict.WARNING,
    CheckStatus.FAIL: Verdict.PROBLEM,
}
_ELSEWHERE = N_("measured from this computer, whose network may not be your phone's")
ELSEWHERE_STRENGTH = {None: 0.5, "no": 0.25}
"""How much of its weight a check of this computer's connection keeps when the person has not
said this computer shares the devices' network (None), or said it does not ("no"): the log of
the likelihood ratio is scaled by this factor."""


@dataclass(frozen=True)
class _Question:
    """The rows of one question, indexed: option id -> row, and the number ranges."""

    question: QuestionId
    devices: frozenset[DeviceKind]
    by_value: Mapping[str, AnswerRule]
    ranges: tuple[AnswerRule, ...]


_INDEX: dict[tuple[int, ...], tuple[_Question, ...]] = {}


def _index(rules: Sequence[AnswerRule]) -> tuple[_Question, ...]:
    """The rows grouped by question in table order (rows are module constants, so the index is
    built once per table)."""
    key = tuple(id(rule) for rule in rules)
    found = _INDEX.get(key)
    if found is None:
        grouped: dict[QuestionId, list[AnswerRule]] = {}
        for rule in rules:
            grouped.setdefault(rule.question, []).append(rule)
        found = tuple(
            _Question(
                question,
                knowledge.question(question).devices,
                {value: r for r in rows if not isinstance(r.when, Range) for value in r.when},
                tuple(r for r in rows if isinstance(r.when, Range)),
            )
            for question, rows in grouped.items()
        )
        _INDEX[key] = found
    return found


def answer_signals(ev: Evidence, rules: Sequence[AnswerRule]) -> Iterator[Signal]:
    """The signals of every answer row that matches the session's answers."""
    questions = _index(rules)
    start = 0
    while start < len(questions):
        kinds = questions[start].devices
        end = start + 1
        while end < len(questions) and questions[end].devices == kinds:
            end += 1
        group = questions[start:end]
        if not kinds:
            yield from _matches(ev, group, None)
        else:
            for device in ev.devices:
                if device.kind in kinds:
                    yield from _matches(ev, group, device)
        start = end


def device_signals(ev: Evidence, rules: Sequence[AnswerRule], device: Device) -> Iterator[Signal]:
    """The signals of the per-device rows asked of *device*, in table order."""
    yield from _matches(ev, [e for e in _index(rules) if device.kind in e.devices], device)


def situation_signals(ev: Evidence, rules: Sequence[AnswerRule]) -> Iterator[Signal]:
    """The signals of the rows whose question is asked once for the whole situation."""
    yield from _matches(ev, [e for e in _index(rules) if not e.devices], None)


def _matches(ev: Evidence, entries: Sequence[_Question], device: Device | None) -> Iterator[Signal]:
    """The signal of each entry's matching row for one device (or the whole situation)."""
    device_id = device.id if device else None
    label = device.label if device else ""
    answers = ev.session.answers
    for entry in entries:
        answer = answers.get((entry.question, device_id))
        if answer is None:
            continue
        value = answer.value
        rule: AnswerRule | None = None
        if isinstance(value, str):
            rule = entry.by_value.get(value)
        else:
            rule = next((r for r in entry.ranges if value in r.when), None)
        if rule is None:
            continue
        shown = int(value) if isinstance(value, float) and value.is_integer() else value
        # a number stays a number: it is written with the reader's decimal sign (64 %, 3,5 GB)
        text = Msg(rule.text, {"value": shown} if "{value}" in rule.text else {})
        if device is not None and answer.source == READ_FROM_THIS_COMPUTER:
            text = msg("{name}, read from this computer: {detail}", name=label, detail=text)
        elif device is not None:
            text = Msg("{name}: {detail}", {"name": label, "detail": text})
        yield Signal(
            rule.verdict,
            rule.confidence,
            text,
            rule.fixes if rule.verdict in (Verdict.PROBLEM, Verdict.WARNING) else (),
            (device_id,) if device_id else (),
            rule.blocking,
            rule.weights,
            rule.fact or rule.question.value,
        )


def check_signals(ev: Evidence, rules: Sequence[CheckRule]) -> Iterator[Signal]:
    """A signal per check row whose check has a result: pass is fine, warn a warning, fail a
    problem; a check that could not run, or was skipped, adds a note but no verdict."""
    for rule in rules:
        result = ev.check(rule.check)
        if result is not None:
            yield _from_check(ev, rule, result)


def _from_check(ev: Evidence, rule: CheckRule, result: CheckResult) -> Signal:
    message = _bare(result.message)
    verdict = _STATUS_VERDICT.get(result.status)
    if verdict is None:
        return Signal(
            Verdict.NOT_CHECKED,
            Confidence.LOW,
            msg("Live check could not run: {message}.", message=message),
            check=rule.check,
            check_status=result.status,
        )
    confidence, note, strength = rule.confidence, rule.note, 1.0
    if rule.measured_here:
        same = ev.choice(QuestionId.NETWORK_SAME_NETWORK)
        if same == "yes":
            confidence = Confidence(min(confidence + 1, Confidence.HIGH))
        else:
            note = _ELSEWHERE
            strength = ELSEWHERE_STRENGTH[same]
            if same == "no":
                confidence = Confidence.LOW
    text = (
        msg("Live check: {message} ({note}).", message=message, note=Msg(note))
        if note
        else msg("Live check: {message}.", message=message)
    )
    return Signal(
        verdict,
        confidence,
        text,
        fixes=rule.fixes if verdict is not Verdict.FINE else (),
        blocking=rule.blocking and verdict is Verdict.PROBLEM,
        weights={c: lr**strength for c, lr in rule.weights.get(result.status, {}).items()},
        fact=rule.fact or rule.check.value,
        check=rule.check,
        check_status=result.status,
    )


def _bare(message: str | Msg) -> Arg:
    """A check's message without its final full stop: the sentence around it adds one."""
    return message.rstrip(".") if isinstance(message, str) else message
