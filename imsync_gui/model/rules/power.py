"""Rule for the power state cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CheckId, Confidence, DeviceKind, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import on_answer

EXPLANATIONS = {
    Verdict.PROBLEM: N_("Power saving is holding back syncing on at least one device."),
    Verdict.WARNING: N_("Battery or power habits may leave too little time for syncing."),
    Verdict.FINE: N_("Nothing about power is holding syncing back."),
    Verdict.NOT_CHECKED: N_("Power settings have not been looked at yet."),
}

LOW_BATTERY_PERCENT = 20.0
"""Below this, iPhone suggests Low Power Mode and background work is cut back."""


def signals(ev: Evidence) -> Iterator[Signal]:
    """Low Power Mode and battery per device, and this computer's power saver if it is a Mac."""
    for device in ev.mobiles:
        yield from on_answer(
            ev,
            "power.low_power_mode",
            device,
            bad="yes",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.HIGH,
            bad_text=N_("Low Power Mode is on, which pauses iCloud syncing."),
            good_text=N_("Low Power Mode is off."),
            fixes=("turn_off_low_power_mode", "charge_on_wifi"),
        )
        level = ev.number("power.battery_percent", device)
        if level is not None:
            low = level < LOW_BATTERY_PERCENT
            yield Signal(
                Verdict.WARNING if low else Verdict.FINE,
                Confidence.MEDIUM if low else Confidence.LOW,
                N_("{name}: the battery is at {level} %.").format(
                    name=device.label, level=f"{level:g}"
                ),
                ("charge_on_wifi",) if low else (),
                (device.id,),
            )
    for device in ev.devices_of(DeviceKind.MAC):
        yield from on_answer(
            ev,
            "power.mac_low_power",
            device,
            bad="always",
            verdict=Verdict.WARNING,
            confidence=Confidence.MEDIUM,
            bad_text=N_("Low Power Mode is set to Always, even on mains power."),
            good_text=N_("Low Power Mode is not forced on."),
            fixes=("turn_off_low_power_mode",),
        )
    for device in ev.devices:
        yield from on_answer(
            ev,
            "power.often_off",
            device,
            bad="yes",
            verdict=Verdict.WARNING,
            confidence=Confidence.MEDIUM,
            bad_text=N_("it is often off or flat, leaving little time to catch up."),
            good_text=N_("it is usually on and charged."),
            fixes=("charge_on_wifi",),
        )
    yield from _this_mac(ev)


def _this_mac(ev: Evidence) -> Iterator[Signal]:
    result = ev.check(CheckId.THIS_COMPUTER)
    if result is None or not ev.devices_of(DeviceKind.MAC):
        return
    if str(result.values.get("os_name", "")).lower() not in ("macos", "darwin"):
        return
    if result.values.get("power_saver") is True:
        yield Signal(
            Verdict.WARNING,
            Confidence.MEDIUM,
            N_("Live check: this Mac is in Low Power Mode right now."),
            ("turn_off_low_power_mode",),
        )
