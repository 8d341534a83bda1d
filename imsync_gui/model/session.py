"""A troubleshooting session: the devices, answers and check results gathered so far."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.history import Round, UnreadableRound


def now() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


@dataclass
class Session:
    """Everything the person has told us and every check result, with when it was recorded.

    The session is the single source of truth; front ends change it only through these methods.
    """

    devices: list[Device] = field(default_factory=list)
    answers: dict[tuple[str, str | None], Answer] = field(default_factory=dict)
    checks: dict[str, CheckResult] = field(default_factory=dict)
    done_steps: set[str] = field(default_factory=set)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    step_done_at: dict[str, datetime] = field(default_factory=dict)
    """When each step of ``done_steps`` was ticked off (steps from older files may lack it)."""
    round_started_at: datetime | None = None
    """When the round in progress began; None means when the session was created."""
    rounds: list[Round] = field(default_factory=list)
    """The closed rounds, oldest first (see :mod:`imsync_gui.model.history`)."""
    unreadable_rounds: list[UnreadableRound] = field(default_factory=list)
    """History entries a file held that could not be read; written back unchanged on save."""

    def device(self, device_id: str) -> Device | None:
        """The device with this id, if listed."""
        return next((d for d in self.devices if d.id == device_id), None)

    def put_device(self, device: Device) -> None:
        """Add a device, or replace the one with the same id. A device ticked as the computer
        in use unticks any other: at most one device is this computer."""
        if device.this_computer:
            self.devices = [
                replace(d, this_computer=False) if d.this_computer and d.id != device.id else d
                for d in self.devices
            ]
        for index, existing in enumerate(self.devices):
            if existing.id == device.id:
                self.devices[index] = device
                break
        else:
            self.devices.append(device)
        self._touch()

    def remove_device(self, device_id: str) -> None:
        """Forget a device and every answer given about it."""
        self.devices = [d for d in self.devices if d.id != device_id]
        self.answers = {k: a for k, a in self.answers.items() if a.device != device_id}
        self._touch()

    def new_device_id(self) -> str:
        """An id not yet used by any device (d1, d2, ...)."""
        taken = {d.id for d in self.devices}
        return next(f"d{n}" for n in range(1, len(taken) + 2) if f"d{n}" not in taken)

    def answer(self, question: str, device: str | None = None) -> Answer | None:
        """The recorded answer to a question (for a device), if any."""
        return self.answers.get((question, device))

    def set_answer(self, answer: Answer) -> None:
        """Record or replace an answer."""
        self.answers[answer.key] = answer
        self._touch()

    def clear_answer(self, question: str, device: str | None = None) -> None:
        """Remove an answer, returning the question to unanswered."""
        self.answers.pop((question, device), None)
        self._touch()

    def record_check(self, result: CheckResult) -> None:
        """Record a check result, replacing an earlier one with the same id."""
        self.checks[result.check_id] = result
        self._touch()

    def record_checks(self, results: Iterable[CheckResult]) -> None:
        """Record several check results."""
        for result in results:
            self.record_check(result)

    def check(self, check_id: str) -> CheckResult | None:
        """The latest result of a check, if it has run."""
        return self.checks.get(check_id)

    def set_step_done(self, fix_id: str, done: bool) -> None:
        """Tick or untick a fix step."""
        if done:
            self.done_steps.add(fix_id)
            self.step_done_at.setdefault(fix_id, now())
        else:
            self.done_steps.discard(fix_id)
            self.step_done_at.pop(fix_id, None)
        self._touch()

    @property
    def round_start(self) -> datetime:
        """When the round in progress began."""
        return self.round_started_at or self.created_at

    @property
    def round_number(self) -> int:
        """The number of the round in progress (1 for a session never checked again)."""
        numbers = [r.number for r in self.rounds]
        return max([*numbers, len(self.rounds) + len(self.unreadable_rounds)]) + 1

    def copy(self) -> Session:
        """An independent copy (devices, answers and results are immutable and shared)."""
        return replace(
            self,
            devices=list(self.devices),
            answers=dict(self.answers),
            checks=dict(self.checks),
            done_steps=set(self.done_steps),
            step_done_at=dict(self.step_done_at),
            rounds=list(self.rounds),
            unreadable_rounds=list(self.unreadable_rounds),
        )

    def _touch(self) -> None:
        self.updated_at = now()
