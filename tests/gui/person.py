"""Acting on the wizard as a person would: clicks and typing, never calls into the model."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from imsync_gui.gui.cause_page import CausePage
from imsync_gui.gui.device_dialog import DeviceDialog
from imsync_gui.gui.question_editors import AnswerEditor, ChoiceEditor, LineEditor, TimeEditor
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.model.answers import NOT_SURE
from imsync_gui.model.devices import KIND_LABELS
from imsync_gui.model.enums import DeviceKind

NOW = "now"
"""For a time-of-day question: type the time the reference clock shows."""


def click_next(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Press Next, which must be enabled; on the next-question page, wait for the question
    (it is chosen off the UI thread)."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on {wizard.currentPage().title()!r}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.pages.next_question.choosing)


def every_page(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """On the next-question page, choose to answer every question page by page."""
    assert wizard.currentPage() is wizard.pages.next_question
    qtbot.mouseClick(wizard.pages.next_question.every_button, Qt.MouseButton.LeftButton)


def agree(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Choose to run the live checks with the keyboard (focus, then Space)."""
    choice = wizard.welcome.run_checks
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Space)
    assert choice.isChecked()


def skip_checks(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Choose to go on without the live checks."""
    choice = wizard.welcome.skip_checks
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Space)
    assert choice.isChecked()


def add_device(
    qtbot: QtBot,
    wizard: TroubleshooterWizard,
    kind: DeviceKind,
    name: str,
    version: str = "",
    messages: str = "Not sure",
) -> None:
    """Add a device through the dialog, typing into its fields."""
    qtbot.mouseClick(wizard.devices.ui.addButton, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in wizard.findChildren(DeviceDialog) if d.isVisible()]
    dialog.ui.kindCombo.setCurrentText(KIND_LABELS[kind])
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    qtbot.keyClicks(dialog.ui.versionEdit, version)
    dialog.ui.messagesCombo.setCurrentText(messages)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def answer(qtbot: QtBot, editor: AnswerEditor, value: str | float) -> None:
    """Answer one question the way its editor is used."""
    if isinstance(editor, ChoiceEditor):
        qtbot.mouseClick(editor.button(str(value)), Qt.MouseButton.LeftButton)
    elif value == NOT_SURE:
        qtbot.mouseClick(editor.not_sure, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    elif isinstance(editor, LineEditor):
        editor.window().activateWindow()
        editor.edit.setFocus()
        qtbot.waitUntil(editor.edit.hasFocus)
        editor.edit.selectAll()
        qtbot.keyClicks(editor.edit, f"{value:g}" if isinstance(value, float) else str(value))
        qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    elif isinstance(editor, TimeEditor):
        shown = f"{datetime.now():%H:%M}" if value == NOW else str(value)
        editor.window().activateWindow()
        editor.time.setFocus()
        qtbot.waitUntil(editor.time.hasFocus)
        editor.time.selectAll()
        qtbot.keyClicks(editor.time, shown)
        qtbot.keyClick(editor.time, Qt.Key.Key_Tab)
    else:
        raise AssertionError(f"no way to answer {editor!r}")


def answer_page(
    qtbot: QtBot,
    page: CausePage,
    answers: dict[tuple[str, DeviceKind | None], str | float],
) -> int:
    """Answer every question on the page that *answers* covers; return how many were answered."""
    count = 0
    for editor in page.editors:
        kind = editor.device.kind if editor.device else None
        key = (editor.question.id, kind)
        if key in answers:
            answer(qtbot, editor, answers[key])
            count += 1
    return count
