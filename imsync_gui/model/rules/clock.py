"""Rule for the date and time cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.calculators import (
    CLOCK_PROBLEM_S,
    CalculationError,
    ClockState,
    clock_reading,
    describe_offset,
)
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import from_check, on_answer

EXPLANATIONS = {
    Verdict.PROBLEM: N_("A device's clock is far enough off to break secure sign-in."),
    Verdict.WARNING: N_("A clock is a little off or set by hand; worth correcting."),
    Verdict.FINE: N_("The clocks agree with the correct time."),
    Verdict.NOT_CHECKED: N_("The clocks have not been compared yet."),
}

SET_AUTO = ("set_time_automatically",)


def signals(ev: Evidence) -> Iterator[Signal]:
    """Automatic time per device, each device's clock against the reference, this computer."""
    for device in ev.devices:
        yield from on_answer(
            ev,
            "clock.automatic",
            device,
            bad="no",
            verdict=Verdict.WARNING,
            confidence=Confidence.MEDIUM,
            bad_text=N_("the time is set by hand, so it can drift."),
            good_text=N_("the time is set automatically."),
            fixes=SET_AUTO,
        )
        signal = _reading(ev, device)
        if signal:
            yield signal
    yield from from_check(
        ev,
        CheckId.CLOCK,
        Confidence.LOW,
        SET_AUTO,
        note=N_("this computer's own clock, measured against Apple's time server"),
    )


def _reading(ev: Evidence, device: Device) -> Signal | None:
    answer = ev.raw("clock.device_time", device)
    if answer is None or not answer.is_sure or not isinstance(answer.value, str):
        return None
    if answer.reference is None:
        return Signal(
            Verdict.NOT_CHECKED,
            Confidence.LOW,
            N_("{name}: the time was typed without a reference to compare with.").format(
                name=device.label
            ),
        )
    try:
        reading = clock_reading(answer.value, answer.reference)
    except CalculationError as exc:
        return Signal(Verdict.NOT_CHECKED, Confidence.LOW, f"{device.label}: {exc}")
    said = N_("{name}: its clock was {offset} when compared.").format(
        name=device.label, offset=describe_offset(reading.offset_s)
    )
    if reading.state is ClockState.RIGHT:
        return Signal(
            Verdict.FINE,
            Confidence.HIGH,
            N_("{name}: its clock matched the correct time.").format(name=device.label),
            devices=(device.id,),
        )
    if reading.whole_hours:
        said += " " + N_("A difference of whole hours usually means the wrong time zone.")
    verdict = Verdict.PROBLEM if abs(reading.offset_s) > CLOCK_PROBLEM_S else Verdict.WARNING
    return Signal(verdict, Confidence.HIGH, said, SET_AUTO, (device.id,))
