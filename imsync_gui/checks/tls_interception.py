"""HTTPS interception: who issued the certificate an Apple host presents to this computer?

Apple's services refuse connections that pass through HTTPS inspection, so a chain that does
not verify, or one that verifies but was issued by an inspection product, is named in the report.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from dataclasses import dataclass

from imsync_gui.checks.config import EndpointConfig, split_target
from imsync_gui.checks.net import NetFailure, explain
from imsync_gui.checks.outcome import Outcome, worst
from imsync_gui.checks.tls import PeerCertificate, inspect_peer, ssl_context_async
from imsync_gui.i18n import Msg, msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus

INSPECTION_VENDORS = (
    "Zscaler", "Palo Alto", "Fortinet", "FortiGate", "Netskope", "Cisco Umbrella", "Sophos",
    "Blue Coat", "Symantec Web", "Forcepoint", "Websense", "Barracuda", "Check Point",
    "McAfee Web Gateway", "Skyhigh", "Kaspersky", "ESET", "Avast", "AVG", "Bitdefender",
    "Cloudflare for Teams", "Cloudflare Gateway", "iboss", "Menlo Security", "Lightspeed",
    "Securly", "GoGuardian", "ContentKeeper", "mitmproxy", "Charles Proxy", "Fiddler",
    "PortSwigger", "Untangle", "WatchGuard", "SonicWall", "Smoothwall",
)  # fmt: skip
"""Names found in the issuers of well-known inspection appliances, filters and debugging proxies."""


@dataclass(frozen=True)
class _Judged:
    status: CheckStatus
    message: Msg
    row: dict[str, JsonValue]


async def probe(config: EndpointConfig) -> Outcome:
    """Handshake with each target at once; report the most serious finding."""
    timeout = config.timeout_for(CheckId.TLS_INTERCEPTION)
    context = await ssl_context_async(config)
    targets = [split_target(t) for t in config.tls_targets]
    judged = await asyncio.gather(
        *(_inspect(host, port, context, timeout, config.expected_issuers) for host, port in targets)
    )
    ran = [j for j in judged if j.status is not CheckStatus.ERROR] or judged
    status = worst([j.status for j in ran])
    chosen = next((j for j in ran if j.status is status), None)
    rows = [j.row for j in judged]
    detail = "\n".join(
        f"{r['host']}:{r['port']}: issuer {r['issuer']!r}, verified={r['verified']}"
        f"{'; ' + str(r['error']) if r['error'] else ''}"
        for r in rows
    )
    if chosen is None:  # no target at all: could not run (see outcome.checked)
        return Outcome(CheckStatus.ERROR, msg("No server to inspect."), {}, detail, 0)
    values: dict[str, JsonValue] = {**chosen.row, "hosts": list(rows)}
    return Outcome(status, chosen.message, values, detail, len(judged))


async def _inspect(
    host: str, port: int, context: ssl.SSLContext, timeout: float, expected: tuple[str, ...]
) -> _Judged:
    try:
        peer = await inspect_peer(host, port, context, timeout)
    except NetFailure as failure:
        row: dict[str, JsonValue] = {
            "host": host, "port": port, "issuer": None, "verified": None,
            "error": str(failure), "failure": failure.kind,
        }  # fmt: skip
        why = explain(failure.kind, host, timeout)
        return _Judged(
            CheckStatus.ERROR, msg("Could not inspect the connection. {why}", why=why), row
        )
    return _judge(peer, expected)


def _names(vendor: str, issuer: str) -> bool:
    return re.search(rf"\b{re.escape(vendor)}\b", issuer, re.IGNORECASE) is not None


def _judge(peer: PeerCertificate, expected: tuple[str, ...]) -> _Judged:
    row: dict[str, JsonValue] = {
        "host": peer.host, "port": peer.port, "issuer": peer.issuer or None,
        "issuer_org": peer.issuer_org or None, "verified": peer.verified,
        "error": peer.error or None, "handshake_ms": peer.handshake_ms,
    }  # fmt: skip
    vendor = next((v for v in INSPECTION_VENDORS if _names(v, peer.issuer)), None)
    row["inspection_vendor"] = vendor
    if not peer.issuer:
        message = msg(
            "The certificate {host} presented could not be verified ({error}).",
            host=peer.host,
            error=peer.error,
        )
        return _Judged(CheckStatus.FAIL, message, row)
    if vendor is not None:
        message = msg(
            "Encrypted traffic to {host} is opened and inspected by {vendor} on this "
            "network; Apple's services refuse such connections.",
            host=peer.host,
            vendor=vendor,
        )
        return _Judged(CheckStatus.FAIL, message, row)
    if not peer.verified:
        message = msg(
            "The certificate {host} presented, issued by “{issuer}”, is not "
            "trusted: something on the network is intercepting encrypted traffic.",
            host=peer.host,
            issuer=peer.issuer,
        )
        return _Judged(CheckStatus.FAIL, message, row)
    if peer.issuer_org not in expected:
        message = msg(
            "The certificate for {host} was issued by “{issuer}”, not by Apple's "
            "usual authorities: the network may be inspecting encrypted traffic.",
            host=peer.host,
            issuer=peer.issuer,
        )
        return _Judged(CheckStatus.WARN, message, row)
    message = msg(
        "Encrypted connections to Apple are not intercepted (issuer: {issuer}).",
        issuer=peer.issuer,
    )
    return _Judged(CheckStatus.PASS, message, row)
