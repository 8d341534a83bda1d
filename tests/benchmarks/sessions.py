"""Sessions of any size for the benchmarks: every question answered for every device, and a
result for every live check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import cycle, islice

from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, CheckStatus, DeviceKind, QuestionKind
from imsync_gui.model.knowledge import CAUSES
from imsync_gui.model.knowledge_types import Question
from imsync_gui.model.session import Session

T0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
KINDS = (DeviceKind.IPHONE, DeviceKind.IPAD, DeviceKind.MAC)
QUESTIONS = tuple(q for c in CAUSES for q in c.questions)
STATUSES = (CheckStatus.PASS, CheckStatus.WARN, CheckStatus.FAIL)


def household(devices: int) -> Session:
    """*devices* devices (iPhone, iPad, Mac in turn) with every question answered, and every
    check recorded; answers vary between devices so the rules have something to compare."""
    session = Session(created_at=T0)
    for number, kind in enumerate(islice(cycle(KINDS), devices)):
        session.put_device(
            Device(f"d{number}", kind, f"{kind.value} {number}", "17.2" if kind is not DeviceKind.MAC else "14.2",
                   f"person{number % 2}@example.org", (f"+44 7700 900{number:03d}",), number % 3 != 0)
        )  # fmt: skip
    for question in QUESTIONS:
        if not question.per_device:
            session.set_answer(Answer(question.id, answer_value(question, 0), T0))
            continue
        for number, device in enumerate(session.devices):
            if device.kind in question.devices:
                value = answer_value(question, number)
                reference = T0 if question.kind is QuestionKind.TIME_OF_DAY else None
                session.set_answer(Answer(question.id, value, T0, device.id, reference))
    for number, check in enumerate(CheckId):
        session.record_check(
            CheckResult(check.value, STATUSES[number % 3], Msg(f"{check.value} measured"), T0,
                        0.2, {"ms": 10.0 + number}, "detail")
        )  # fmt: skip
    return session


def answer_value(question: Question, number: int) -> str | float:
    """A valid answer to *question*, varied by *number*."""
    if question.kind is QuestionKind.NUMBER:
        low, high = question.minimum or 0.0, min(question.maximum or 100.0, 100.0)
        return low + (high - low) * ((number * 37) % 100) / 100
    if question.kind is QuestionKind.TIME_OF_DAY:
        return (T0 + timedelta(minutes=number * 3)).strftime("%H:%M")
    if question.kind is QuestionKind.OS_VERSION:
        return "17.2"
    if question.kind is QuestionKind.TEXT:
        return f"answer {number}"
    options = question.option_ids()
    return options[number % len(options)]
