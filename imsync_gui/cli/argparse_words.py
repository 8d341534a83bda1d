"""argparse's own words (usage, options, errors) in the person's language.

argparse translates through the standard library's gettext domain ``argparse``, which no
catalogue covers here. These are the messages a person can meet, marked for the app's catalogue;
:func:`install` points argparse at it.
"""

from __future__ import annotations

import argparse

from imsync_gui.i18n import N_, translate, translate_plural

SHOWN = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)
"""The argparse messages a person can see, so that extraction puts them in the catalogue."""


def install() -> None:
    """Make argparse translate its words with the app's catalogue (in the active language)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
