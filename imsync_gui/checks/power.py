"""Power state of this computer: on battery, and power saver, where the platform tells.

Linux reads ``/sys/class/power_supply`` and the ACPI platform profile under a configurable
sysfs root, and asks ``powerprofilesctl`` (power-profiles-daemon) when it is installed.
macOS parses ``pmset``; Windows calls ``GetSystemPowerStatus``. Each answer is ``None`` when
the platform does not say.
"""

from __future__ import annotations

import ctypes
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PowerState:
    """``None`` means the platform did not tell."""

    on_battery: bool | None
    power_saver: bool | None


def _read(path: Path) -> str:
    try:
        return path.read_text("utf-8", errors="replace").strip()
    except OSError:
        return ""


def linux_on_battery(sysfs_root: Path) -> bool | None:
    """True when discharging, False on mains (or with no system battery), None if unknown."""
    folder = sysfs_root / "class" / "power_supply"
    if not folder.is_dir():
        return None
    supplies = sorted(p for p in folder.iterdir() if p.is_dir())
    mains = [p for p in supplies if _read(p / "type") == "Mains"]
    batteries = [
        p for p in supplies if _read(p / "type") == "Battery" and _read(p / "scope") != "Device"
    ]
    if any(_read(p / "online") == "1" for p in mains):
        return False
    states = {_read(p / "status") for p in batteries}
    if "Discharging" in states:
        return True
    if not batteries or states & {"Charging", "Full", "Not charging"}:
        return False
    return None


def linux_power_saver(sysfs_root: Path, command: str) -> bool | None:
    """True in power-saver mode: power-profiles-daemon's answer, else the ACPI platform profile."""
    profile = _run([command, "get"])
    if profile:
        return profile == "power-saver"
    platform_profile = _read(sysfs_root / "firmware" / "acpi" / "platform_profile")
    return platform_profile in ("low-power", "quiet") if platform_profile else None


def parse_pmset_batt(text: str) -> bool | None:
    """``pmset -g batt`` says "Now drawing from 'Battery Power'" or "'AC Power'"."""
    match = re.search(r"drawing from '([^']+)'", text)
    return None if match is None else match.group(1) == "Battery Power"


def parse_pmset_low_power(text: str) -> bool | None:
    """``pmset -g`` lists ``lowpowermode 0|1`` (macOS 12 and later)."""
    match = re.search(r"^\s*lowpowermode\s+(\d)", text, re.MULTILINE)
    return None if match is None else match.group(1) == "1"


def mac_power() -> PowerState:
    """Power state on macOS, through ``pmset``."""
    return PowerState(
        parse_pmset_batt(_run(["pmset", "-g", "batt"])),
        parse_pmset_low_power(_run(["pmset", "-g"])),
    )


class _SystemPowerStatus(ctypes.Structure):
    _fields_ = [
        ("ACLineStatus", ctypes.c_ubyte),
        ("BatteryFlag", ctypes.c_ubyte),
        ("BatteryLifePercent", ctypes.c_ubyte),
        ("SystemStatusFlag", ctypes.c_ubyte),
        ("BatteryLifeTime", ctypes.c_ulong),
        ("BatteryFullLifeTime", ctypes.c_ulong),
    ]


def windows_power() -> PowerState:
    """Power state on Windows: AC line status and the battery-saver flag."""
    status = _SystemPowerStatus()
    windll = getattr(ctypes, "windll", None)
    if windll is None or not windll.kernel32.GetSystemPowerStatus(ctypes.byref(status)):
        return PowerState(None, None)
    on_battery = {0: True, 1: False}.get(status.ACLineStatus)
    return PowerState(on_battery, status.SystemStatusFlag == 1)


def _run(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""
