"""Read-only access to everything a rule may use: answers, devices and check results."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from imsync_gui.model import knowledge
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, DeviceKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.session import Session
from imsync_gui.model.versions import LatestVersions


@cache
def _options(question: QuestionId) -> frozenset[str]:
    return frozenset(knowledge.question(question).option_ids())


@dataclass(frozen=True)
class Evidence:
    """A session seen through the eyes of the rules, plus the latest OS versions known."""

    session: Session
    latest: LatestVersions

    @property
    def devices(self) -> list[Device]:
        """Every listed device."""
        return self.session.devices

    def devices_of(self, *kinds: DeviceKind) -> list[Device]:
        """Listed devices of the given kinds."""
        return [d for d in self.session.devices if d.kind in kinds]

    @property
    def mobiles(self) -> list[Device]:
        """Listed iPhones and iPads."""
        return self.devices_of(DeviceKind.IPHONE, DeviceKind.IPAD)

    def raw(self, question: QuestionId, device: Device | None = None) -> Answer | None:
        """The answer as recorded, "Not sure" included."""
        return self.session.answer(question, device.id if device else None)

    def choice(self, question: QuestionId, device: Device | None = None) -> str | None:
        """A yes/no or choice answer; None when unanswered, "Not sure" or not one of the
        question's options (a hand-edited session file may hold anything)."""
        answer = self.raw(question, device)
        if answer is None or answer.value not in _options(question):
            return None
        return str(answer.value)

    def number(self, question: QuestionId, device: Device | None = None) -> float | None:
        """A number answer; None when unanswered, "Not sure" or not a number."""
        answer = self.raw(question, device)
        if answer is None or isinstance(answer.value, str):
            return None
        return float(answer.value)

    def check(self, check_id: CheckId) -> CheckResult | None:
        """The latest result of a live check, if it ran."""
        return self.session.check(check_id)
