"""The next question is chosen off the UI thread; the page shows it once it arrives, and a
choice that was replaced by a newer one never reaches the screen."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from imsync_gui.gui import next_question_page
from imsync_gui.gui.next_question_page import NextQuestionPage
from imsync_gui.gui.question_editors import ChoiceEditor
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import translate
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.knowledge import storage
from imsync_gui.model.next_question import Candidate, Worth, next_question
from imsync_gui.model.session import Session

TWO = [
    Device(id="a", kind=DeviceKind.IPHONE, name="Phone"),
    Device(id="b", kind=DeviceKind.IPAD, name="Tablet"),
]


def shown_page(qtbot: QtBot, model: SessionModel | None = None) -> NextQuestionPage:
    page = NextQuestionPage(model or SessionModel(Session(devices=list(TWO))))
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_question_is_chosen_off_the_ui_thread_and_shown_when_it_arrives(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    def recording(session: Session, skipped: frozenset[str]) -> Candidate | None:
        threads.append(threading.current_thread())
        return next_question(session, skipped)

    monkeypatch.setattr(next_question_page, "next_question", recording)
    model = SessionModel(Session(devices=list(TWO)))
    page = shown_page(qtbot, model)
    page.initializePage()
    assert page.choosing and not page.plan_offered and page.editors == []
    assert page.question_label.text() == "Finding the question that matters most…"
    with qtbot.waitSignal(page.chosen):
        pass
    assert threads and threads[0] is not threading.main_thread()
    expected = next_question(model.session)
    assert expected is not None and page.asked == expected
    assert page.question_label.text() == translate(expected.question.text)
    assert page.editors and all(e.isEnabled() for e in page.editors)
    assert page.count == 1


def test_a_choice_replaced_by_a_newer_one_is_never_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release, returned = threading.Event(), threading.Event(), threading.Event()
    old = Candidate(storage.USED, (), Worth(0.5, 0.1))
    new = Candidate(storage.FULL_ALERT, (), Worth(0.4, 0.1))

    def first_slow_then_quick(session: Session, skipped: frozenset[str]) -> Candidate:
        if started.is_set():
            return new
        started.set()
        release.wait(10)
        returned.set()
        return old

    monkeypatch.setattr(next_question_page, "next_question", first_slow_then_quick)
    page = shown_page(qtbot)
    page.initializePage()
    qtbot.waitUntil(started.is_set)  # the first choice is under way, and hangs
    page.cleanupPage()  # Back ...
    page.initializePage()  # ... and Next again: a newer choice
    with qtbot.waitSignal(page.chosen):
        pass
    assert page.asked == new
    [editor] = page.editors
    assert isinstance(editor, ChoiceEditor)
    release.set()
    qtbot.waitUntil(returned.is_set)
    qtbot.wait(50)  # time for the old result to arrive, were it still wanted
    assert page.asked == new and page.count == 1
    assert page.editors == [editor], "the newer question's answers stay on the page"


def test_next_waits_while_the_question_is_being_chosen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    calls: list[frozenset[str]] = []

    def slow(session: Session, skipped: frozenset[str]) -> Candidate | None:
        calls.append(skipped)
        release.wait(10)
        return Candidate(storage.FULL_ALERT, (), Worth(0.4, 0.1))

    monkeypatch.setattr(next_question_page, "next_question", slow)
    page = shown_page(qtbot)
    page.initializePage()
    assert page.validatePage() is False, "Next neither leaves nor asks again"
    assert page.choosing and not page.plan_offered
    release.set()
    with qtbot.waitSignal(page.chosen):
        pass
    assert len(calls) == 1 and page.asked is not None and not page.choosing
