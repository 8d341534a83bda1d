"""Before and after: headlines per cause, the evidence that changed, the overall trend."""

from __future__ import annotations

from datetime import timedelta

from imsync_gui.model.answers import Answer
from imsync_gui.model.comparison import Headline, Trend, compare, headline
from imsync_gui.model.enums import CauseId, CheckStatus, Confidence, Verdict
from imsync_gui.model.history import CauseState
from imsync_gui.model.recheck import snapshot, start_new_round
from tests.model.builders import IPAD, IPHONE, T0, check, healthy_answers, make_session

LATER = T0 + timedelta(hours=1)


def _state(verdict: Verdict) -> CauseState:
    return CauseState(CauseId.STORAGE, verdict, Confidence.HIGH)


def test_headlines() -> None:
    problem, warning = _state(Verdict.PROBLEM), _state(Verdict.WARNING)
    fine, unknown = _state(Verdict.FINE), _state(Verdict.NOT_CHECKED)
    assert headline(problem, fine) is Headline.FIXED
    assert headline(warning, fine) is Headline.FIXED
    assert headline(problem, warning) is Headline.STILL_A_PROBLEM
    assert headline(fine, problem) is Headline.NEW_PROBLEM
    assert headline(unknown, warning) is Headline.NEW_PROBLEM
    assert headline(problem, unknown) is Headline.NOT_CHECKED_AGAIN, "unknown is never fixed"
    assert headline(fine, fine) is Headline.UNCHANGED
    assert headline(None, fine) is Headline.UNCHANGED


def _fixed_storage_then_clock_broke():
    session = make_session(
        [IPHONE, IPAD],
        healthy_answers([IPHONE, IPAD])
        | {"storage.plan": "5", "storage.used_gb": 4.95, "storage.full_alert": "yes"},
        checks=[check("clock", CheckStatus.PASS, offset_s=0.1)],
    )
    session.set_step_done("free_up_icloud_storage", True)
    start_new_round(session, LATER)
    for question, value in (("storage.used_gb", 2.0), ("storage.full_alert", "no")):
        session.set_answer(Answer(question, value, LATER))
    session.set_answer(Answer("followup.still_paused", "no", LATER, IPHONE.id))
    session.set_answer(Answer("followup.still_paused", "no", LATER, IPAD.id))
    session.record_check(check("clock", CheckStatus.FAIL, offset_s=600.0))
    return session


def test_a_fix_that_worked_and_a_new_problem() -> None:
    session = _fixed_storage_then_clock_broke()
    result = compare(session.rounds[-1], snapshot(session, LATER + timedelta(minutes=5)))
    by_cause = {c.cause: c for c in result.causes}
    storage, clock = by_cause[CauseId.STORAGE], by_cause[CauseId.CLOCK]
    assert storage.headline is Headline.FIXED
    assert storage.before.verdict is Verdict.PROBLEM and storage.after.verdict is Verdict.FINE
    assert {(c.id, c.before, c.after) for c in storage.changes} == {
        ("storage.used_gb", 4.95, 2.0),
        ("storage.full_alert", "yes", "no"),
    }
    assert clock.headline is Headline.NEW_PROBLEM
    assert [(c.kind, c.id, c.before, c.after) for c in clock.changes] == [
        ("check", "clock", CheckStatus.PASS, CheckStatus.FAIL)
    ]
    assert by_cause[CauseId.NETWORK].headline is Headline.UNCHANGED
    assert by_cause[CauseId.NETWORK].changes == ()
    assert [c.headline for c in result.causes[:2]] == [Headline.NEW_PROBLEM, Headline.FIXED]
    assert result.still_paused == {"p": "no", "t": "no"}
    assert result.trend is Trend.MIXED


def test_trend() -> None:
    session = _fixed_storage_then_clock_broke()
    session.record_check(check("clock", CheckStatus.PASS, offset_s=0.2))
    assert compare(session.rounds[-1], snapshot(session)).trend is Trend.BETTER
    session.set_answer(Answer("storage.full_alert", "yes", LATER))
    session.set_answer(Answer("storage.used_gb", 4.99, LATER))
    session.set_answer(Answer("followup.still_paused", "yes", LATER, IPHONE.id))
    assert compare(session.rounds[-1], snapshot(session)).trend is Trend.SAME
    session.record_check(check("clock", CheckStatus.FAIL, offset_s=600.0))
    assert compare(session.rounds[-1], snapshot(session)).trend is Trend.WORSE


def test_compacted_rounds_compare_states_only() -> None:
    session = _fixed_storage_then_clock_broke()
    result = compare(session.rounds[-1].compact(), snapshot(session))
    assert not result.evidence_known
    assert all(c.changes == () for c in result.causes)
    assert {c.cause: c.headline for c in result.causes}[CauseId.STORAGE] is Headline.FIXED
