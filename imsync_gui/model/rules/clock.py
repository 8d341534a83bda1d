"""Rule for the date and time cause: the table rows, and each device's clock against the
reference time (clock arithmetic in :mod:`imsync_gui.model.calculators`)."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.answers import YES
from imsync_gui.model.calculators import (
    CLOCK_PROBLEM_S,
    CalculationError,
    ClockState,
    clock_reading,
    describe_offset,
)
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import clock
from imsync_gui.model.knowledge_types import AnswerRule
from imsync_gui.model.rules import network
from imsync_gui.model.rules.table import answer_signals, check_signals, device_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("A device's clock is far enough off to break secure sign-in."),
    Verdict.WARNING: N_("A clock is a little off or set by hand; worth correcting."),
    Verdict.FINE: N_("The clocks do not look like the reason."),
    Verdict.NOT_CHECKED: N_("The clocks have not been compared yet."),
}

SET_AUTO = (FixId.SET_TIME_AUTOMATICALLY,)
FACT = "clock.reading"


DATE_WRONG = network.DATE_WRONG
"""Answers to "how far off" that a typed time of day cannot show."""


PROMPT_FITS_CLOCK = 2.0
"""How much a device that keeps asking to sign in adds to a clock already suspected: a clock
far off makes sign-in tokens look expired, which shows as the same request."""


def signals(ev: Evidence) -> Iterator[Signal]:
    """Automatic time per device, how far off each device's clock is, this computer, and a
    sign-in request that a wrong clock would explain."""
    rows = clock.CAUSE.rules
    how_far = [r for r in rows if r.question is QuestionId.CLOCK_HOW_FAR_OFF]
    found = list(answer_signals(ev, [r for r in rows if r not in how_far]))
    for device in ev.devices:
        found.extend(_offset(ev, device, how_far))
    found.extend(check_signals(ev, clock.CAUSE.check_rules))
    yield from found
    if any(s.weights.get(CauseId.CLOCK, 1.0) > 1 for s in found):
        yield from _prompt(ev)


def _prompt(ev: Evidence) -> Iterator[Signal]:
    """A device keeps asking to sign in. Alone that is the Apple Account's evidence; once
    something points to the clock, it fits a wrong clock too (the seed's "authentication
    tokens" sub-cause), so it counts for the clock as well."""
    asking = [d for d in ev.devices if ev.choice(QuestionId.ACCOUNT_SIGN_IN_PROMPT, d) == YES]
    if asking or ev.choice(QuestionId.ACCOUNT_KEEPS_ASKING) == YES:
        yield Signal(
            Verdict.WARNING,
            Confidence.LOW,
            msg("A device keeps asking to sign in, as it does when its clock is off."),
            SET_AUTO,
            devices=tuple(d.id for d in asking),
            weights={CauseId.CLOCK: PROMPT_FITS_CLOCK},
            fact="clock.sign_in_prompt",
        )


def _offset(ev: Evidence, device: Device, how_far: list[AnswerRule]) -> Iterator[Signal]:
    """One device's clock offset, counted once. A time typed against the reference clock is
    the finer measure and wins, unless the person says the date or the year is wrong, which a
    time of day cannot show; then their estimate counts instead."""
    reading = _reading(ev, device)
    measured = reading is not None and reading.verdict is not Verdict.NOT_CHECKED
    if reading is not None and (
        not measured or ev.choice(QuestionId.CLOCK_HOW_FAR_OFF, device) not in DATE_WRONG
    ):
        yield reading
        if measured:
            return
    yield from device_signals(ev, how_far, device)


def _reading(ev: Evidence, device: Device) -> Signal | None:
    answer = ev.raw(QuestionId.CLOCK_DEVICE_TIME, device)
    if answer is None or not answer.is_sure or not isinstance(answer.value, str):
        return None
    name = device.label
    if answer.reference is None:
        return Signal(
            Verdict.NOT_CHECKED,
            Confidence.LOW,
            msg("{name}: the time was typed without a reference to compare with.", name=name),
        )
    try:
        reading = clock_reading(answer.value, answer.reference)
    except CalculationError as exc:
        return Signal(
            Verdict.NOT_CHECKED,
            Confidence.LOW,
            msg("{name}: {detail}", name=name, detail=exc.message),
        )
    if reading.state is ClockState.RIGHT:
        return Signal(
            Verdict.FINE,
            Confidence.HIGH,
            msg("{name}: its clock matched the correct time.", name=name),
            devices=(device.id,),
            weights={CauseId.CLOCK: 0.15},
            fact=FACT,
        )
    offset = describe_offset(reading.offset_s)
    said = (
        msg(
            "{name}: its clock was {offset} when compared. A difference of whole hours usually means the wrong time zone.",
            name=name,
            offset=offset,
        )
        if reading.whole_hours
        else msg("{name}: its clock was {offset} when compared.", name=name, offset=offset)
    )
    wrong = abs(reading.offset_s) > CLOCK_PROBLEM_S
    return Signal(
        Verdict.PROBLEM if wrong else Verdict.WARNING,
        Confidence.HIGH,
        said,
        SET_AUTO,
        (device.id,),
        weights={CauseId.CLOCK: 200 if wrong else 4},
        fact=FACT,
    )
