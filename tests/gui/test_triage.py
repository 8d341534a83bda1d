"""The triage page and the overview of the nine causes, used as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from imsync_gui.gui.triage_page import BoxLabel
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.enums import CauseId, DeviceKind
from imsync_gui.model.ids import QuestionId
from tests.gui.person import agree, answer, click_next


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Toggle a box from the keyboard."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def iphone_and_ipad(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Agree, tick iPhone and iPad on the triage page, and go on to the devices page."""
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    for kind in (DeviceKind.IPHONE, DeviceKind.IPAD):
        tick(qtbot, wizard.triage.where[kind])
    click_next(qtbot, wizard)


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
    changes = wizard.triage.changes
    tick(qtbot, changes.none)
    session = wizard.model.session
    assert {session.answer(q).value for q in changes.boxes} == {"no"}  # type: ignore[union-attr]
    tick(qtbot, changes.boxes[QuestionId.ACCOUNT_PASSWORD_CHANGED])
    assert not changes.none.isChecked(), "something did change after all"
    assert session.answer(QuestionId.SERVICE_STATUS_SINCE).value == "weeks"  # type: ignore[union-attr]
    assert session.answer(QuestionId.ACCOUNT_PASSWORD_CHANGED).value == "yes"  # type: ignore[union-attr]
    assert session.answer(QuestionId.STORAGE_FULL_ALERT).value == "no"  # type: ignore[union-attr]
    tick(qtbot, changes.boxes[QuestionId.ACCOUNT_PASSWORD_CHANGED])
    assert session.answer(QuestionId.ACCOUNT_PASSWORD_CHANGED) is None, "unticked: not known"

    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.DEVICES
    assert [d.kind for d in session.devices] == [DeviceKind.IPAD, DeviceKind.MAC]
    assert wizard.devices.isComplete(), "the ticked kinds are listed: only names are left"
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    click_next(qtbot, wizard)
    assert len(session.devices) == 2, "going back and on lists nothing twice"


def test_what_was_noticed_is_evidence_and_none_of_these_says_no(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    noticed = wizard.triage.noticed
    session = wizard.model.session
    assert set(noticed.boxes) == {
        QuestionId.CLOCK_LOOKS_WRONG,
        QuestionId.ACCOUNT_KEEPS_ASKING,
        QuestionId.SERVICE_STATUS_OTHERS_REPORT,
    }
    assert wizard.overview.state_of(CauseId.CLOCK) == "Date and time: Not looked at"
    tick(qtbot, noticed.boxes[QuestionId.CLOCK_LOOKS_WRONG])
    assert session.answer(QuestionId.CLOCK_LOOKS_WRONG).value == "yes"  # type: ignore[union-attr]
    assert wizard.overview.state_of(CauseId.CLOCK) == "Date and time: Worth checking"
    tick(qtbot, noticed.boxes[QuestionId.CLOCK_LOOKS_WRONG])
    tick(qtbot, noticed.none)
    assert {session.answer(q).value for q in noticed.boxes} == {"no"}  # type: ignore[union-attr]
    assert noticed.none.accessibleName() == "None of these happened"
    label = noticed.findChild(BoxLabel)
    assert label is not None and label.wordWrap(), "a long tick wraps in large text"
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert session.answer(QuestionId.CLOCK_LOOKS_WRONG).value == "yes", "its text ticks it"  # type: ignore[union-attr]
    assert noticed.boxes[QuestionId.CLOCK_LOOKS_WRONG].accessibleName() == label.text()
    assert wizard.triage.changes.none.accessibleName() == "None of these changed recently"
    assert session.answer(QuestionId.ACCOUNT_PASSWORD_CHANGED) is None, "the lists are apart"


def test_the_overview_follows_the_diagnosis_and_speaks_cause_and_state(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    assert not wizard.overview.isVisible() or wizard.currentId() == PageId.WELCOME
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    overview = wizard.overview
    assert overview.isVisible()
    assert overview.state_of(CauseId.STORAGE) == "iCloud storage: Not looked at"
    alert = wizard.triage.changes.boxes[QuestionId.STORAGE_FULL_ALERT]
    tick(qtbot, alert)
    assert overview.state_of(CauseId.STORAGE) == "iCloud storage: Likely problem"
    tick(qtbot, alert)
    tick(qtbot, wizard.triage.changes.none)
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


def test_same_answer_for_all_devices_and_the_plan_one_click_away(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    iphone_and_ipad(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.pages.next_question
    assert wizard.currentId() == PageId.NEXT_QUESTION and page.asked is not None
    while not page.asked.devices:  # find a question asked per device
        click_next(qtbot, wizard)
        assert page.asked is not None, "a two-device household is asked about its devices"
    assert page.same.isVisible() and page.same.isChecked()
    [editor] = page.editors
    value = page.asked.question.option_ids()[0]
    answer(qtbot, editor, value)
    session = wizard.model.session
    assert {session.answer(page.asked.question.id, d.id).value for d in session.devices} == {  # type: ignore[union-attr]
        value
    }, "one answer, given to every device"
    tick(qtbot, page.same)
    assert len(page.editors) == 2, "unticked: one row per device"

    assert wizard.plan_now.isVisible()
    qtbot.mouseClick(wizard.plan_now, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.PLAN
    assert not wizard.plan_now.isVisible()


def test_a_cause_page_gives_one_answer_to_every_device(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    iphone_and_ipad(qtbot, wizard)
    wizard.jump_to(PageId.POWER)
    page = wizard.currentPage()
    editors = [e for e in page.editors if e.question.id == QuestionId.POWER_LOW_POWER_MODE]  # type: ignore[attr-defined]
    assert len(editors) == 2
    answer(qtbot, editors[0], "no")
    [same] = [
        b
        for b in page.findChildren(QPushButton)
        if b.accessibleName().startswith("Same answer for all my devices: Is Low Power Mode")
    ]
    qtbot.mouseClick(same, Qt.MouseButton.LeftButton)
    session = wizard.model.session
    values = {session.answer(QuestionId.POWER_LOW_POWER_MODE, d.id).value for d in session.devices}  # type: ignore[union-attr]
    assert values == {"no"}


def test_starting_over_returns_to_the_short_path(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    tick(qtbot, wizard.triage.where[DeviceKind.MAC])
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.pages.next_question.every_button, Qt.MouseButton.LeftButton)
    assert PageId.NETWORK in wizard.steps() and PageId.NEXT_QUESTION not in wizard.steps()
    wizard.session_actions.started_over.emit()
    assert wizard.currentId() == PageId.WELCOME
    assert PageId.NEXT_QUESTION in wizard.steps() and PageId.NETWORK not in wizard.steps()
