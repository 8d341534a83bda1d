"""Fix steps name Apple's settings with Apple's own words, taken from one glossary."""

from __future__ import annotations

import gettext
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

import pytest

from imsync_gui.i18n import catalog_for
from imsync_gui.model.knowledge import CAUSES

CONFIDENCE = ("verified", "likely", "guess")


@cache
def glossary() -> list[dict[str, Any]]:
    text = resources.files("imsync_gui").joinpath("locale/glossary.json").read_text("utf-8")
    terms: list[dict[str, Any]] = json.loads(text)["terms"]
    return terms


def step_texts() -> Iterator[str]:
    """Every English text of every fix step: title, instructions, how to tell it worked."""
    for cause in CAUSES:
        for fix in cause.fixes:
            yield from (fix.title, fix.verify, *fix.mobile, *fix.mac, *fix.general)


def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w])")


def missing_terms(english: str, translated: str, language: str) -> list[str]:
    """Glossary words the English step uses but its translation does not (longest first, so
    "System Settings" is not also read as "Settings")."""
    missing = []
    rest, target = english, translated.casefold()
    for term in sorted((t for t in glossary() if t["in_steps"]), key=lambda t: -len(t["en"])):
        if not _pattern(term["en"]).search(rest):
            continue
        rest = _pattern(term["en"]).sub(" ", rest)
        word = str(term[language]).casefold()
        if word not in target:
            missing.append(f"{term['en']} -> {term[language]}")
        target = target.replace(word, " ")
    return missing


def test_every_term_has_both_languages_a_source_and_a_confidence() -> None:
    for term in glossary():
        assert term["en"] and term["de"] and term["es"] and term["source"], term
        assert term["confidence"] in CONFIDENCE, term


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_fix_step_naming_a_setting_uses_the_glossary(language: str) -> None:
    catalog: gettext.NullTranslations = catalog_for(language)
    wrong = []
    for english in step_texts():
        translated = catalog.gettext(english)
        missing = missing_terms(english, translated, language)
        if missing:
            wrong.append(f"{english!r}\n  {translated!r}\n  missing: {missing}")
    assert not wrong, "\n".join(wrong)


def test_the_check_finds_a_wrong_word() -> None:
    english = "Open Settings > General > Background App Refresh."
    assert missing_terms(
        english, "Öffne „Einstellungen“ > „Allgemein“ > „App-Aktualisierung“.", "de"
    ) == ["Background App Refresh -> Hintergrundaktualisierung"]
