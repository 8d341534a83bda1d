"""The short path, by keyboard only: welcome, triage, devices, a few questions, the plan.

The household: an iPhone and an iPad; the iPad was reset last week and never confirmed with a
code. The person knows that much and little else ("Not sure" for the rest).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from imsync_gui.gui.question_editors import ChoiceEditor
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.answers import NOT_SURE
from imsync_gui.model.enums import CauseId, DeviceKind
from imsync_gui.model.ids import QuestionId
from tests.gui.person import agree

KNOWN: dict[tuple[str, DeviceKind | None], str] = {
    (QuestionId.ACCOUNT_DEVICE_VERIFIED, DeviceKind.IPAD): "new_unverified",
    (QuestionId.ACCOUNT_DEVICE_VERIFIED, DeviceKind.IPHONE): "established",
    (QuestionId.ACCOUNT_SIGNED_IN, DeviceKind.IPAD): "yes",
    (QuestionId.ACCOUNT_SIGNED_IN, DeviceKind.IPHONE): "yes",
    (QuestionId.ACCOUNT_SIGN_IN_PROMPT, DeviceKind.IPAD): "yes",
    (QuestionId.ACCOUNT_SIGN_IN_PROMPT, DeviceKind.IPHONE): "no",
    (QuestionId.POWER_LOW_POWER_MODE, DeviceKind.IPHONE): "no",
    (QuestionId.POWER_LOW_POWER_MODE, DeviceKind.IPAD): "no",
}
MOST_ANSWERS = 8


def tab_to(qtbot: QtBot, wizard: TroubleshooterWizard, *targets: QWidget) -> QWidget:
    """Press Tab until one of *targets* has the focus; return it."""
    for _ in range(80):
        focused = QApplication.focusWidget()
        if focused in targets:
            return focused
        qtbot.keyClick(focused or wizard, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {targets!r}")


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """Press a key on whatever has the focus (once something has it again: a new question
    takes the focus as soon as it shows)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def choose(qtbot: QtBot, wizard: TroubleshooterWizard, editor: ChoiceEditor, value: str) -> None:
    """Pick an option of a choice editor: Tab into its group, arrow to the option, Space."""
    buttons = editor.findChildren(QRadioButton)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))  # a new question shows
    tab_to(qtbot, wizard, *buttons)
    target = editor.button(value)
    for _ in range(len(buttons)):
        focused = QApplication.focusWidget()
        if focused is target:
            break
        ahead = buttons.index(target) > buttons.index(focused)
        across = target.y() == focused.y()  # up to four options sit in a row
        keys = (Qt.Key.Key_Right, Qt.Key.Key_Left) if across else (Qt.Key.Key_Down, Qt.Key.Key_Up)
        press(qtbot, keys[0] if ahead else keys[1])
    assert QApplication.focusWidget() is target
    press(qtbot, Qt.Key.Key_Space)
    assert target.isChecked()


def test_from_start_to_plan_by_keyboard_on_the_short_path(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    agree(qtbot, wizard)  # Space on the choice
    press(qtbot, Qt.Key.Key_Return)  # the default button is Next
    assert wizard.currentId() == PageId.TRIAGE
    qtbot.waitUntil(lambda: not wizard.service.is_running(), timeout=20000)

    triage = wizard.triage
    for kind in (DeviceKind.IPHONE, DeviceKind.IPAD):
        tab_to(qtbot, wizard, triage.where[kind])
        press(qtbot, Qt.Key.Key_Space)
    [since] = [e for e in triage.editors if e.question.id == QuestionId.SERVICE_STATUS_SINCE]
    assert isinstance(since, ChoiceEditor)
    choose(qtbot, wizard, since, "days")
    tab_to(qtbot, wizard, triage.changes.boxes[QuestionId.ACCOUNT_NEW_DEVICE])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentId() == PageId.DEVICES
    kinds = [d.kind for d in wizard.model.session.devices]
    assert kinds == [DeviceKind.IPHONE, DeviceKind.IPAD], "the ticked kinds are listed"
    press(qtbot, Qt.Key.Key_Return)

    page = wizard.pages.next_question
    assert wizard.currentId() == PageId.NEXT_QUESTION
    answers = 3  # where, since when, what changed
    asked = []
    qtbot.waitUntil(lambda: not page.choosing)  # chosen off the UI thread
    while not page.plan_offered:
        assert page.asked is not None
        asked.append(page.asked.question.id)
        devices = [e.device.kind if e.device else None for e in page.editors]
        truths = {KNOWN.get((page.asked.question.id, d.kind), NOT_SURE) for d in page.asked.devices}
        if len(page.editors) == 1 and len(truths) > 1:  # different answers per device
            tab_to(qtbot, wizard, page.same)
            press(qtbot, Qt.Key.Key_Space)
            devices = [e.device.kind if e.device else None for e in page.editors]
        for editor, kind in zip(page.editors, devices, strict=True):
            assert isinstance(editor, ChoiceEditor)
            value = KNOWN.get((page.asked.question.id, kind), NOT_SURE)
            if len(page.editors) == 1 and page.asked.devices:
                value = truths.pop()
            choose(qtbot, wizard, editor, value)
            answers += 1
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not page.choosing)
        assert answers <= 20, f"the questions never stop: {asked}"

    assert answers <= MOST_ANSWERS, asked
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.PLAN
    diagnosis = wizard.model.diagnosis
    assert diagnosis.findings[0].cause is CauseId.ACCOUNT, [
        (f.cause, round(f.probability, 2)) for f in diagnosis.findings[:3]
    ]
    first_steps = [step.fix.id for step in diagnosis.plan.steps[:3]]
    assert "verify_new_device" in first_steps, first_steps
