"""Captive portal: does Apple's hotspot test page come back exactly as Apple serves it?"""

from __future__ import annotations

from urllib.parse import urlsplit

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, explain, fetch, http_client
from imsync_gui.checks.outcome import Outcome, say
from imsync_gui.checks.tls import ssl_context_async
from imsync_gui.i18n import N_
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus

SUCCESS_PAGE = b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
_MAX_BYTES = 65536


async def probe(config: EndpointConfig) -> Outcome:
    """Fetch the hotspot page without following redirects and compare it to the success page."""
    timeout = config.timeout_for(CheckId.CAPTIVE_PORTAL)
    host = urlsplit(config.captive_url).hostname or config.captive_url
    context = await ssl_context_async(config)
    try:
        async with http_client(config, context, timeout) as client:
            got = await fetch(client, config.captive_url, max_bytes=_MAX_BYTES, timeout_s=timeout)
    except NetFailure as failure:
        return Outcome(
            CheckStatus.FAIL,
            explain(failure, host, timeout),
            {"http_status": None, "matched": False, "host": host, "failure": failure.kind},
            str(failure),
        )
    matched = got.status == 200 and got.body.strip() == SUCCESS_PAGE
    values: dict[str, JsonValue] = {
        "http_status": got.status,
        "matched": matched,
        "host": host,
        "latency_ms": got.latency_ms,
        "redirect": got.location or None,
    }
    detail = f"HTTP {got.status}; first bytes: {got.body[:300]!r}"
    if matched:
        return Outcome(
            CheckStatus.PASS,
            say(N_("This network lets the computer reach the internet without a sign-in page.")),
            values,
            detail,
        )
    if 300 <= got.status < 400:
        message = N_(
            "This network sends web traffic to a sign-in page first: open a browser and "
            "finish signing in to the Wi-Fi."
        )
    else:
        message = N_(
            "Apple's test page came back changed: this network shows a sign-in page or "
            "alters traffic on the way."
        )
    return Outcome(CheckStatus.FAIL, say(message), values, detail)
