"""A stand-in for Apple's services on 127.0.0.1: every live check gets a real server to talk to.

Built from the check tests' loopback servers (``tests/checks/servers.py``). Used by the GUI
tests and by ``packaging/render_screenshots.py``: the captive-portal page over HTTP; Apple
Account, iCloud, the software catalogue and System Status over HTTPS (certificates from a
throw-away trustme CA that the config trusts as its extra CA file); a TCP port for the push
service; NTP over UDP.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

import trustme
from cryptography import x509
from cryptography.x509.oid import NameOID
from pytest_httpserver import HTTPServer

from imsync_gui.checks.config import DEFAULT_TIMEOUTS, EndpointConfig
from tests.checks.feeds import as_bytes, feed
from tests.checks.servers import LOOPBACK, closed_port, https_server, ntp_responder, silent_tcp

CAPTIVE_SUCCESS = "<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
CATALOG = {
    "PublicAssetSets": {
        "iOS": [
            {"ProductVersion": "18.7", "Build": "22H20", "PostingDate": "2025-09-15",
             "SupportedDevices": ["iPhone17,1", "iPad16,3"]},
        ],
        "macOS": [
            {"ProductVersion": "15.7", "Build": "24G222", "PostingDate": "2025-09-15",
             "SupportedDevices": ["Mac16,1"]},
        ],
    }
}  # fmt: skip


@contextmanager
def apple_lab(folder: Path) -> Iterator[EndpointConfig]:
    """Start every loopback service; yield an EndpointConfig that points the checks at them."""
    ca = trustme.CA()
    ca_file = folder / "lab-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    with ExitStack() as stack:
        plain = HTTPServer(host=LOOPBACK, port=0)
        plain.start()
        stack.callback(plain.stop)
        secure = stack.enter_context(https_server(ca))
        push = stack.enter_context(silent_tcp())
        ntp = stack.enter_context(ntp_responder())
        plain.expect_request("/hotspot-detect.html").respond_with_data(
            CAPTIVE_SUCCESS, content_type="text/html"
        )
        secure.expect_request("/account/").respond_with_data("ok")
        secure.expect_request("/icloud/").respond_with_data("ok")
        status = feed(imessage=[], signin=[], backup=[], facetime=[])
        secure.expect_request("/status.js").respond_with_data(as_bytes(status, jsonp=True))
        secure.expect_request("/pmv").respond_with_json(CATALOG)
        base = f"https://localhost:{secure.port}"
        yield EndpointConfig(
            captive_url=plain.url_for("/hotspot-detect.html"),
            account_urls=(f"{base}/account/",),
            icloud_urls=(f"{base}/icloud/",),
            tls_targets=(f"localhost:{secure.port}",),
            expected_issuers=(_organisation(ca),),
            push_host=LOOPBACK,
            push_port=push,
            push_fallback_port=push,
            ntp_servers=(LOOPBACK,),
            ntp_port=ntp,
            status_url=f"{base}/status.js",
            gdmf_url=f"{base}/pmv",
            dns_hosts=("localhost",),
            extra_ca_file=ca_file,
            timeouts={key: 5.0 for key in DEFAULT_TIMEOUTS},  # loopback, but a busy machine
            slow_ms=5000.0,  # on a busy test machine a loopback answer can take 1.5 s: not "slow"
            deadline_s=10.0,
        )


def _organisation(ca: trustme.CA) -> str:
    cert = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
    return str(cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value)


def unreachable(config: EndpointConfig) -> EndpointConfig:
    """The same checks pointed at a closed loopback port: what an offline computer sees."""
    port = closed_port()
    return replace(
        config,
        captive_url=f"http://{LOOPBACK}:{port}/hotspot-detect.html",
        account_urls=(f"https://{LOOPBACK}:{port}/",),
        icloud_urls=(f"https://{LOOPBACK}:{port}/",),
        tls_targets=(f"{LOOPBACK}:{port}",),
        push_port=port,
        push_fallback_port=port,
        ntp_port=port,
        status_url=f"https://{LOOPBACK}:{port}/status.js",
        gdmf_url=f"https://{LOOPBACK}:{port}/pmv",
    )
