"""The translation catalogues, in three steps (README "Translations"):

    python packaging/translations.py extract   # source and .ui text -> imsync_gui/locale/imsync_gui.pot
    python packaging/translations.py update    # .pot -> each language's .po (new entries empty)
    python packaging/translations.py compile   # each .po -> the .mo shipped in the package

One catalogue serves all text. Python text is marked with the convention of
``imsync_gui/i18n.py``; Qt Designer text reaches the same catalogue because the forms compiled
by pyside6-uic call ``QCoreApplication.translate(context, text)``, which the app routes to
gettext (``gui/language.py``), so ``translate:2`` extracts it from ``gui/generated``.
Locations are left out so that the files change only when a text does.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "imsync_gui"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "imsync_gui.pot"
LANGUAGES = ("de", "es")
KEYWORDS = {
    "N_": None,
    "msg": None,
    "_": None,
    "msg_n": (1, 2),
    "_n": (1, 2),
    "translate": (2,),  # QCoreApplication.translate(context, text, ...) in compiled .ui forms
}


def source_catalog() -> Catalog:
    """Every message id the source marks, as a template catalogue."""
    catalog = Catalog(project="imsync-gui", domain="imsync_gui", fuzzy=False)
    for _file, _line, message, comments, _context in extract_from_dir(
        str(PACKAGE),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
    ):
        catalog.add(message, auto_comments=comments)
    return catalog


def po_path(language: str) -> Path:
    """The editable catalogue of *language*."""
    return LOCALE / language / "LC_MESSAGES" / "imsync_gui.po"


def mo_path(language: str) -> Path:
    """The compiled catalogue the app loads."""
    return po_path(language).with_suffix(".mo")


def read_catalog(path: Path, language: str | None = None) -> Catalog:
    """A .po or .pot file."""
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _write_po(path: Path, catalog: Catalog) -> None:
    catalog.fuzzy = False  # a fuzzy header would keep its plural rules out of the .mo
    catalog.project, catalog.version = "imsync-gui", ""
    catalog.msgid_bugs_address = ""
    catalog.copyright_holder = "the imsync-gui authors"
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, no_location=True, sort_output=True, ignore_obsolete=True, width=100)
    path.write_bytes(buffer.getvalue())


def compiled(language: str) -> bytes:
    """The .mo bytes compiling *language*'s .po gives now."""
    buffer = io.BytesIO()
    write_mo(buffer, read_catalog(po_path(language), language), use_fuzzy=False)
    return buffer.getvalue()


def extract() -> None:
    """Write the template from the source."""
    catalog = source_catalog()
    _write_po(TEMPLATE, catalog)
    print(f"{len(catalog)} message ids -> {TEMPLATE.relative_to(ROOT)}")


def update() -> None:
    """Bring each language's catalogue in line with the template; report what is missing."""
    template = read_catalog(TEMPLATE)
    for language in LANGUAGES:
        path = po_path(language)
        catalog = (
            read_catalog(path, language)
            if path.exists()
            else Catalog(locale=language, domain="imsync_gui", project="imsync-gui")
        )
        catalog.update(template, no_fuzzy_matching=True)
        _write_po(path, catalog)
        missing = sum(1 for m in catalog if m.id and not _translated(m.string))
        print(f"{language}: {len(catalog)} ids, {missing} untranslated -> {path.relative_to(ROOT)}")


def compile_all() -> None:
    """Write each language's .mo from its .po."""
    for language in LANGUAGES:
        mo_path(language).write_bytes(compiled(language))
        print(f"{language}: {mo_path(language).relative_to(ROOT)}")


def _translated(string: str | tuple[str, ...]) -> bool:
    return all(string) if isinstance(string, tuple) else bool(string)


def main(argv: list[str] | None = None) -> int:
    """Run one step."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=("extract", "update", "compile"))
    step = parser.parse_args(argv).step
    {"extract": extract, "update": update, "compile": compile_all}[step]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
