"""Masking of e-mail addresses, phone numbers and serial numbers in everything that leaves the app.

Masked by default: ``jane@icloud.com`` becomes ``j***@icloud.com``, ``+44 7700 900123`` becomes
``*** ** 23`` and a serial number such as ``C02XK1ZJJG5J`` becomes ``***5J``. The person can
choose to include them in full.

Every pattern runs in time linear in the text (no pattern can backtrack over a long run): an
e-mail match may only start where a run of address characters starts, and the phone and serial
patterns have bounded repetitions. ``tests/report/test_privacy.py`` times 100 000 characters.
"""

from __future__ import annotations

import dataclasses
import re

_LOCAL = r"[\w.%+'-]"
EMAIL = re.compile(rf"(?<!{_LOCAL}){_LOCAL}+@[\w-]+(?:\.[\w-]+)+")
"""An address: the local part starts a run of address characters, so each run is tried once."""
PHONE = re.compile(r"(?<![\w.])(?<!\d[:/])[+(]?\d(?:[ ()\-]{0,2}\d)*")
"""A whole run of digits grouped by spaces, hyphens or brackets, maybe led by + or (, not part of
a word, a version, an address (``17.253.144.10``), a time or a date (``10:22``, ``14/03/2025``).
Taken whole, so two numbers side by side are masked together rather than one cut in half; each
run is matched once (linear). :func:`_phone_match` decides what in it is a phone number."""
_LAST_GROUP = re.compile(r"[ ()\-]{1,2}\d+$")
_JOINED = re.compile(r"\w|[.:/]\d")
"""What may not follow a phone number: a word, a decimal part, the rest of a time or date."""
SERIAL = re.compile(r"\b[A-Z0-9]{8,14}\b")
"""A word of 8 to 14 capitals and digits; masked when it holds both (``C02XK1ZJJG5J``)."""
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_PHONE_DIGITS = 7
MIN_SERIAL_DIGITS = 2
MIN_SERIAL_LETTERS = 2


def mask_email(address: str) -> str:
    """``jane.doe@icloud.com`` -> ``j***@icloud.com`` (the provider stays readable)."""
    local, _, domain = address.strip().rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def mask_phone(number: str) -> str:
    """Any phone number -> ``*** ** 12``: only the last two digits, never the length."""
    digits = _digits(number)
    return f"*** ** {digits[-2:]}" if len(digits) >= 2 else "***"


def mask_serial(serial: str) -> str:
    """``C02XK1ZJJG5J`` -> ``***5J``: the last two characters, never the length."""
    return f"***{serial[-2:]}"


def mask_address(address: str) -> str:
    """Mask a Send & Receive address, which is either an e-mail or a phone number."""
    return mask_email(address) if "@" in address else mask_phone(address)


def mask_text(text: str) -> str:
    """Every e-mail address, phone-shaped number and serial-shaped word in *text*, masked."""
    text = EMAIL.sub(_email_match, text)
    text = PHONE.sub(_phone_match, text)
    return SERIAL.sub(_serial_match, text)


@dataclasses.dataclass(frozen=True)
class Privacy:
    """How contact details appear in an export: ``reveal`` False (the default) masks them."""

    reveal: bool = False

    def address(self, address: str) -> str:
        """An account or Send & Receive address as it may be shown (masked whole)."""
        return address if self.reveal else mask_address(address)

    def text(self, text: str) -> str:
        """Any text: every e-mail address, phone number and serial number masked."""
        return text if self.reveal else mask_text(text)


def _email_match(match: re.Match[str]) -> str:
    return mask_email(match.group(0))


def _phone_match(match: re.Match[str]) -> str:
    found = match.group(0)
    if _JOINED.match(match.string, match.end()):  # its last group starts a time or a word
        last = _LAST_GROUP.search(found)
        return _phone_or_not(found[: last.start()]) + last.group(0) if last else found
    return _phone_or_not(found)


def _phone_or_not(text: str) -> str:
    """*text* masked when it has a phone number's seven or more digits and is not a date."""
    if ISO_DATE.fullmatch(text) or len(_digits(text)) < MIN_PHONE_DIGITS:
        return text
    return mask_phone(text)


def _serial_match(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if digits < MIN_SERIAL_DIGITS or len(found) - digits < MIN_SERIAL_LETTERS:
        return found
    return mask_serial(found)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
