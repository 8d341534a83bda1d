"""HTTPS reachability: verified, timed; closed, silent, slow and untrusted servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import trustme
from pytest_httpserver import HTTPServer

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.servers import delayed, https_server, https_url, silent_tcp


@pytest.fixture
def apple_server(trusted_ca: trustme.CA) -> Iterator[HTTPServer]:
    with https_server(trusted_ca) as server:
        yield server


def test_account_hosts_answer(config: EndpointConfig, apple_server: HTTPServer) -> None:
    apple_server.expect_request("/").respond_with_data("", status=404)
    urls = (https_url(apple_server, "appleid.apple.test"), https_url(apple_server, "localhost"))
    result = check(CheckId.HTTPS_ACCOUNT, with_(config, account_urls=urls))
    assert result.status is CheckStatus.PASS
    rows = result.values["hosts"]
    assert isinstance(rows, list) and [r["host"] for r in rows] == [  # type: ignore[index]
        "appleid.apple.test",
        "localhost",
    ]
    assert all(r["http_status"] == 404 and r["latency_ms"] >= 0 for r in rows)  # type: ignore[index,operator]
    assert "Apple Account" in result.message.render()


def test_one_unreachable_host_fails(config: EndpointConfig, apple_server: HTTPServer) -> None:
    urls = (https_url(apple_server, "appleid.apple.test"), *config.account_urls)
    result = check(CheckId.HTTPS_ACCOUNT, with_(config, account_urls=urls))
    assert result.status is CheckStatus.FAIL
    assert "Some Apple Account servers" in result.message.render()


def test_untrusted_certificate_fails(config: EndpointConfig) -> None:
    with https_server(trustme.CA(organization_name="Fortinet")) as server:
        urls = (https_url(server, "www.icloud.test"),)
        result = check(CheckId.HTTPS_ICLOUD, with_(config, icloud_urls=urls))
    assert result.status is CheckStatus.FAIL
    assert result.values["hosts"][0]["failure"] == "tls"  # type: ignore[index]
    assert "could not be verified" in result.message.render()


def test_slow_server_warns(config: EndpointConfig, apple_server: HTTPServer) -> None:
    apple_server.expect_request("/").respond_with_handler(delayed(0.3))
    urls = (https_url(apple_server, "www.icloud.test"),)
    result = check(
        CheckId.HTTPS_ICLOUD,
        with_(config, icloud_urls=urls, slow_ms=150.0, timeouts={"https_icloud": 2.0}),
    )
    assert result.status is CheckStatus.WARN
    assert "slowly" in result.message.render()


def test_too_slow_server_fails(config: EndpointConfig, apple_server: HTTPServer) -> None:
    apple_server.expect_request("/").respond_with_handler(delayed(0.8))
    urls = (https_url(apple_server, "www.icloud.test"),)
    result = check(CheckId.HTTPS_ICLOUD, with_(config, icloud_urls=urls))
    assert result.status is CheckStatus.FAIL
    assert result.values["hosts"][0]["failure"] == "timeout"  # type: ignore[index]


def test_silent_port_fails_in_time(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        urls = (f"https://127.0.0.1:{port}/",)
        result = check(CheckId.HTTPS_ICLOUD, with_(config, icloud_urls=urls))
    assert result.status is CheckStatus.FAIL
    assert "did not answer within" in result.message.render()
    assert result.duration_s < 1.5


def test_unknown_host_is_a_dns_failure(config: EndpointConfig) -> None:
    urls = ("https://missing.test/",)
    result = check(CheckId.HTTPS_ACCOUNT, with_(config, account_urls=urls))
    assert result.status is CheckStatus.FAIL
    assert result.values["hosts"][0]["failure"] == "dns"  # type: ignore[index]
