"""The accurate time to compare a device's clock with: this computer's, corrected if measured."""

from __future__ import annotations

from datetime import datetime, timedelta

from imsync_gui.model.enums import CheckId
from imsync_gui.model.session import Session


def clock_offset_s(session: Session) -> float | None:
    """How far this computer's clock is ahead of the time server (seconds), when measured."""
    result = session.check(CheckId.CLOCK)
    offset = result.values.get("offset_s") if result is not None and result.ran else None
    return float(offset) if isinstance(offset, int | float) else None


def reference_now(session: Session) -> tuple[datetime, bool]:
    """(local time zone-aware accurate time, whether it was corrected by a measured offset)."""
    offset = clock_offset_s(session)
    local = datetime.now().astimezone()
    return (local - timedelta(seconds=offset), True) if offset is not None else (local, False)
