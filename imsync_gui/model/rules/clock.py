"""Rule for the date and time cause: the table rows, and each device's clock against the
reference time (clock arithmetic in :mod:`imsync_gui.model.calculators`)."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.calculators import (
    CLOCK_PROBLEM_S,
    CalculationError,
    ClockState,
    clock_reading,
    describe_offset,
)
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import clock
from imsync_gui.model.rules.table import answer_signals, check_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("A device's clock is far enough off to break secure sign-in."),
    Verdict.WARNING: N_("A clock is a little off or set by hand; worth correcting."),
    Verdict.FINE: N_("The clocks agree with the correct time."),
    Verdict.NOT_CHECKED: N_("The clocks have not been compared yet."),
}

SET_AUTO = (FixId.SET_TIME_AUTOMATICALLY,)


def signals(ev: Evidence) -> Iterator[Signal]:
    """Automatic time per device, each device's clock against the reference, this computer."""
    yield from answer_signals(ev, clock.CAUSE.rules)
    for device in ev.devices:
        signal = _reading(ev, device)
        if signal:
            yield signal
    yield from check_signals(ev, clock.CAUSE.check_rules)


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
    verdict = Verdict.PROBLEM if abs(reading.offset_s) > CLOCK_PROBLEM_S else Verdict.WARNING
    return Signal(verdict, Confidence.HIGH, said, SET_AUTO, (device.id,))
