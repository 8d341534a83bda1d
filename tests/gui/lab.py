"""A stand-in for Apple's services on 127.0.0.1: every live check gets a real server to talk to.

Used by the GUI tests and by ``packaging/render_screenshots.py``. It serves the captive-portal
page over HTTP; Apple Account, iCloud, the software catalogue and System Status over HTTPS
(certificates from a throw-away trustme CA that the config trusts as its extra CA file);
accepts TCP connections for the push service; and answers NTP over UDP.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.x509.oid import NameOID
from pytest_httpserver import HTTPServer

from imsync_gui.checks.config import DEFAULT_TIMEOUTS, EndpointConfig

CAPTIVE_SUCCESS = "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
NTP_EPOCH_OFFSET = 2_208_988_800

STATUS_FEED = {
    "drpost": False,
    "drMessage": None,
    "services": [
        {"serviceName": name, "redirectUrl": "", "events": []}
        for name in ("iMessage", "iCloud Account & Sign In", "iCloud Backup", "FaceTime")
    ],
}
CATALOG = {
    "PublicAssetSets": {
        "iOS": [
            {
                "ProductVersion": "18.7",
                "Build": "22H20",
                "PostingDate": "2025-09-15",
                "SupportedDevices": ["iPhone17,1", "iPad16,3"],
            },
        ],
        "macOS": [
            {
                "ProductVersion": "15.7",
                "Build": "24G222",
                "PostingDate": "2025-09-15",
                "SupportedDevices": ["Mac16,1"],
            },
        ],
    }
}


def _ntp_time(seconds: float) -> bytes:
    whole = int(seconds) + NTP_EPOCH_OFFSET
    return struct.pack("!II", whole, int((seconds % 1) * 2**32))


def _serve_ntp(sock: socket.socket, stop: threading.Event) -> None:
    sock.settimeout(0.1)
    while not stop.is_set():
        try:
            request, peer = sock.recvfrom(512)
        except (TimeoutError, OSError):
            continue
        now = _ntp_time(time.time())
        header = bytes([0x1C, 1, 0, 0xEC]) + bytes(8) + b"LOCL"
        sock.sendto(header + now + request[40:48] + now + now, peer)


def _serve_tcp(sock: socket.socket, stop: threading.Event) -> None:
    sock.settimeout(0.1)
    while not stop.is_set():
        try:
            connection, _peer = sock.accept()
        except (TimeoutError, OSError):
            continue
        connection.close()


def _bound(kind: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, kind)
    sock.bind(("127.0.0.1", 0))
    if kind == socket.SOCK_STREAM:
        sock.listen(16)
    return sock


@contextmanager
def apple_lab(folder: Path) -> Iterator[EndpointConfig]:
    """Start every loopback service; yield an EndpointConfig that points the checks at them."""
    ca = trustme.CA()
    ca_file = folder / "lab-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    stop = threading.Event()
    with ExitStack() as stack:
        plain = HTTPServer(host="127.0.0.1", port=0)
        secure = HTTPServer(host="localhost", port=0, ssl_context=context)
        for server in (plain, secure):
            server.start()
            stack.callback(server.stop)
        plain.expect_request("/hotspot-detect.html").respond_with_data(
            CAPTIVE_SUCCESS, content_type="text/html"
        )
        secure.expect_request("/account/").respond_with_data("ok")
        secure.expect_request("/icloud/").respond_with_data("ok")
        secure.expect_request("/status.js").respond_with_data(
            "jsonCallback(" + json.dumps(STATUS_FEED) + ");", content_type="application/javascript"
        )
        secure.expect_request("/pmv").respond_with_json(CATALOG)
        push, ntp = _bound(socket.SOCK_STREAM), _bound(socket.SOCK_DGRAM)
        for sock, serve in ((push, _serve_tcp), (ntp, _serve_ntp)):
            stack.callback(sock.close)
            thread = threading.Thread(target=serve, args=(sock, stop), daemon=True)
            thread.start()
            stack.callback(thread.join)
        stack.callback(stop.set)
        base = f"https://localhost:{secure.port}"
        yield EndpointConfig(
            captive_url=plain.url_for("/hotspot-detect.html"),
            account_urls=(f"{base}/account/",),
            icloud_urls=(f"{base}/icloud/",),
            tls_targets=(f"localhost:{secure.port}",),
            expected_issuers=(_organisation(ca),),
            push_host="127.0.0.1",
            push_port=push.getsockname()[1],
            push_fallback_port=push.getsockname()[1],
            ntp_servers=("127.0.0.1",),
            ntp_port=ntp.getsockname()[1],
            status_url=f"{base}/status.js",
            gdmf_url=f"{base}/pmv",
            dns_hosts=("localhost",),
            extra_ca_file=ca_file,
            timeouts={key: 2.0 for key in DEFAULT_TIMEOUTS},
            deadline_s=5.0,
        )


def _organisation(ca: trustme.CA) -> str:
    cert = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
    return str(cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value)


def unreachable(config: EndpointConfig) -> EndpointConfig:
    """The same checks pointed at a closed loopback port: what an offline computer sees."""
    closed = _bound(socket.SOCK_STREAM)
    port = closed.getsockname()[1]
    closed.close()
    return replace(
        config,
        captive_url=f"http://127.0.0.1:{port}/hotspot-detect.html",
        account_urls=(f"https://127.0.0.1:{port}/",),
        icloud_urls=(f"https://127.0.0.1:{port}/",),
        tls_targets=(f"127.0.0.1:{port}",),
        push_port=port,
        push_fallback_port=port,
        ntp_port=port,
        status_url=f"https://127.0.0.1:{port}/status.js",
        gdmf_url=f"https://127.0.0.1:{port}/pmv",
    )
