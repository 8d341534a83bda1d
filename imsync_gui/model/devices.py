"""The person's Apple devices: what each is, runs and is signed in to."""

from __future__ import annotations

from dataclasses import dataclass, field

from imsync_gui.model.enums import DeviceKind


@dataclass(frozen=True)
class Device:
    """One iPhone, iPad or Mac as the person describes it.

    ``None`` means the person has not said (or is not sure); it is never read as "fine".
    """

    id: str
    kind: DeviceKind
    name: str
    os_version: str | None = None
    apple_account: str | None = None
    addresses: tuple[str, ...] = field(default_factory=tuple)
    messages_in_icloud: bool | None = None

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
