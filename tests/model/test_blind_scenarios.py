"""The blind household set (``tests/scenarios/blind/``) loads and is well formed.

Nothing here scores the diagnosis on it: the blind set is scored once by hand, never tuned on.
"""

from __future__ import annotations

from imsync_gui.model.answers import NO, NOT_SURE, YES
from imsync_gui.model.enums import QuestionKind
from imsync_gui.model.knowledge import CAUSES
from tests.scenarios.loader import blind_set

QUESTIONS = {q.id: q for cause in CAUSES for q in cause.questions}


def test_sixteen_households_at_least_ten_with_two_devices() -> None:
    households = blind_set()
    assert len(households) == 16
    assert sum(len(h.session.devices) == 2 for h in households) >= 10
    assert all(1 <= len(h.session.devices) <= 4 for h in households)
    assert all(h.expected_top for h in households)


def test_every_answer_names_a_real_question_option_and_device() -> None:
    problems = []
    for household in blind_set():
        kinds = {d.id: d.kind for d in household.session.devices}
        for answer in household.session.answers.values():
            where = f"{household.name}: {answer.question}@{answer.device}"
            question = QUESTIONS.get(answer.question)
            if question is None:
                problems.append(f"{where} is not a question")
                continue
            if (answer.device is None) != (not question.devices):
                problems.append(f"{where} is asked per device or per household, not as given")
            elif answer.device is not None and kinds[answer.device] not in question.devices:
                problems.append(f"{where} is not asked of a {kinds[answer.device]}")
            if answer.value == NOT_SURE:
                continue
            if question.kind is QuestionKind.YES_NO and answer.value not in (YES, NO):
                problems.append(f"{where} = {answer.value!r} is not yes or no")
            if question.kind is QuestionKind.CHOICE and answer.value not in {
                o.id for o in question.options
            }:
                problems.append(f"{where} = {answer.value!r} is not one of the options")
            if question.kind is QuestionKind.NUMBER and not isinstance(answer.value, float):
                problems.append(f"{where} = {answer.value!r} is not a number")
    assert problems == []
