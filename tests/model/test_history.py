"""Session history: rounds, migration of every earlier format, compaction, unreadable entries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from imsync_gui.model import knowledge, session_io
from imsync_gui.model.answers import Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, CheckStatus, Verdict
from imsync_gui.model.history import FULL_ROUNDS, MAX_ROUNDS, compacted
from imsync_gui.model.recheck import start_new_round
from imsync_gui.model.session_io import (
    load_session,
    save_session,
    session_from_text,
    session_to_dict,
)
from tests.model.builders import IPHONE, T0, check, healthy_answers, make_session

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "assets" / "examples").glob("*.json"))

V1_FILE = {
    "format": "imsync-gui-session",
    "version": 1,
    "saved_at": "2026-03-01T10:00:00+00:00",
    "devices": [{"id": "d1", "kind": "iphone", "name": "Phone", "apple_id": "x@icloud.com"}],
    "answers": {"storage.plan": "5", "storage.used_gb": 4.9, "storage.full_alert": "yes"},
    "checks": [],
}


def _full_storage_session():
    """Storage full; the person made room in iCloud (ticked the step)."""
    session = make_session(
        [IPHONE],
        healthy_answers([IPHONE])
        | {"storage.plan": "5", "storage.used_gb": 4.95, "storage.full_alert": "yes"},
        checks=[check("clock", CheckStatus.PASS, offset_s=0.1)],
    )
    session.set_step_done("free_up_icloud_storage", True)
    return session


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_migrates_to_the_current_format(path: Path, tmp_path: Path) -> None:
    raw = json.loads(path.read_text("utf-8"))
    assert raw["version"] == 2, "the examples are kept in format 2 to test the migration"
    session = load_session(path)
    assert session.rounds == [] and session.unreadable_rounds == []
    assert session.round_start == session.created_at and session.round_number == 1
    assert session.step_done_at == {}, "format 2 did not record when steps were ticked"
    saved = tmp_path / path.name
    save_session(session, saved)
    again = json.loads(saved.read_text("utf-8"))
    assert again["version"] == session_io.VERSION == 3
    assert session_to_dict(load_session(saved)) == again
    for key in ("devices", "answers", "checks", "done_steps", "created_at"):
        assert again[key] == raw[key], key


def test_version_1_file_migrates_through_version_2_to_3() -> None:
    session = session_from_text(json.dumps(V1_FILE))
    assert session.answer("storage.used_gb").value == 4.9
    assert session.rounds == [] and session.round_start.isoformat() == V1_FILE["saved_at"]
    assert session_to_dict(session)["version"] == 3


def test_a_new_round_keeps_a_dated_snapshot_and_asks_again_what_the_steps_changed() -> None:
    session = _full_storage_session()
    session.set_answer(Answer("followup.still_paused", "yes", T0, "p"))
    closed_at = T0 + timedelta(hours=2)
    recheck = start_new_round(session, closed_at)
    assert recheck is not None
    past = recheck.closed
    assert past.number == 1 and past.started_at == T0 and past.ended_at == closed_at
    storage = past.cause(CauseId.STORAGE)
    assert storage is not None and storage.verdict is Verdict.PROBLEM
    assert storage.band == "likely problem"
    assert storage.probability is not None and storage.probability >= 0.5, "the engine's estimate"
    assert list(past.done_steps) == ["free_up_icloud_storage"]
    assert past.answers[("storage.used_gb", None)].value == 4.95, "answers as they were"
    assert past.checks["clock"].status is CheckStatus.PASS
    assert set(recheck.ask_again) == {
        ("storage.used_gb", None),
        ("storage.full_alert", None),
        ("followup.still_paused", "p"),
    }
    assert session.answer("storage.used_gb") is None
    assert session.answer("storage.plan").value == "5", "answers no step touched are kept"
    assert session.check("clock") is not None, "no done step affects the clock check"
    assert session.done_steps == set() and session.step_done_at == {}
    assert session.round_number == 2 and session.round_start == closed_at
    assert session.rounds == [past]


def test_done_steps_drop_the_check_results_they_could_change() -> None:
    session = make_session([IPHONE], checks=[check("clock", CheckStatus.FAIL, offset_s=400.0)])
    session.set_step_done("set_time_automatically", True)
    recheck = start_new_round(session, T0 + timedelta(minutes=5))
    assert recheck is not None and recheck.checks_dropped == ("clock",)
    assert session.check("clock") is None, "a stale failure is not shown as the state now"


def test_device_details_a_done_step_changes_are_named() -> None:
    mac_off = Device("m", IPHONE.kind.MAC, "Mac", "26.1", "a@icloud.com", (), False)
    session = make_session([IPHONE, mac_off], healthy_answers([IPHONE, mac_off]))
    session.set_step_done("turn_on_messages_in_icloud", True)
    recheck = start_new_round(session, T0 + timedelta(minutes=5))
    assert recheck is not None and ("m", "messages_in_icloud") in recheck.device_details


def test_an_empty_round_is_not_kept() -> None:
    session = make_session([IPHONE])
    assert start_new_round(session) is None
    assert session.rounds == []


def test_rounds_round_trip_and_match_the_schema(tmp_path: Path) -> None:
    import jsonschema

    session = _full_storage_session()
    start_new_round(session, T0 + timedelta(hours=1))
    session.set_step_done("upgrade_icloud_storage", True)
    path = tmp_path / "s.json"
    save_session(session, path)
    data = json.loads(path.read_text("utf-8"))
    jsonschema.validate(data, session_io.session_schema())
    loaded = load_session(path)
    assert loaded.rounds == session.rounds
    assert loaded.step_done_at == session.step_done_at
    assert loaded.round_start == session.round_start
    assert session_to_dict(loaded) == data


def test_only_the_newest_rounds_keep_answers_and_nothing_is_lost(tmp_path: Path) -> None:
    session = _full_storage_session()
    total = FULL_ROUNDS + 5
    for number in range(total):
        session.record_check(check("clock", CheckStatus.PASS, offset_s=float(number)))
        start_new_round(session, T0 + timedelta(minutes=number + 1))
    assert [r.number for r in session.rounds] == list(range(1, total + 1))
    assert [r.compacted for r in session.rounds] == [True] * 5 + [False] * FULL_ROUNDS
    assert session.rounds[0].cause(CauseId.STORAGE).verdict is Verdict.PROBLEM
    path = tmp_path / "s.json"
    save_session(session, path)
    entries = json.loads(path.read_text("utf-8"))["rounds"]
    assert ["answers" in e for e in entries] == [False] * 5 + [True] * FULL_ROUNDS
    assert load_session(path).rounds == session.rounds


def test_an_unreadable_round_is_skipped_named_and_written_back(tmp_path: Path) -> None:
    session = _full_storage_session()
    for minutes in (1, 2, 3):
        session.record_check(check("clock", CheckStatus.PASS, offset_s=float(minutes)))
        start_new_round(session, T0 + timedelta(minutes=minutes))
    data = session_to_dict(session)
    data["rounds"][1]["causes"][0]["verdict"] = "sort of"
    data["rounds"].insert(0, "not a round at all")
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), "utf-8")
    loaded = load_session(path)
    assert [r.number for r in loaded.rounds] == [1, 3]
    assert [b.position for b in loaded.unreadable_rounds] == [1, 3]
    texts = [b.message.render() for b in loaded.unreadable_rounds]
    assert texts[0].startswith("History entry 1 could not be read")
    assert "History entry 3" in texts[1] and "causes[0].verdict" in texts[1]
    assert loaded.round_number == 5, "a new round never reuses a number"
    save_session(loaded, path)
    assert json.loads(path.read_text("utf-8"))["rounds"] == data["rounds"], "nothing dropped"
    start_new_round(loaded, T0 + timedelta(minutes=9))
    save_session(loaded, path)
    rounds = json.loads(path.read_text("utf-8"))["rounds"]
    assert rounds[:4] == data["rounds"] and rounds[4]["number"] == 5


def test_a_round_with_an_impossible_value_is_skipped() -> None:
    session = _full_storage_session()
    start_new_round(session, T0 + timedelta(minutes=1))
    data = session_to_dict(session)
    data["rounds"][0]["ended_at"] = "the day after"
    loaded = session_from_text(json.dumps(data))
    assert loaded.rounds == [] and "makes no sense" in loaded.unreadable_rounds[0].reason


def test_every_fix_step_lists_what_it_affects() -> None:
    questions = {q.id for q in knowledge.all_questions()}
    device_fields = set(Device.__dataclass_fields__)
    for cause in knowledge.CAUSES:
        for fix in cause.fixes:
            affects = (*fix.affects_questions, *fix.affects_checks, *fix.affects_devices)
            assert affects or fix.closing, f"{fix.id} lists nothing it affects"
            assert set(fix.affects_questions) <= questions, fix.id
            assert set(fix.affects_devices) <= device_fields, fix.id
            for question in fix.affects_questions:
                assert knowledge.question(question).cause is cause.id, (fix.id, question)


def test_is_the_message_still_there_is_evidence_in_the_diagnosis() -> None:
    from imsync_gui.model.diagnosis import diagnose

    session = make_session([IPHONE], healthy_answers([IPHONE]))
    session.set_answer(Answer("followup.still_paused", "yes", T0, IPHONE.id))
    evidence = [e.render() for e in diagnose(session).finding(CauseId.MESSAGES).evidence]
    assert "Phone: Still shows “Syncing with iCloud Paused” after the steps." in evidence


def test_the_history_never_outgrows_what_a_file_may_hold() -> None:
    assert session_io.session_schema()["properties"]["rounds"]["maxItems"] == MAX_ROUNDS
    session = _full_storage_session()
    start_new_round(session, T0 + timedelta(minutes=1))
    one = session.rounds[0]
    many = [replace(one, number=n) for n in range(1, MAX_ROUNDS + 6)]
    kept = compacted(many)
    assert len(kept) == MAX_ROUNDS and kept[-1].number == MAX_ROUNDS + 5, "the newest stay"
    assert sum(not r.compacted for r in kept) == FULL_ROUNDS
    assert len(compacted(many, unreadable=3)) == MAX_ROUNDS - 3
