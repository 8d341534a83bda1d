"""What a probe reports before the runner stamps it with its check id, start time and duration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from imsync_gui.i18n import Msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckStatus


@dataclass(frozen=True)
class Outcome:
    """A probe's verdict: a message for the person (id + arguments), values and raw detail for IT."""

    status: CheckStatus
    message: Msg
    values: Mapping[str, JsonValue] = field(default_factory=dict)
    detail: str = ""


def worst(statuses: list[CheckStatus]) -> CheckStatus:
    """The most serious of several statuses (fail over warn over pass)."""
    order = (CheckStatus.FAIL, CheckStatus.ERROR, CheckStatus.WARN, CheckStatus.PASS)
    return next((s for s in order if s in statuses), CheckStatus.SKIPPED)
