"""The typed knowledge of the nine causes is complete and consistent."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from imsync_gui.model import knowledge
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, DeviceKind, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import followup
from imsync_gui.model.knowledge_types import AnswerRule, Range
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


def test_the_id_registry_and_the_definitions_match_one_to_one() -> None:
    questions = [q.id for c in knowledge.CAUSES for q in c.questions]
    questions += [q.id for q in followup.QUESTIONS]
    fixes = [f.id for c in knowledge.CAUSES for f in c.fixes]
    assert sorted(questions) == sorted(QuestionId)
    assert sorted(fixes) == sorted(FixId)


def test_stored_id_strings_never_change() -> None:
    """Session files and exports hold these strings: a renamed member must keep its value."""
    assert QuestionId.NETWORK_CONNECTION == "network.connection"
    assert FixId.SYNC_NOW == "sync_now"
    for member in QuestionId:
        prefix = "followup" if member.name.startswith("FOLLOWUP_") else None
        assert member.value.startswith(f"{prefix or knowledge.question(member).cause.value}.")
        assert member.name == member.value.upper().replace(".", "_")
    for member in FixId:
        assert member.name == member.value.upper()


def _rows() -> list[tuple[CauseId, AnswerRule]]:
    return [(c.id, rule) for c in knowledge.CAUSES for rule in c.rules]


@pytest.mark.parametrize(("cause_id", "rule"), _rows(), ids=lambda r: getattr(r, "question", r))
def test_every_rule_row_is_well_formed(cause_id: CauseId, rule: AnswerRule) -> None:
    asked = knowledge.question(rule.question)
    assert asked.cause is cause_id
    if isinstance(rule.when, Range):
        assert asked.kind is QuestionKind.NUMBER
    else:
        assert rule.when and set(rule.when) <= set(asked.option_ids()), rule.when
    assert rule.text and rule.text.endswith(".")
    for fix_id in rule.fixes:
        assert knowledge.fix(fix_id).id is fix_id
    assert not rule.fixes or rule.verdict in (Verdict.PROBLEM, Verdict.WARNING)
    assert all(lr > 0 for lr in rule.weights.values())


def test_no_answer_value_matches_two_rows() -> None:
    seen: set[tuple[str, str]] = set()
    for _, rule in _rows():
        if isinstance(rule.when, Range):
            continue
        for value in rule.when:
            assert (rule.question, value) not in seen, (rule.question, value)
            seen.add((rule.question, value))


def test_every_check_row_names_a_known_check_and_fixes() -> None:
    rows = [(c, r) for c in knowledge.CAUSES for r in c.check_rules]
    assert rows
    for cause, row in rows:
        assert row.check in cause.checks
        for fix_id in row.fixes:
            knowledge.fix(fix_id)


def test_no_mac_means_no_mac_questions() -> None:
    phone = Device("p", DeviceKind.IPHONE, "Phone")
    asked = knowledge.applicable_questions(CauseId.POWER, [phone])
    assert all(device is None or device.kind is DeviceKind.IPHONE for _, device in asked)
    assert QuestionId.POWER_MAC_LOW_POWER not in {q.id for q, _ in asked}
    mac = Device("m", DeviceKind.MAC, "Mac")
    asked = knowledge.applicable_questions(CauseId.POWER, [phone, mac])
    assert (QuestionId.POWER_MAC_LOW_POWER, "m") in {(q.id, d.id if d else None) for q, d in asked}


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
