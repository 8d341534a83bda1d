"""What a parent sees: a way on without the checks, labels as written, versions and sizes as
the phone shows them, one-step clock answers, a verdict at the top and a sense of progress."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton, QScrollArea, QStyle
from pytestqt.qtbot import QtBot

from imsync_gui.gui.cause_overview import CauseOverview
from imsync_gui.gui.cause_page import CausePage
from imsync_gui.gui.device_dialog import DeviceDialog
from imsync_gui.gui.language import apply_language
from imsync_gui.gui.question_editors import DeviceVersionEditor, LineEditor, TimeEditor
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.i18n import ENGLISH
from imsync_gui.model.answers import Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, DeviceKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.session import now
from imsync_gui.model.session_io import load_session
from tests.gui.person import add_device, click_next, skip_checks

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "storage-full-family.json"


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


@pytest.fixture
def language(request: pytest.FixtureRequest, wizard: TroubleshooterWizard) -> Iterator[str]:
    """The wizard switched to the language in *request.param*, English again afterwards."""
    wizard.language_menu.choices[request.param].trigger()
    yield request.param
    apply_language(ENGLISH)


def settle(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """Let 'What matters next', passed on the way, finish choosing and place its focus: its
    timer must not fire after the window is gone."""
    qtbot.waitUntil(lambda: not wizard.pages.next_question.choosing, timeout=5000)
    qtbot.wait(20)


def on_the_plan_after_checking_again(qtbot: QtBot, wizard: TroubleshooterWizard) -> None:
    """The sample family's session after making room in iCloud and checking again, on the plan
    page: trends in the overview, the before/after table on the page."""
    skip_checks(qtbot, wizard)
    click_next(qtbot, wizard)
    wizard.model.replace_session(load_session(EXAMPLE))
    wizard.model.set_step_done("free_up_icloud_storage", True)
    wizard.model.start_new_round()  # trends under the state words: "✓ Fixed", "● Still a problem"
    for question, value in (("storage.used_gb", 2.5), ("storage.full_alert", "no")):
        wizard.model.set_answer(Answer(question, value, now()))
    wizard.jump_to(PageId.PLAN)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PLAN)
    settle(qtbot, wizard)
    assert wizard.plan.comparison.isVisibleTo(wizard.plan)


def clipped_rows(overview: CauseOverview) -> list[str]:
    """The overview's rows whose text the view cuts off: a row reaching past the view's right
    edge, or a line wider (or more lines taller) than the place the style gives the row's text.
    (Rows below the view are not cut off: the overview scrolls up and down.)"""
    metrics = overview.fontMetrics()
    right = overview.viewport().rect().right()
    clipped = []
    for row in range(overview.count()):
        item = overview.item(row)
        option = overview.row_option(item.text())
        option.rect = overview.visualItemRect(item)
        room = overview.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, option, overview
        )
        lines = item.text().split("\n")
        if (
            option.rect.left() < 0
            or option.rect.right() > right
            or max(metrics.horizontalAdvance(line) for line in lines) > room.width()
            or len(lines) * metrics.lineSpacing() > room.height() + metrics.leading()
        ):
            clipped.append(item.text())
    return clipped


@pytest.mark.parametrize("language", ["de", "es", "en"], indirect=True)
@pytest.mark.parametrize("point_size", [None, 14.0])
def test_the_overview_shows_every_word_whole(
    qtbot: QtBot, wizard: TroubleshooterWizard, language: str, point_size: float | None
) -> None:
    if point_size:
        font = wizard.font()
        font.setPointSizeF(point_size)
        wizard.setFont(font)
    on_the_plan_after_checking_again(qtbot, wizard)
    overview = wizard.overview
    texts = [overview.item(row).text() for row in range(overview.count())]
    assert any(text.count("\n") >= 2 for text in texts), "a trend is shown"
    assert overview.horizontalScrollBar().maximum() == 0, "nothing to scroll sideways to"
    assert clipped_rows(overview) == [], f"cut off in {language}"


@pytest.mark.parametrize("language", ["de", "es", "en"], indirect=True)
def test_every_page_fits_a_1024_pixel_screen_with_14_point_text(
    qtbot: QtBot, wizard: TroubleshooterWizard, language: str
) -> None:
    font = wizard.font()
    font.setPointSizeF(14)
    wizard.setFont(font)
    on_the_plan_after_checking_again(qtbot, wizard)  # the before/after table shown too
    wizard.resize(1024, 700)
    qtbot.wait(10)
    beside = wizard.width() - wizard.currentPage().width()  # the overview and the margins
    assert beside > wizard.overview.width()
    for area in wizard.plan.findChildren(QScrollArea):
        assert area.horizontalScrollBar().maximum() == 0, "the plan scrolls sideways"
    sideways = []
    for page_id in wizard.pageIds():
        if page_id in (PageId.WELCOME, PageId.NEXT_QUESTION):
            continue  # no scrolling part
        wizard.jump_to(page_id)
        if wizard.currentId() != page_id:
            continue
        qtbot.wait(10)
        page = wizard.currentPage()
        if any(a.horizontalScrollBar().maximum() > 0 for a in page.findChildren(QScrollArea)):
            sideways.append(page.title())
    settle(qtbot, wizard)
    assert sideways == [], "pages that scroll sideways"
    assert wizard.plan.comparison.stacked or language != "de", "names above states in German"
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert page.minimumSizeHint().width() <= 1024 - beside, page.title()


def test_the_before_and_after_table_is_a_table_where_it_fits(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    on_the_plan_after_checking_again(qtbot, wizard)
    wizard.resize(1024, 700)
    qtbot.wait(10)
    assert not wizard.plan.comparison.stacked


@pytest.mark.parametrize("language", ["de", "en"], indirect=True)
def test_the_row_of_the_page_on_screen_stays_in_view(
    qtbot: QtBot, wizard: TroubleshooterWizard, language: str
) -> None:
    """At 14 pt on a small screen, after checking again the rows grow (trends under the state
    words): the current row, Your plan, must still be in sight."""
    font = wizard.font()
    font.setPointSizeF(14)
    wizard.setFont(font)
    wizard.resize(1024, 700)
    on_the_plan_after_checking_again(qtbot, wizard)
    overview = wizard.overview
    current = overview.currentItem()
    assert current is overview.row_of(PageId.PLAN)
    qtbot.waitUntil(
        lambda: overview.viewport().rect().contains(overview.visualItemRect(current)), timeout=1000
    )
