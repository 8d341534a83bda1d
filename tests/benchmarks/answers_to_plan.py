"""Answers to plan: how many answers the short path needs, and whether its plan is right.

Run alone: ``python -m tests.benchmarks.answers_to_plan``. For each labelled household
(``tests/scenarios``, main and held-out sets), a simulated person who knows what the scenario
file says, and nothing else, goes through the wizard:

1. Triage (four answers): where the message shows (ticking the kinds of device they have),
   since when ("Not sure": no scenario says), the "what changed recently" list and the "have
   you noticed" list. In each list they tick what the scenario says happened, or "None of
   these" when it says none did, else they leave the list as it is. What the lists ask is read
   across from the scenario's own answers: a device it calls new or reset
   (``account.device_verified``) means "a new or reset device" is ticked, all devices in use for
   a while means it is not; a device clock hours, days or a year off (``clock.how_far_off``)
   means "the date or time looks wrong" is ticked, all clocks right means it is not (a few
   minutes off is not seen at a glance, so it says nothing); a device that keeps asking to sign
   in (``account.sign_in_prompt``) means "keeps asking for the password", none asking means
   it is not.
2. The live checks have finished (they run while the person answers triage).
3. The wizard asks its next question (:func:`imsync_gui.model.next_question.next_question`); the
   person gives the scenario's answer for each device it is asked for, or "Not sure" where the
   scenario is silent. A per-device question with the same answer on every device counts as one
   answer ("same answer for all my devices"), else one per device. This repeats until the
   wizard offers the plan.

The top cause is right when the diagnosis then ranks one of the scenario's ``expected_top``
first. The blind set (``tests/scenarios/blind``) is reported on its own: written by someone who
had not seen the weights, it was first scored once the short path was finished. Side by side: answering every page in order, every question for every device (each one
answer, "Not sure" where the scenario is silent), with the diagnosis of the whole scenario.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from imsync_gui.model import knowledge
from imsync_gui.model.answers import NO, NOT_SURE, YES, Answer, AnswerValue
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.next_question import candidates, next_question
from imsync_gui.model.session import Session
from tests.scenarios.loader import RECORDED_AT, Scenario, blind_set, heldout_set, main_set

CHANGES = (
    QuestionId.ACCOUNT_NEW_DEVICE,
    QuestionId.ACCOUNT_PASSWORD_CHANGED,
    QuestionId.NETWORK_NEW_PLACE,
    QuestionId.SOFTWARE_RECENT_UPDATE,
    QuestionId.STORAGE_FULL_ALERT,
)
"""The "what changed recently" list of the triage page (``gui/triage_page.py``)."""
NOTICED = (
    QuestionId.CLOCK_LOOKS_WRONG,
    QuestionId.ACCOUNT_KEEPS_ASKING,
    QuestionId.SERVICE_STATUS_OTHERS_REPORT,
)
"""The "have you noticed" list of the triage page."""
SEEN_AT_A_GLANCE = ("hours", "days", "year")
"""How far off a clock must be for a person to see it is wrong without comparing."""
TRIAGE_ANSWERS = 4
SAFETY_LIMIT = 80

Key = tuple[str, str | None]


@dataclass(frozen=True)
class Walk:
    """One household walked one way: answers given, and whether the top cause was right."""

    scenario: str
    devices: int
    answers: int
    right: bool
    top: CauseId
    picks: int = 0
    """Questions chosen on the way (short path only)."""
    same_as_entropy: int = 0
    """How many of them ranking by the entropy drop alone would have chosen too."""


def truth(scenario: Scenario) -> dict[Key, AnswerValue]:
    """What the person knows: the scenario's answers, plus the facts read across to the triage
    lists (see the module docstring)."""
    known = {key: a.value for key, a in scenario.session.answers.items()}
    devices = scenario.session.devices
    _read_across(
        known,
        QuestionId.ACCOUNT_NEW_DEVICE,
        [known.get((QuestionId.ACCOUNT_DEVICE_VERIFIED, d.id)) for d in devices],
        yes=("new_verified", "new_unverified"),
        no=("established",),
    )
    _read_across(
        known,
        QuestionId.CLOCK_LOOKS_WRONG,
        [known.get((QuestionId.CLOCK_HOW_FAR_OFF, d.id)) for d in devices],
        yes=SEEN_AT_A_GLANCE,
        no=("right",),
    )
    _read_across(
        known,
        QuestionId.ACCOUNT_KEEPS_ASKING,
        [known.get((QuestionId.ACCOUNT_SIGN_IN_PROMPT, d.id)) for d in devices],
        yes=(YES,),
        no=(NO,),
    )
    return known


def _read_across(
    known: dict[Key, AnswerValue],
    question: QuestionId,
    per_device: list[AnswerValue | None],
    yes: tuple[str, ...],
    no: tuple[str, ...],
) -> None:
    """Yes when any device's answer is in *yes*; no when every device's answer is in *no*."""
    if any(v in yes for v in per_device):
        known.setdefault((question, None), YES)
    elif per_device and all(v in no for v in per_device):
        known.setdefault((question, None), NO)


def _record(
    session: Session, key: Key, value: AnswerValue, reference: datetime | None = None
) -> None:
    session.set_answer(Answer(key[0], value, RECORDED_AT, key[1], reference))


def triage(session: Session, known: dict[Key, AnswerValue]) -> None:
    """The triage page as the simulated person fills it in (see the module docstring)."""
    _record(session, (QuestionId.SERVICE_STATUS_SINCE, None), known.get(
        (QuestionId.SERVICE_STATUS_SINCE, None), NOT_SURE
    ))  # fmt: skip
    for tick_list in (CHANGES, NOTICED):
        said = {q: known.get((q, None)) for q in tick_list}
        happened = [q for q, v in said.items() if v == YES]
        if happened:
            for question in happened:
                _record(session, (question, None), YES)
        elif all(v == NO for v in said.values()):
            for question in tick_list:
                _record(session, (question, None), NO)


def short_path(scenario: Scenario) -> Walk:
    """Triage, then the wizard's next questions until it offers the plan."""
    known = truth(scenario)
    session = Session(devices=list(scenario.session.devices), created_at=RECORDED_AT)
    session.record_checks(scenario.session.checks.values())
    triage(session, known)
    answers, picks, same = TRIAGE_ANSWERS, 0, 0
    while answers < SAFETY_LIMIT and (asked := next_question(session)) is not None:
        by_entropy = max(candidates(session), key=lambda c: c.worth.entropy_drop)
        picks += 1
        same += by_entropy.question.id == asked.question.id
        values = [known.get(key, NOT_SURE) for key in asked.keys]
        answers += 1 if len(set(values)) == 1 else len(values)
        for key, value in zip(asked.keys, values, strict=True):
            given = scenario.session.answers.get(key)
            _record(session, key, value, given.reference if given else None)
    walk = _walk(scenario, answers, session)
    return Walk(walk.scenario, walk.devices, walk.answers, walk.right, walk.top, picks, same)


def every_page(scenario: Scenario) -> Walk:
    """Every question of every cause page, for every device it applies to."""
    devices = scenario.session.devices
    asked = sum(len(knowledge.applicable_questions(c.id, devices)) for c in knowledge.CAUSES)
    return _walk(scenario, asked, scenario.session)


def _walk(scenario: Scenario, answers: int, session: Session) -> Walk:
    top = diagnose(session).findings[0].cause
    return Walk(
        scenario.name, len(scenario.session.devices), answers, top in scenario.expected_top, top
    )


@dataclass(frozen=True)
class Summary:
    """Median and 90th percentile of answers, and top-cause accuracy, over some walks."""

    households: int
    median: float
    p90: float
    right: int
    picks: int
    same_as_entropy: int

    @classmethod
    def of(cls, walks: Iterable[Walk]) -> Summary:
        """Summarise walks."""
        done = list(walks)
        counts = sorted(w.answers for w in done)
        p90 = statistics.quantiles(counts, n=10, method="inclusive")[-1] if len(counts) > 1 else 0
        return cls(
            len(done),
            statistics.median(counts),
            p90,
            sum(w.right for w in done),
            sum(w.picks for w in done),
            sum(w.same_as_entropy for w in done),
        )

    def line(self, label: str) -> str:
        """One row of the printed table."""
        share = 100 * self.right / self.households if self.households else 0
        same = f"{100 * self.same_as_entropy / self.picks:.0f} %" if self.picks else ""
        return (
            f"{label:<40} {self.households:>3} {self.median:>7.1f} {self.p90:>6.1f}"
            f" {self.right:>4}/{self.households:<3} ({share:>3.0f} %) {same:>8}"
        )


def measure() -> dict[str, dict[str, Summary]]:
    """Summaries per set (main, held out, two-device households of both), per path."""
    sets = {"main": main_set(), "held out": heldout_set()}
    sets["two devices (both sets)"] = [
        s for group in list(sets.values()) for s in group if len(s.session.devices) == 2
    ]
    sets["blind"] = blind_set()
    return {
        name: {
            "short path": Summary.of(short_path(s) for s in scenarios),
            "every page": Summary.of(every_page(s) for s in scenarios),
        }
        for name, scenarios in sets.items()
    }


def table(result: dict[str, dict[str, Summary]]) -> str:
    """The figures as a text table."""
    lines = [
        f"{'answers to plan':<40} {'n':>3} {'median':>7} {'p90':>6}  {'top cause right':<16}"
        " same pick as entropy alone"
    ]
    for name, paths in result.items():
        for path, summary in paths.items():
            lines.append(summary.line(f"{name}: {path}"))
    return "\n".join(lines)


def as_json(result: dict[str, dict[str, Summary]]) -> dict[str, dict[str, dict[str, float]]]:
    """The figures for the benchmark JSON."""
    return {
        name: {path: vars(summary) for path, summary in paths.items()}
        for name, paths in result.items()
    }


if __name__ == "__main__":
    print(table(measure()))
