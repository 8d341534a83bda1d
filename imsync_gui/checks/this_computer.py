"""This computer: its operating system and version, and whether it runs on battery or saver."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.power import (
    PowerState,
    linux_on_battery,
    linux_power_saver,
    mac_power,
    windows_power,
)
from imsync_gui.i18n import N_, msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.offthread import off_thread


@dataclass(frozen=True)
class ComputerFacts:
    """What this computer says about itself."""

    os_name: str
    os_version: str
    power: PowerState


def gather(config: EndpointConfig) -> ComputerFacts:
    """Read the facts for the running platform (blocking; call it off the UI thread)."""
    if sys.platform == "darwin":
        return ComputerFacts("macOS", platform.mac_ver()[0], mac_power())
    if sys.platform == "win32":
        return ComputerFacts(
            "Windows", f"{platform.release()} ({platform.version()})", windows_power()
        )
    power = PowerState(
        linux_on_battery(config.sysfs_root),
        linux_power_saver(config.sysfs_root, config.power_profiles_command),
    )
    return ComputerFacts(platform.system() or sys.platform, _distribution(), power)


def _distribution() -> str:
    try:
        release = platform.freedesktop_os_release()
    except OSError:
        release = {}
    name = release.get("PRETTY_NAME") or release.get("NAME") or ""
    kernel = platform.release()
    return f"{name} (kernel {kernel})" if name else kernel


async def probe(config: EndpointConfig) -> Outcome:
    """Describe this computer."""
    return judge(await off_thread(gather, config))


def judge(facts: ComputerFacts) -> Outcome:
    """Low Power Mode on a Mac pauses background syncing: a warning; everything else informs."""
    power = facts.power
    values: dict[str, JsonValue] = {
        "os_name": facts.os_name,
        "os_version": facts.os_version,
        "on_battery": power.on_battery,
        "power_saver": power.power_saver,
    }
    detail = (
        f"{facts.os_name} {facts.os_version}; on battery: {power.on_battery}; "
        f"power saver: {power.power_saver}"
    )
    system = f"{facts.os_name} {facts.os_version}".strip()
    if power.power_saver and facts.os_name == "macOS":
        message = msg(
            "This Mac ({system}) is in Low Power Mode, which pauses syncing in the background.",
            system=system,
        )
        return Outcome(CheckStatus.WARN, message, values, detail)
    states = {
        (True, True): N_("This computer runs {system}, on battery, in power-saving mode."),
        (True, False): N_("This computer runs {system}, on battery."),
        (False, True): N_("This computer runs {system}, in power-saving mode."),
    }
    template = states.get(
        (bool(power.on_battery), bool(power.power_saver)), N_("This computer runs {system}.")
    )
    return Outcome(CheckStatus.PASS, msg(template, system=system), values, detail)
