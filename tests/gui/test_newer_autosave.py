"""An autosave written by a newer imsync-gui is named as such and left exactly where it is
(issue 13, finding 9): not called damaged, not moved aside, never written over."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.autosave import AUTOSAVE_NAME
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.session_io import VERSION
from tests.gui.conftest import make_wizard
from tests.gui.test_resume import wait_for_box


def test_a_newer_autosave_is_named_as_such_and_left_untouched(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    newer = {"format": "imsync-gui-session", "version": VERSION + 1, "whatever": "comes next"}
    path = data_folder / AUTOSAVE_NAME
    path.write_text(json.dumps(newer), "utf-8")
    before = path.read_bytes()
    wizard = make_wizard(qtbot, lab, data_folder, settings)
    box = wait_for_box(qtbot, "newer version")
    assert "damaged" not in box.text() and str(path) in box.text()
    box.accept()
    wizard.core.model.put_device(Device("d1", DeviceKind.MAC, "Mac"))
    wizard.core.autosave.flush()
    wizard.core.autosave.retire()
    qtbot.wait(500)  # longer than the autosave delay
    assert sorted(p.name for p in data_folder.iterdir()) == [AUTOSAVE_NAME]
    assert path.read_bytes() == before
