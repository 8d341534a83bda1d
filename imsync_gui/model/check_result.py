"""The result of one live check: the input the diagnosis takes from the checks layer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeAlias

from imsync_gui.i18n import Msg
from imsync_gui.model.enums import CheckStatus

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None


@dataclass(frozen=True)
class CheckResult:
    """What one check measured.

    ``message`` is one plain sentence for the person, kept as a message id and its arguments
    (:class:`~imsync_gui.i18n.Msg`) so that it renders in any language later; ``detail`` is raw
    text for IT;
    ``values`` holds measured numbers and names (latency, offset, issuer, host, port...).
    """

    check_id: str
    status: CheckStatus
    message: Msg
    started_at: datetime
    duration_s: float
    values: Mapping[str, JsonValue] = field(default_factory=dict)
    detail: str = ""

    @property
    def ran(self) -> bool:
        """True when the check produced a verdict (pass, warn or fail)."""
        return self.status in (CheckStatus.PASS, CheckStatus.WARN, CheckStatus.FAIL)
