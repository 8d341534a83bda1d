"""An answer read from this computer says so next to the question; an edit makes it the person's."""

from __future__ import annotations

from imsync_gui.gui.question_editors import ChoiceEditor, editor_for
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import _
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.knowledge import question
from imsync_gui.model.session import Session
from tests.model.builders import MAC, check


def test_filled_answer_shows_its_source_and_an_edit_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = SessionModel(Session())
    model.put_device(MAC)
    editor = editor_for(model, question("clock.how_far_off"), MAC)
    qtbot.addWidget(editor)
    model.answers_changed.connect(editor.refresh)  # as the pages do
    editor.show()
    assert isinstance(editor, ChoiceEditor)
    assert not editor.source_note.isVisible()

    model.record_check(
        check(
            "this_computer", CheckStatus.PASS, os_name="macOS", on_battery=False, power_saver=False
        )
    )
    model.record_check(check("clock", CheckStatus.PASS, offset_s=3.0))
    assert editor.button("right").isChecked()
    assert editor.source_note.isVisible()
    assert editor.source_note.text() == _("Read from this computer")

    editor.button("minutes").click()
    answer = model.session.answer("clock.how_far_off", "m")
    assert answer is not None and answer.value == "minutes" and answer.source is None
    assert not editor.source_note.isVisible()
    model.record_check(check("clock", CheckStatus.PASS, offset_s=1.0))
    assert editor.button("minutes").isChecked()
