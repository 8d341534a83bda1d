"""The loopback stand-ins themselves: a silent client must not stall a test run."""

from __future__ import annotations

import socket
import ssl
import time
from pathlib import Path

import httpx
import trustme

from tests.checks.servers import LOOPBACK, https_server


def test_a_client_that_connects_and_says_nothing_blocks_neither_requests_nor_stop(
    tmp_path: Path,
) -> None:
    """werkzeug shakes hands inside accept() by default: one silent connection (a check
    cancelled as the window closes) held every later request and stop() for ever."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    started = time.monotonic()
    with https_server(ca) as server, socket.create_connection((LOOPBACK, server.port)):
        server.expect_request("/after").respond_with_data("ok")
        answer = httpx.get(
            f"https://localhost:{server.port}/after",
            verify=ssl.create_default_context(cafile=str(ca_file)),
            timeout=5,
        )
        assert answer.text == "ok"
    assert time.monotonic() - started < 10, "stop() waited for the silent client"
