"""Loopback servers for the check tests: NTP with a chosen skew, silent TCP, closed ports, TLS.

Everything binds to 127.0.0.1; nothing here ever talks to another address.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator

import ntplib
import trustme
from pytest_httpserver import HTTPServer

LOOPBACK = "127.0.0.1"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
    return port


@contextlib.contextmanager
def silent_tcp() -> Iterator[int]:
    """A port that completes TCP connections (kernel backlog) but never reads or answers."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        sock.listen(64)
        yield sock.getsockname()[1]


@contextlib.contextmanager
def ntp_responder(skew_s: float = 0.0, delay_s: float = 0.0, silent: bool = False) -> Iterator[int]:
    """A UDP NTP server on 127.0.0.1 whose clock is *skew_s* ahead of this computer's."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((LOOPBACK, 0))
    sock.settimeout(0.05)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                data, peer = sock.recvfrom(512)
            except (TimeoutError, OSError):
                continue
            if silent:
                continue
            time.sleep(delay_s)
            request = ntplib.NTPPacket()
            request.from_data(data)
            now = ntplib.system_to_ntp_time(time.time()) + skew_s
            reply = ntplib.NTPPacket(version=3, mode=4, tx_timestamp=now)
            reply.stratum = 2
            reply.orig_timestamp = request.tx_timestamp
            reply.recv_timestamp = now
            reply.ref_timestamp = now
            with contextlib.suppress(OSError):
                sock.sendto(reply.to_data(), peer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        sock.close()


def tls_names() -> tuple[str, ...]:
    """Names the test certificates are issued for (the test resolver maps them to 127.0.0.1)."""
    return ("localhost", LOOPBACK, "appleid.apple.test", "www.icloud.test", "gdmf.apple.test")


class LateHandshake(ssl.SSLContext):
    """A server context whose sockets shake hands on first use, not inside ``accept()``.

    werkzeug wraps its listening socket, so by default every TLS handshake runs in the loop that
    accepts connections: one silent client blocks it, and ``stop()`` waits for ever."""

    def wrap_socket(  # type: ignore[override]
        self, sock: socket.socket, server_side: bool = False, *args: object, **kwargs: object
    ) -> ssl.SSLSocket:
        kwargs["do_handshake_on_connect"] = False
        return super().wrap_socket(sock, server_side, *args[1:], **kwargs)  # type: ignore[arg-type]


@contextlib.contextmanager
def https_server(ca: trustme.CA) -> Iterator[HTTPServer]:
    """A pytest-httpserver over TLS with a certificate from *ca*.

    Each connection is served on a thread of its own and shakes hands there
    (:class:`LateHandshake`): a client that connects and then says nothing (a check cancelled
    as the window closes) holds only its own thread, never the server or its shutdown."""
    context = LateHandshake(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*tls_names()).configure_cert(context)
    server = HTTPServer(host=LOOPBACK, port=0, ssl_context=context, threaded=True)
    server.start()
    try:
        yield server
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def https_url(server: HTTPServer, host: str, path: str = "/") -> str:
    """An https:// address for *server* under one of :func:`tls_names`."""
    return f"https://{host}:{server.port}{path}"


def delayed(seconds: float, body: bytes = b"ok") -> Callable[..., object]:
    """A pytest-httpserver handler that waits before answering."""
    from werkzeug.wrappers import Response

    def handler(_request: object) -> Response:
        time.sleep(seconds)
        return Response(body, status=200)

    return handler
