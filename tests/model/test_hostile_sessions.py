"""Hostile session files: each is refused at load with one short line, quickly, or loads and
exports safely. Issue 13's findings 1, 5, 6 and 8 (the counts are in the module's cases)."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from imsync_gui.export.content import build_report
from imsync_gui.export.json_export import report_to_json
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.session_io import (
    MAX_DEPTH,
    SessionError,
    load_session,
    session_from_text,
    session_to_dict,
)
from tests.model.builders import IPHONE, check, healthy_answers, make_session

HUGE = 100_000
MAX_REASON = 200
"""A reason is one line: never longer than this, however long the wrong value was."""

Mutation = Callable[[dict[str, Any]], None]


def _base() -> dict[str, Any]:
    session = make_session(
        [IPHONE],
        healthy_answers([IPHONE]) | {("clock.device_time", "p"): "19:05"},
        [check("clock", CheckStatus.PASS, "right", offset_s=0.25, hosts=["a", "b"])],
    )
    session.set_step_done("sync_now", True)
    return session_to_dict(session)


def _setter(*path: str | int, value: object) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


TEXT_FIELDS: dict[str, tuple[str | int, ...]] = {
    "device id": ("devices", 0, "id"),
    "device name": ("devices", 0, "name"),
    "os version": ("devices", 0, "os_version"),
    "account": ("devices", 0, "apple_account"),
    "address": ("devices", 0, "addresses", 0),
    "answer value": ("answers", 0, "value"),
    "question id": ("answers", 0, "question"),
    "answer device": ("answers", 0, "device"),
    "check id": ("checks", 0, "check_id"),
    "check message": ("checks", 0, "message"),
    "check detail": ("checks", 0, "detail"),
    "check value": ("checks", 0, "values", "offset_s"),
    "check list value": ("checks", 0, "values", "hosts", 0),
    "done step": ("done_steps", 0),
}
TIME_FIELDS: dict[str, tuple[str | int, ...]] = {
    "created": ("created_at",),
    "updated": ("updated_at",),
    "recorded": ("answers", 0, "recorded_at"),
    "reference": ("answers", -1, "reference"),
    "started": ("checks", 0, "started_at"),
}
ABSURD_TIMES = [
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59",
    "1900-01-01T00:00:00+00:00",
    "2999-01-01T00:00:00+00:00",
]
NUMBER_FIELDS: dict[str, tuple[str | int, ...]] = {
    "duration": ("checks", 0, "duration_s"),
    "answer": ("answers", 1, "value"),
    "check value": ("checks", 0, "values", "offset_s"),
    "nested value": ("checks", 0, "values", "hosts", 1),
}
NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e400", "-1e999", "9" * 40]
RAW = "@@raw@@"
"""Stands for a value JSON cannot write (NaN, deep nesting); replaced in the text afterwards."""


def _refused_cases() -> list[Any]:
    cases: list[Any] = []
    for name, path in TEXT_FIELDS.items():
        for char in ("a", "1", "a@"):
            long = char * (HUGE // len(char))
            cases.append(pytest.param(_setter(*path, value=long), "", id=f"{name}-{char}-100k"))
    for name, path in TIME_FIELDS.items():
        for moment in ABSURD_TIMES:
            cases.append(pytest.param(_setter(*path, value=moment), "", id=f"{name}-{moment}"))
    for name, path in NUMBER_FIELDS.items():
        for number in NON_FINITE:
            cases.append(pytest.param(_setter(*path, value=RAW), number, id=f"{name}-{number}"))
    for levels in (MAX_DEPTH - 3, 500, 5000):
        deep = "[" * levels + "1" + "]" * levels
        setter = _setter("checks", 0, "values", "deep", value=RAW)
        cases.append(pytest.param(setter, deep, id=f"values-{levels}-deep"))
    many = {
        "devices": [dict(_base()["devices"][0], id=f"d{n}") for n in range(51)],
        "checks": [dict(_base()["checks"][0], check_id=f"c{n}") for n in range(51)],
        "addresses": ["+1 555 0100"] * 21,
        "values": {f"k{n}": n for n in range(201)},
    }
    cases += [
        pytest.param(_setter("devices", value=many["devices"]), "", id="51-devices"),
        pytest.param(_setter("checks", value=many["checks"]), "", id="51-checks"),
        pytest.param(_setter("devices", 0, "addresses", value=many["addresses"]), "", id="21-addr"),
        pytest.param(_setter("checks", 0, "values", value=many["values"]), "", id="201-values"),
        pytest.param(_setter("checks", 0, "values", "k" * 65, value=1), "", id="long-value-key"),
    ]
    return cases


REFUSED = _refused_cases()


@pytest.mark.parametrize(("mutate", "raw"), REFUSED)
def test_hostile_session_is_refused_with_one_short_line(mutate: Mutation, raw: str) -> None:
    data = copy.deepcopy(_base())
    mutate(data)
    text = json.dumps(data).replace(f'"{RAW}"', raw)
    started = time.perf_counter()
    with pytest.raises(SessionError) as refused:
        session_from_text(text)
    assert time.perf_counter() - started < 1.0
    reason = str(refused.value)
    assert len(reason) <= MAX_REASON and "\n" not in reason, reason


def test_the_base_session_of_these_cases_loads() -> None:
    assert session_from_text(json.dumps(_base())).devices


def test_a_latin_1_file_is_called_not_utf8_text_in_separate_sentences(tmp_path: Path) -> None:
    path = tmp_path / "nonutf8.json"
    path.write_bytes(json.dumps(_base()).replace("Phone", "T\u00e9l\u00e9phone").encode("latin-1"))
    with pytest.raises(SessionError) as refused:
        load_session(path)
    assert str(refused.value) == (
        "nonutf8.json is not a session file. It is not UTF-8 text, the encoding sessions use."
    )


def test_a_session_at_every_limit_exports_quickly() -> None:
    """The largest session the limits allow, mostly in free text, exports in well under a second
    without the PDF (the PDF is timed in tests/report)."""
    data = _base()
    data["devices"][0]["name"] = "a" * 200
    data["answers"][0]["value"] = "1" * 500
    data["checks"] = [
        dict(data["checks"][0], check_id=f"c{n}", message="a" * 1000, detail="b@" * 2500)
        for n in range(50)
    ]
    session = session_from_text(json.dumps(data))
    started = time.perf_counter()
    text = report_to_json(build_report(session, diagnose(session)))
    assert time.perf_counter() - started < 1.0
    assert json.loads(text)["checks"]


FORMAT_ATTACKS = {
    "globals": {"id": "{a.__format__.__globals__}", "args": {"a": 1.5}},
    "huge width": {"id": "{a:>99999999}", "args": {"a": "x"}},
    "nested width": {"id": "{a:{b}}", "args": {"a": "x", "b": ">999999999"}},
    "positional and missing": {"id": "{0} {} {missing}", "args": {"a": 1}},
    "conversion": {"id": "{a!r}", "args": {"a": "x"}},
    "plain sentence": "{a.__class__} {0}",
}


@pytest.mark.parametrize("message", FORMAT_ATTACKS.values(), ids=FORMAT_ATTACKS.keys())
def test_a_check_message_from_a_file_cannot_inject_format_fields(message: object) -> None:
    """A message id from a file is a format template: it must not reach attributes, crash on
    a missing field or pad a field to 100 MB."""
    data = _base()
    data["checks"][0]["message"] = message
    session = session_from_text(json.dumps(data))
    started = time.perf_counter()
    text = report_to_json(build_report(session, diagnose(session)))
    assert time.perf_counter() - started < 1.0 and len(text) < 200_000
    assert "__name__" not in text and "imsync_gui.i18n" not in text


@pytest.mark.parametrize(
    "message",
    [
        {"id": "x" * HUGE},
        {"id": "{a}", "args": {"a": "y" * HUGE}},
        {"id": "{a}", "args": {f"a{n}": n for n in range(21)}},
        {"id": "{a}", "plural": "z" * HUGE, "n": 2},
    ],
    ids=["long id", "long argument", "21 arguments", "long plural"],
)
def test_an_over_long_check_message_is_refused(message: object) -> None:
    data = _base()
    data["checks"][0]["message"] = message
    with pytest.raises(SessionError) as refused:
        session_from_text(json.dumps(data))
    assert len(str(refused.value)) <= MAX_REASON
