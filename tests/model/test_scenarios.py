"""For every cause: a scenario where it is the top finding, and one where it is ruled out."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from imsync_gui.model.answers import AnswerValue
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, CheckStatus, Verdict
from tests.model.builders import (
    IPAD,
    IPHONE,
    LOCAL,
    MAC,
    Key,
    check,
    healthy_answers,
    healthy_checks,
    make_session,
)

REF = datetime(2026, 11, 28, 19, 5, 0, tzinfo=LOCAL)


def _scenario(
    answers: dict[Key, AnswerValue] | None = None,
    checks: list[CheckResult] | None = None,
    devices: tuple[Device, ...] = (IPHONE, IPAD, MAC),
    references: dict[Key, datetime] | None = None,
):
    merged = healthy_answers(devices) | (answers or {})
    by_id = {c.check_id: c for c in healthy_checks()} | {c.check_id: c for c in checks or []}
    return diagnose(make_session(devices, merged, by_id.values(), references))


BREAKS: dict[CauseId, dict] = {
    CauseId.NETWORK: {"answers": {("network.connection", "p"): "offline"}},
    CauseId.STORAGE: {"answers": {"storage.used_gb": 200.0}},
    CauseId.ACCOUNT: {"answers": {"account.locked": "yes"}},
    CauseId.SOFTWARE: {"devices": (IPHONE, replace(IPAD, os_version="10.3.3"), MAC)},
    CauseId.POWER: {"answers": {("power.low_power_mode", "t"): "yes"}},
    CauseId.SERVICE_STATUS: {
        "checks": [
            check(
                "service_status", CheckStatus.FAIL, "iMessage has an outage", affected=["iMessage"]
            )
        ]
    },
    CauseId.CLOCK: {
        "answers": {("clock.device_time", "m"): "19:17"},
        "references": {("clock.device_time", "m"): REF},
    },
    CauseId.BACKGROUND_REFRESH: {"answers": {("background_refresh.setting", "p"): "off"}},
    CauseId.MESSAGES: {"devices": (IPHONE, IPAD, replace(MAC, messages_in_icloud=False))},
}


def test_healthy_session_rules_out_every_cause() -> None:
    diagnosis = _scenario()
    assert {f.cause: f.verdict for f in diagnosis.findings} == dict.fromkeys(CauseId, Verdict.FINE)
    assert diagnosis.plan.steps == ()


@pytest.mark.parametrize("cause", list(CauseId))
def test_cause_is_top_finding_when_broken(cause: CauseId) -> None:
    diagnosis = _scenario(**BREAKS[cause])
    top = diagnosis.findings[0]
    assert top.cause is cause
    assert top.verdict is Verdict.PROBLEM
    assert diagnosis.counts[Verdict.PROBLEM] == 1
    assert diagnosis.plan.steps, "a problem always comes with something to do"
    assert set(top.fixes) <= {s.fix.id for s in diagnosis.plan.steps}


@pytest.mark.parametrize("cause", list(CauseId))
def test_cause_is_ruled_out_when_healthy_and_others_broken(cause: CauseId) -> None:
    others = [c for c in CauseId if c is not cause]
    broken = others[0]
    diagnosis = _scenario(**BREAKS[broken])
    assert diagnosis.finding(cause).verdict is Verdict.FINE
    assert cause not in {f.cause for s in diagnosis.plan.steps for f in s.findings}


def test_nothing_answered_is_never_fine() -> None:
    bare = [Device(d.id, d.kind, d.name) for d in (IPHONE, IPAD, MAC)]
    diagnosis = diagnose(make_session(bare))
    assert all(f.verdict is Verdict.NOT_CHECKED for f in diagnosis.findings)
    assert diagnosis.counts[Verdict.NOT_CHECKED] == 9


def test_not_sure_counts_as_unknown_not_fine() -> None:
    answers = {
        ("power.low_power_mode", "p"): "not_sure",
        ("power.battery_percent", "p"): "not_sure",
    }
    diagnosis = diagnose(make_session([IPHONE], answers))
    assert diagnosis.finding(CauseId.POWER).verdict is Verdict.NOT_CHECKED


def test_check_that_could_not_run_is_not_shown_as_pass() -> None:
    session = make_session(
        [IPHONE], {}, [check("service_status", CheckStatus.ERROR, "The status page did not answer")]
    )
    finding = diagnose(session).finding(CauseId.SERVICE_STATUS)
    assert finding.verdict is Verdict.NOT_CHECKED
    assert any("could not run" in e.render() for e in finding.evidence)


def test_network_checks_weigh_less_when_computer_is_on_another_network() -> None:
    failing = [check("push", CheckStatus.FAIL, "Both push ports are blocked")]
    same = _scenario({"network.same_network": "yes"}, failing).finding(CauseId.NETWORK)
    other = _scenario({"network.same_network": "no"}, failing).finding(CauseId.NETWORK)
    assert same.verdict is Verdict.PROBLEM
    assert same.probability > other.probability > _scenario().finding(CauseId.NETWORK).probability
    assert any("may not be your phone's" in e.render() for e in other.evidence)


def test_clock_off_by_whole_hours_mentions_time_zone() -> None:
    finding = _scenario(
        {("clock.device_time", "p"): "20:05"}, references={("clock.device_time", "p"): REF}
    ).finding(CauseId.CLOCK)
    assert finding.verdict is Verdict.PROBLEM
    assert any("time zone" in e.render() for e in finding.evidence)


def test_clock_slightly_off_raises_the_clock_but_is_no_problem() -> None:
    finding = _scenario(
        {("clock.device_time", "p"): "19:08"}, references={("clock.device_time", "p"): REF}
    ).finding(CauseId.CLOCK)
    right = _scenario(
        {("clock.device_time", "p"): "19:05"}, references={("clock.device_time", "p"): REF}
    ).finding(CauseId.CLOCK)
    assert right.probability < finding.probability < 0.5


def test_background_refresh_on_wifi_only_while_on_mobile_data_is_a_warning() -> None:
    finding = _scenario(
        {("background_refresh.setting", "p"): "wifi", ("network.connection", "p"): "cellular"}
    ).finding(CauseId.BACKGROUND_REFRESH)
    assert finding.verdict is Verdict.WARNING
    assert finding.devices == ("p",)


def test_storage_numbers_that_cannot_be_right_are_reported_not_judged() -> None:
    finding = diagnose(
        make_session(
            [IPHONE], {"storage.plan": "50", "storage.used_gb": 10.0, "storage.messages_gb": 20.0}
        )
    ).finding(CauseId.STORAGE)
    assert finding.verdict is Verdict.NOT_CHECKED
    assert any("more space than is used" in e.render() for e in finding.evidence)


def test_diagnosis_is_deterministic() -> None:
    session = make_session(answers=healthy_answers() | {"storage.used_gb": 199.5})
    assert diagnose(session) == diagnose(session.copy())


def test_answers_that_are_not_options_are_ignored_not_fatal() -> None:
    answers = healthy_answers() | {
        "storage.plan": "lots",
        ("network.connection", "p"): "carrier pigeon",
    }
    diagnosis = _scenario(answers)
    assert (
        diagnosis.finding(CauseId.STORAGE).verdict is Verdict.FINE
    )  # the alert answer still counts
    assert not any("lots" in e.render() for e in diagnosis.finding(CauseId.STORAGE).evidence)
    assert diagnosis.finding(CauseId.NETWORK).verdict is Verdict.FINE
