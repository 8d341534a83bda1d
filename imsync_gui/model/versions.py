"""Operating-system versions: parsing, comparison, minimums and the bundled latest table."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, total_ordering
from importlib import resources

from imsync_gui.i18n import _
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.quoting import quoted

_VERSION = re.compile(r"^\s*(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?\s*$")


@total_ordering
@dataclass(frozen=True)
class OsVersion:
    """A dotted version such as 17.2 or 10.13.5, compared numerically."""

    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text: str) -> OsVersion:
        """Parse "17", "17.2" or "10.13.5"; raise ValueError with a readable reason otherwise."""
        match = _VERSION.match(text)
        if not match:
            raise ValueError(
                _("“{text}” is not a version number like 17.2 or 10.13.5", text=quoted(text))
            )
        major, minor, patch = (int(part) if part else 0 for part in match.groups())
        return cls(major, minor, patch)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, OsVersion):
            return NotImplemented
        return self.as_tuple() < other.as_tuple()

    def as_tuple(self) -> tuple[int, int, int]:
        """(major, minor, patch)."""
        return (self.major, self.minor, self.patch)

    def __str__(self) -> str:
        parts = [self.major, self.minor] + ([self.patch] if self.patch else [])
        return ".".join(str(p) for p in parts)


_SHOWN_VERSION = re.compile(
    r"(?<![\w.,])(\d{1,3})(?:[.,](\d{1,3}))?(?:[.,](\d{1,3}))?(?![\w]|[.,]\d)"
)
"""A version standing on its own: not part of a word ("Zq7"), not followed by more digits."""


def read_version(text: str) -> OsVersion:
    """The version in what a device shows or a person types: "17.5", "iOS 17.5",
    "macOS Sonoma 14.5", "17,5" (a decimal comma), "Version 17.5.1 (21F90)".

    Raises ValueError with a readable reason when *text* holds no version number.
    """
    cleaned = re.sub(r"\([^)]*\)", " ", text)  # a build number in brackets is not the version
    matches = list(_SHOWN_VERSION.finditer(cleaned))
    dotted = [m for m in matches if m.group(2) is not None]  # "iPhone 15, iOS 17.5": the 17.5
    match = next(iter(dotted or matches), None)
    if match is None:
        raise ValueError(
            _("“{text}” does not contain a version number like 17.5", text=text.strip())
        )
    major, minor, patch = (int(part) if part else 0 for part in match.groups())
    return OsVersion(major, minor, patch)


MESSAGES_IN_ICLOUD_MINIMUM: dict[DeviceKind, OsVersion] = {
    DeviceKind.IPHONE: OsVersion(11, 4),
    DeviceKind.IPAD: OsVersion(11, 4),
    DeviceKind.MAC: OsVersion(10, 13, 5),
}
"""Messages in iCloud needs iOS/iPadOS 11.4 or macOS 10.13.5 or later."""

PLATFORM_NAMES: dict[DeviceKind, str] = {
    DeviceKind.IPHONE: "iOS",
    DeviceKind.IPAD: "iPadOS",
    DeviceKind.MAC: "macOS",
}


@dataclass(frozen=True)
class LatestVersions:
    """Latest public release per platform, where it came from and how old the data is."""

    versions: dict[str, OsVersion]
    source: str
    data_date: str
    offline: bool

    def for_kind(self, kind: DeviceKind) -> OsVersion | None:
        """The latest release for a device kind, if known."""
        return self.versions.get(PLATFORM_NAMES[kind])


@cache
def bundled_latest() -> LatestVersions:
    """The dated table shipped with the app, used when the live lookup is unavailable."""
    text = resources.files("imsync_gui.model").joinpath("data/latest_os.json").read_text("utf-8")
    raw = json.loads(text)
    return LatestVersions(
        versions={name: OsVersion.parse(v) for name, v in raw["latest"].items()},
        source=raw["source"],
        data_date=raw["data_date"],
        offline=True,
    )
