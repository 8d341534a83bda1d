"""Text from outside (session files, device names, answers, feeds) made safe to pass on.

Control characters can clear a terminal (``\\x1b[2J``), forge lines (``\\r\\n``) or reverse the
reading order (bidi overrides). Documents drop them; the terminal shows them as visible escapes.
``map_text`` applies such a function to every string of a report, so no field is forgotten.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
"""C0 and C1 control characters, DEL, bidi marks, embeddings, overrides and isolates, and the
Unicode line and paragraph separators."""
KEPT_IN_DOCUMENTS = frozenset("\n\t")
"""Line breaks and tabs: raw detail for IT may span lines; nothing can be forged with them there."""

T = TypeVar("T")


def without_controls(text: str) -> str:
    """*text* for a document (PDF, HTML, JSON): control characters dropped, except line breaks
    and tabs."""
    return CONTROLS.sub(_drop, text)


def visible_controls(text: str) -> str:
    """*text* for one terminal line: every control character, line breaks too, shown as an
    escape such as ``\\x1b`` or ``\\u202e``."""
    return CONTROLS.sub(_escape, text)


def json_visible_controls(text: str) -> str:
    """JSON *text* for a terminal: the control characters JSON leaves raw (DEL, C1, bidi) as
    ``\\u`` escapes. The JSON means the same; only the terminal is spared."""
    return CONTROLS.sub(_json_escape, text)


def map_text(value: T, change: Callable[[str], str]) -> T:
    """*value* with *change* applied to every string inside it: in dataclasses, tuples, lists
    and dicts (keys too); enum members stay. An object referred to twice stays one object."""
    return _mapped(value, change, {})


def _mapped(value: T, change: Callable[[str], str], done: dict[int, object]) -> T:
    if id(value) in done:
        return done[id(value)]  # type: ignore[return-value]
    result: object
    if isinstance(value, Enum):
        return value  # a member of a vocabulary (StrEnum included) is not text from outside
    if isinstance(value, str):
        result = change(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        changes = {f.name: _mapped(getattr(value, f.name), change, done) for f in fields}
        result = dataclasses.replace(value, **changes)
    elif isinstance(value, tuple):
        result = tuple(_mapped(v, change, done) for v in value)
    elif isinstance(value, list):
        result = [_mapped(v, change, done) for v in value]
    elif isinstance(value, dict):
        result = {_mapped(k, change, done): _mapped(v, change, done) for k, v in value.items()}
    else:
        return value
    done[id(value)] = result
    return result  # type: ignore[return-value]


def _drop(match: re.Match[str]) -> str:
    found = match.group(0)
    return found if found in KEPT_IN_DOCUMENTS else ""


def _json_escape(match: re.Match[str]) -> str:
    found = match.group(0)
    return found if found < " " else f"\\u{ord(found):04x}"  # json.dumps escapes C0 itself


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
