"""Answers and device lists as the person would say them."""

from __future__ import annotations

from collections.abc import Sequence

from imsync_gui.i18n import N_, _, msg, number_text, render, translate
from imsync_gui.model.answers import NO, NOT_SURE, YES, AnswerValue
from imsync_gui.model.enums import QuestionKind
from imsync_gui.model.knowledge_types import Question

ANSWER_WORDS = {YES: N_("Yes"), NO: N_("No"), NOT_SURE: N_("Not sure")}

READ_HERE = N_("(read from this computer)")
"""The mark beside an answer or version the app read from the computer it runs on."""


def answer_text(asked: Question | None, value: AnswerValue) -> str:
    """An answer in words: option labels for choices, numbers with their unit."""
    if isinstance(value, float | int):
        if asked and asked.unit:
            return _("{number:g} {unit}", number=float(value), unit=msg(asked.unit))
        return number_text(f"{value:g}")
    if value in ANSWER_WORDS:
        return translate(ANSWER_WORDS[value])
    if asked and asked.kind is QuestionKind.CHOICE:
        return render(next((o.label for o in asked.options if o.id == value), value))
    return value


def device_list(labels: Sequence[str]) -> str:
    """``["A", "B", "C"]`` -> ``"A, B and C"``."""
    if len(labels) < 2:
        return "".join(labels)
    return _("{first} and {last}", first=", ".join(labels[:-1]), last=labels[-1])
