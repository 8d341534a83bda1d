"""Captive portal: does Apple's hotspot test page come back exactly as Apple serves it?"""

from __future__ import annotations

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, explain
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.web import fetch_url, host_of
from imsync_gui.i18n import msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus

SUCCESS_PAGE = b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
_MAX_BYTES = 65536


async def probe(config: EndpointConfig) -> Outcome:
    """Fetch the hotspot page without following redirects and compare it to the success page."""
    timeout = config.timeout_for(CheckId.CAPTIVE_PORTAL)
    host = host_of(config.captive_url)
    try:
        got = await fetch_url(config, config.captive_url, timeout_s=timeout, max_bytes=_MAX_BYTES)
    except NetFailure as failure:
        return Outcome(
            CheckStatus.FAIL,
            explain(failure.kind, host, timeout),
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
            msg("This network lets the computer reach the internet without a sign-in page."),
            values,
            detail,
        )
    if 300 <= got.status < 400:
        message = msg(
            "This network sends web traffic to a sign-in page first: open a browser and "
            "finish signing in to the Wi-Fi."
        )
    else:
        message = msg(
            "Apple's test page came back changed: this network shows a sign-in page or "
            "alters traffic on the way."
        )
    return Outcome(CheckStatus.FAIL, message, values, detail)
