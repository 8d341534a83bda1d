"""Rule for the Background App Refresh cause: the setting weighed against how the device
connects, Low Power Mode and Low Data Mode (two answers together, so Python), then the table
rows."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import background_refresh
from imsync_gui.model.rules.table import answer_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_(
        "Background App Refresh is off, so syncing only happens while Messages is open."
    ),
    Verdict.WARNING: N_("Background App Refresh is limited in a way that can hold syncing back."),
    Verdict.FINE: N_("Background App Refresh does not look like the reason."),
    Verdict.NOT_CHECKED: N_("Background App Refresh has not been looked at yet."),
}

TURN_ON = (FixId.TURN_ON_BACKGROUND_REFRESH,)
FACT = QuestionId.BACKGROUND_REFRESH_SETTING.value


def signals(ev: Evidence) -> Iterator[Signal]:
    """The setting on each iPhone and iPad, weighed against how the device connects, then the
    table rows (data use held back)."""
    for device in ev.mobiles:
        yield from _setting(ev, device)
    yield from answer_signals(ev, background_refresh.CAUSE.rules)


def _setting(ev: Evidence, device: Device) -> Iterator[Signal]:
    setting = ev.choice(QuestionId.BACKGROUND_REFRESH_SETTING, device)
    ids = (device.id,)
    name = device.label
    if setting == "off":
        forced = ev.choice(QuestionId.POWER_LOW_POWER_MODE, device) == "yes"
        text = (
            msg(
                "{name}: Background App Refresh is off. Low Power Mode, which is on, forces it off.",
                name=name,
            )
            if forced
            else msg("{name}: Background App Refresh is off.", name=name)
        )
        # Forced off by Low Power Mode: the power cause carries that fact (counted once there).
        yield Signal(
            Verdict.PROBLEM,
            Confidence.MEDIUM,
            text,
            TURN_ON,
            ids,
            weights=_w(1.5 if forced else 15),
            fact=FACT,
        )
    elif setting == "wifi" and ev.choice(QuestionId.NETWORK_CONNECTION, device) == "cellular":
        yield Signal(
            Verdict.WARNING,
            Confidence.MEDIUM,
            msg("{name}: it refreshes only on Wi-Fi, but it is on mobile data now.", name=name),
            TURN_ON,
            ids,
            weights=_w(8),
            fact=FACT,
        )
    elif setting in ("wifi", "wifi_cellular") and (
        ev.choice(QuestionId.NETWORK_LOW_DATA_MODE, device) == "yes"
    ):
        yield Signal(
            Verdict.WARNING,
            Confidence.MEDIUM,
            msg(
                "{name}: Background App Refresh is on, but Low Data Mode holds it back.",
                name=name,
            ),
            (FixId.ALLOW_SYNC_ON_LIMITED_DATA,),
            ids,
            weights=_w(2.0),
            fact=FACT,
        )
    elif setting in ("wifi", "wifi_cellular"):
        yield Signal(
            Verdict.FINE,
            Confidence.HIGH,
            msg("{name}: Background App Refresh is on.", name=name),
            devices=ids,
            weights=_w(0.3),
            fact=FACT,
        )


def _w(lr: float) -> dict[CauseId, float]:
    return {CauseId.BACKGROUND_REFRESH: lr}
