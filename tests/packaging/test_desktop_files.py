"""The Linux desktop entry and AppStream metainfo validate, agree with each other, and install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from imsync_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT / "packaging"))
from app_metadata import APP_ID, APP_NAME, DISPLAY_NAME  # noqa: E402

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_entry_validates() -> None:
    done = run_validator("desktop-file-validate", str(DESKTOP))

    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_the_metainfo_validates() -> None:
    done = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))

    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    component = ET.parse(METAINFO).getroot()

    assert entry["Desktop Entry"]["Exec"] == APP_NAME
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Name"] == component.findtext("name") == DISPLAY_NAME
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == APP_NAME


def test_the_metainfo_names_this_version_as_the_latest_release() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")

    assert releases[0].get("version") == __version__


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_sh_adds_and_removes_the_menu_entry(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle with space"
    share = {
        f"applications/{APP_ID}.desktop": DESKTOP,
        f"metainfo/{APP_ID}.metainfo.xml": METAINFO,
        f"icons/hicolor/scalable/apps/{APP_ID}.svg": ROOT / "assets" / "app_icon.svg",
        f"icons/hicolor/512x512/apps/{APP_ID}.png": ROOT / "assets" / "app_icon.svg",
    }
    for relative, source in share.items():
        (bundle / "share" / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, bundle / "share" / relative)
    shutil.copy(LINUX / "install.sh", bundle / "install.sh")
    (bundle / APP_NAME).write_text("#!/bin/sh\n", "utf-8")
    home = tmp_path / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}

    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, timeout=60)

    installed = home / ".local/share/applications" / f"{APP_ID}.desktop"
    assert f'Exec="{bundle}/{APP_NAME}"' in installed.read_text("utf-8")
    assert (home / ".local/bin" / APP_NAME).resolve() == (bundle / APP_NAME).resolve()
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    subprocess.run(["sh", str(bundle / "install.sh"), "--remove"], env=env, check=True, timeout=60)

    assert not installed.exists()
    assert not (home / ".local/bin" / APP_NAME).exists()
    assert (bundle / APP_NAME).exists()
