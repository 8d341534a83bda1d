"""What a probe reports before the runner stamps it with its check id, start time and duration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from imsync_gui.i18n import translate
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckStatus


@dataclass(frozen=True)
class Outcome:
    """A probe's verdict: a plain sentence for the person, values and raw detail for IT."""

    status: CheckStatus
    message: str
    values: Mapping[str, JsonValue] = field(default_factory=dict)
    detail: str = ""


def say(template: str, **values: object) -> str:
    """Translate a message template marked with ``N_`` and fill in its values."""
    return translate(template).format(**values)


def worst(statuses: list[CheckStatus]) -> CheckStatus:
    """The most serious of several statuses (fail over warn over pass)."""
    order = (CheckStatus.FAIL, CheckStatus.ERROR, CheckStatus.WARN, CheckStatus.PASS)
    return next((s for s in order if s in statuses), CheckStatus.SKIPPED)
