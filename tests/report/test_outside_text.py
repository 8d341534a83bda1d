"""Control characters from outside text: dropped from documents, visible in a terminal."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from imsync_gui.export.outside_text import (
    json_visible_controls,
    map_text,
    visible_controls,
    without_controls,
)
from imsync_gui.export.privacy import mask_text

ATTACKS = {
    "clear screen": "\x1b[2J\x1b[H",
    "forged line": "\r\n  PROBLEM      Fake cause",
    "carriage return": "ok\rPROBLEM",
    "C1 CSI": "\x9b2J",
    "bell and backspace": "\x07\x08\x08",
    "NUL and DEL": "\x00\x7f",
    "right-to-left override": "\u202egnp.exe",
    "isolate": "\u2066x\u2069",
    "line separator": "a\u2028b\u2029c",
    "marks": "\u200e\u200f\u061c",
}


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_terminal_text_has_no_control_character_left(attack: str) -> None:
    shown = visible_controls(f"Jane{attack}Phone")
    assert shown.isprintable() and shown.startswith("Jane") and shown.endswith("Phone")


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_documents_drop_control_characters_but_keep_line_breaks_and_tabs(attack: str) -> None:
    kept = without_controls(f"Jane{attack}Phone")
    assert kept.replace("\n", "").replace("\t", "").isprintable()
    assert without_controls("line one\n\tline two") == "line one\n\tline two"


def test_escapes_are_readable() -> None:
    assert visible_controls("a\x1b[2Jb\u202ec\n") == "a\\x1b[2Jb\\u202ec\\x0a"


def test_json_for_a_terminal_means_the_same() -> None:
    data = {"name": "".join(ATTACKS.values())}
    text = json_visible_controls(json.dumps(data, ensure_ascii=False))
    assert text.isprintable() or text.replace("\n", "").isprintable()
    assert json.loads(text) == data


@dataclass(frozen=True)
class Inner:
    name: str


@dataclass(frozen=True)
class Outer:
    first: Inner
    items: tuple[Inner, ...]
    values: dict[str, object]
    count: int


def test_map_text_reaches_every_string_and_keeps_shared_objects_shared() -> None:
    shared = Inner("a@b.org")
    outer = Outer(shared, (shared, Inner("x")), {"+44 7700 900123": ["C02XK1ZJJG5J", 3]}, 7)
    masked = map_text(outer, mask_text)
    assert masked.first.name == "a***@b.org" and masked.items[0] is masked.first
    assert masked.values == {"*** ** 23": ["***5J", 3]} and masked.count == 7


def test_map_text_leaves_enum_members_alone() -> None:
    from imsync_gui.model.enums import DeviceKind

    assert map_text({"kind": DeviceKind.IPHONE}, str.upper) == {"KIND": DeviceKind.IPHONE}
    assert map_text([DeviceKind.MAC], str.upper)[0] is DeviceKind.MAC
