"""The German and Spanish catalogues: complete, current, compiled, and faithful to placeholders.

When a test here fails after new text was added, run the three commands of the README's
"Translations" section (extract, update, compile) and translate the new entries.
"""

from __future__ import annotations

import gettext
import io
import string
import sys
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402  (packaging/translations.py, the catalogue workflow)

LANGUAGES = translations.LANGUAGES


@cache
def _catalog(language: str) -> Catalog:
    return translations.read_catalog(translations.po_path(language), language)


@cache
def _source_ids() -> frozenset[str]:
    return frozenset(_key(m) for m in translations.source_catalog() if m.id)


def _key(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _fields(text: str) -> list[tuple[str, str]]:
    """The placeholders of a template with their format specs, e.g. [("ms", ".0f")]."""
    return sorted(
        (name, spec or "")
        for _literal, name, spec, _conversion in string.Formatter().parse(text)
        if name is not None
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_in_the_source_is_translated(language: str) -> None:
    catalog = _catalog(language)
    translated = {
        _key(m)
        for m in catalog
        if m.id and (all(m.string) if isinstance(m.string, tuple) else m.string)
    }
    missing = sorted(_source_ids() - translated)
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_the_same_in_every_translation(language: str) -> None:
    wrong = []
    for message in _catalog(language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            sources = [message.id[0], *[message.id[1]] * (len(message.string) - 1)]
            pairs = list(zip(sources, message.string, strict=True))
        else:
            pairs = [(message.id, message.string)]
        for source, text in pairs:
            expected = _fields(source)
            if (
                text
                and _fields(text) != expected
                and _fields(text) != [f for f in expected if f[0] != "n"]
            ):
                wrong.append((source, text))
    assert not wrong, "\n".join(f"{s!r} -> {t!r}" for s, t in wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_not_older_than_its_source(language: str) -> None:
    """The shipped .mo is exactly what compiling the .po gives now (content, not file dates,
    which a checkout does not keep)."""
    shipped = translations.mo_path(language).read_bytes()
    assert shipped == translations.compiled(language), (
        f"{translations.mo_path(language).name} ({language}) is stale: "
        "run python packaging/translations.py compile"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_follow_the_language(language: str) -> None:
    compiled = gettext.GNUTranslations(io.BytesIO(translations.mo_path(language).read_bytes()))
    one, many = (
        compiled.ngettext("{n} day", "{n} days", 1),
        compiled.ngettext("{n} day", "{n} days", 2),
    )
    assert one != many and "{n}" in one and "{n}" in many


def test_no_marked_text_hides_inside_an_f_string() -> None:
    """Extraction reads an f-string as one token, so ``f"{_('Noted:')}"`` never reaches the
    catalogue and stays English in every language; mark text outside f-strings."""
    import ast

    keywords = {"_", "_n", "N_", "msg", "msg_n"}
    hidden = []
    for path in sorted((Path(__file__).resolve().parents[2] / "imsync_gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden.extend(
                    f"{path.name}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id in keywords
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                )
    assert not hidden
