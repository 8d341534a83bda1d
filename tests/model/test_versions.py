"""Versions are read the way devices and people show them."""

from __future__ import annotations

import pytest

from imsync_gui.i18n import language
from imsync_gui.model.versions import OsVersion, read_version


@pytest.mark.parametrize(
    ("shown", "version"),
    [
        ("17.5", OsVersion(17, 5)),
        ("iOS 17.5", OsVersion(17, 5)),
        ("macOS Sonoma 14.5", OsVersion(14, 5)),
        ("17,5", OsVersion(17, 5)),
        ("Version 17.5.1 (21F90)", OsVersion(17, 5, 1)),
        ("iPhone 15 with iOS 18.1", OsVersion(18, 1)),
        ("26", OsVersion(26)),
    ],
)
def test_what_a_device_shows_is_read(shown: str, version: OsVersion) -> None:
    assert read_version(shown) == version


@pytest.mark.parametrize("typed", ["", "latest", "Sonoma", "Zq7mark", "1234"])
def test_text_without_a_version_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValueError, match="version number"):
        read_version(typed)


def test_the_reason_is_in_the_person_s_language() -> None:
    with language("de"), pytest.raises(ValueError) as refused:
        read_version("the newest")
    assert str(refused.value) == "„the newest“ enthält keine Versionsnummer wie 17.5"
