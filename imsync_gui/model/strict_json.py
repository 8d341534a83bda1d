"""Reading JSON from outside (session files, feeds, reports) as plain JSON only.

Python's ``json`` accepts ``NaN`` and ``Infinity``, turns ``1e999`` into infinity and raises a
bare ValueError past 4300 digits. Everything read from outside goes through :func:`loads`,
which refuses all of them with :class:`NotPlainJson`, a ValueError naming the value.
"""

from __future__ import annotations

import json
import math
from typing import Any, Final

from imsync_gui.i18n import _, _n
from imsync_gui.model.quoting import quoted

MAX_DIGITS: Final = 30
"""Digits a whole number may have: no count, size, time or duration we read is longer."""


class NotPlainJson(ValueError):
    """The text holds a number plain JSON does not have; the message names it."""


def loads(text: str | bytes) -> Any:
    """Decode JSON *text*; raise NotPlainJson for non-finite or absurdly long numbers, and
    json.JSONDecodeError (also a ValueError) or RecursionError as ``json.loads`` does."""
    return json.loads(text, parse_constant=_constant, parse_float=_finite, parse_int=_whole)


def _constant(name: str) -> float:
    raise NotPlainJson(_("{name}, which is not a number", name=name))


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise NotPlainJson(_("the number {number}, which is too large", number=quoted(text)))
    return number


def _whole(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        digits = len(text.lstrip("-"))
        raise NotPlainJson(
            _n(
                "a number with {count} digit, which is too long",
                "a number with {count} digits, which is too long",
                digits,
                count=digits,
            )
        )
    return int(text)
