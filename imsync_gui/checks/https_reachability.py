"""HTTPS reachability and latency of the Apple Account hosts and of an iCloud host."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, explain, failure_kind
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.tls import ssl_context_async
from imsync_gui.checks.web import fetch, http_client
from imsync_gui.i18n import N_, msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus

_MAX_BYTES = 65536


async def probe_account(config: EndpointConfig) -> Outcome:
    """Reach every Apple Account sign-in host over verified HTTPS."""
    return await _probe(config, CheckId.HTTPS_ACCOUNT, config.account_urls, N_("Apple Account"))


async def probe_icloud(config: EndpointConfig) -> Outcome:
    """Reach the iCloud host(s) over verified HTTPS."""
    return await _probe(config, CheckId.HTTPS_ICLOUD, config.icloud_urls, N_("iCloud"))


async def _probe(
    config: EndpointConfig, check_id: CheckId, urls: tuple[str, ...], service: str
) -> Outcome:
    timeout = config.timeout_for(check_id)
    context = await ssl_context_async(config)
    async with await http_client(config, context, timeout, urls) as client:
        rows = await asyncio.gather(*(_reach(client, url, timeout) for url in urls))
    failures = [row for row in rows if row["failure"] is not None]
    slow = [row for row in rows if row["failure"] is None and _ms(row) > config.slow_ms]
    values: dict[str, JsonValue] = {"hosts": list(rows)}
    detail = "\n".join(f"{row['url']}: {row['detail']}" for row in rows)
    name = msg(service)
    if failures:
        first = failures[0]
        sentence = explain(failure_kind(first["failure"]), str(first["host"]), timeout)
        if len(failures) == len(rows):
            message = msg(
                "{service} cannot be reached from this computer. {why}",
                service=name,
                why=sentence,
            )
        else:
            message = msg(
                "Some {service} servers cannot be reached. {why}", service=name, why=sentence
            )
        return Outcome(CheckStatus.FAIL, message, values, detail, len(rows))
    slowest = max(_ms(row) for row in rows) if rows else 0.0
    if slow:
        message = msg(
            "{service} answers, but slowly (up to {ms:.0f} ms).", service=name, ms=slowest
        )
        return Outcome(CheckStatus.WARN, message, values, detail, len(rows))
    message = msg("{service} answers securely ({ms:.0f} ms at most).", service=name, ms=slowest)
    return Outcome(CheckStatus.PASS, message, values, detail, len(rows))


def _ms(row: dict[str, JsonValue]) -> float:
    value = row["latency_ms"]
    return float(value) if isinstance(value, int | float) else 0.0


async def _reach(client: httpx.AsyncClient, url: str, timeout: float) -> dict[str, JsonValue]:
    parts = urlsplit(url)
    host = parts.hostname or url
    row: dict[str, JsonValue] = {"url": url, "host": host, "port": parts.port or 443}
    try:
        got = await fetch(client, url, max_bytes=_MAX_BYTES, timeout_s=timeout, method="HEAD")
    except NetFailure as failure:
        row.update(
            ok=False,
            latency_ms=None,
            http_status=None,
            failure=failure.kind,
            detail=str(failure),
        )
        return row
    row.update(
        ok=True,
        latency_ms=got.latency_ms,
        http_status=got.status,
        failure=None,
        detail=f"HTTP {got.status} in {got.latency_ms} ms",
    )
    return row
