"""The typed knowledge of the nine causes is complete and consistent."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from imsync_gui.model import knowledge
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, DeviceKind, QuestionKind
from imsync_gui.resources import illustration_path

MODEL = Path(knowledge.__file__).resolve().parents[1]


def test_nine_causes_in_wizard_order() -> None:
    assert [c.id for c in knowledge.CAUSES] == list(CauseId)


@pytest.mark.parametrize("cause", knowledge.CAUSES, ids=lambda c: c.id.value)
def test_every_cause_has_questions_fixes_and_drawings(cause) -> None:
    assert cause.title and cause.summary and cause.questions and cause.fixes
    assert illustration_path(cause.illustration).is_file()
    for fix in cause.fixes:
        assert fix.mobile or fix.mac or fix.general
        assert fix.verify and fix.title
        assert illustration_path(fix.illustration).is_file(), fix.id
    for question in cause.questions:
        assert question.cause is cause.id
        assert question.text.endswith("?") and question.help
        if question.kind is QuestionKind.CHOICE:
            assert len(question.options) >= 2
            assert "not_sure" not in question.option_ids()


def test_ids_are_unique() -> None:
    questions = [q.id for c in knowledge.CAUSES for q in c.questions]
    fixes = [f.id for c in knowledge.CAUSES for f in c.fixes]
    assert len(set(questions)) == len(questions)
    assert len(set(fixes)) == len(fixes)


def test_every_question_and_fix_named_by_a_rule_exists() -> None:
    text = "\n".join(p.read_text() for p in (MODEL / "rules").glob("*.py"))
    named_questions = set(re.findall(r'"((?:[a-z_]+)\.[a-z_]+)"', text))
    known = {q.id for q in knowledge.all_questions()}
    assert named_questions <= known, named_questions - known
    for fix_id in re.findall(
        r'"((?:turn|sync|update|wait|set|free|upgrade|sign|use|contact|connect|finish|open|match|charge)_[a-z_]+)"',
        text,
    ):
        knowledge.fix(fix_id)


def test_no_mac_means_no_mac_questions() -> None:
    phone = Device("p", DeviceKind.IPHONE, "Phone")
    asked = knowledge.applicable_questions(CauseId.POWER, [phone])
    assert all(device is None or device.kind is DeviceKind.IPHONE for _, device in asked)
    assert "power.mac_low_power" not in {q.id for q, _ in asked}
    mac = Device("m", DeviceKind.MAC, "Mac")
    asked = knowledge.applicable_questions(CauseId.POWER, [phone, mac])
    assert ("power.mac_low_power", "m") in {(q.id, d.id if d else None) for q, d in asked}


def test_every_sentence_a_person_reads_is_marked_for_translation() -> None:
    """String constants in knowledge modules sit inside N_() unless they are ids."""
    for path in (MODEL / "knowledge").glob("*.py"):
        tree = ast.parse(path.read_text())
        marked = {
            id(arg)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_"
            for arg in node.args
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value:
                if node.value.startswith(('"""', "What the product")):
                    continue
                is_docstring = any(
                    isinstance(parent, ast.Module | ast.FunctionDef)
                    and parent.body
                    and getattr(parent.body[0], "value", None) is node
                    for parent in ast.walk(tree)
                )
                assert id(node) in marked or is_docstring, f"{path.name}: {node.value!r}"
