"""An answer read from this computer says so next to the question; an edit makes it the person's.
The device dialog's tick "This is the Mac I'm using now" says which Mac that is."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from imsync_gui.gui.device_dialog import DeviceDialog
from imsync_gui.gui.devices_page import DevicesPage
from imsync_gui.gui.question_editors import ChoiceEditor, DeviceVersionEditor, editor_for
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.i18n import _
from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER
from imsync_gui.model.devices import KIND_LABELS, TYPED_BY_PERSON, Device
from imsync_gui.model.enums import CauseId, CheckStatus, DeviceKind
from imsync_gui.model.knowledge import question
from imsync_gui.model.session import Session
from tests.gui.test_accessibility import unnamed_controls, unreachable_by_tab
from tests.model.builders import IPHONE, MAC, MAC_FACTS, check

OTHER_MAC = replace(MAC, id="m2", name="Work Mac", os_version=None)


def test_filled_answer_shows_its_source_and_an_edit_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = SessionModel(Session())
    model.put_device(MAC)
    editor = editor_for(model, question("clock.how_far_off"), MAC)
    qtbot.addWidget(editor)
    model.answers_changed.connect(editor.refresh)  # as the pages do
    editor.show()
    assert isinstance(editor, ChoiceEditor)
    assert not editor.source_note.isVisible()

    model.record_check(
        check(
            "this_computer", CheckStatus.PASS, os_name="macOS", on_battery=False, power_saver=False
        )
    )
    model.record_check(check("clock", CheckStatus.PASS, offset_s=3.0))
    assert editor.button("right").isChecked()
    assert editor.source_note.isVisible()
    assert editor.source_note.text() == _("Read from this computer")
    assert editor.accessibleDescription() == _("Read from this computer")

    editor.button("minutes").click()
    answer = model.session.answer("clock.how_far_off", "m")
    assert answer is not None and answer.value == "minutes" and answer.source is None
    assert not editor.source_note.isVisible()
    model.record_check(check("clock", CheckStatus.PASS, offset_s=1.0))
    assert editor.button("minutes").isChecked()


def _dialog(qtbot: QtBot, device: Device, **kwargs: object) -> DeviceDialog:
    dialog = DeviceDialog(device, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_tick_is_offered_only_for_a_mac_and_only_on_macos(qtbot: QtBot) -> None:
    new_mac = Device("d1", DeviceKind.MAC, "")
    assert not _dialog(qtbot, new_mac).ui.thisMacCheck.isVisible()
    dialog = _dialog(qtbot, replace(IPHONE, os_version=None), offer_tick=True)
    assert not dialog.ui.thisMacCheck.isVisible() and dialog.device().this_computer is None
    dialog.ui.kindCombo.setCurrentText(KIND_LABELS[DeviceKind.MAC])
    assert dialog.ui.thisMacCheck.isVisible() and dialog.ui.thisMacNote.isVisible()
    assert dialog.ui.thisMacCheck.isChecked(), "pre-ticked: no other Mac is listed"
    assert unnamed_controls(dialog) == [] and unreachable_by_tab(dialog) == []
    assert dialog.device().this_computer is True
    qtbot.mouseClick(dialog.ui.thisMacCheck, Qt.MouseButton.LeftButton)
    assert dialog.device().this_computer is False, "left off: not this Mac"


def test_the_tick_waits_for_the_person_when_another_mac_is_listed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, OTHER_MAC, offer_tick=True, others=[MAC, OTHER_MAC])
    assert dialog.ui.thisMacCheck.isVisible() and not dialog.ui.thisMacCheck.isChecked()
    assert dialog.device().this_computer is False
    ticked = _dialog(qtbot, replace(MAC, this_computer=True), offer_tick=True, others=[OTHER_MAC])
    assert ticked.ui.thisMacCheck.isChecked()
    kept = _dialog(qtbot, replace(MAC, this_computer=False))  # not offered: kept as it was
    assert not kept.ui.thisMacCheck.isVisible() and kept.device().this_computer is False


def test_ticking_a_second_mac_moves_what_was_read(qtbot: QtBot) -> None:
    model = SessionModel(Session(), system_is_mac=True)
    page = DevicesPage(model)
    qtbot.addWidget(page)
    model.put_device(replace(MAC, os_version=None, this_computer=True))
    model.put_device(replace(OTHER_MAC, this_computer=False))
    model.record_check(MAC_FACTS)
    assert model.session.device("m").os_version == "15.3"  # type: ignore[union-attr]
    assert page.ui.deviceTable.item(0, 2).text() == "15.3 (read from this computer)"
    page.ui.deviceTable.selectRow(1)
    page.edit_selected()
    [dialog] = page.findChildren(DeviceDialog)
    assert dialog.ui.thisMacCheck.isVisible() and not dialog.ui.thisMacCheck.isChecked()
    qtbot.mouseClick(dialog.ui.thisMacCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    first, second = model.session.devices
    assert (first.this_computer, second.this_computer) == (False, True)
    assert first.os_version is None and model.session.answer("power.mac_low_power", "m") is None
    assert second.os_version == "15.3" and second.version_was_read
    low_power = model.session.answer("power.mac_low_power", "m2")
    assert low_power is not None and low_power.source == READ_FROM_THIS_COMPUTER


def test_a_read_version_says_so_in_the_dialog_until_edited(qtbot: QtBot) -> None:
    read = replace(MAC, os_version="15.3", os_version_source=READ_FROM_THIS_COMPUTER)
    dialog = _dialog(qtbot, read)
    assert dialog.ui.versionSourceLabel.isVisible()
    assert dialog.ui.versionSourceLabel.text() == _("Read from this computer")
    assert dialog.ui.versionEdit.accessibleDescription() == _("Read from this computer")
    assert dialog.device() == read
    dialog.ui.versionEdit.selectAll()
    qtbot.keyClick(dialog.ui.versionEdit, Qt.Key.Key_Delete)
    assert not dialog.ui.versionSourceLabel.isVisible()
    assert not dialog.ui.versionEdit.accessibleDescription()
    cleared = dialog.device()
    assert cleared.os_version is None and cleared.os_version_source == TYPED_BY_PERSON
    assert not _dialog(qtbot, MAC).ui.versionSourceLabel.isVisible(), "typed by the person"


def test_the_software_page_marks_a_read_version_and_an_edit_makes_it_the_persons(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    model = wizard.model
    model.put_device(replace(MAC, os_version=None))
    [page] = [p for p in wizard.cause_pages if p.cause.id is CauseId.SOFTWARE]
    [editor] = page.findChildren(DeviceVersionEditor)
    assert not editor.source_note.isVisibleTo(page)
    model.record_check(MAC_FACTS)
    [editor] = page.findChildren(DeviceVersionEditor)
    assert editor.edit.text() == "15.3" and editor.source_note.isVisibleTo(page)
    assert editor.edit.accessibleDescription() == _("Read from this computer")
    editor.edit.setText("")
    editor.edit.editingFinished.emit()
    mac = model.session.device("m")
    assert mac is not None and mac.os_version is None and mac.os_version_source == TYPED_BY_PERSON
    model.record_check(MAC_FACTS)
    [editor] = page.findChildren(DeviceVersionEditor)
    assert editor.edit.text() == "" and not editor.source_note.isVisibleTo(page), "never refilled"
