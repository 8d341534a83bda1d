"""Push: 5223 open passes; only 443 open warns; both blocked fails."""

from __future__ import annotations

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.push import push_host
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.servers import closed_port, silent_tcp


def test_main_port_open_passes(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        result = check(CheckId.PUSH, with_(config, push_port=port))
    assert result.status is CheckStatus.PASS
    assert result.values["port_5223_open"] is True
    assert result.values["port_443_open"] is False
    assert result.values["host"] == "127.0.0.1"


def test_only_fallback_open_warns(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        result = check(CheckId.PUSH, with_(config, push_fallback_port=port))
    assert result.status is CheckStatus.WARN
    assert result.values["port_5223_open"] is False
    assert result.values["port_443_open"] is True


def test_both_blocked_fails(config: EndpointConfig) -> None:
    result = check(CheckId.PUSH, with_(config, push_fallback_port=closed_port()))
    assert result.status is CheckStatus.FAIL
    assert "blocked" in result.message.render()


def test_unresolvable_push_host_fails_as_dns(config: EndpointConfig) -> None:
    result = check(CheckId.PUSH, with_(config, push_host="missing.test"))
    assert result.status is CheckStatus.FAIL
    assert "look up" in result.message.render()


def test_courier_number_is_filled_in() -> None:
    hosts = {push_host(EndpointConfig()) for _ in range(200)}
    numbers = {int(h.split("-", 1)[0]) for h in hosts}
    assert numbers <= set(range(1, 51)) and len(numbers) > 10
    assert all(h.endswith("-courier.push.apple.com") for h in hosts)
