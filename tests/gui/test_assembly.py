"""The app is assembled in one place: the window first, its core attached once loaded.

While the rest of the app is loading, every action and button may be pressed: nothing happens
that needs the session, nothing raises, and nothing the person did (the agreement) is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.core import build_core
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.enums import CauseId
from tests.gui.person import agree, click_next

SESSION_BUTTONS = (
    QWizard.WizardButton.CustomButton1,
    QWizard.WizardButton.CustomButton2,
    QWizard.WizardButton.CustomButton3,
)


def session_actions(wizard: TroubleshooterWizard) -> list[QAction]:
    """Open, Save as and Start over: every window action but About, which needs no session."""
    return [action for action in wizard.actions() if action is not wizard.about_action]


def press_everything(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Trigger every action, click every session button and type every shortcut."""
    for action in wizard.actions():
        action.trigger()
        for keys in action.shortcuts():
            qtbot.keyClick(wizard, keys[0].key(), keys[0].keyboardModifiers())
    for which in SESSION_BUTTONS:
        wizard.button(which).click()


def dialogs(wizard: TroubleshooterWizard) -> list[QFileDialog | QMessageBox]:
    return [
        d for d in (*wizard.findChildren(QFileDialog), *wizard.findChildren(QMessageBox))
        if d.isVisible()
    ]  # fmt: skip


def test_pressing_every_action_while_loading_loses_nothing(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    wizard = TroubleshooterWizard(lab, settings)  # what the app shows before it has loaded
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert len(session_actions(wizard)) == 3, "the window has Open, Save as and Start over"
    agree(qtbot, wizard)

    press_everything(qtbot, wizard)  # an exception in any slot fails the test (pytest-qt)
    assert not wizard.is_attached()
    assert not dialogs(wizard), "nothing opened that needs the session"
    assert all(not action.isEnabled() for action in session_actions(wizard))
    [about] = [d for d in wizard.findChildren(QDialog) if d.objectName() == "aboutDialog"]
    assert about.isVisible(), "About works before the rest has loaded"
    about.reject()

    core = build_core(wizard, lab, data_folder, settings)
    with qtbot.waitSignal(wizard.ready):
        wizard.attach(core)
    assert wizard.welcome.chosen is True
    assert core.service.is_running(), "the agreement given while loading started the checks"
    core.service.cancel()
    qtbot.waitUntil(lambda: not core.service.is_running(), timeout=5000)


def test_session_actions_appear_after_the_welcome_page(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    assert wizard.currentId() == PageId.WELCOME
    assert all(not action.isEnabled() for action in session_actions(wizard))
    assert not any(wizard.button(which).isVisible() for which in SESSION_BUTTONS)
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.TRIAGE
    assert all(action.isEnabled() for action in session_actions(wizard))
    assert all(wizard.button(which).isVisible() for which in SESSION_BUTTONS)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CustomButton2), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs(wizard)))
    [dialog] = dialogs(wizard)
    dialog.reject()


def test_every_cause_has_a_named_page(wizard: TroubleshooterWizard) -> None:
    for cause in CauseId:
        page = wizard.page(PageId.of_cause(cause))
        assert page is not None and page.cause.id is cause  # type: ignore[attr-defined]
    assert wizard.pageIds() == sorted(PageId)
