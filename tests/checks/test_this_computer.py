"""This computer: OS facts, and power state from a fake sysfs tree and fake commands."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.power import (
    PowerState,
    linux_on_battery,
    linux_power_saver,
    parse_pmset_batt,
    parse_pmset_low_power,
)
from imsync_gui.checks.this_computer import ComputerFacts, judge
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_


def _supply(root: Path, name: str, **files: str) -> None:
    folder = root / "class" / "power_supply" / name
    folder.mkdir(parents=True)
    for key, value in files.items():
        (folder / key).write_text(value + "\n")


def test_laptop_on_battery(tmp_path: Path) -> None:
    _supply(tmp_path, "AC", type="Mains", online="0")
    _supply(tmp_path, "BAT0", type="Battery", status="Discharging", scope="System")
    assert linux_on_battery(tmp_path) is True


def test_laptop_plugged_in(tmp_path: Path) -> None:
    _supply(tmp_path, "AC", type="Mains", online="1")
    _supply(tmp_path, "BAT0", type="Battery", status="Charging")
    assert linux_on_battery(tmp_path) is False


def test_desktop_with_only_a_mouse_battery(tmp_path: Path) -> None:
    _supply(tmp_path, "hidpp_battery_0", type="Battery", status="Discharging", scope="Device")
    assert linux_on_battery(tmp_path) is False


def test_battery_in_unknown_state(tmp_path: Path) -> None:
    _supply(tmp_path, "BAT0", type="Battery", status="Unknown")
    assert linux_on_battery(tmp_path) is None


def test_no_sysfs_means_unknown(tmp_path: Path) -> None:
    assert linux_on_battery(tmp_path / "absent") is None


def _fake_command(tmp_path: Path, output: str, code: int = 0) -> str:
    script = tmp_path / "powerprofilesctl"
    script.write_text(f"#!/bin/sh\necho '{output}'\nexit {code}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


@pytest.mark.parametrize(("profile", "saver"), [("power-saver", True), ("balanced", False)])
def test_power_profiles_daemon(tmp_path: Path, profile: str, saver: bool) -> None:
    assert linux_power_saver(tmp_path, _fake_command(tmp_path, profile)) is saver


@pytest.mark.parametrize(("profile", "saver"), [("low-power", True), ("performance", False)])
def test_acpi_platform_profile(tmp_path: Path, profile: str, saver: bool) -> None:
    folder = tmp_path / "firmware" / "acpi"
    folder.mkdir(parents=True)
    (folder / "platform_profile").write_text(profile + "\n")
    assert linux_power_saver(tmp_path, str(tmp_path / "missing")) is saver


def test_failing_command_and_no_profile_is_unknown(tmp_path: Path) -> None:
    assert linux_power_saver(tmp_path, _fake_command(tmp_path, "error", code=1)) is None


def test_pmset_parsers() -> None:
    battery = "Now drawing from 'Battery Power'\n -InternalBattery-0 (id=1)\t83%; discharging"
    assert parse_pmset_batt(battery) is True
    assert parse_pmset_batt("Now drawing from 'AC Power'\n") is False
    assert parse_pmset_batt("") is None
    assert parse_pmset_low_power("System-wide power settings:\n lowpowermode         1\n") is True
    assert parse_pmset_low_power(" lowpowermode 0\n") is False
    assert parse_pmset_low_power("sleep 1\n") is None


def test_mac_in_low_power_mode_warns() -> None:
    outcome = judge(ComputerFacts("macOS", "15.3", PowerState(True, True)))
    assert outcome.status is CheckStatus.WARN
    assert "Low Power Mode" in outcome.message.render()


def test_windows_power_saver_only_informs() -> None:
    outcome = judge(ComputerFacts("Windows", "11", PowerState(True, True)))
    assert outcome.status is CheckStatus.PASS
    assert "on battery, in power-saving mode" in outcome.message.render()


def test_check_reports_this_linux_computer(config: EndpointConfig, tmp_path: Path) -> None:
    root = tmp_path / "sys"
    _supply(root, "BAT0", type="Battery", status="Discharging")
    changed = with_(config, power_profiles_command=_fake_command(tmp_path, "power-saver"))
    result = check(CheckId.THIS_COMPUTER, changed)
    assert result.status is CheckStatus.PASS
    assert result.values["os_name"] == "Linux"
    assert result.values["os_version"]
    assert result.values["on_battery"] is True
    assert result.values["power_saver"] is True
