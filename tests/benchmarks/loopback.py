"""Keep a benchmark process on loopback: every name but localhost fails without a query.

Names ending in ``.bench`` answer 127.0.0.1 after ``delay_s`` (a slow resolver).
"""

from __future__ import annotations

import socket
import time
from typing import Any
from urllib.parse import urlsplit

from imsync_gui.checks.config import EndpointConfig

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def loopback_only(delay_s: float) -> None:
    """Replace ``socket.getaddrinfo`` in this process with a loopback-only resolver."""
    real = socket.getaddrinfo

    def resolve(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if isinstance(name, str) and name.endswith(".bench"):
            time.sleep(delay_s)
            return real("127.0.0.1", port, *args, **kwargs)
        if name is not None and name not in LOOPBACK_NAMES:
            raise socket.gaierror(socket.EAI_NONAME, f"benchmark refuses to look up {host}")
        return real(host, port, *args, **kwargs)

    socket.getaddrinfo = resolve


def assert_loopback(config: EndpointConfig) -> EndpointConfig:
    """Return *config*, or stop unless every address in it is on this computer."""
    addresses = [
        config.captive_url,
        *config.account_urls,
        *config.icloud_urls,
        *config.tls_targets,
        config.push_host,
        *config.ntp_servers,
        config.status_url,
        config.gdmf_url,
        *config.apple_hosts(),
        *([config.proxy] if config.proxy else []),
    ]
    for address in addresses:
        host = urlsplit(address).hostname if "://" in address else address.rsplit(":", 1)[0]
        host = (host or "").strip("[]")
        if host not in LOOPBACK_NAMES and not host.endswith(".bench"):
            raise SystemExit(f"benchmark refuses a non-loopback endpoint: {address}")
    return config
