"""What a parent sees: a way on without the checks, labels as written, versions and sizes as
the phone shows them, one-step clock answers, a verdict at the top and a sense of progress."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from imsync_gui.gui.cause_page import CausePage
from imsync_gui.gui.device_dialog import DeviceDialog
from imsync_gui.gui.question_editors import DeviceVersionEditor, LineEditor, TimeEditor
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, DeviceKind
from imsync_gui.model.ids import QuestionId
from tests.gui.person import add_device, click_next, skip_checks


def cause_page(wizard: TroubleshooterWizard, cause: CauseId) -> CausePage:
    [page] = [p for p in wizard.cause_pages if p.cause.id is cause]
    return page


def test_skipping_the_checks_is_a_way_on(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    assert not wizard.welcome.isComplete() and wizard.welcome.hint.isVisible()
    skip_checks(qtbot, wizard)
    assert not wizard.welcome.hint.isVisible()
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.TRIAGE
    assert not wizard.service.is_running() and not wizard.model.session.checks
    assert wizard.currentPage().subTitle() == f"Step 1 of {len(wizard.steps()) - 1}"


def test_labels_built_from_data_keep_their_ampersand(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    wizard.model.put_device(Device(id="d1", kind=DeviceKind.IPHONE, name="Sam & Kim"))
    page = cause_page(wizard, CauseId.BACKGROUND_REFRESH)
    texts = [b.text() for b in page.findChildren(QRadioButton)]
    assert "Wi-Fi && Cellular Data" in texts, texts
    lone = [t for t in texts if re.search(r"(?<!&)&(?!&)", t)]
    assert lone == [], "a lone & would turn into a shortcut underline"


def test_the_verdict_banner_sits_above_the_questions(wizard: TroubleshooterWizard) -> None:
    page = cause_page(wizard, CauseId.NETWORK)
    assert page.ui.verdictBanner.parent() is page, "outside the scrolling part"
    assert page.ui.verdictLabel.text().startswith("So far: ")


def test_versions_are_taken_as_the_device_shows_them(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    wizard.model.put_device(Device(id="d1", kind=DeviceKind.MAC, name="Mac"))
    page = cause_page(wizard, CauseId.SOFTWARE)
    [editor] = page.findChildren(DeviceVersionEditor)
    for typed, stored in (("macOS Sonoma 14.5", "14.5"), ("17,5", "17.5"), ("iOS 17.5", "17.5")):
        editor.edit.setText(typed)
        editor.edit.editingFinished.emit()
        assert wizard.model.session.device("d1").os_version == stored  # type: ignore[union-attr]


def test_the_device_dialog_accepts_what_settings_shows(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    dialog = DeviceDialog(Device(id="d1", kind=DeviceKind.MAC, name=""), wizard)
    qtbot.addWidget(dialog)
    assert "macOS" in dialog.ui.versionEdit.placeholderText()
    dialog.ui.nameEdit.setText("Mac")
    dialog.ui.versionEdit.setText("nonsense")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.problemLabel.isVisibleTo(dialog) and dialog.result() == 0
    dialog.ui.versionEdit.setText("macOS Sonoma 14.5")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.device().os_version == "14.5"
    assert "Reachable" not in dialog.ui.addressesLabel.text()


def test_storage_can_be_typed_in_megabytes(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    page = cause_page(wizard, CauseId.STORAGE)
    [editor] = [e for e in page.editors if isinstance(e, LineEditor) and e.unit is not None][:1]
    assert editor.unit is not None
    editor.unit.setCurrentText("MB")
    editor.edit.setText("850")
    editor.edit.editingFinished.emit()
    answer = wizard.model.session.answer(editor.question.id, editor.device_id)
    assert answer is not None and answer.value == 0.85


def test_the_clock_is_answered_in_one_step_with_its_date(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    wizard.model.put_device(Device(id="d1", kind=DeviceKind.IPHONE, name="Phone"))
    page = cause_page(wizard, CauseId.CLOCK)
    [editor] = [e for e in page.editors if isinstance(e, TimeEditor)]
    assert editor.time.text() == "", "nothing pre-filled for the person to leave as it is"
    editor.time.setText("9:41")
    editor.time.editingFinished.emit()
    answer = wizard.model.session.answer(QuestionId.CLOCK_DEVICE_TIME, "d1")
    assert answer is not None and answer.value == "9:41" and answer.reference is not None
    editor.date.setDate(editor.date.date().addDays(-1))
    answer = wizard.model.session.answer(QuestionId.CLOCK_DEVICE_TIME, "d1")
    assert answer is not None and re.fullmatch(r"\d{4}-\d\d-\d\d 9:41", str(answer.value))


def test_progress_counts_only_the_pages_that_apply(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    skip_checks(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # past the triage page
    add_device(qtbot, wizard, DeviceKind.MAC, "Mac", "15.1", "On")
    steps = wizard.steps()[1:]
    click_next(qtbot, wizard)
    assert wizard.currentPage().subTitle() == f"Step 3 of {len(steps)}"
    assert wizard.button(wizard.WizardButton.CustomButton2).isVisible(), "Save as after welcome"
    assert (
        Qt.TextFormat.PlainText == cause_page(wizard, CauseId.NETWORK).ui.verdictLabel.textFormat()
    )


def test_every_page_fits_a_1024_pixel_screen_with_14_point_text(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    font = wizard.font()
    font.setPointSizeF(14)
    wizard.setFont(font)
    wizard.plan.initializePage()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert page.minimumSizeHint().width() <= 1024 - 260, page.title()  # beside the overview
