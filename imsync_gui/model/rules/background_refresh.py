"""Rule for the Background App Refresh cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal

EXPLANATIONS = {
    Verdict.PROBLEM: N_(
        "Background App Refresh is off, so syncing only happens while Messages is open."
    ),
    Verdict.WARNING: N_("Background App Refresh is limited in a way that can hold syncing back."),
    Verdict.FINE: N_("Background App Refresh lets syncing carry on in the background."),
    Verdict.NOT_CHECKED: N_("Background App Refresh has not been looked at yet."),
}

TURN_ON = ("turn_on_background_refresh",)


def signals(ev: Evidence) -> Iterator[Signal]:
    """The setting on each iPhone and iPad, weighed against how the device connects."""
    for device in ev.mobiles:
        setting = ev.choice("background_refresh.setting", device)
        ids = (device.id,)
        name = device.label
        if setting == "off":
            text = N_("{name}: Background App Refresh is off.").format(name=name)
            if ev.choice("power.low_power_mode", device) == "yes":
                text += " " + N_("Low Power Mode, which is on, forces it off.")
            yield Signal(Verdict.PROBLEM, Confidence.MEDIUM, text, TURN_ON, ids)
        elif setting == "wifi" and ev.choice("network.connection", device) == "cellular":
            yield Signal(
                Verdict.WARNING,
                Confidence.MEDIUM,
                N_("{name}: it refreshes only on Wi-Fi, but it is on mobile data now.").format(
                    name=name
                ),
                TURN_ON,
                ids,
            )
        elif setting in ("wifi", "wifi_cellular"):
            yield Signal(
                Verdict.FINE,
                Confidence.HIGH,
                N_("{name}: Background App Refresh is on.").format(name=name),
                devices=ids,
            )
