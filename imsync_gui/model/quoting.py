"""Quoting a wrong value back in a message: never more than a short excerpt of it."""

from __future__ import annotations

from typing import Final

QUOTE_CHARS: Final = 40
"""At most this much of a wrong value is quoted back in a message."""


def quoted(value: object, limit: int = QUOTE_CHARS) -> str:
    """*value* as it may be quoted in a message: at most *limit* characters, then "…"."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
