"""What a probe reports before the runner stamps it with its check id, start time and duration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from imsync_gui.i18n import Msg, msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckStatus


@dataclass(frozen=True)
class Outcome:
    """A probe's verdict: a message for the person (id + arguments), values and raw detail for IT.

    ``contacted`` is how many servers a probe over a list of them tried; ``None`` for probes
    that do not contact a list. A probe that contacted none could not run, whatever it says:
    :func:`checked` makes it so for every check.
    """

    status: CheckStatus
    message: Msg
    values: Mapping[str, JsonValue] = field(default_factory=dict)
    detail: str = ""
    contacted: int | None = None


def checked(outcome: Outcome) -> Outcome:
    """*outcome*, unless it contacted nothing: then an "it could not run" outcome."""
    if outcome.contacted != 0:
        return outcome
    message = msg("This check had nothing to contact: no server is listed for it.")
    return Outcome(CheckStatus.ERROR, message, {"contacted": 0}, "no server to contact", 0)


def worst(statuses: list[CheckStatus]) -> CheckStatus:
    """The most serious of several statuses (fail over warn over pass)."""
    order = (CheckStatus.FAIL, CheckStatus.ERROR, CheckStatus.WARN, CheckStatus.PASS)
    return next((s for s in order if s in statuses), CheckStatus.SKIPPED)
