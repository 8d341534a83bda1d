"""Clock: offset from a loopback NTP responder; UDP silence told apart from DNS failure."""

from __future__ import annotations

import pytest

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.servers import ntp_responder


@pytest.mark.parametrize(
    ("skew", "status"),
    [(0.0, CheckStatus.PASS), (-90.0, CheckStatus.WARN), (600.0, CheckStatus.FAIL)],
)
def test_offset_is_judged(config: EndpointConfig, skew: float, status: CheckStatus) -> None:
    with ntp_responder(skew_s=skew) as port:
        result = check(CheckId.CLOCK, with_(config, ntp_port=port))
    assert result.status is status
    offset = result.values["offset_s"]
    assert isinstance(offset, float)
    # The server is `skew` ahead, so this computer's clock is `skew` behind: offset = -skew.
    assert offset == pytest.approx(-skew, abs=0.05)
    assert result.values["stratum"] == 2
    assert result.values["server"] == "127.0.0.1"
    assert isinstance(result.values["delay_s"], float)


def test_clock_ahead_is_described(config: EndpointConfig) -> None:
    with ntp_responder(skew_s=-7200.0) as port:
        result = check(CheckId.CLOCK, with_(config, ntp_port=port))
    assert result.status is CheckStatus.FAIL
    assert "2 hours ahead" in result.message.render()


def test_silent_server_means_udp_blocked(config: EndpointConfig) -> None:
    with ntp_responder(silent=True) as port:
        result = check(CheckId.CLOCK, with_(config, ntp_port=port))
    assert result.status is CheckStatus.WARN
    assert result.values["udp_blocked"] is True
    assert result.values["offset_s"] is None
    assert "UDP port" in result.message.render()


def test_dns_failure_is_not_called_blocked(config: EndpointConfig) -> None:
    result = check(CheckId.CLOCK, with_(config, ntp_servers=("missing.test", "missing.test")))
    assert result.status is CheckStatus.ERROR
    assert result.values["udp_blocked"] is False
    assert "DNS" in result.message.render()


def test_fallback_server_answers(config: EndpointConfig) -> None:
    with ntp_responder(skew_s=1.0) as port:
        servers = ("missing.test", "time.apple.test")
        result = check(CheckId.CLOCK, with_(config, ntp_servers=servers, ntp_port=port))
    assert result.status is CheckStatus.PASS
    assert result.values["server"] == "time.apple.test"
