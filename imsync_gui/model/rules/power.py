"""Rule for the power state cause: the table rows, and this computer's power saver."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.enums import CauseId, CheckId, Confidence, DeviceKind, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId
from imsync_gui.model.knowledge import power
from imsync_gui.model.rules.table import answer_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("Power saving is holding back syncing on at least one device."),
    Verdict.WARNING: N_("Battery or power habits may leave too little time for syncing."),
    Verdict.FINE: N_("Power saving does not look like the reason."),
    Verdict.NOT_CHECKED: N_("Power settings have not been looked at yet."),
}


def signals(ev: Evidence) -> Iterator[Signal]:
    """Low Power Mode and battery per device, and this computer's power saver if it is a Mac."""
    yield from answer_signals(ev, power.CAUSE.rules)
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
            msg("Live check: this Mac is in Low Power Mode right now."),
            (FixId.TURN_OFF_LOW_POWER_MODE,),
            weights={CauseId.POWER: 3},
            fact="power.this_mac",
            check=CheckId.THIS_COMPUTER,
            check_status=result.status,
        )
