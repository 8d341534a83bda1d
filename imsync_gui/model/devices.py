"""The person's Apple devices: what each is, runs and is signed in to."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Final

from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER
from imsync_gui.model.enums import DeviceKind

TYPED_BY_PERSON: Final = "person"
"""The ``os_version_source`` once the person typed or cleared the version: never refilled."""

VERSION_SOURCES: Final = (READ_FROM_THIS_COMPUTER, TYPED_BY_PERSON)


@dataclass(frozen=True)
class Device:
    """One iPhone, iPad or Mac as the person describes it.

    ``None`` means the person has not said (or is not sure); it is never read as "fine".
    ``os_version_source`` says who gave ``os_version``: :data:`READ_FROM_THIS_COMPUTER` when
    the app read it, :data:`TYPED_BY_PERSON` once the person typed or cleared it, None for
    neither (an empty version, or a file from before sources). ``this_computer`` is the
    person's tick "This is the Mac I'm using now": True, False (they left it off), or None
    (not asked); only a Mac carries it, and a session keeps at most one True.
    """

    id: str
    kind: DeviceKind
    name: str
    os_version: str | None = None
    apple_account: str | None = None
    addresses: tuple[str, ...] = field(default_factory=tuple)
    messages_in_icloud: bool | None = None
    os_version_source: str | None = None
    this_computer: bool | None = None

    def __post_init__(self) -> None:
        if self.this_computer is not None and self.kind is not DeviceKind.MAC:
            raise ValueError(f"only a Mac can be the computer in use, not {self.kind.value}")
        if self.os_version_source not in (None, *VERSION_SOURCES):
            raise ValueError(f"{self.os_version_source!r} is not a source of a version")

    def with_typed_version(self, version: str | None) -> Device:
        """This device with the version the person typed (or cleared): theirs from now on,
        never refilled from this computer. Unchanged when the version is the same."""
        if version == self.os_version:
            return self
        return replace(self, os_version=version, os_version_source=TYPED_BY_PERSON)

    @property
    def version_was_read(self) -> bool:
        """True while the version is one the app read from this computer."""
        return bool(self.os_version) and self.os_version_source == READ_FROM_THIS_COMPUTER

    @property
    def label(self) -> str:
        """How the device is named in findings: its name, or its kind when unnamed."""
        return self.name.strip() or KIND_LABELS[self.kind]


KIND_LABELS: dict[DeviceKind, str] = {
    DeviceKind.IPHONE: "iPhone",
    DeviceKind.IPAD: "iPad",
    DeviceKind.MAC: "Mac",
}


def normalise_address(address: str) -> str:
    """Compare Send & Receive addresses loosely: e-mails case-folded, phone numbers by digits."""
    text = address.strip()
    if "@" in text:
        return text.casefold()
    digits = "".join(ch for ch in text if ch.isdigit())
    return digits or text.casefold()


def other_peoples_iphones(devices: list[Device]) -> list[Device]:
    """iPhones that belong to someone else in the household: on another Apple Account than
    most devices, with a phone number of their own that none of those devices lists. Each
    person's iPhone has its own number; a Mac or an iPad has none to tell it apart, so on
    another account it may be the person's own (a possible conflict) and is never listed."""
    known = [(d, d.apple_account.strip().casefold()) for d in devices if d.apple_account]
    if len(known) < 2:
        return []
    accounts = [account for _, account in known]
    main = max(accounts, key=accounts.count)
    numbers = {n for d, account in known if account == main for n in _numbers(d)}
    return [
        d
        for d, account in known
        if account != main
        and d.kind is DeviceKind.IPHONE
        and _numbers(d)
        and not _numbers(d) & numbers
    ]


def _numbers(device: Device) -> frozenset[str]:
    """The phone numbers among a device's Send & Receive addresses, digits only."""
    return frozenset(
        normalise_address(a)
        for a in device.addresses
        if "@" not in a and any(c.isdigit() for c in a)
    )
