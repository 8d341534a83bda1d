"""Push: can this computer open a TCP connection to Apple's push service (5223, then 443)?"""

from __future__ import annotations

import asyncio
import random

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, explain, failure_kind, tcp_connect
from imsync_gui.checks.outcome import Outcome
from imsync_gui.i18n import msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus

COURIER_COUNT = 50
"""Apple's push couriers are numbered 1 to 50; ``{n}`` in the host picks one at random."""


def push_host(config: EndpointConfig) -> str:
    """The push host to try, with ``{n}`` replaced by a courier number."""
    return config.push_host.replace("{n}", str(random.randint(1, COURIER_COUNT)))


async def probe(config: EndpointConfig) -> Outcome:
    """Connect to the main and the fallback port at once."""
    timeout = config.timeout_for(CheckId.PUSH)
    host = push_host(config)
    main, fallback = await asyncio.gather(
        _connect(host, config.push_port, timeout),
        _connect(host, config.push_fallback_port, timeout),
    )
    values: dict[str, JsonValue] = {
        "host": host,
        "port_5223_open": main["ok"],
        "port_443_open": fallback["ok"],
        "ports": [main, fallback],
    }
    detail = "\n".join(f"{host}:{row['port']}: {row['detail']}" for row in (main, fallback))
    if main["ok"]:
        message = msg("Apple's push service, which delivers iMessages, can be reached.")
        return Outcome(CheckStatus.PASS, message, values, detail)
    if fallback["ok"]:
        message = msg(
            "Apple's push service is reachable only through its slower fallback "
            "port 443; port {port} is blocked on this network.",
            port=config.push_port,
        )
        return Outcome(CheckStatus.WARN, message, values, detail)
    message = msg(
        "Apple's push service, which delivers iMessages, is blocked on this network. {why}",
        why=explain(failure_kind(main["failure"]), host, timeout),
    )
    return Outcome(CheckStatus.FAIL, message, values, detail)


async def _connect(host: str, port: int, timeout: float) -> dict[str, JsonValue]:
    try:
        took = await tcp_connect(host, port, timeout)
    except NetFailure as failure:
        return {
            "port": port,
            "ok": False,
            "latency_ms": None,
            "failure": failure.kind,
            "detail": str(failure),
        }
    return {
        "port": port,
        "ok": True,
        "latency_ms": took,
        "failure": None,
        "detail": f"connected in {took} ms",
    }
