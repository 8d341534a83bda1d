"""Answers the app can read from the computer it runs on, filled in for that device.

The rule for "this computer": the this-computer check says it runs on macOS, and the person
lists exactly one Mac. That Mac is this computer (with two Macs listed the app cannot tell
which, and on Windows or Linux the computer is none of the Apple devices), so nothing is
filled. Filled answers carry the source :data:`READ_FROM_THIS_COMPUTER`; a person's own
answer (no source) is never replaced, and the Mac's version is only filled while empty.
"""

from __future__ import annotations

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


def this_mac(session: Session) -> Device | None:
    """The listed device that is this computer, by the rule above, or None."""
    facts = session.check(CheckId.THIS_COMPUTER)
    if facts is None or facts.values.get("os_name") != MAC_OS_NAME:
        return None
    macs = [d for d in session.devices if d.kind is DeviceKind.MAC]
    return macs[0] if len(macs) == 1 else None


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
    """Fill this Mac's unanswered questions (and empty version) from the checks; True if
    anything changed. Answers the app filled before are brought up to date."""
    mac = this_mac(session)
    facts = session.check(CheckId.THIS_COMPUTER)
    if mac is None or facts is None:
        return False
    changed = False
    version = facts.values.get("os_version")
    if not mac.os_version and isinstance(version, str) and version:
        session.put_device(replace(mac, os_version=version))
        changed = True
    for answer in read_answers(facts, session.check(CheckId.CLOCK), mac.id):
        held = session.answer(answer.question, answer.device)
        if held == answer or (held is not None and held.source != READ_FROM_THIS_COMPUTER):
            continue
        session.set_answer(answer)
        changed = True
    return changed
