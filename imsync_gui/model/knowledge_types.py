"""Typed shapes of what the product knows about each cause: questions, fix steps, causes."""

from __future__ import annotations

from dataclasses import dataclass, field

from imsync_gui.model.enums import CauseId, CheckId, DeviceKind, Effort, QuestionKind

MOBILE: frozenset[DeviceKind] = frozenset({DeviceKind.IPHONE, DeviceKind.IPAD})
MAC_ONLY: frozenset[DeviceKind] = frozenset({DeviceKind.MAC})
ALL_DEVICES: frozenset[DeviceKind] = frozenset(DeviceKind)


@dataclass(frozen=True)
class Option:
    """One choice of a choice question."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """A question the wizard asks.

    ``devices`` empty means the question is asked once for the whole situation; otherwise it
    is asked for each listed device of those kinds (so without a Mac, no Mac questions).
    "Not sure" is always accepted and is never listed in ``options``.
    """

    id: str
    cause: CauseId
    kind: QuestionKind
    text: str
    help: str
    devices: frozenset[DeviceKind] = frozenset()
    options: tuple[Option, ...] = ()
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def per_device(self) -> bool:
        """True when the question is asked for each matching device."""
        return bool(self.devices)

    def option_ids(self) -> tuple[str, ...]:
        """The option ids a valid answer may take (besides "not sure")."""
        if self.kind is QuestionKind.YES_NO:
            return ("yes", "no")
        return tuple(option.id for option in self.options)


@dataclass(frozen=True)
class Fix:
    """One step of a fix plan, with instructions per platform.

    ``mobile`` and ``mac`` are numbered instructions; an empty tuple means the step does not
    apply to that platform. ``general`` holds instructions that do not depend on a device.
    """

    id: str
    title: str
    effort: Effort
    illustration: str
    verify: str
    mobile: tuple[str, ...] = ()
    mac: tuple[str, ...] = ()
    general: tuple[str, ...] = ()
    closing: bool = False
    """A closing step (such as a manual sync) comes after every other step of a plan."""
    affects_questions: tuple[str, ...] = ()
    """Question ids whose answer may differ once the step is done: asked again on a re-check."""
    affects_checks: tuple[CheckId, ...] = ()
    """Live checks whose result may differ once the step is done."""
    affects_devices: tuple[str, ...] = ()
    """Device details (``Device`` field names) the step changes, to be confirmed on a re-check."""


@dataclass(frozen=True)
class Cause:
    """One of the nine causes: what it is, what is asked, what is checked, how it is fixed."""

    id: CauseId
    title: str
    summary: str
    illustration: str
    questions: tuple[Question, ...]
    checks: tuple[CheckId, ...]
    fixes: tuple[Fix, ...] = field(default_factory=tuple)
