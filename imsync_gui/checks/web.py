"""HTTP for the checks: verified TLS, no redirects, the proxy the system would use, capped bodies."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, classify, elapsed_ms
from imsync_gui.checks.system_proxy import shared_resolver
from imsync_gui.checks.tls import ssl_context_async
from imsync_gui.model.offthread import off_thread


def host_of(url: str) -> str:
    """The host name in *url* (the URL itself if it has none)."""
    return urlsplit(url).hostname or url


@dataclass(frozen=True)
class Fetched:
    """An HTTP answer: status, body (capped in size), and time to the response headers."""

    status: int
    body: bytes
    latency_ms: float
    location: str


async def proxies_for(config: EndpointConfig, urls: Iterable[str]) -> dict[str, str | None]:
    """Per host of *urls*: the proxy URL requests to it take, or None for direct.

    The configured proxy wins; otherwise the route is the one the system would choose (manual
    settings, or its auto-configuration file evaluated for that address).
    """
    hosts = {host_of(url): url for url in urls}
    if config.proxy:
        return dict.fromkeys(hosts, config.proxy)
    resolver = await shared_resolver()
    routes = [await off_thread(resolver.route, url) for url in hosts.values()]
    return {host: route.proxy for host, route in zip(hosts, routes, strict=True)}


async def http_client(
    config: EndpointConfig, context: ssl.SSLContext, timeout_s: float, urls: Iterable[str]
) -> httpx.AsyncClient:
    """An HTTP client for *urls* that verifies TLS with *context*, never follows redirects, and
    reaches each host the way the system would (see :func:`proxies_for`)."""
    proxies = await proxies_for(config, urls)
    mounts = {
        f"all://{host}": httpx.AsyncHTTPTransport(verify=context, proxy=proxy)
        for host, proxy in proxies.items()
    }
    return httpx.AsyncClient(
        verify=context,
        mounts=mounts,
        trust_env=False,
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=False,
        headers={"User-Agent": "imsync-gui-check"},
    )


async def fetch(
    client: httpx.AsyncClient, url: str, *, max_bytes: int, timeout_s: float, method: str = "GET"
) -> Fetched:
    """Request *url*; read at most *max_bytes* of body; raise NetFailure on any failure."""
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout_s), client.stream(method, url) as response:
            latency = elapsed_ms(start)
            body = await _read_capped(response, max_bytes)
    except Exception as exc:
        raise classify(exc) from exc
    return Fetched(response.status_code, body, latency, response.headers.get("location", ""))


async def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise NetFailure("too_large", f"Content-Length {declared} exceeds {max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise NetFailure("too_large", f"body exceeds {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def fetch_url(
    config: EndpointConfig, url: str, *, timeout_s: float, max_bytes: int
) -> Fetched:
    """GET one URL with a fresh verifying client; raise NetFailure on any failure."""
    context = await ssl_context_async(config)
    async with await http_client(config, context, timeout_s, [url]) as client:
        return await fetch(client, url, max_bytes=max_bytes, timeout_s=timeout_s)


class NotOk(Exception):
    """The server answered, but not with HTTP 200."""


async def fetch_ok(config: EndpointConfig, url: str, *, timeout_s: float) -> bytes:
    """GET one URL (as :func:`fetch_url`, within ``config.max_body_bytes``) and return its body.

    Raise NetFailure when nothing usable came back, NotOk when the status is not 200.
    """
    got = await fetch_url(config, url, timeout_s=timeout_s, max_bytes=config.max_body_bytes)
    if got.status != 200:
        raise NotOk(f"the server answered HTTP {got.status}")
    return got.body
