"""The one translation convention: a text is a message id plus its arguments, filled when shown.

- ``N_("...")`` marks a constant message id where it is defined (question texts, fix steps);
  the id is translated where it is shown, with :func:`translate` or :func:`_`.
- ``msg("... {name} ...", name=...)`` and ``msg_n(singular, plural, n, ...)`` build a
  :class:`Msg`: the id and its arguments, not the filled English. The model stores these in
  findings, signals and check results, so a saved session renders in any language later.
- ``_("... {name} ...", name=...)`` and ``_n(singular, plural, n, ...)`` translate and fill at
  once, for text shown right where it is written (GUI, CLI, report labels).

Extraction keywords (pybabel / xgettext): ``N_``, ``msg``, ``_``, ``msg_n:1,2``, ``_n:1,2``.
Plurals always go through the catalogue's ``ngettext``, never through ``"(s)"``.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Union

_catalog: gettext.NullTranslations = gettext.NullTranslations()

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


def install(catalog: gettext.NullTranslations) -> None:
    """Make *catalog* the active translation catalogue."""
    global _catalog
    _catalog = catalog


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

    def render(self) -> str:
        """The message in the active language, with its arguments filled in."""
        if self.plural is not None and self.n is not None:
            template = translate_plural(self.text, self.plural, self.n)
        else:
            template = translate(self.text)
        if not self.args and self.n is None:
            return template
        values = {key: _render_arg(value) for key, value in self.args.items()}
        if self.n is not None:
            values.setdefault("n", self.n)
        return template.format(**values)

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


def _render_arg(value: Arg) -> str | int | float:
    return value.render() if isinstance(value, Msg) else value


def msg(text: str, **args: Arg) -> Msg:
    """A message to be translated and filled when it is shown."""
    return Msg(text, args)


def msg_n(singular: str, plural: str, n: int, **args: Arg) -> Msg:
    """A count-dependent message; ``{n}`` is filled with *n* unless given."""
    return Msg(singular, args, plural, n)


def _(text: str, **args: Arg) -> str:
    """Translate and fill *text* now."""
    return msg(text, **args).render()


def _n(singular: str, plural: str, n: int, **args: Arg) -> str:
    """Translate and fill a count-dependent text now."""
    return msg_n(singular, plural, n, **args).render()
