"""Rule for the Messages settings cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.devices import Device, normalise_address
from imsync_gui.model.enums import Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import on_answer

EXPLANATIONS = {
    Verdict.PROBLEM: N_("A Messages setting keeps at least one device out of the sync."),
    Verdict.WARNING: N_("The Messages settings differ between devices."),
    Verdict.FINE: N_("Messages is set up the same way on every device."),
    Verdict.NOT_CHECKED: N_("The Messages settings have not been looked at yet."),
}


def signals(ev: Evidence) -> Iterator[Signal]:
    """iMessage and Messages in iCloud on each device, then Send & Receive across devices."""
    for device in ev.devices:
        yield from on_answer(
            ev,
            "messages.imessage_on",
            device,
            bad="no",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.HIGH,
            bad_text=N_("iMessage is switched off."),
            good_text=N_("iMessage is on."),
            fixes=("turn_on_imessage",),
        )
        if device.messages_in_icloud is False:
            yield Signal(
                Verdict.PROBLEM,
                Confidence.HIGH,
                N_("{name}: Messages in iCloud is switched off.").format(name=device.label),
                ("turn_on_messages_in_icloud", "sync_now"),
                (device.id,),
            )
        elif device.messages_in_icloud:
            yield Signal(
                Verdict.FINE,
                Confidence.HIGH,
                N_("{name}: Messages in iCloud is on.").format(name=device.label),
                devices=(device.id,),
            )
    yield from _send_receive(ev.devices)


def _send_receive(devices: list[Device]) -> Iterator[Signal]:
    listed = [
        (d, frozenset(normalise_address(a) for a in d.addresses)) for d in devices if d.addresses
    ]
    if len(listed) < 2:
        return
    sets = {addresses for _, addresses in listed}
    if len(sets) == 1:
        yield Signal(
            Verdict.FINE,
            Confidence.HIGH,
            N_(
                "Send & Receive lists the same addresses on all the devices you described ({n})."
            ).format(n=len(listed)),
        )
        return
    common = frozenset.intersection(*sets)
    odd = [d for d, addresses in listed if addresses != max(sets, key=len)]
    text = N_("Send & Receive differs between devices ({names}).").format(
        names=", ".join(d.label for d in odd)
    )
    if not common:
        text += " " + N_("No address is shared by all of them.")
    yield Signal(
        Verdict.PROBLEM if not common else Verdict.WARNING,
        Confidence.MEDIUM,
        text,
        ("match_send_receive",),
        tuple(d.id for d in odd),
    )
