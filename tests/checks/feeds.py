"""Status-feed builders for the tests, shaped like Apple's System Status feed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

NOW = datetime.fromisoformat("2026-03-10T12:00:00+00:00")


def ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def event(
    status_type: str = "Outage",
    event_status: str = "ongoing",
    *,
    start: timedelta = timedelta(hours=-1),
    end: timedelta | None = None,
    message: str = "Some users are affected.",
) -> dict[str, Any]:
    return {
        "messageId": "1",
        "statusType": status_type,
        "eventStatus": event_status,
        "message": message,
        "datePosted": "03/10/2026 04:00 PDT",
        "startDate": "03/10/2026 04:00 PDT",
        "endDate": None,
        "epochStartDate": ms(NOW + start),
        "epochEndDate": ms(NOW + end) if end is not None else None,
        "usersAffected": "Some users",
        "affectedServices": None,
    }


def feed(**services: list[dict[str, Any]]) -> dict[str, Any]:
    names = {"imessage": "iMessage", "facetime": "FaceTime", "backup": "iCloud Backup",
             "signin": "iCloud Account & Sign In", "account": "Apple Account",
             "maps": "Maps Display", "mail": "iCloud Mail"}  # fmt: skip
    return {
        "drpost": False,
        "drMessage": None,
        "services": [
            {"serviceName": names[key], "redirectUrl": None, "events": events}
            for key, events in services.items()
        ],
    }


def as_bytes(document: dict[str, Any], *, jsonp: bool = False, bom: bool = False) -> bytes:
    text = json.dumps(document)
    if jsonp:
        text = f"jsonCallback({text});"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode()
