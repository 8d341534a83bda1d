"""Every sub-cause of the seed article that issue 14 found missing: its answer makes its cause
worth acting on and puts its own fix step in the plan; a reassuring answer rules it out; "Not
sure" moves nothing."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from imsync_gui.model import knowledge
from imsync_gui.model.answers import NOT_SURE, AnswerValue
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from tests.model.builders import IPAD, IPHONE, MAC, Key, make_session

DEVICES = (IPHONE, IPAD, MAC)


@dataclass(frozen=True)
class SubCause:
    """One sub-cause: the answer that reveals it, the answer that rules it out, and its fix."""

    name: str
    key: Key
    bad: AnswerValue
    good: AnswerValue
    cause: CauseId
    fix: FixId


SUBCAUSES = (
    SubCause(
        "password changed",
        QuestionId.ACCOUNT_PASSWORD_CHANGED,
        "yes",
        "no",
        CauseId.ACCOUNT,
        FixId.ENTER_NEW_PASSWORD,
    ),
    SubCause(
        "codes never arrive",
        QuestionId.ACCOUNT_CODES_ARRIVE,
        "no",
        "yes",
        CauseId.ACCOUNT,
        FixId.GET_VERIFICATION_CODE,
    ),
    SubCause(
        "trusted number no longer yours",
        QuestionId.ACCOUNT_TRUSTED_NUMBER_YOURS,
        "no",
        "yes",
        CauseId.ACCOUNT,
        FixId.UPDATE_TRUSTED_NUMBER,
    ),
    SubCause(
        "new device never verified",
        (QuestionId.ACCOUNT_DEVICE_VERIFIED, "m"),
        "new_unverified",
        "established",
        CauseId.ACCOUNT,
        FixId.VERIFY_NEW_DEVICE,
    ),
    SubCause(
        "payment problem",
        QuestionId.ACCOUNT_PAYMENT_PROBLEM,
        "yes",
        "no",
        CauseId.ACCOUNT,
        FixId.UPDATE_PAYMENT_METHOD,
    ),
    SubCause(
        "switching Wi-Fi and mobile data",
        (QuestionId.NETWORK_SIGNAL, "p"),
        "switching",
        "strong",
        CauseId.NETWORK,
        FixId.STEADY_CONNECTION,
    ),
    SubCause(
        "weak signal",
        (QuestionId.NETWORK_SIGNAL, "t"),
        "weak",
        "strong",
        CauseId.NETWORK,
        FixId.STEADY_CONNECTION,
    ),
    SubCause(
        "busy shared Wi-Fi",
        (QuestionId.NETWORK_WIFI_PLACE, "m"),
        "shared",
        "home",
        CauseId.NETWORK,
        FixId.AVOID_BUSY_WIFI,
    ),
    SubCause(
        "date off by days",
        (QuestionId.CLOCK_HOW_FAR_OFF, "m"),
        "days",
        "right",
        CauseId.CLOCK,
        FixId.CORRECT_THE_DATE,
    ),
    SubCause(
        "year wrong",
        (QuestionId.CLOCK_HOW_FAR_OFF, "t"),
        "year",
        "right",
        CauseId.CLOCK,
        FixId.CORRECT_THE_DATE,
    ),
    SubCause(
        "off or asleep for days",
        (QuestionId.POWER_DAYS_OFF, "m"),
        "days",
        "today",
        CauseId.POWER,
        FixId.CATCH_UP_AFTER_DAYS_OFF,
    ),
    SubCause(
        "data use held back",
        (QuestionId.BACKGROUND_REFRESH_DATA_LIMITED, "p"),
        "yes",
        "no",
        CauseId.BACKGROUND_REFRESH,
        FixId.ALLOW_SYNC_ON_LIMITED_DATA,
    ),
    SubCause(
        "Messages in iCloud off",
        (QuestionId.MESSAGES_ICLOUD_STATE, "t"),
        "off",
        "on",
        CauseId.MESSAGES,
        FixId.TURN_ON_MESSAGES_IN_ICLOUD,
    ),
    SubCause(
        "first sync never finished",
        (QuestionId.MESSAGES_ICLOUD_STATE, "m"),
        "stuck",
        "on",
        CauseId.MESSAGES,
        FixId.FINISH_FIRST_SYNC,
    ),
)
BARE = tuple(Device(d.id, d.kind, d.name) for d in DEVICES)
IDS = [s.name for s in SUBCAUSES]


@pytest.mark.parametrize("sub", SUBCAUSES, ids=IDS)
def test_revealing_answer_calls_for_the_fix(sub: SubCause) -> None:
    diagnosis = diagnose(make_session(BARE, {sub.key: sub.bad}))
    finding = diagnosis.finding(sub.cause)
    assert finding.verdict in (Verdict.PROBLEM, Verdict.WARNING)
    assert sub.fix in finding.fixes
    assert sub.fix in {step.fix.id for step in diagnosis.plan.steps}


@pytest.mark.parametrize("sub", SUBCAUSES, ids=IDS)
def test_reassuring_answer_rules_it_out(sub: SubCause) -> None:
    finding = diagnose(make_session(BARE, {sub.key: sub.good})).finding(sub.cause)
    assert finding.verdict is Verdict.FINE
    assert sub.fix not in finding.fixes


@pytest.mark.parametrize("sub", SUBCAUSES, ids=IDS)
def test_not_sure_moves_nothing(sub: SubCause) -> None:
    finding = diagnose(make_session(BARE, {sub.key: NOT_SURE})).finding(sub.cause)
    assert finding.verdict is Verdict.NOT_CHECKED


def test_every_new_question_is_asked_and_offers_its_values() -> None:
    for sub in SUBCAUSES:
        question_id = sub.key[0] if isinstance(sub.key, tuple) else sub.key
        question = knowledge.question(QuestionId(question_id))
        assert {sub.bad, sub.good} <= set(question.option_ids())
        assert question.per_device is isinstance(sub.key, tuple)


def test_backups_step_only_when_backups_fill_a_nearly_full_plan() -> None:
    full = {QuestionId.STORAGE_PLAN: "50", QuestionId.STORAGE_USED_GB: 49.6}
    roomy = {QuestionId.STORAGE_PLAN: "200", QuestionId.STORAGE_USED_GB: 40.0}
    backups = {QuestionId.STORAGE_BIGGEST: "backups"}
    photos = {QuestionId.STORAGE_BIGGEST: "photos"}

    def fixes(answers: dict[Key, AnswerValue]) -> tuple[FixId, ...]:
        return diagnose(make_session(BARE, answers)).finding(CauseId.STORAGE).fixes

    assert FixId.DELETE_OLD_BACKUPS in fixes(full | backups)
    assert FixId.DELETE_OLD_BACKUPS not in fixes(full | photos)
    assert FixId.DELETE_OLD_BACKUPS not in fixes(roomy | backups)
    assert FixId.DELETE_OLD_BACKUPS in fixes({QuestionId.STORAGE_FULL_ALERT: "yes"} | backups)


def test_messages_in_icloud_counts_once_when_both_recorded_and_answered() -> None:
    mac = replace(MAC, messages_in_icloud=False)
    session = make_session((IPHONE, mac), {(QuestionId.MESSAGES_ICLOUD_STATE, "m"): "off"})
    finding = diagnose(session).finding(CauseId.MESSAGES)
    about_mac = [
        s
        for s in finding.signals
        if s.devices == ("m",) and FixId.TURN_ON_MESSAGES_IN_ICLOUD in s.fixes
    ]
    assert len(about_mac) == 1


def test_answered_state_wins_over_the_device_record() -> None:
    mac = replace(MAC, messages_in_icloud=True)
    session = make_session((IPHONE, mac), {(QuestionId.MESSAGES_ICLOUD_STATE, "m"): "stuck"})
    finding = diagnose(session).finding(CauseId.MESSAGES)
    assert finding.verdict is Verdict.PROBLEM
    assert FixId.FINISH_FIRST_SYNC in finding.fixes
