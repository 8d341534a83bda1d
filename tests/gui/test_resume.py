"""Autosave, resume after a crash, damaged autosaves, Start over, Open... and Save as...."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.autosave import AUTOSAVE_NAME, RETIRED_NAME
from imsync_gui.gui.cause_page import CausePage
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.session_io import load_session, session_to_dict, session_to_text
from tests.gui.conftest import make_wizard
from tests.gui.person import NOW, add_device, agree, answer_page, click_next, every_page

ANSWERS = {
    ("network.connection", DeviceKind.IPHONE): "cellular",
    ("network.pages_load", DeviceKind.IPHONE): "not_sure",
    ("network.same_network", None): "no",
    ("storage.plan", None): "50",
    ("storage.used_gb", None): 49.5,
    ("clock.device_time", DeviceKind.IPHONE): NOW,
}


def open_boxes(title_part: str) -> list[QMessageBox]:
    """The message boxes now open whose title contains *title_part*."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and title_part in w.windowTitle()
    ]


def open_box(title_part: str) -> QMessageBox:
    """The one message box now open whose title contains *title_part*."""
    [box] = open_boxes(title_part)
    return box


def wait_for_box(qtbot: QtBot, title_part: str) -> QMessageBox:
    """Wait until a message box with *title_part* in its title opens (it opens without blocking)."""
    qtbot.waitUntil(lambda: bool(open_boxes(title_part)))
    return open_box(title_part)


def press(qtbot: QtBot, box: QMessageBox, label: str) -> None:
    """Click the button of *box* whose text is *label* (without the & marker)."""
    [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_in(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Agree, list an iPhone, answer on every cause page, reach the plan; checks have finished."""
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # past the triage page
    add_device(qtbot, wizard, DeviceKind.IPHONE, "Kim iPhone", "17.5", "On")
    click_next(qtbot, wizard)
    every_page(qtbot, wizard)
    while isinstance(page := wizard.currentPage(), CausePage):
        answer_page(qtbot, page, ANSWERS)
        click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.service.is_running(), timeout=15000)


def wait_until_saved(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Wait until the autosave on disk holds the session as it is now."""
    expected, path = session_to_text(wizard.model.session), wizard.autosave.path
    qtbot.waitUntil(lambda: path.is_file() and path.read_text("utf-8") == expected, timeout=3000)


def test_resume_after_a_crash_loses_no_answer(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    first = make_wizard(qtbot, lab, data_folder, settings)
    fill_in(qtbot, first)
    wait_until_saved(qtbot, first)  # the debounced write after the last change
    before = session_to_dict(first.model.session)
    assert len(before["answers"]) == len(ANSWERS), [a["question"] for a in before["answers"]]
    # A crash: the window never closes, nothing is flushed, the autosave is all that remains.
    first.autosave.blockSignals(True)
    first.model.blockSignals(True)

    second = make_wizard(qtbot, lab, data_folder, settings)
    box = wait_for_box(qtbot, "Continue where you left off")
    assert "1 device and 6 answers" in box.text()
    press(qtbot, box, "Continue")
    after = session_to_dict(second.model.session)
    assert after["answers"] == before["answers"]
    assert after["devices"] == before["devices"]
    assert after["checks"] == before["checks"]
    clock_answer = second.model.session.answer("clock.device_time", "d1")
    assert clock_answer is not None and clock_answer.reference is not None
    assert second.cause_pages[1].editors[0].button("50").isChecked(), "pages show resumed answers"
    first.model.blockSignals(False)


def test_declining_to_resume_keeps_the_old_session_aside(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    first = make_wizard(qtbot, lab, data_folder, settings)
    fill_in(qtbot, first)
    first.close()
    assert (data_folder / AUTOSAVE_NAME).is_file(), "Quit keeps the autosave"

    second = make_wizard(qtbot, lab, data_folder, settings)
    press(qtbot, wait_for_box(qtbot, "Continue where you left off"), "Start afresh")
    assert second.model.session.answers == {}
    kept = load_session(data_folder / RETIRED_NAME)
    assert len(kept.answers) == len(ANSWERS)


def test_a_damaged_autosave_is_explained_and_kept(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    (data_folder / AUTOSAVE_NAME).write_text('{"format": "imsync-gui-session", "versi', "utf-8")
    wizard = make_wizard(qtbot, lab, data_folder, settings)
    box = wait_for_box(qtbot, "could not be read")
    assert "damaged" in box.text()
    [kept] = data_folder.glob("autosave-damaged-*.json")
    assert kept.read_text("utf-8").startswith('{"format"')
    box.accept()
    add_device(qtbot, wizard, DeviceKind.MAC, "Mac", "15.1", "On")
    qtbot.waitUntil(lambda: (data_folder / AUTOSAVE_NAME).is_file(), timeout=3000)
    assert len(load_session(data_folder / AUTOSAVE_NAME).devices) == 1


def test_start_over_asks_first_and_keeps_the_old_session(
    qtbot: QtBot, wizard: TroubleshooterWizard, data_folder: Path
) -> None:
    fill_in(qtbot, wizard)
    wait_until_saved(qtbot, wizard)
    wizard.session_actions.confirm_start_over()
    press(qtbot, open_box("Start over"), "Keep my answers")
    assert len(wizard.model.session.answers) == len(ANSWERS)

    wizard.session_actions.confirm_start_over()
    press(qtbot, open_box("Start over"), "Start over")
    assert wizard.model.session.answers == {} and wizard.model.session.devices == []
    assert wizard.currentId() == PageId.WELCOME and wizard.welcome.chosen is None
    assert len(load_session(data_folder / RETIRED_NAME).answers) == len(ANSWERS)


def test_save_as_then_open_round_trips_and_a_bad_file_is_explained(
    qtbot: QtBot, wizard: TroubleshooterWizard, tmp_path: Path
) -> None:
    fill_in(qtbot, wizard)
    target = tmp_path / "copy.json"
    task = wizard.session_actions.save_to(target)
    qtbot.waitUntil(task.done)
    saved = session_to_dict(wizard.model.session)
    assert session_to_dict(load_session(target)) == saved

    wizard.session_actions.confirm_start_over()
    press(qtbot, open_box("Start over"), "Start over")
    task = wizard.session_actions.open_path(target)
    qtbot.waitUntil(task.done)
    assert session_to_dict(wizard.model.session)["answers"] == saved["answers"]

    bad = tmp_path / "notes.json"
    bad.write_text("[1, 2, 3]", "utf-8")
    task = wizard.session_actions.open_path(bad)
    qtbot.waitUntil(task.done)
    assert "not an imsync-gui session" in open_box("cannot be opened").text()
    assert session_to_dict(wizard.model.session)["answers"] == saved["answers"], "nothing lost"


def test_window_geometry_is_remembered(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    first = make_wizard(qtbot, lab, data_folder, settings)
    first.resize(720, 580)  # the offscreen screen is 800 x 600
    first.close()
    second = make_wizard(qtbot, lab, data_folder, settings)
    assert (second.width(), second.height()) == (720, 580)
