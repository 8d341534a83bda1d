"""Every page can be used by keyboard and screen reader: names on every control, Tab reaches them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from imsync_gui.gui.device_dialog import DeviceDialog
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.enums import DeviceKind
from tests.gui.person import add_device, agree, click_next, every_page

INTERACTIVE = {
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Table,
    QAccessible.Role.List,
    QAccessible.Role.Slider,
}
FOCUSABLE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def walk(interface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """The interface and all its visible descendants."""
    if interface is None or not interface.isValid() or interface.state().invisible:
        return
    yield interface
    for index in range(interface.childCount()):
        yield from walk(interface.child(index))


def unnamed_controls(window: QWidget) -> list[str]:
    """Interactive accessibles without a name, described for the failure message."""
    root = QAccessible.queryAccessibleInterface(window)
    return [
        f"{item.role().name} {item.object()!r}"
        for item in walk(root)
        if item.role() in INTERACTIVE and not item.text(QAccessible.Text.Name).strip()
    ]


def unreachable_by_tab(window: QWidget) -> list[str]:
    """Visible, enabled controls that Tab skips."""
    return [
        repr(w)
        for w in window.findChildren(QWidget)
        if isinstance(w, FOCUSABLE)
        and not isinstance(w, QHeaderView)
        and w.isVisible()
        and w.isEnabled()
        and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not reached_by_arrows(w)
    ]


def reached_by_arrows(button: QWidget) -> bool:
    """A radio button in an exclusive group: Tab reaches one button of the group (the checked
    one, if any), the arrow keys move between them (Qt's standard radio-group behaviour)."""
    group = button.group() if isinstance(button, QRadioButton) else None
    others = group.buttons() if group is not None and group.exclusive() else []
    return any(b.focusPolicy() & Qt.FocusPolicy.TabFocus and b.isVisible() for b in others)


def test_every_page_names_every_control_and_tab_reaches_it(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    checked_pages = []

    def check_page() -> None:
        page = wizard.currentPage()
        assert unnamed_controls(wizard) == [], page.title()
        assert unreachable_by_tab(wizard) == [], page.title()
        checked_pages.append(page.title())

    check_page()
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    check_page()
    click_next(qtbot, wizard)  # past the triage page
    add_device(qtbot, wizard, DeviceKind.IPHONE, "Phone", "18.1", "On")
    add_device(qtbot, wizard, DeviceKind.MAC, "Mac", "15.1", "Off")
    qtbot.mouseClick(wizard.devices.ui.addButton, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in wizard.findChildren(DeviceDialog) if d.isVisible()]
    assert unnamed_controls(dialog) == []
    assert unreachable_by_tab(dialog) == []
    dialog.reject()
    wizard.devices.ui.deviceTable.selectRow(0)
    check_page()
    click_next(qtbot, wizard)
    check_page()
    every_page(qtbot, wizard)
    check_page()
    while wizard.currentId() != wizard.pageIds()[-1]:
        click_next(qtbot, wizard)
        check_page()
    assert len(checked_pages) == 4 + 9 + 1


def test_the_agreement_and_next_work_from_the_keyboard(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)  # Space on the focused box
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # the default button is Next
    assert wizard.currentId() == PageId.TRIAGE
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.DEVICES
    qtbot.keyClick(wizard.devices.ui.addButton, Qt.Key.Key_Space)
    [dialog] = [d for d in wizard.findChildren(DeviceDialog) if d.isVisible()]
    qtbot.keyClicks(dialog.ui.nameEdit, "Keyboard iPad")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [d.name for d in wizard.model.session.devices] == ["Keyboard iPad"]
