"""Text from outside (session files, device names, answers, check messages and values from
feeds) is shown literally in every widget: markup never renders (issue 13, finding 2)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from imsync_gui.gui.check_card import CheckCard
from imsync_gui.gui.device_dialog import DeviceDialog
from imsync_gui.gui.notices import ask, tell
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, CheckStatus, DeviceKind
from imsync_gui.model.session import Session

MARK = "Zq7mark"
MARKUP = f"<h1 style=color:red>{MARK} call</h1><a href=https://x.invalid>here</a><img src=x>"
T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def shown(label: QLabel) -> str:
    """What a label shows, as text: rich text is rendered, plain text taken as it is."""
    text = label.text()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def hostile_session() -> Session:
    """Markup in every device field, in a free-text answer and in every check's message,
    values and detail."""
    session = Session(created_at=T0, updated_at=T0)
    for number, kind in enumerate((DeviceKind.IPHONE, DeviceKind.MAC), 1):
        session.put_device(Device(f"d{number}", kind, MARKUP, "18.0", MARKUP, (MARKUP,), True))
    for device in ("d1", "d2"):
        session.set_answer(Answer("clock.device_time", MARKUP, T0, device, T0))
        session.set_answer(Answer("account.signed_in", "no", T0, device))
        session.set_answer(Answer("network.pages_load", MARKUP, T0, device))
    session.record_checks(
        CheckResult(check.value, status, Msg(MARKUP), T0, 0.5, {"host": MARKUP}, MARKUP)
        for check, status in zip(
            CheckId, [CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.PASS] * 9, strict=False
        )
    )
    return session


def labels_showing_outside_text(window: QWidget) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if MARK in label.text()]


def test_markup_from_a_session_and_checks_is_shown_literally_on_every_page(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    wizard.model.replace_session(hostile_session())
    for page_id in wizard.pageIds():
        wizard.page(page_id).initializePage()
    for card in wizard.findChildren(CheckCard):
        card.ui.detailsButton.setChecked(True)  # the technical details are built when unfolded
    QApplication.processEvents()
    labels = labels_showing_outside_text(wizard)
    names = {label.objectName() for label in labels}
    assert {"messageLabel", "detailCell", "evidenceLabel"} <= names, names
    assert len(labels) >= len(CheckId) * 2, "every check card shows its message and values"
    for label in labels:
        assert MARKUP in shown(label), f"{label.objectName() or label!r} renders markup"


def test_message_boxes_show_their_text_literally(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    boxes: list[QMessageBox] = [
        tell(parent, "Cannot open", f"{MARKUP}.json: not a session file."),
        ask(parent, "Continue?", MARKUP, yes="Yes", no="No", on_yes=lambda: None),
    ]
    for box in boxes:
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.close()


def test_the_device_dialog_quotes_a_wrong_version_literally(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    dialog = DeviceDialog(Device("d9", DeviceKind.IPHONE, "Phone"), wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.versionEdit.setText(MARKUP)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    label = dialog.ui.problemLabel
    assert MARK in label.text() and MARKUP in shown(label)
