"""The triage page and the overview of the nine causes, used as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.enums import CauseId, DeviceKind
from imsync_gui.model.ids import QuestionId
from tests.gui.person import agree, answer, click_next


def triage_editor(wizard: TroubleshooterWizard, question: QuestionId):  # type: ignore[no-untyped-def]
    [editor] = [e for e in wizard.triage.editors if e.question.id == question]
    return editor


def test_triage_answers_are_answers_and_ticked_devices_are_listed(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.TRIAGE
    for kind in (DeviceKind.IPAD, DeviceKind.MAC):
        box = wizard.triage.where[kind]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    answer(qtbot, triage_editor(wizard, QuestionId.SERVICE_STATUS_SINCE), "weeks")
    answer(qtbot, triage_editor(wizard, QuestionId.ACCOUNT_PASSWORD_CHANGED), "yes")
    answer(qtbot, triage_editor(wizard, QuestionId.STORAGE_FULL_ALERT), "no")
    session = wizard.model.session
    assert session.answer(QuestionId.SERVICE_STATUS_SINCE).value == "weeks"  # type: ignore[union-attr]
    assert session.answer(QuestionId.ACCOUNT_PASSWORD_CHANGED).value == "yes"  # type: ignore[union-attr]

    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICES
    assert [d.kind for d in session.devices] == [DeviceKind.IPAD, DeviceKind.MAC]
    assert wizard.devices.isComplete(), "the ticked kinds are listed: only names are left"
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert len(session.devices) == 2, "going back and on lists nothing twice"


def test_the_overview_follows_the_diagnosis_and_speaks_cause_and_state(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    assert not wizard.overview.isVisible() or wizard.currentId() == PageId.WELCOME
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    overview = wizard.overview
    assert overview.isVisible()
    assert overview.state_of(CauseId.STORAGE) == "iCloud storage: Not looked at"
    answer(qtbot, triage_editor(wizard, QuestionId.STORAGE_FULL_ALERT), "yes")
    assert overview.state_of(CauseId.STORAGE) == "iCloud storage: Likely problem"
    answer(qtbot, triage_editor(wizard, QuestionId.STORAGE_FULL_ALERT), "no")
    assert overview.state_of(CauseId.STORAGE) == "iCloud storage: Looks fine"
    assert overview.currentItem() is overview.row_of(PageId.TRIAGE), "it shows where you are"


def test_the_overview_jumps_to_a_cause_page_by_keyboard_and_back(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.triage.where[DeviceKind.IPHONE].setChecked(True)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICES
    overview = wizard.overview
    overview.setFocus()
    target = overview.row_of(PageId.CLOCK)
    assert target is not None
    while overview.currentItem() is not target:
        qtbot.keyClick(overview, Qt.Key.Key_Down)
    assert wizard.currentId() == PageId.DEVICES, "moving through the list does not jump"
    qtbot.keyClick(overview, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.CLOCK
    assert overview.currentItem() is target

    triage_row = overview.row_of(PageId.TRIAGE)
    assert triage_row is not None
    qtbot.mouseClick(
        overview.viewport(),
        Qt.MouseButton.LeftButton,
        pos=overview.visualItemRect(triage_row).center(),
    )
    assert wizard.currentId() == PageId.TRIAGE, "a page seen earlier is reached by stepping back"


def test_the_overview_cannot_skip_past_an_incomplete_page(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICES and not wizard.model.session.devices
    wizard.jump_to(PageId.PLAN)
    assert wizard.currentId() == PageId.DEVICES, "a device is needed first, as for Next"
