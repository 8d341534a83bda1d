"""DNS: can this computer look up the Apple hosts the other checks use, and how fast?"""

from __future__ import annotations

import asyncio

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, resolve
from imsync_gui.checks.outcome import Outcome
from imsync_gui.i18n import msg, msg_n
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus


async def probe(config: EndpointConfig) -> Outcome:
    """Resolve every Apple host at once, each under the check's timeout."""
    timeout = config.timeout_for(CheckId.DNS)
    hosts = config.apple_hosts()
    rows = await asyncio.gather(*(_lookup(host, timeout) for host in hosts))
    failed = [str(row["host"]) for row in rows if not row["ok"]]
    slow = [str(row["host"]) for row in rows if row["ok"] and _ms(row) > config.slow_ms]
    values: dict[str, JsonValue] = {"hosts": list(rows), "failed": list(failed)}
    detail = "\n".join(
        f"{row['host']}: {row['addresses'] if row['ok'] else row['error']} ({row['ms']} ms)"
        for row in rows
    )
    if failed and len(failed) == len(rows):
        message = msg(
            "The computer cannot look up any Apple server: the network's name "
            "service (DNS) is not working or is blocked."
        )
        return Outcome(CheckStatus.FAIL, message, values, detail)
    if failed:
        message = msg(
            "The computer cannot look up some Apple servers: {hosts}.", hosts=", ".join(failed)
        )
        return Outcome(CheckStatus.FAIL, message, values, detail)
    if slow:
        message = msg("Apple servers can be looked up, but slowly: {hosts}.", hosts=", ".join(slow))
        return Outcome(CheckStatus.WARN, message, values, detail)
    message = msg_n(
        "The Apple server name was looked up quickly.",
        "All {n} Apple server names were looked up quickly.",
        len(rows),
    )
    return Outcome(CheckStatus.PASS, message, values, detail)


def _ms(row: dict[str, JsonValue]) -> float:
    value = row["ms"]
    return float(value) if isinstance(value, int | float) else 0.0


async def _lookup(host: str, timeout: float) -> dict[str, JsonValue]:
    try:
        addresses, took = await resolve(host, timeout)
    except NetFailure as failure:
        return {
            "host": host,
            "ok": False,
            "addresses": [],
            "ms": None,
            "error": str(failure),
            "failure": failure.kind,
        }
    return {
        "host": host,
        "ok": True,
        "addresses": list(addresses),
        "ms": took,
        "error": None,
        "failure": None,
    }
