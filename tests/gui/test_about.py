"""The About box: reached by keyboard from every page, plain facts, in the person's language."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from imsync_gui import __version__
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.about_dialog import package_facts
from imsync_gui.gui.language import apply_language
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.i18n import ENGLISH
from tests.gui.conftest import make_wizard


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    apply_language(ENGLISH)


def _about(qtbot: QtBot) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog) and dialog.objectName() == "aboutDialog"
    return dialog


def _texts(dialog: QDialog) -> list[str]:
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    return [label.text() for label in labels]


def test_f1_opens_it_with_name_version_privacy_licence_and_folder(
    qtbot: QtBot, wizard: TroubleshooterWizard, data_folder: Path
) -> None:
    wizard.activateWindow()
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    dialog = _about(qtbot)
    texts = _texts(dialog)
    assert texts[0] == "iMessage Sync Troubleshooter"
    assert f"imsync-gui, version {metadata.version('imsync-gui')}" in texts
    privacy = next(t for t in texts if "password" in t)
    assert "never asks for a password or a code" in privacy
    assert "Apple’s public servers" in privacy and "phone numbers" in privacy
    assert f"Licence: {metadata.metadata('imsync-gui')['License']}" in texts
    assert str(data_folder) in texts, "where the autosave is written"
    close = dialog.focusWidget()
    assert isinstance(close, QPushButton) and close.text() == "Close" and close.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_the_language_menu_reaches_it_by_keyboard_in_german(
    qtbot: QtBot, wizard: TroubleshooterWizard, english_after: None
) -> None:
    wizard.language_menu.choices["de"].trigger()
    button = wizard.button(wizard.WizardButton.HelpButton)
    assert wizard.about_action in button.menu().actions()
    qtbot.waitUntil(lambda: wizard.about_action.text() == "Über diese &App")
    wizard.about_action.trigger()  # what Enter on the menu's last entry does
    texts = _texts(_about(qtbot))
    assert "iMessage-Sync-Fehlersuche" in texts
    assert any(t.startswith("Diese App fragt nie nach einem Passwort") for t in texts)
    assert "Lizenz: MIT" in texts
    assert "Deine Antworten werden laufend in diesem Ordner gesichert:" in texts


def test_outside_text_stays_plain(qtbot: QtBot, lab: EndpointConfig, tmp_path: Path) -> None:
    """A folder name that looks like markup is shown as it is."""
    folder = tmp_path / "<b>bold<i>"
    folder.mkdir()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = make_wizard(qtbot, lab, folder, settings)
    dialog = window.show_about()
    assert str(folder) in _texts(dialog)
    dialog.reject()


def test_without_package_metadata_the_modules_version_is_shown() -> None:
    facts = package_facts("imsync-gui-not-installed")
    assert (facts.version, facts.licence) == (__version__, None)
    assert package_facts().version == metadata.version("imsync-gui")
