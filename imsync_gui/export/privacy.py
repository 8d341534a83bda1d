"""Masking of e-mail addresses and phone numbers in everything that leaves the app.

Masked by default: ``jane@icloud.com`` becomes ``j***@icloud.com`` and ``+44 7700 900123``
becomes ``*** ** 23``. The person can choose to include them in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

EMAIL = re.compile(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w.:/])(?:\+|\()?\d(?:[ ()\-]{0,2}\d){6,16}(?![\w:/]|\.\d)")
"""Seven or more digits, optionally led by + or ( and grouped by spaces, hyphens or brackets."""
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_PHONE_DIGITS = 7


def mask_email(address: str) -> str:
    """``jane.doe@icloud.com`` -> ``j***@icloud.com`` (the provider stays readable)."""
    local, _, domain = address.strip().rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def mask_phone(number: str) -> str:
    """Any phone number -> ``*** ** 12``: only the last two digits, never the length."""
    digits = _digits(number)
    return f"*** ** {digits[-2:]}" if len(digits) >= 2 else "***"


def mask_address(address: str) -> str:
    """Mask a Send & Receive address, which is either an e-mail or a phone number."""
    return mask_email(address) if "@" in address else mask_phone(address)


@dataclass(frozen=True)
class Privacy:
    """How contact details appear in an export.

    ``reveal`` False (the default) masks them. ``known_phones`` are the person's own numbers
    (digits only; national and international forms match on their last seven digits): in text the app wrote itself, only these are masked, so that ports, sizes
    and timings are left alone; in text the person typed, anything shaped like a phone number
    is masked.
    """

    reveal: bool = False
    known_phones: frozenset[str] = frozenset()

    @classmethod
    def for_contacts(cls, contacts: Iterable[str], *, reveal: bool = False) -> Privacy:
        """A policy that knows the person's accounts and addresses."""
        phones = {_digits(c) for c in contacts if "@" not in c}
        return cls(reveal, frozenset(p for p in phones if len(p) >= MIN_PHONE_DIGITS))

    def address(self, address: str) -> str:
        """An account or Send & Receive address as it may be shown."""
        return address if self.reveal else mask_address(address)

    def typed_text(self, text: str) -> str:
        """Text the person typed: every e-mail and phone-shaped number is masked."""
        if self.reveal:
            return text
        return PHONE.sub(self._any_phone, EMAIL.sub(_email_match, text))

    def app_text(self, text: str) -> str:
        """Text the app wrote (evidence, check results): e-mails and the person's numbers."""
        if self.reveal:
            return text
        return PHONE.sub(self._known_phone, EMAIL.sub(_email_match, text))

    def _any_phone(self, match: re.Match[str]) -> str:
        found = match.group(0)
        if ISO_DATE.fullmatch(found) or len(_digits(found)) < MIN_PHONE_DIGITS:
            return found
        return mask_phone(found)

    def _known_phone(self, match: re.Match[str]) -> str:
        tail = _digits(match.group(0))[-MIN_PHONE_DIGITS:]
        if any(phone.endswith(tail) for phone in self.known_phones):
            return mask_phone(tail)
        return match.group(0)


def _email_match(match: re.Match[str]) -> str:
    return mask_email(match.group(0))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
