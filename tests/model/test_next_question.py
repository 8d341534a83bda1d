"""The short path's choice of question (model/next_question.py), on small households."""

from __future__ import annotations

from datetime import UTC, datetime

from imsync_gui.model.answers import NO, YES, Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, DeviceKind, Verdict
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge import background_refresh, clock
from imsync_gui.model.next_question import (
    ENTROPY_WEIGHT,
    answer_likelihood,
    candidates,
    next_question,
    representative_values,
    with_answer,
)
from imsync_gui.model.session import Session

WHEN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PHONE = Device(id="p", kind=DeviceKind.IPHONE, name="iPhone")
PAD = Device(id="t", kind=DeviceKind.IPAD, name="iPad")


def household(*answers: tuple[QuestionId, str, str | None]) -> Session:
    session = Session(devices=[PHONE, PAD], created_at=WHEN)
    for question, value, device in answers:
        session.set_answer(Answer(question, value, WHEN, device))
    return session


def test_a_clock_that_looks_wrong_is_worth_checking_and_a_glance_counts_once() -> None:
    glance = diagnose(household((QuestionId.CLOCK_LOOKS_WRONG, YES, None))).finding(CauseId.CLOCK)
    assert glance.verdict is Verdict.WARNING
    both = diagnose(
        household(
            (QuestionId.CLOCK_LOOKS_WRONG, YES, None), (QuestionId.CLOCK_HOW_FAR_OFF, "year", "t")
        )
    ).finding(CauseId.CLOCK)
    year_alone = diagnose(household((QuestionId.CLOCK_HOW_FAR_OFF, "year", "t"))).finding(
        CauseId.CLOCK
    )
    assert both.probability == year_alone.probability, "one fact: the stronger reading counts"


def test_a_sign_in_request_counts_for_the_clock_only_once_the_clock_is_suspected() -> None:
    asking = (QuestionId.ACCOUNT_SIGN_IN_PROMPT, YES, "t")
    alone = diagnose(household(asking)).finding(CauseId.CLOCK)
    assert alone.verdict is Verdict.NOT_CHECKED, "a prompt alone is the account's evidence"
    wrong = (QuestionId.CLOCK_LOOKS_WRONG, YES, None)
    suspected = diagnose(household(wrong)).finding(CauseId.CLOCK).probability
    with_prompt = diagnose(household(wrong, asking)).finding(CauseId.CLOCK).probability
    assert with_prompt > suspected


def test_answer_likelihoods_add_up_and_follow_the_rows() -> None:
    session = household()
    diagnosis = diagnose(session)
    probabilities = {f.cause: f.probability for f in diagnosis.findings}
    for question in (clock.HOW_FAR_OFF, background_refresh.SETTING):
        afters = {
            v: diagnose(with_answer(session, question, (PHONE, PAD), v, WHEN))
            for v in representative_values(question, WHEN)
        }
        likelihood = answer_likelihood(question, probabilities, afters)
        assert abs(sum(likelihood.values()) - 1) < 1e-9
        assert set(likelihood) == set(question.option_ids())
    how_far = answer_likelihood(
        clock.HOW_FAR_OFF,
        probabilities,
        {v: diagnosis for v in clock.HOW_FAR_OFF.option_ids()},
    )
    assert how_far["right"] > 0.9, "clocks are almost always right"


def test_background_refresh_off_is_not_taken_for_one_answer_in_three() -> None:
    """Read by a rule written in Python, its answers' ratios are measured in the diagnosis."""
    session = household()
    probabilities = {f.cause: f.probability for f in diagnose(session).findings}
    question = background_refresh.SETTING
    afters = {
        v: diagnose(with_answer(session, question, (PHONE,), v, WHEN))
        for v in question.option_ids()
    }
    assert answer_likelihood(question, probabilities, afters)["off"] < 0.2


def test_an_answer_that_puts_a_low_cause_in_the_lead_is_worth_something() -> None:
    """Others reporting trouble lifts the outage from 2 % past every prior. It settles
    nothing and barely moves the entropy, but it changes the plan, and that is what makes it
    worth asking."""
    session = household((QuestionId.SERVICE_STATUS_SINCE, "today", None))
    found = {c.question.id: c for c in candidates(session)}
    others = found[QuestionId.SERVICE_STATUS_OTHERS_REPORT].worth
    assert others.settles == 0
    assert others.changes > 0
    assert others.value >= others.settles + ENTROPY_WEIGHT * others.entropy_drop + 0.005


def test_the_plan_is_offered_once_a_cause_is_clearly_ahead() -> None:
    settled = household(
        (QuestionId.CLOCK_LOOKS_WRONG, YES, None),
        (QuestionId.CLOCK_HOW_FAR_OFF, "year", "t"),
        (QuestionId.CLOCK_AUTOMATIC, NO, "t"),
    )
    assert diagnose(settled).findings[0].cause is CauseId.CLOCK
    assert next_question(settled) is None
    assert next_question(household()) is not None
