"""Rule for the network cause: its rule rows, with one piece of logic across causes: on a device
whose date is days or years off, pages that do not open are explained by the clock (every secure
page fails its certificate check), so that answer carries no weight for the network."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.enums import Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge import network
from imsync_gui.model.rules.table import answer_signals, check_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_(
        "A connection problem is stopping at least one device from reaching iCloud."
    ),
    Verdict.WARNING: N_(
        "The connection works, but something on the way may slow or interrupt syncing."
    ),
    Verdict.FINE: N_("The connection does not look like the reason."),
    Verdict.NOT_CHECKED: N_("Nothing is known about the connection yet."),
}

ONLINE = "network.device_online"
DATE_WRONG = ("days", "year")
"""Answers to "how far off is the clock" at which secure pages fail on the device."""


def signals(ev: Evidence) -> Iterator[Signal]:
    """Connection per device from the answers, then what this computer measured."""
    far_off = {d.id for d in ev.devices if ev.choice(QuestionId.CLOCK_HOW_FAR_OFF, d) in DATE_WRONG}
    for signal in answer_signals(ev, network.CAUSE.rules):
        if (
            far_off & set(signal.devices)
            and signal.fact == ONLINE
            and signal.verdict is Verdict.PROBLEM
        ):
            signal = signal._replace(
                verdict=Verdict.NOT_CHECKED,
                text=msg(
                    "{reading} Not counted for the network: with the date that far off, secure pages fail on this device.",
                    reading=signal.text,
                ),
                weights={},
                fixes=(),
            )
        yield signal
    yield from check_signals(ev, network.CAUSE.check_rules)
