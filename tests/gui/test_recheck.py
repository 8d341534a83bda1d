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


def test_check_again_from_the_plan_page(qtbot, lab, data_folder, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    from imsync_gui.gui.wizard import PageId
    from tests.gui.conftest import make_wizard
    from tests.gui.person import agree, answer, click_next

    wizard = make_wizard(qtbot, lab, data_folder, settings)
    agree(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.service.is_running(), timeout=20000)
    wizard.model.replace_session(load_session(EXAMPLE))
    while wizard.currentId() != PageId.PLAN:
        click_next(qtbot, wizard)
    button = wizard.plan.check_again
    assert not button.isEnabled(), "nothing ticked yet: nothing to check again"
    assert wizard.plan.comparison.isHidden()
    tick = wizard.plan.view.findChild(QCheckBox, "done_free_up_icloud_storage")
    assert tick is not None
    tick.click()
    assert button.isEnabled()
    button.click()
    dialog = wizard.findChild(RecheckDialog)
    assert dialog is not None and dialog.isVisible()
    assert wizard.service.is_running(), "the live checks run again"
    round_start = wizard.model.session.round_start
    for editor in dialog.editors:
        if editor.question.id == "followup.still_paused":
            answer(qtbot, editor, "no")
        elif editor.question.id == "storage.used_gb":
            answer(qtbot, editor, 2.5)
        elif editor.question.id == "storage.full_alert":
            answer(qtbot, editor, "no")
    dialog.accept()
    qtbot.waitUntil(lambda: not wizard.service.is_running(), timeout=20000)
    checks = wizard.model.session.checks.values()
    assert checks and all(r.started_at >= round_start for r in checks)
    comparison = wizard.plan.comparison
    assert not comparison.isHidden()
    mark = comparison.findChild(QWidget, "headline_storage")
    assert mark is not None and mark.text() == "✓ Fixed"
    from imsync_gui.model.enums import CauseId

    assert wizard.overview.state_of(CauseId.STORAGE) == "iCloud storage: Looks fine, ✓ Fixed"
    assert "," not in wizard.overview.state_of(CauseId.NETWORK), "unchanged causes show no trend"
