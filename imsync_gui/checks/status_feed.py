"""Parsing Apple's System Status feed: bare JSON, JSONP or either with a leading BOM.

The feed is undocumented, so parsing is tolerant of extra fields and strict about shape:
anything that is not the expected structure raises :class:`FeedError` with a plain reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from imsync_gui.model import strict_json
from imsync_gui.model.strict_json import NotPlainJson

_JSONP = re.compile(r"^\s*[A-Za-z_$][\w$.]*\s*\((?P<body>.*)\)\s*;?\s*$", re.DOTALL)

MATTERING_SERVICES = (
    "iMessage",
    "iCloud Account & Sign In",
    "iCloud Backup",
    "FaceTime",
    "Apple ID",
    "Apple Account",
)
"""The services whose live events can pause Messages in iCloud."""


class FeedError(ValueError):
    """The feed could not be understood; the message says how it was wrong."""


@dataclass(frozen=True)
class StatusEvent:
    """One event on one service, with the phase it is in."""

    service: str
    status_type: str
    event_status: str
    message: str
    start: str | None
    end_ms: float | None
    start_ms: float | None

    def is_live(self, now: datetime) -> bool:
        """Ongoing, started and not ended: resolved events linger in the feed for days."""
        at = now.timestamp() * 1000
        ended = self.end_ms is not None and self.end_ms <= at
        started = self.start_ms is None or self.start_ms <= at
        return self.event_status.lower().startswith("ongoing") and started and not ended

    def is_upcoming(self, now: datetime) -> bool:
        """Announced for later, typically maintenance."""
        phase = self.event_status.lower()
        if phase.startswith(("upcoming", "scheduled")):
            return True
        later = self.start_ms is not None and self.start_ms > now.timestamp() * 1000
        return later and not phase.startswith(("resolved", "completed"))

    @property
    def matters(self) -> bool:
        """True for services whose trouble pauses Messages in iCloud."""
        return self.service.casefold() in {s.casefold() for s in MATTERING_SERVICES}


def parse_feed(data: bytes) -> list[StatusEvent]:
    """Every event in the feed. Raise FeedError when the data is not a status feed."""
    if not data.strip():
        raise FeedError("the feed is empty")
    try:
        text = data.decode("utf-8-sig").strip().lstrip("\ufeff")
    except UnicodeDecodeError:
        raise FeedError("the feed is not UTF-8 text") from None
    wrapped = _JSONP.match(text)
    if wrapped:
        text = wrapped.group("body")
    if text.lstrip().startswith("<"):
        raise FeedError("the address returned a web page (HTML) instead of the status data")
    try:
        raw = strict_json.loads(text)
    except NotPlainJson as exc:
        raise FeedError(f"the feed holds {exc}") from None
    except json.JSONDecodeError as exc:
        raise FeedError(f"the feed is damaged or cut short ({exc.msg} at char {exc.pos})") from None
    except RecursionError:
        raise FeedError("the feed is nested too deeply") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("services"), list):
        raise FeedError("the feed has no list of services")
    return [event for service in raw["services"] for event in _events(service)]


def _events(service: object) -> list[StatusEvent]:
    if not isinstance(service, dict):
        raise FeedError("a service entry is not an object")
    name = service.get("serviceName")
    events = service.get("events", [])
    if not isinstance(name, str) or not isinstance(events, list):
        raise FeedError("a service entry has no name or its events are not a list")
    return [_event(name, raw) for raw in events]


def _event(service: str, raw: object) -> StatusEvent:
    if not isinstance(raw, dict):
        raise FeedError(f"an event of {service} is not an object")
    start_ms = _epoch(raw, "epochStartDate")
    return StatusEvent(
        service=service,
        status_type=_text(raw, "statusType"),
        event_status=_text(raw, "eventStatus"),
        message=_text(raw, "message"),
        start=_iso(start_ms) if start_ms is not None else (_text(raw, "startDate") or None),
        end_ms=_epoch(raw, "epochEndDate"),
        start_ms=start_ms,
    )


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FeedError(f"the event field {key} is not text")
    return value.strip()


def _epoch(raw: Mapping[str, Any], key: str) -> float | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise FeedError(f"the event field {key} is not a time")
    try:
        number = float(value)
    except ValueError:
        raise FeedError(f"the event field {key} is not a time") from None
    if not 0 <= number < 1e14:
        raise FeedError(f"the event field {key} is out of range")
    return number


def _iso(epoch_ms: float) -> str:
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).isoformat(timespec="minutes")
