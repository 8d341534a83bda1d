"""Rule for the Background App Refresh cause: the setting weighed against how the device
connects and against Low Power Mode (two answers together, so Python rather than table rows)."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.enums import Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId, QuestionId

EXPLANATIONS = {
    Verdict.PROBLEM: N_(
        "Background App Refresh is off, so syncing only happens while Messages is open."
    ),
    Verdict.WARNING: N_("Background App Refresh is limited in a way that can hold syncing back."),
    Verdict.FINE: N_("Background App Refresh lets syncing carry on in the background."),
    Verdict.NOT_CHECKED: N_("Background App Refresh has not been looked at yet."),
}

TURN_ON = (FixId.TURN_ON_BACKGROUND_REFRESH,)


def signals(ev: Evidence) -> Iterator[Signal]:
    """The setting on each iPhone and iPad, weighed against how the device connects."""
    for device in ev.mobiles:
        setting = ev.choice(QuestionId.BACKGROUND_REFRESH_SETTING, device)
        ids = (device.id,)
        name = device.label
        if setting == "off":
            text = (
                msg(
                    "{name}: Background App Refresh is off. Low Power Mode, which is on, forces it off.",
                    name=name,
                )
                if ev.choice(QuestionId.POWER_LOW_POWER_MODE, device) == "yes"
                else msg("{name}: Background App Refresh is off.", name=name)
            )
            yield Signal(Verdict.PROBLEM, Confidence.MEDIUM, text, TURN_ON, ids)
        elif setting == "wifi" and ev.choice(QuestionId.NETWORK_CONNECTION, device) == "cellular":
            yield Signal(
                Verdict.WARNING,
                Confidence.MEDIUM,
                msg("{name}: it refreshes only on Wi-Fi, but it is on mobile data now.", name=name),
                TURN_ON,
                ids,
            )
        elif setting in ("wifi", "wifi_cellular"):
            yield Signal(
                Verdict.FINE,
                Confidence.HIGH,
                msg("{name}: Background App Refresh is on.", name=name),
                devices=ids,
            )
