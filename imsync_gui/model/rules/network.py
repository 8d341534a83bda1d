"""Rule for the network cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CheckId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import from_check, on_answer

EXPLANATIONS = {
    Verdict.PROBLEM: N_(
        "A connection problem is stopping at least one device from reaching iCloud."
    ),
    Verdict.WARNING: N_(
        "The connection works, but something on the way may slow or interrupt syncing."
    ),
    Verdict.FINE: N_("The connection looks healthy on every count that was checked."),
    Verdict.NOT_CHECKED: N_("Nothing is known about the connection yet."),
}

PORTS = ("open_apple_ports",)


def signals(ev: Evidence) -> Iterator[Signal]:
    """Connection per device from the answers, then what this computer measured."""
    for device in ev.mobiles:
        yield from on_answer(
            ev,
            "network.connection",
            device,
            bad="offline",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.HIGH,
            blocking=True,
            bad_text=N_("you said it has no connection, or Airplane Mode is on."),
            good_text=N_("it has a connection."),
            fixes=("connect_to_internet",),
        )
        yield from on_answer(
            ev,
            "network.low_data_mode",
            device,
            bad="yes",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.MEDIUM,
            bad_text=N_("Low Data Mode is on, which holds back background syncing."),
            good_text=N_("Low Data Mode is off."),
            fixes=("turn_off_low_data_mode",),
        )
    for device in ev.devices:
        yield from on_answer(
            ev,
            "network.pages_load",
            device,
            bad="no",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.HIGH,
            blocking=True,
            bad_text=N_("web pages do not open, so it cannot reach iCloud either."),
            good_text=N_("web pages open normally."),
            fixes=("finish_wifi_sign_in", "connect_to_internet"),
        )
    same = ev.choice("network.same_network")
    confidence = {"yes": Confidence.HIGH, "no": Confidence.LOW}.get(same or "", Confidence.MEDIUM)
    note = (
        ""
        if same == "yes"
        else N_("measured from this computer, whose network may not be your phone's")
    )
    for check_id, fixes in (
        (CheckId.CAPTIVE_PORTAL, ("finish_wifi_sign_in",)),
        (CheckId.DNS, ("connect_to_internet",)),
        (CheckId.HTTPS_ICLOUD, PORTS),
        (CheckId.TLS_INTERCEPTION, PORTS),
        (CheckId.PUSH, PORTS),
        (CheckId.PROXY, PORTS),
    ):
        yield from from_check(ev, check_id, confidence, fixes, note=note)
