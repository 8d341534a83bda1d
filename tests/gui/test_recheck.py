"""Check again on screen: only what the done steps could change is asked again; before/after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from imsync_gui.gui.comparison_view import ComparisonView
from imsync_gui.gui.recheck_dialog import RecheckDialog
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.model.answers import Answer
from imsync_gui.model.session import now
from imsync_gui.model.session_io import load_session

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "storage-full-family.json"


def _model_after_making_room() -> SessionModel:
    model = SessionModel(load_session(EXAMPLE))
    model.set_step_done("free_up_icloud_storage", True)
    model.set_step_done("turn_on_messages_in_icloud", True)
    return model


def test_the_dialog_asks_only_what_the_steps_could_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model_after_making_room()
    seen: list[object] = []
    model.answers_changed.connect(lambda: seen.append("answers"))
    recheck = model.start_new_round()
    assert recheck is not None and seen == ["answers"]
    assert len(model.session.rounds) == 1 and model.session.done_steps == set()
    dialog = RecheckDialog(model, recheck)
    qtbot.addWidget(dialog)
    asked = [(e.question.id, e.device_id) for e in dialog.editors]
    devices = [d.id for d in model.session.devices]
    assert asked[: len(devices)] == [("followup.still_paused", d) for d in devices]
    assert {q for q, _ in asked[len(devices) :]} == {
        "storage.used_gb",
        "storage.messages_gb",
        "storage.full_alert",
    }
    assert model.session.answer("storage.plan") is not None, "untouched answers are kept"
    editor = dialog.editors[0]
    editor.button("no").click()
    assert model.session.answer("followup.still_paused", devices[0]).value == "no"


def test_the_comparison_view_shows_each_cause_then_and_now(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _model_after_making_room()
    view = ComparisonView()
    qtbot.addWidget(view)
    view.show_session(model.session, model.diagnosis)
    assert view.comparison is None and view.isHidden(), "nothing to compare before a round"
    model.start_new_round()
    for question, value in (("storage.used_gb", 2.5), ("storage.full_alert", "no")):
        model.set_answer(Answer(question, value, now()))
    view.show_session(model.session, model.diagnosis)
    assert not view.isHidden()
    storage = view.findChild(QWidget, "headline_storage")
    assert storage is not None and storage.text() == "✓ Fixed"
    assert view.trend.text().startswith("Round 2 improved things since round 1")
    texts = [w.text() for w in view.findChildren(QWidget) if hasattr(w, "text")]
    assert any("How much of that storage is used? 5 GB → 2.5 GB" in t for t in texts)
