"""Timed network primitives for the checks, and plain words for what went wrong.

Every primitive raises :class:`NetFailure`, whose ``kind`` tells a DNS failure from a refused
connection, a silent firewall, a certificate that does not verify, or an oversized answer.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from typing import Literal, get_args

import httpx

from imsync_gui.i18n import N_, Msg, msg
from imsync_gui.model.offthread import off_thread

FailureKind = Literal["dns", "refused", "timeout", "tls", "reset", "too_large", "other"]
FAILURE_KINDS: tuple[FailureKind, ...] = get_args(FailureKind)


class NetFailure(Exception):
    """A network step failed; ``kind`` says how, ``str()`` gives the technical text for IT."""

    def __init__(self, kind: FailureKind, text: str) -> None:
        super().__init__(text)
        self.kind: FailureKind = kind


def classify(exc: BaseException) -> NetFailure:
    """Turn any exception from a network step into a NetFailure of the right kind."""
    if isinstance(exc, NetFailure):
        return exc
    text = f"{type(exc).__name__}: {exc}"
    seen: BaseException | None = exc
    while seen is not None:
        kind = _kind_of(seen)
        if kind is not None:
            return NetFailure(kind, f"{text} ({type(seen).__name__}: {seen})")
        seen = seen.__cause__ or seen.__context__
    return NetFailure("other", text)


def _kind_of(exc: BaseException) -> FailureKind | None:
    kinds: tuple[tuple[type[BaseException], FailureKind], ...] = (
        (socket.gaierror, "dns"),
        (ssl.SSLCertVerificationError, "tls"),
        (ConnectionRefusedError, "refused"),
        (TimeoutError, "timeout"),
        (httpx.TimeoutException, "timeout"),
        (ConnectionResetError, "reset"),
        (ssl.SSLError, "reset"),
        (httpx.RemoteProtocolError, "reset"),
    )
    return next((kind for cls, kind in kinds if isinstance(exc, cls)), None)


def failure_kind(value: object) -> FailureKind:
    """The failure kind a result row recorded (``"other"`` for anything unexpected)."""
    return next((kind for kind in FAILURE_KINDS if kind == value), "other")


def explain(kind: FailureKind, host: str, timeout_s: float) -> Msg:
    """One plain sentence saying what a failure of this *kind* means for *host*."""
    templates: dict[FailureKind, str] = {
        "dns": N_("The computer could not look up {host}: the network's name service failed."),
        "refused": N_("{host} refused the connection: a firewall is probably blocking it."),
        "timeout": N_(
            "{host} did not answer within {seconds:g} seconds: a firewall may be dropping it."
        ),
        "tls": N_(
            "The secure connection to {host} could not be verified: something on the network "
            "may be inspecting encrypted traffic."
        ),
        "reset": N_("The connection to {host} was cut off before it completed."),
        "too_large": N_("{host} sent far more data than expected, so it was not read."),
        "other": N_("{host} could not be reached."),
    }
    return msg(templates[kind], host=host, seconds=timeout_s)


def elapsed_ms(since: float) -> float:
    """Milliseconds since a ``time.perf_counter()`` reading, rounded to 0.1 ms."""
    return round((time.perf_counter() - since) * 1000, 1)


async def resolve(host: str, timeout_s: float) -> tuple[list[str], float]:
    """Look *host* up; return its addresses and the time taken in milliseconds."""
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout_s):
            infos = await off_thread(socket.getaddrinfo, host, None, type=socket.SOCK_STREAM)
    except Exception as exc:
        raise classify(exc) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    return addresses, elapsed_ms(start)


async def tcp_connect(host: str, port: int, timeout_s: float) -> float:
    """Open and close a TCP connection; return how long it took in milliseconds."""
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout_s):
            _reader, writer = await asyncio.open_connection(host, port)
    except Exception as exc:
        raise classify(exc) from exc
    took = elapsed_ms(start)
    writer.close()
    return took
