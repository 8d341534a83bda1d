"""Answers the app can read from the computer it runs on, filled in for that device.

Which listed device is "this computer" (:func:`chosen_mac`): the Mac the person ticked as
"This is the Mac I'm using now"; with no tick, the only Mac listed that the person did not leave
unticked (so one Mac listed, never asked, is this computer, as before the tick existed). Two
candidate Macs and no tick: the app cannot tell, and nothing is filled. Nothing is filled either
unless the this-computer check says it runs on macOS (on Windows or Linux the computer is none
of the Apple devices). A second Mac added later, left unticked, keeps the first one as this
computer; ticking it moves the tick, and what was read for the first Mac is taken away.

Filled answers carry the source :data:`READ_FROM_THIS_COMPUTER`; a person's own answer (no
source) is never replaced. The Mac's version is filled only while nobody gave one (its
``os_version_source`` None and the version empty), follows newer checks while it is read, and
is never refilled once the person typed or cleared it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER, Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, DeviceKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.session import Session

MAC_OS_NAME = "macOS"
"""The ``os_name`` the this-computer check reports on a Mac."""

CLOCK_CHOICES: tuple[tuple[float, str], ...] = (
    (60.0, "right"),
    (3600.0, "minutes"),
    (86400.0, "hours"),
    (300 * 86400.0, "days"),
)
"""Clock offsets (seconds, either way) below each bound read as that "how far off" option;
60 s is the clock check's default warning threshold. Beyond the last: "year"."""


def runs_on_macos(session: Session) -> bool:
    """True when the this-computer check says the app runs on macOS."""
    facts = session.check(CheckId.THIS_COMPUTER)
    return facts is not None and facts.values.get("os_name") == MAC_OS_NAME


def offers_the_tick(session: Session, system_is_mac: bool) -> bool:
    """Whether to offer "This is the Mac I'm using now": the app runs on macOS, as the GUI's
    assembly tells (*system_is_mac*, before any check ran) or as the this-computer check read."""
    return system_is_mac or runs_on_macos(session)


def chosen_mac(devices: Sequence[Device]) -> Device | None:
    """The Mac the person ticked; else the only Mac they did not leave unticked; else None."""
    macs = [d for d in devices if d.kind is DeviceKind.MAC]
    ticked = [d for d in macs if d.this_computer]
    candidates = ticked or [d for d in macs if d.this_computer is None]
    return candidates[0] if len(candidates) == 1 else None


def ruled_out(device: Device, devices: Sequence[Device]) -> bool:
    """True when the person's ticks say *device* is not this computer: it is not a Mac, they
    left its tick off, or they ticked another device."""
    return (
        device.kind is not DeviceKind.MAC
        or device.this_computer is False
        or any(d.this_computer for d in devices if d.id != device.id)
    )


def this_mac(session: Session) -> Device | None:
    """The listed device that is this computer, by the rule above, or None."""
    return chosen_mac(session.devices) if runs_on_macos(session) else None


def read_answers(facts: CheckResult, clock: CheckResult | None, device_id: str) -> list[Answer]:
    """What the checks tell about this Mac, as answers with the this-computer source."""
    found: list[tuple[QuestionId, str, CheckResult]] = []
    low_power = _low_power_setting(facts.values.get("power_saver"), facts.values.get("on_battery"))
    if low_power is not None:
        found.append((QuestionId.POWER_MAC_LOW_POWER, low_power, facts))
    offset = clock.values.get("offset_s") if clock is not None else None
    if clock is not None and isinstance(offset, int | float) and not isinstance(offset, bool):
        found.append((QuestionId.CLOCK_HOW_FAR_OFF, _how_far_off(float(offset)), clock))
    return [
        Answer(question, value, result.started_at, device_id, source=READ_FROM_THIS_COMPUTER)
        for question, value, result in found
    ]


def _low_power_setting(saver: object, on_battery: object) -> str | None:
    """``pmset`` tells the mode in force now, not the setting: on mains, on means "Always";
    on battery, off means "Never". The other two cases fit two settings, so stay unfilled."""
    if saver is True and on_battery is False:
        return "always"
    if saver is False and on_battery is True:
        return "never"
    return None


def _how_far_off(offset_s: float) -> str:
    size = abs(offset_s)
    return next((option for bound, option in CLOCK_CHOICES if size < bound), "year")


def fill_from_this_computer(session: Session) -> bool:
    """Fill this Mac's unanswered questions (and version nobody gave) from the checks, and take
    back what was read for a device the person says is not this computer; True if anything
    changed. Answers and a version the app filled before are brought up to date."""
    changed = _take_back(session)
    mac = this_mac(session)
    facts = session.check(CheckId.THIS_COMPUTER)
    if mac is None or facts is None:
        return changed
    version = facts.values.get("os_version")
    if isinstance(version, str) and version and _version_is_open(mac) and mac.os_version != version:
        session.put_device(
            replace(mac, os_version=version, os_version_source=READ_FROM_THIS_COMPUTER)
        )
        changed = True
    for answer in read_answers(facts, session.check(CheckId.CLOCK), mac.id):
        held = session.answer(answer.question, answer.device)
        if held == answer or (held is not None and held.source != READ_FROM_THIS_COMPUTER):
            continue
        session.set_answer(answer)
        changed = True
    return changed


def _version_is_open(mac: Device) -> bool:
    """The app may write the version: it read it before, or nobody gave one yet."""
    if mac.os_version_source is None:
        return not mac.os_version
    return mac.os_version_source == READ_FROM_THIS_COMPUTER


def _take_back(session: Session) -> bool:
    """Remove what was read from this computer for devices ruled out as this computer."""
    changed = False
    for device in list(session.devices):
        if not ruled_out(device, session.devices):
            continue
        if device.os_version_source == READ_FROM_THIS_COMPUTER:
            session.put_device(replace(device, os_version=None, os_version_source=None))
            changed = True
        for answer in list(session.answers.values()):
            if answer.device == device.id and answer.source == READ_FROM_THIS_COMPUTER:
                session.clear_answer(answer.question, answer.device)
                changed = True
    return changed
