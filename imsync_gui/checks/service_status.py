"""Apple System Status: live trouble on the services Messages in iCloud depends on.

A live outage on one of them is a failure, a live issue, slowdown or maintenance a warning;
upcoming maintenance is shown as information and resolved events are ignored.
"""

from __future__ import annotations

from datetime import UTC, datetime

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, explain
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.status_feed import FeedError, StatusEvent, parse_feed
from imsync_gui.checks.web import NotOk, fetch_ok, host_of
from imsync_gui.i18n import Msg, msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus


async def probe(config: EndpointConfig, now: datetime | None = None) -> Outcome:
    """Fetch and read the status feed."""
    timeout = config.timeout_for(CheckId.SERVICE_STATUS)
    host = host_of(config.status_url)
    try:
        events = parse_feed(await fetch_ok(config, config.status_url, timeout_s=timeout))
    except NetFailure as failure:
        why = explain(failure.kind, host, timeout)
        return _not_read(why, str(failure))
    except (FeedError, NotOk) as exc:
        return _not_read(
            msg("Apple's status page sent something that could not be read."), str(exc)
        )
    return judge(events, now or datetime.now(UTC))


def _not_read(why: Msg, detail: str) -> Outcome:
    message = msg("Apple's System Status could not be checked. {why}", why=why)
    values: dict[str, JsonValue] = {"affected": [], "events": [], "upcoming": [], "read": False}
    return Outcome(CheckStatus.ERROR, message, values, detail)


def judge(events: list[StatusEvent], now: datetime) -> Outcome:
    """Turn parsed events into a verdict for Messages in iCloud."""
    live = [e for e in events if e.is_live(now)]
    upcoming = [e for e in events if e.is_upcoming(now)]
    mattering = [e for e in live if e.matters]
    affected = list(dict.fromkeys(e.service for e in mattering))
    values: dict[str, JsonValue] = {
        "affected": list(affected),
        "events": [_row(e) for e in live],
        "upcoming": [
            {"service": e.service, "message": e.message, "start": e.start} for e in upcoming
        ],
        "read": True,
    }
    detail = (
        "\n".join(
            f"{e.service}: {e.status_type} {e.event_status} from {e.start}: {e.message}"
            for e in (*live, *upcoming)
        )
        or "no live or upcoming events"
    )
    outages = [e.service for e in mattering if e.status_type.lower() == "outage"]
    if outages:
        message = msg(
            "Apple reports an outage right now: {services}. This is on Apple's side; "
            "it will pass without you doing anything.",
            services=", ".join(dict.fromkeys(outages)),
        )
        return Outcome(CheckStatus.FAIL, message, values, detail)
    if affected:
        message = msg(
            "Apple reports a problem right now with {services}; syncing may be slow "
            "until Apple fixes it.",
            services=", ".join(affected),
        )
        return Outcome(CheckStatus.WARN, message, values, detail)
    if upcoming:
        message = msg(
            "Apple's services that Messages needs are working; maintenance is "
            "planned for {services}.",
            services=", ".join(dict.fromkeys(e.service for e in upcoming)),
        )
        return Outcome(CheckStatus.PASS, message, values, detail)
    message = msg("Apple reports no problems with iMessage, iCloud or Apple Account.")
    return Outcome(CheckStatus.PASS, message, values, detail)


def _row(event: StatusEvent) -> dict[str, JsonValue]:
    return {
        "service": event.service,
        "status_type": event.status_type,
        "message": event.message,
        "start": event.start,
    }
