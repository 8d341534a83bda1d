"""Marking of user-facing text for translation.

Every sentence a person reads is wrapped in :func:`N_` where it is defined, so that
``pybabel extract -k N_`` (or ``xgettext --keyword=N_``) finds it. :func:`N_` only marks;
translation happens where text is shown, through :func:`translate`.
"""

from __future__ import annotations

import gettext

_catalog: gettext.NullTranslations = gettext.NullTranslations()


def N_(text: str) -> str:
    """Mark *text* for extraction and return it unchanged."""
    return text


def translate(text: str) -> str:
    """Return *text* in the active language (English when no catalogue is installed)."""
    return _catalog.gettext(text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for *count*, in the active language."""
    return _catalog.ngettext(singular, plural, count)


def install(catalog: gettext.NullTranslations) -> None:
    """Make *catalog* the active translation catalogue."""
    global _catalog
    _catalog = catalog
