"""Rule for the Messages settings cause: the table rows, Messages in iCloud as recorded with
each device, and Send & Receive compared across devices."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg, msg_n
from imsync_gui.model.devices import Device, normalise_address, other_peoples_iphones
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import messages
from imsync_gui.model.rules.table import device_signals, situation_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("A Messages setting keeps at least one device out of the sync."),
    Verdict.WARNING: N_("The Messages settings differ between devices."),
    Verdict.FINE: N_("The Messages settings do not look like the reason."),
    Verdict.NOT_CHECKED: N_("The Messages settings have not been looked at yet."),
}

IN_ICLOUD = "messages.in_icloud"
SEND_RECEIVE = "messages.send_receive"


def signals(ev: Evidence) -> Iterator[Signal]:
    """Each device's rows and its Messages in iCloud switch, then Send & Receive across the
    person's devices (another person's iPhone left out), then the rows about the whole
    situation."""
    rules = messages.CAUSE.rules
    for device in ev.devices:
        yield from device_signals(ev, rules, device)
        yield from _messages_in_icloud(ev, device)
    others = other_peoples_iphones(ev.devices)
    yield from _send_receive([d for d in ev.devices if d not in others])
    yield from situation_signals(ev, rules)


def _messages_in_icloud(ev: Evidence, device: Device) -> Iterator[Signal]:
    """The switch as recorded with the device, unless the person answered the question about
    it for this device: the answer is newer and finer (it tells a first sync that never
    finished from a working one), and the same fact must not count twice."""
    if ev.choice(QuestionId.MESSAGES_ICLOUD_STATE, device) is not None:
        return
    if device.messages_in_icloud is False:
        yield Signal(
            Verdict.PROBLEM,
            Confidence.HIGH,
            msg("{name}: Messages in iCloud is switched off.", name=device.label),
            (FixId.TURN_ON_MESSAGES_IN_ICLOUD, FixId.SYNC_NOW),
            (device.id,),
            weights={CauseId.MESSAGES: 60},
            fact=IN_ICLOUD,
        )
    elif device.messages_in_icloud:
        yield Signal(
            Verdict.FINE,
            Confidence.HIGH,
            msg("{name}: Messages in iCloud is on.", name=device.label),
            devices=(device.id,),
            weights={CauseId.MESSAGES: 0.4},
            fact=IN_ICLOUD,
        )


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
            msg_n(  # n >= 2; the plural forms still differ by number in some languages
                "Send & Receive lists the same addresses on all the devices you described ({n}).",
                "Send & Receive lists the same addresses on all the devices you described ({n}).",
                len(listed),
            ),
            weights={CauseId.MESSAGES: 0.7},
            fact=SEND_RECEIVE,
        )
        return
    common = frozenset.intersection(*sets)
    odd = [d for d, addresses in listed if addresses != max(sets, key=len)]
    names = ", ".join(d.label for d in odd)
    text = (
        msg("Send & Receive differs between devices ({names}).", names=names)
        if common
        else msg(
            "Send & Receive differs between devices ({names}). No address is shared by all of them.",
            names=names,
        )
    )
    yield Signal(
        Verdict.PROBLEM if not common else Verdict.WARNING,
        Confidence.MEDIUM,
        text,
        (FixId.MATCH_SEND_RECEIVE,),
        tuple(d.id for d in odd),
        weights={CauseId.MESSAGES: 6 if common else 20},
        fact=SEND_RECEIVE,
    )
