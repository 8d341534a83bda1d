"""Captive portal: only Apple's exact success page passes."""

from __future__ import annotations

from pytest_httpserver import HTTPServer

from imsync_gui.checks.captive_portal import SUCCESS_PAGE
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.servers import silent_tcp


def _at(config: EndpointConfig, httpserver: HTTPServer) -> EndpointConfig:
    return with_(config, captive_url=httpserver.url_for("/hotspot-detect.html"))


def test_success_page_passes(config: EndpointConfig, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hotspot-detect.html").respond_with_data(
        SUCCESS_PAGE + b"\n", content_type="text/html"
    )
    result = check(CheckId.CAPTIVE_PORTAL, _at(config, httpserver))
    assert result.status is CheckStatus.PASS
    assert result.values["http_status"] == 200
    assert result.values["matched"] is True


def test_redirect_to_sign_in_page_fails(config: EndpointConfig, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hotspot-detect.html").respond_with_data(
        "", status=302, headers={"Location": "http://portal.example/login"}
    )
    result = check(CheckId.CAPTIVE_PORTAL, _at(config, httpserver))
    assert result.status is CheckStatus.FAIL
    assert result.values == {
        "http_status": 302,
        "matched": False,
        "host": "localhost",
        "latency_ms": result.values["latency_ms"],
        "redirect": "http://portal.example/login",
    }
    assert "sign-in page" in result.message.render()


def test_altered_page_fails(config: EndpointConfig, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hotspot-detect.html").respond_with_data(
        "<html><body>Welcome to Hotel Wi-Fi, please log in</body></html>"
    )
    result = check(CheckId.CAPTIVE_PORTAL, _at(config, httpserver))
    assert result.status is CheckStatus.FAIL
    assert result.values["matched"] is False
    assert "Hotel Wi-Fi" in result.detail


def test_closed_port_fails_with_refusal(config: EndpointConfig) -> None:
    result = check(CheckId.CAPTIVE_PORTAL, config)
    assert result.status is CheckStatus.FAIL
    assert result.values["failure"] == "refused"
    assert "refused" in result.message.render()


def test_silent_server_times_out(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        result = check(
            CheckId.CAPTIVE_PORTAL, with_(config, captive_url=f"http://127.0.0.1:{port}/")
        )
    assert result.status is CheckStatus.FAIL
    assert result.values["failure"] == "timeout"
    assert "did not answer within 0.5 seconds" in result.message.render()
    assert result.duration_s < 1.5
