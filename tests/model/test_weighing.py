"""The weighed diagnosis: priors, likelihood ratios, bands, ranking by evidence only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imsync_gui.export.diagnosis_json import diagnosis_to_dict, read_diagnosis
from imsync_gui.model import diagnosis as diagnosis_module
from imsync_gui.model import knowledge
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, Verdict
from tests.model.builders import IPAD, IPHONE, MAC, healthy_answers, make_session

GOLDEN = Path(__file__).resolve().parent / "golden"

# Tie-prone sessions: two causes with evidence of similar strength. One more piece of evidence
# for either one must put that one first: the order follows the evidence, nothing else.
TIE_PRONE = [
    (  # equal priors, equal likelihood ratios: an exact tie until one more piece of evidence
        {("network.signal", "p"): "weak", ("power.mac_low_power", "m"): "always"},
        (CauseId.NETWORK, {("network.wifi_place", "p"): "shared"}),
        (CauseId.POWER, {("power.battery_percent", "p"): 8.0}),
    ),
    (
        {("account.signed_in", "t"): "no", ("messages.icloud_state", "m"): "off"},
        (CauseId.ACCOUNT, {"account.password_changed": "yes"}),
        (CauseId.MESSAGES, {("messages.imessage_on", "m"): "no"}),
    ),
]


def _order(answers) -> list[CauseId]:
    return [f.cause for f in diagnose(make_session(answers=answers)).likely]


@pytest.mark.parametrize(("both", "first", "second"), TIE_PRONE)
def test_order_follows_the_evidence(both, first, second) -> None:
    for cause, extra in (first, second):
        assert _order(both | extra)[0] is cause


@pytest.mark.parametrize(("both", "first", "second"), TIE_PRONE)
def test_order_does_not_depend_on_the_cause_enum(monkeypatch, both, first, second) -> None:
    sessions = [both, both | first[1], both | second[1]]
    before = [_order(answers) for answers in sessions]
    monkeypatch.setattr(
        diagnosis_module, "RULES", dict(reversed(list(diagnosis_module.RULES.items())))
    )
    monkeypatch.setattr(knowledge, "CAUSES", tuple(reversed(knowledge.CAUSES)))
    assert [_order(answers) for answers in sessions] == before


def test_no_evidence_keeps_the_prior_and_says_not_looked_at() -> None:
    bare = diagnose(make_session([Device(d.id, d.kind, d.name) for d in (IPHONE, IPAD, MAC)]))
    for finding in bare.findings:
        assert finding.verdict is Verdict.NOT_CHECKED
        assert finding.probability == pytest.approx(knowledge.cause(finding.cause).prior)
    # Ranked by prior alone, the most common reason first.
    assert bare.findings[0].cause is max(knowledge.CAUSES, key=lambda c: c.prior).id


def test_not_sure_moves_nothing() -> None:
    answers = {("power.low_power_mode", "p"): "not_sure", "storage.full_alert": "not_sure"}
    unsure = diagnose(make_session(answers=answers))
    bare = diagnose(make_session())
    for cause in CauseId:
        assert unsure.finding(cause).probability == bare.finding(cause).probability


def test_the_same_fact_asked_twice_counts_once() -> None:
    alert = diagnose(make_session(answers={"storage.full_alert": "yes"}))
    both = diagnose(
        make_session(
            answers={"storage.full_alert": "yes", "storage.plan": "5", "storage.used_gb": 5.0}
        )
    )
    arithmetic = diagnose(make_session(answers={"storage.plan": "5", "storage.used_gb": 5.0}))
    p = [d.finding(CauseId.STORAGE).probability for d in (alert, both, arithmetic)]
    assert p[1] == pytest.approx(max(p[0], p[2]))
    assert [w.counted for w in both.finding(CauseId.STORAGE).weighed].count(True) == 1


def test_a_step_done_with_the_message_still_there_lowers_its_causes_and_reranks() -> None:
    answers = healthy_answers() | {
        ("power.low_power_mode", "p"): "yes",
        ("background_refresh.setting", "t"): "off",
    }
    session = make_session(answers=answers)
    before = diagnose(session)
    assert before.likely[0].cause is CauseId.POWER
    session.done_steps.add("turn_off_low_power_mode")
    from imsync_gui.model.answers import Answer
    from tests.model.builders import T0

    session.set_answer(Answer("followup.still_paused", "yes", T0, "p"))
    after = diagnose(session)
    assert before.finding(CauseId.POWER).verdict is Verdict.PROBLEM
    assert (
        after.finding(CauseId.POWER).probability < 0.5 < before.finding(CauseId.POWER).probability
    )
    assert after.plan.first(1)[0].fix.id == "turn_on_background_refresh"
    assert any("still there" in w.text.render() for w in after.finding(CauseId.POWER).weighed)


def test_plan_steps_carry_minutes_and_chance() -> None:
    answers = healthy_answers() | {"storage.plan": "5", "storage.used_gb": 5.0}
    steps = diagnose(make_session(answers=answers)).plan.steps
    assert steps and all(s.minutes > 0 and 0 < s.chance <= 1 for s in steps)


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_version_1_and_2_diagnosis_files_both_load(golden: Path) -> None:
    current = json.loads(golden.read_text(encoding="utf-8"))
    assert read_diagnosis(current) == current
    old = {
        "schema": "imsync-gui-diagnosis",
        "version": 1,
        "findings": [{"cause": "power", "verdict": "problem", "confidence": "high"}],
        "plan": [{"rank": 1, "fix": "contact_apple_support", "effort": "support"}],
    }
    upgraded = read_diagnosis(old)
    assert upgraded["findings"][0]["band"] == "likely problem"
    assert upgraded["findings"][0]["probability"] is None
    assert upgraded["plan"][0]["needs_someone"] is True
    with pytest.raises(ValueError):
        read_diagnosis({"schema": "imsync-gui-diagnosis", "version": 9})


def test_export_carries_probability_band_and_weighted_evidence() -> None:
    data = diagnosis_to_dict(diagnose(make_session(answers=healthy_answers())))
    assert data["version"] == 2
    for finding in data["findings"]:
        assert 0 < finding["probability"] < 0.2
        assert finding["band"] == (
            "looks fine" if finding["weighted_evidence"] else "not looked at"
        )
        assert all(w["likelihood_ratio"] > 0 for w in finding["weighted_evidence"])
