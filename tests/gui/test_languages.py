"""Every visible text is translated: under the pseudo-language nothing English is left on any
page, and switching language keeps the person's answers."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imsync_gui.gui.check_card import CheckCard
from imsync_gui.gui.language import SETTINGS_LANGUAGE, apply_language
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.i18n import ENGLISH, current_language
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session
from tests.gui.person import agree, click_next

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "storage-full-family.json"
_TAG = re.compile(r"<[^<>]*>")
_DATA = re.compile(r"\S*[\d@/:._]\S*")
"""Tokens with digits, dots, colons or @: versions, sizes, times, hosts, addresses."""
_WORD = re.compile(r"[^\W\d_]{2,}")
_NAMES = {
    "iPhone",
    "iPad",
    "Mac",
    "iOS",
    "iPadOS",
    "macOS",
    "Sequoia",
    "GB",
    "TB",
    "ms",
    "localhost",
}
"""Product names, units and the lab's host name: the same in every language."""
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
"""A word the pseudo-language left plain ASCII: it never went through the catalogue."""


@pytest.fixture
def pseudo() -> Iterator[None]:
    yield
    apply_language(ENGLISH)


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see in *window* now."""
    yield "window title", window.windowTitle()
    page = getattr(window, "currentPage", lambda: None)()
    if page is not None:
        yield "page title", page.title()
        yield "page subtitle", page.subTitle()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel):
            yield where, html.unescape(_TAG.sub(" ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QComboBox):
            yield where, widget.currentText()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield where, header.text() if header else ""
                for row in range(widget.rowCount()):
                    item = widget.item(row, column)
                    yield where, item.text() if item else ""


def untranslated(text: str, session: Session) -> list[str]:
    """The words of *text* that did not come through the catalogue (the person's own data
    and technical tokens such as versions and host names aside)."""
    rest = text.replace("&", "")
    data = [
        value
        for device in session.devices
        for value in (device.label, device.name, device.os_version or "", *device.addresses)
    ]
    data += [v for result in session.checks.values() for v in result.values.values()]
    for value in sorted((v for v in data if isinstance(v, str) and v), key=len, reverse=True):
        rest = rest.replace(value, " ")
    rest = _DATA.sub(" ", rest)
    words = (w for w in _WORD.findall(rest) if w not in _NAMES)
    return [w for w in words if _ENGLISH_WORD.fullmatch(w)]


def test_every_visible_string_changes_under_the_pseudo_language(
    qtbot: QtBot, wizard: TroubleshooterWizard, pseudo: None
) -> None:
    session = load_session(EXAMPLE)
    apply_language("pseudo")
    wizard.model.replace_session(session)
    escaped: set[str] = set()
    pages = 0

    def look() -> None:
        nonlocal pages
        for card in wizard.findChildren(CheckCard):
            card.ui.detailsButton.setChecked(True)  # the technical details too
        qtbot.wait(10)
        pages += 1
        for where, text in shown_texts(wizard):
            if untranslated(text, wizard.model.session):
                escaped.add(f"{where}: {text!r}")

    look()
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    look()
    for page_id in wizard.pageIds()[1:]:
        wizard.jump_to(page_id)
        if wizard.currentId() == page_id:
            look()
    qtbot.waitUntil(lambda: not wizard.service.is_running(), timeout=20000)
    look()
    assert pages >= 12
    assert not escaped, "English left under the pseudo-language:\n" + "\n".join(sorted(escaped))


def test_switching_language_keeps_the_answers_and_is_remembered(
    qtbot: QtBot, wizard: TroubleshooterWizard, pseudo: None
) -> None:
    wizard.model.replace_session(load_session(EXAMPLE))
    answers = dict(wizard.model.session.answers)
    wizard.language_menu.choices["de"].trigger()
    qtbot.waitUntil(lambda: wizard.windowTitle() != "iMessage Sync Troubleshooter")
    assert current_language() == "de"
    assert wizard.settings.value(SETTINGS_LANGUAGE) == "de"
    assert wizard.model.session.answers == answers
    assert wizard.button(wizard.WizardButton.NextButton).text() == "&Weiter >"
    assert wizard.cause_pages[1].title() == "iCloud-Speicher"
