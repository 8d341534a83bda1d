"""Ranking of findings and of the fix plan."""

from __future__ import annotations

from dataclasses import replace

from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, CheckStatus, Effort, Verdict
from tests.model.builders import IPAD, IPHONE, MAC, check, healthy_answers, make_session


def _plan_ids(diagnosis) -> list[str]:
    return [s.fix.id for s in diagnosis.plan.steps]


def test_blocking_problem_ranks_above_a_surer_non_blocking_one() -> None:
    answers = healthy_answers() | {"storage.used_gb": 210.0, ("messages.imessage_on", "m"): "no"}
    diagnosis = diagnose(make_session(answers=answers))
    assert [f.cause for f in diagnosis.likely] == [CauseId.STORAGE, CauseId.MESSAGES]
    assert diagnosis.findings[0].blocking


def test_quick_wins_come_before_purchases_and_support() -> None:
    answers = healthy_answers() | {"storage.used_gb": 210.0}
    ids = _plan_ids(diagnose(make_session(answers=answers)))
    assert ids.index("free_up_icloud_storage") < ids.index("upgrade_icloud_storage")
    efforts = [
        s.fix.effort
        for s in diagnose(make_session(answers=answers)).plan.steps
        if not s.fix.closing
    ]
    assert efforts == sorted(efforts)


def test_closing_step_is_last_and_shared_steps_are_merged() -> None:
    answers = healthy_answers() | {"storage.used_gb": 210.0}
    devices = [IPHONE, IPAD, replace(MAC, messages_in_icloud=False)]
    diagnosis = diagnose(make_session(devices, answers))
    steps = diagnosis.plan.steps
    assert steps[-1].fix.id == "sync_now"
    assert _plan_ids(diagnosis).count("sync_now") == 1
    assert {f.cause for f in steps[-1].findings} == {CauseId.STORAGE, CauseId.MESSAGES}


def test_quick_likely_step_comes_before_waiting_for_an_outage() -> None:
    """Chance over cost: switching off Low Power Mode (a minute) before two hours of waiting."""
    outage = check("service_status", CheckStatus.FAIL, "iMessage outage", affected=["iMessage"])
    answers = healthy_answers() | {("power.low_power_mode", "p"): "yes"}
    diagnosis = diagnose(make_session(answers=answers, checks=[outage]))
    ids = _plan_ids(diagnosis)
    assert ids[0] == "turn_off_low_power_mode"
    assert "wait_for_apple" in ids


def test_steps_list_only_devices_they_apply_to() -> None:
    answers = healthy_answers() | {("background_refresh.setting", "t"): "off"}
    step = diagnose(make_session(answers=answers)).plan.steps[0]
    assert step.fix.id == "turn_on_background_refresh"
    assert [d.id for d in step.devices] == ["t"]


def test_situation_wide_step_lists_devices_it_has_instructions_for() -> None:
    answers = {"storage.plan": "5", "storage.used_gb": 5.0}
    step = diagnose(make_session([IPHONE, MAC], answers)).plan.steps[0]
    assert step.fix.id == "free_up_icloud_storage"
    assert [d.id for d in step.devices] == ["p", "m"]


def test_done_steps_are_marked_and_skipped_by_first() -> None:
    answers = healthy_answers() | {"storage.used_gb": 210.0}
    session = make_session(answers=answers)
    session.set_step_done("free_up_icloud_storage", True)
    plan = diagnose(session).plan
    assert plan.steps[0].done
    assert plan.first(1)[0].fix.id != "free_up_icloud_storage"


def test_warning_steps_follow_problem_steps() -> None:
    answers = healthy_answers() | {
        ("power.battery_percent", "p"): 10.0,  # warning
        ("network.low_data_mode", "t"): "yes",  # problem
    }
    diagnosis = diagnose(make_session(answers=answers))
    assert diagnosis.findings[0].verdict is Verdict.PROBLEM
    ids = _plan_ids(diagnosis)
    assert ids.index("turn_off_low_data_mode") < ids.index("charge_on_wifi")
    assert diagnosis.plan.steps[0].fix.effort is Effort.SECONDS


def test_each_step_gives_only_the_reasons_that_called_for_it() -> None:
    answers = healthy_answers() | {
        ("power.low_power_mode", "p"): "yes",
        ("power.battery_percent", "t"): 9.0,
    }
    steps = {s.fix.id: s for s in diagnose(make_session(answers=answers)).plan.steps}
    assert tuple(r.render() for r in steps["turn_off_low_power_mode"].reasons) == (
        "Phone: Low Power Mode is on, which pauses iCloud syncing.",
    )
    assert tuple(r.render() for r in steps["charge_on_wifi"].reasons) == (
        "Phone: Low Power Mode is on, which pauses iCloud syncing.",
        "Tablet: the battery is at 9 %.",
    )
