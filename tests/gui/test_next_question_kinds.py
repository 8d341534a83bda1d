"""The next-question page shows every kind of question the wizard may ask next: a number
and a device's clock as well as yes/no and choices."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from imsync_gui.gui.next_question_page import NextQuestionPage
from imsync_gui.gui.question_editors import LineEditor, ReferenceClockLabel, TimeEditor
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.model.answers import YES, Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge import clock, storage
from imsync_gui.model.next_question import ASKABLE, Candidate, Worth
from imsync_gui.model.session import Session, now

TWO = [
    Device(id="a", kind=DeviceKind.IPHONE, name="Phone"),
    Device(id="b", kind=DeviceKind.IPAD, name="Tablet"),
]


def page_asking(qtbot: QtBot, candidate: Candidate) -> NextQuestionPage:
    """The page with *candidate* on it."""
    page = NextQuestionPage(SessionModel(Session(devices=list(TWO))))
    qtbot.addWidget(page)
    page.asked = candidate
    page.retranslate()
    page.show()
    return page


def test_a_number_question_is_typed_on_the_page(qtbot: QtBot) -> None:
    assert storage.USED.kind in ASKABLE
    page = page_asking(qtbot, Candidate(storage.USED, (), Worth(0.5, 0.1)))
    [editor] = page.editors
    assert isinstance(editor, LineEditor)
    field = editor.findChild(QLineEdit)
    assert field is not None
    field.setText("4.8")
    field.editingFinished.emit()
    assert editor.answer is not None and editor.answer.value == 4.8


def test_a_clock_is_read_on_each_device_beside_the_accurate_time(qtbot: QtBot) -> None:
    assert clock.DEVICE_TIME.kind in ASKABLE
    page = page_asking(qtbot, Candidate(clock.DEVICE_TIME, tuple(TWO), Worth(0.5, 0.1)))
    assert page.same.isChecked() and not page.same.isVisible(), "no one time for all clocks"
    assert [type(e) for e in page.editors] == [TimeEditor, TimeEditor]
    assert page.findChild(ReferenceClockLabel) is not None


def test_the_page_says_which_cause_leads_so_far_once_one_calls_for_action(qtbot: QtBot) -> None:
    page = page_asking(qtbot, Candidate(clock.AUTOMATIC, tuple(TWO), Worth(0.5, 0.1)))
    assert "Most likely so far" not in page.progress.text(), "nothing points anywhere yet"
    page._model.set_answer(Answer(QuestionId.CLOCK_LOOKS_WRONG, YES, now()))
    page.retranslate()
    assert "Most likely so far: Date and time." in page.progress.text()
