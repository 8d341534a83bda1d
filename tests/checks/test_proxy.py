"""Proxy: which way Apple traffic goes, from the environment or a PAC file served on 127.0.0.1,
and the reachability checks taking that same way (through a CONNECT proxy on 127.0.0.1)."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest
import trustme
from pytest_httpserver import HTTPServer

from imsync_gui.checks import system_proxy
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.proxy_settings import ProxySettings
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.servers import LOOPBACK, closed_port, https_server, https_url

APPLE = {
    "account_urls": ("https://idmsa.apple.com/", "https://appleid.apple.com/"),
    "icloud_urls": ("https://www.icloud.com/",),
    "push_host": "{n}-courier.push.apple.com",
}
PAC = """
function FindProxyForURL(url, host) {
  if (shExpMatch(host, "*-courier.push.apple.com")) return "DIRECT";
  if (dnsDomainIs(host, ".apple.com") || dnsDomainIs(host, ".icloud.com"))
    return "PROXY proxy.corp.test:3128; DIRECT";
  if (dnsDomainIs(host, ".test")) return "PROXY 127.0.0.1:%d";
  return "DIRECT";
}
"""


def _use_settings(monkeypatch: pytest.MonkeyPatch, settings: ProxySettings) -> None:
    monkeypatch.setattr(system_proxy, "read_settings", lambda: settings)


def _pac_server(httpserver: HTTPServer, proxy_port: int = 1) -> str:
    httpserver.expect_request("/proxy.pac").respond_with_data(
        PAC % proxy_port, content_type="application/x-ns-proxy-autoconfig"
    )
    return httpserver.url_for("/proxy.pac")


def test_no_proxy_means_direct(config: EndpointConfig) -> None:
    result = check(CheckId.PROXY, with_(config, **APPLE))
    assert result.status is CheckStatus.PASS
    assert result.values["apple_route"] == "DIRECT"
    assert result.values["uses_proxy"] is False
    assert "goes direct" in result.message.render()


def test_environment_proxy_is_named_without_password_and_push_note(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://alice:s3cret@proxy.corp.test:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.corp.test")
    result = check(CheckId.PROXY, with_(config, **APPLE))
    assert result.status is CheckStatus.WARN
    assert result.values["apple_route"] == "PROXY proxy.corp.test:3128"
    assert result.values["no_proxy"] == "localhost, .corp.test"
    assert "s3cret" not in str(result) and "alice" not in str(result)
    assert "through the proxy http://proxy.corp.test:3128" in result.message.render()
    assert (
        "push service" in result.message.render() and "direct connection" in result.message.render()
    )


def test_pac_file_decides_per_apple_host(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    _use_settings(monkeypatch, ProxySettings("test", pac_url=_pac_server(httpserver)))
    result = check(CheckId.PROXY, with_(config, **APPLE))
    assert result.status is CheckStatus.WARN
    routes = result.values["routes"]
    assert routes == {
        "idmsa.apple.com": "PROXY proxy.corp.test:3128",
        "appleid.apple.com": "PROXY proxy.corp.test:3128",
        "www.icloud.com": "PROXY proxy.corp.test:3128",
        "1-courier.push.apple.com": "DIRECT",
    }
    assert str(result.values["apple_route"]).startswith("mixed: ")
    assert "proxy auto-configuration file" in result.message.render()
    assert len(httpserver.log) == 1, "the PAC file is fetched once per run"


def test_unreadable_pac_file_is_a_warning(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://{LOOPBACK}:{closed_port()}/proxy.pac"
    _use_settings(monkeypatch, ProxySettings("test", pac_url=url))
    result = check(CheckId.PROXY, with_(config, **APPLE))
    assert result.status is CheckStatus.WARN
    assert "could not be read" in result.message.render() and url in result.message.render()


def test_broken_pac_file_is_a_warning(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/bad.pac").respond_with_data("function FindProxyForURL( {")
    _use_settings(monkeypatch, ProxySettings("test", pac_url=httpserver.url_for("/bad.pac")))
    result = check(CheckId.PROXY, with_(config, **APPLE))
    assert result.status is CheckStatus.WARN
    assert "not valid" in result.message.render()


def test_auto_detect_uses_the_wpad_candidates(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    pac = _pac_server(httpserver)
    _use_settings(monkeypatch, ProxySettings("test", auto_detect=True))
    missing = f"http://{LOOPBACK}:{closed_port()}/wpad.dat"
    monkeypatch.setattr(system_proxy, "wpad_urls", lambda: [missing, pac])
    result = check(CheckId.PROXY, with_(config, **APPLE))
    assert result.values["routes"]["www.icloud.com"] == "PROXY proxy.corp.test:3128"  # type: ignore[index,call-overload]
    assert "found on the network" in result.message.render()


def test_configured_proxy_is_reported(config: EndpointConfig) -> None:
    result = check(CheckId.PROXY, with_(config, proxy="http://bob:pw@mirror.test:8080"))
    assert result.values["configured_proxy"] == "http://mirror.test:8080"
    assert "pw" not in result.message.render()


class _Tunnel(socketserver.BaseRequestHandler):
    """An HTTP CONNECT proxy that only ever connects to 127.0.0.1 and notes what was asked."""

    seen: list[str]

    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            head += chunk
        target = head.split(b" ")[1].decode()
        self.seen.append(target)
        upstream = socket.create_connection((LOOPBACK, int(target.rpartition(":")[2])))
        self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        pipe = threading.Thread(target=_copy, args=(upstream, self.request), daemon=True)
        pipe.start()
        _copy(self.request, upstream)
        pipe.join(2)


def _copy(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def tunnel() -> Iterator[tuple[int, list[str]]]:
    seen: list[str] = []
    handler = type("Handler", (_Tunnel,), {"seen": seen})
    server = socketserver.ThreadingTCPServer((LOOPBACK, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def test_reachability_takes_the_proxy_the_pac_file_names(
    config: EndpointConfig,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
    trusted_ca: trustme.CA,
    tunnel: tuple[int, list[str]],
) -> None:
    port, seen = tunnel
    _use_settings(monkeypatch, ProxySettings("test", pac_url=_pac_server(httpserver, port)))
    with https_server(trusted_ca) as apple:
        apple.expect_request("/").respond_with_data("ok")
        url = https_url(apple, "www.icloud.test")
        result = check(CheckId.HTTPS_ICLOUD, with_(config, icloud_urls=(url,)))
    assert result.status is CheckStatus.PASS, result.message
    assert seen == [f"www.icloud.test:{apple.port}"]
