"""Clock: how far this computer's clock is from Apple's time servers (NTP on UDP).

Thresholds: more than 60 s off is a warning (message times look wrong and some sign-ins
start failing); more than 300 s is a failure, the skew Kerberos tolerates (RFC 4120) and the
point where Chromium reports a wrong clock. Apple publishes no figure; both are configurable.
"""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass

import ntplib

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.outcome import Outcome
from imsync_gui.i18n import N_, Msg, msg, msg_n
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus
from imsync_gui.model.offthread import off_thread


@dataclass(frozen=True)
class _Reading:
    server: str
    offset_s: float
    delay_s: float
    stratum: int


@dataclass(frozen=True)
class _Miss:
    server: str
    kind: str
    text: str


def _ask(server: str, port: int, timeout: float) -> _Reading | _Miss:
    try:
        reply = ntplib.NTPClient().request(server, version=3, port=port, timeout=timeout)
    except socket.gaierror as exc:
        return _Miss(server, "dns", f"gaierror: {exc}")
    except ntplib.NTPException as exc:
        return _Miss(server, "timeout", f"NTPException: {exc}")
    except OSError as exc:
        return _Miss(server, "other", f"{type(exc).__name__}: {exc}")
    # ntplib's offset is server minus local; the product reports local minus server.
    return _Reading(server, -float(reply.offset), float(reply.delay), int(reply.stratum))


async def probe(config: EndpointConfig) -> Outcome:
    """Ask every server at once; the first answer wins, the others are fallbacks."""
    timeout = config.timeout_for(CheckId.CLOCK)
    pending = {
        asyncio.ensure_future(off_thread(_ask, s, config.ntp_port, timeout))
        for s in config.ntp_servers
    }
    misses: list[_Miss] = []
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                answer = task.result()
                if isinstance(answer, _Reading):
                    return _judge(answer, config, misses)
                misses.append(answer)
    finally:
        for task in pending:
            task.cancel()
    return _unreachable(misses, config)


def _judge(reading: _Reading, config: EndpointConfig, misses: list[_Miss]) -> Outcome:
    offset = reading.offset_s
    values: dict[str, JsonValue] = {
        "offset_s": round(offset, 3),
        "delay_s": round(reading.delay_s, 3),
        "stratum": reading.stratum,
        "server": reading.server,
        "udp_blocked": False,
    }
    detail = (
        f"{reading.server}: offset {offset:+.3f} s, delay {reading.delay_s:.3f} s, "
        f"stratum {reading.stratum}" + "".join(f"\n{m.server}: {m.text}" for m in misses)
    )
    size = abs(offset)
    ahead = offset > 0
    if size > config.clock_fail_s:
        template = (
            N_("This computer's clock is {amount} ahead: turn on setting the time automatically.")
            if ahead
            else N_(
                "This computer's clock is {amount} behind: turn on setting the time automatically."
            )
        )
        return Outcome(CheckStatus.FAIL, msg(template, amount=_amount(size)), values, detail)
    if size > config.clock_warn_s:
        template = (
            N_("This computer's clock is {amount} ahead of Apple's time.")
            if ahead
            else N_("This computer's clock is {amount} behind Apple's time.")
        )
        return Outcome(CheckStatus.WARN, msg(template, amount=_amount(size)), values, detail)
    message = msg("This computer's clock is right, to within {amount}.", amount=_amount(size))
    return Outcome(CheckStatus.PASS, message, values, detail)


def _amount(seconds: float) -> Msg:
    if seconds < 120:
        return msg_n("{n} second", "{n} seconds", max(1, round(seconds)))
    if seconds < 5400:
        return msg_n("{n} minute", "{n} minutes", round(seconds / 60))
    if seconds < 172800:
        return msg_n("{n} hour", "{n} hours", round(seconds / 3600))
    return msg_n("{n} day", "{n} days", round(seconds / 86400))


def _unreachable(misses: list[_Miss], config: EndpointConfig) -> Outcome:
    detail = "\n".join(f"{m.server}: {m.text}" for m in misses)
    base: dict[str, JsonValue] = {
        "offset_s": None,
        "delay_s": None,
        "stratum": None,
        "server": None,
    }
    if misses and all(m.kind == "dns" for m in misses):
        message = msg(
            "The clock could not be checked: the time servers' names could not be "
            "looked up (a DNS problem)."
        )
        return Outcome(CheckStatus.ERROR, message, {**base, "udp_blocked": False}, detail)
    if any(m.kind == "timeout" for m in misses):
        message = msg(
            "Apple's time servers do not answer: this network seems to block the "
            "time service (UDP port {port}), so devices may not set their clocks.",
            port=config.ntp_port,
        )
        return Outcome(CheckStatus.WARN, message, {**base, "udp_blocked": True}, detail)
    message = msg("The clock could not be checked: no time server could be reached.")
    return Outcome(CheckStatus.ERROR, message, {**base, "udp_blocked": None}, detail)
