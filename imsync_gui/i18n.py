"""The one translation convention: a text is a message id plus its arguments, filled when shown.

- ``N_("...")`` marks a constant message id where it is defined (question texts, fix steps);
  the id is translated where it is shown, with :func:`translate` or :func:`_`.
- ``msg("... {name} ...", name=...)`` and ``msg_n(singular, plural, n, ...)`` build a
  :class:`Msg`: the id and its arguments, not the filled English. The model stores these in
  findings, signals and check results, so a saved session renders in any language later.
- ``_("... {name} ...", name=...)`` and ``_n(singular, plural, n, ...)`` translate and fill at
  once, for text shown right where it is written (GUI, CLI, report labels).

- :func:`render` shows a stored text: a :class:`Msg`, or a constant id marked with ``N_``.
- :func:`set_language` switches the whole process; ``with language("de"):`` renders one thing
  (a report for a reader abroad) in another language and switches back.

Extraction keywords (pybabel / xgettext): ``N_``, ``msg``, ``_``, ``msg_n:1,2``, ``_n:1,2``.
Plurals always go through the catalogue's ``ngettext``, never through ``"(s)"``. Numbers given
as arguments are written the language's way (decimal comma in German and Spanish).
"""

from __future__ import annotations

import gettext
import os
import re
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Union

DOMAIN = "imsync_gui"
ENGLISH = "en"
PSEUDO = "pseudo"
LANGUAGES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
"""The languages with a complete catalogue, each named in its own language."""
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
"""Where the compiled catalogues live: ``locale/<lang>/LC_MESSAGES/imsync_gui.mo``."""

_catalog: gettext.NullTranslations = gettext.NullTranslations()
_language = ENGLISH

Arg = Union[str, int, float, "Msg"]


def N_(text: str) -> str:
    """Mark *text* for extraction and return it unchanged."""
    return text


def translate(text: str) -> str:
    """Return *text* in the active language (English when no catalogue is installed)."""
    return _catalog.gettext(text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for *count*, in the active language."""
    return _catalog.ngettext(singular, plural, count)


def install(catalog: gettext.NullTranslations, language: str = ENGLISH) -> None:
    """Make *catalog* the active translation catalogue for *language*."""
    global _catalog, _language
    _catalog, _language = catalog, language


def catalog_for(language: str) -> gettext.NullTranslations:
    """The catalogue of *language* (English, and any language without one, translate nothing)."""
    if language == PSEUDO:
        return PseudoTranslations()
    if language not in LANGUAGES or language == ENGLISH:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, str(LOCALE_DIR), [language], fallback=True)


def set_language(language: str) -> None:
    """Show every text from now on in *language* (``en``, ``de``, ``es`` or ``pseudo``)."""
    install(catalog_for(language), language if language in selectable() else ENGLISH)


def current_language() -> str:
    """The language texts are rendered in now."""
    return _language


def selectable() -> tuple[str, ...]:
    """Every language a person or a test can choose, the pseudo-locale last."""
    return (*LANGUAGES, PSEUDO)


@contextmanager
def language(code: str) -> Iterator[None]:
    """Render in *code* inside the block (e.g. a report for its reader), then switch back."""
    before = (_catalog, _language)
    set_language(code)
    try:
        yield
    finally:
        install(*before)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The person's language from the usual environment variables, if we speak it; else English.

    The GUI prefers Qt's view of the system locale (see ``gui.language``); this is for the CLI.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(variable, "").split(":"):
            code = part.split("_")[0].split(".")[0].lower()
            if code in LANGUAGES:
                return code
            if code:
                return ENGLISH
    return ENGLISH


class PseudoTranslations(gettext.NullTranslations):
    """A made-up language for tests and screenshots: accented and about 40 % longer.

    Every text that is really translated changes visibly (``[Ŝéţţîñĝš ~~~]``); placeholders such
    as ``{name}`` and Qt's ``&`` shortcuts stay intact, so filling and mnemonics still work.
    """

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


_ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÐðÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŜšŢţÛûŴŵÝýŽž",
)
_PLACEHOLDER = re.compile(r"(\{[^{}]*\}|&&|&(?=\w))")


def pseudo(text: str) -> str:
    """*text* accented and padded to about 140 % of its length, placeholders untouched."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    body = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
    extra = max(2, round(len(text) * 0.4) - 3)
    padding = " ".join("~" * min(4, extra - i) for i in range(0, extra, 5))  # breakable "words"
    return f"[{body} {padding}]"


@dataclass(frozen=True)
class Msg:
    """A message id and its arguments; :meth:`render` translates and fills it.

    ``plural`` and ``n`` are set for texts whose wording depends on a count. Arguments may be
    messages themselves (a cause's title inside a sentence); they are rendered first.
    """

    text: str
    args: Mapping[str, Arg] = field(default_factory=dict)
    plural: str | None = None
    n: int | None = None

    def __hash__(self) -> int:
        return hash((self.text, tuple(sorted(self.args.items())), self.plural, self.n))

    def __str__(self) -> str:
        return self.render()

    def render(self) -> str:
        """The message in the active language, with its arguments filled in."""
        if self.plural is not None and self.n is not None:
            template = translate_plural(self.text, self.plural, self.n)
        else:
            template = translate(self.text)
        if not self.args and self.n is None:
            return template
        values = {key: _render_arg(value) for key, value in self.args.items()}
        for key, value in self.args.items():
            if isinstance(value, Msg) and re.search("\\{" + key + r"\}(?:[.,;:]| \()", template):
                values[key] = str(values[key]).rstrip(".")  # the sentence around it goes on
        if self.n is not None:
            values.setdefault("n", self.n)
        try:
            return _FILL.vformat(template, (), values)
        except (KeyError, ValueError):
            return template  # a message id from a file that does not fit its arguments

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"id", "args"?, "plural"?, "n"?}``."""
        data: dict[str, Any] = {"id": self.text}
        if self.args:
            data["args"] = {
                key: value.to_json() if isinstance(value, Msg) else value
                for key, value in self.args.items()
            }
        if self.plural is not None:
            data["plural"] = self.plural
            data["n"] = self.n
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Msg:
        """The inverse of :meth:`to_json`."""
        args = {
            key: cls.from_json(value) if isinstance(value, Mapping) else value
            for key, value in dict(data.get("args") or {}).items()
        }
        return cls(str(data["id"]), args, data.get("plural"), data.get("n"))


class _NamedFieldsOnly(string.Formatter):
    """``str.format`` for message ids that may come from a file (a check result in a session):
    only ``{name}`` and ``{name:spec}`` fields with a modest spec are filled. Attribute and index
    access (``{a.__class__}``), positional fields and huge widths raise KeyError or ValueError
    instead of leaking internals, crashing or filling memory."""

    def get_field(self, field_name: str, args: Any, kwargs: Mapping[str, Any]) -> tuple[Any, str]:
        if field_name not in kwargs:
            raise KeyError(field_name)
        return kwargs[field_name], field_name

    def format_field(self, value: Any, format_spec: str) -> Any:
        if not _MODEST_SPEC.fullmatch(format_spec):
            raise ValueError(format_spec)
        return super().format_field(value, format_spec)


_MODEST_SPEC = re.compile(r"[<>^=]?[+\- ]?0?\d{0,2}(?:\.\d{1,2})?[a-zA-Z%]?")
_FILL = _NamedFieldsOnly()


def _render_arg(value: Arg) -> object:
    if isinstance(value, Msg):
        return value.render()
    if isinstance(value, float):
        return _LocalNumber(value)
    return value


class _LocalNumber(float):
    """A float that formats itself with the active language's decimal sign (``{ms:.0f}``)."""

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        return number_text(text) if spec[-1:] in ("f", "g", "") else text


def number_text(english: str) -> str:
    """A number already written the English way (``1234.5``), in the active language."""
    from babel.numbers import get_decimal_symbol  # loaded on first use, not at start-up

    if _language in (ENGLISH, PSEUDO):
        return english
    return english.replace(".", get_decimal_symbol(babel_locale()))


def babel_locale() -> str:
    """The Babel locale for the active language (the pseudo-locale writes like English)."""
    return {"de": "de_DE", "es": "es_ES"}.get(_language, "en_GB")


def format_long_date(moment: datetime) -> str:
    """The local date as the active language writes it, without the weekday ("14 March 2025")."""
    from babel.dates import format_date  # loaded on first use, not at start-up

    return format_date(moment.astimezone().date(), format="long", locale=babel_locale())


def render(text: str | Msg) -> str:
    """A stored text in the active language: a :class:`Msg`, or a constant id marked ``N_``."""
    return text.render() if isinstance(text, Msg) else translate(text)


def message_from_json(data: object) -> Msg:
    """A :class:`Msg` from :meth:`Msg.to_json`, or from an older file's plain sentence."""
    if isinstance(data, Mapping):
        return Msg.from_json(data)
    return Msg(str(data))


def msg(text: str, /, **args: Arg) -> Msg:
    """A message to be translated and filled when it is shown."""
    return Msg(text, args)


def msg_n(singular: str, plural: str, n: int, /, **args: Arg) -> Msg:
    """A count-dependent message; ``{n}`` is filled with *n* unless given."""
    return Msg(singular, args, plural, n)


def _(text: str, /, **args: Arg) -> str:
    """Translate and fill *text* now."""
    return msg(text, **args).render()


def _n(singular: str, plural: str, n: int, /, **args: Arg) -> str:
    """Translate and fill a count-dependent text now."""
    return msg_n(singular, plural, n, **args).render()
