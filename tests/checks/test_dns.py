"""DNS: every Apple host looked up and timed; failures named."""

from __future__ import annotations

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_


def test_all_names_resolve(config: EndpointConfig) -> None:
    result = check(CheckId.DNS, with_(config, dns_hosts=("appleid.apple.test", "localhost")))
    assert result.status is CheckStatus.PASS
    rows = result.values["hosts"]
    assert isinstance(rows, list) and len(rows) == 2
    assert all(isinstance(r, dict) and r["ok"] and "127.0.0.1" in r["addresses"] for r in rows)
    assert all(isinstance(r, dict) and isinstance(r["ms"], float) for r in rows)


def test_unknown_name_fails_and_is_named(config: EndpointConfig) -> None:
    result = check(CheckId.DNS, with_(config, dns_hosts=("appleid.apple.test", "missing.test")))
    assert result.status is CheckStatus.FAIL
    assert result.values["failed"] == ["missing.test"]
    assert "missing.test" in result.message.render()


def test_no_name_resolves(config: EndpointConfig) -> None:
    result = check(CheckId.DNS, with_(config, dns_hosts=("missing.test",)))
    assert result.status is CheckStatus.FAIL
    assert "cannot look up any Apple server" in result.message.render()


def test_lookup_slower_than_timeout_fails(config: EndpointConfig) -> None:
    result = check(CheckId.DNS, with_(config, dns_hosts=("slowdns.test",), timeouts={"dns": 0.3}))
    assert result.status is CheckStatus.FAIL
    row = result.values["hosts"][0]  # type: ignore[index]
    assert row["failure"] == "timeout"  # type: ignore[index]
    assert result.duration_s < 0.9


def test_slow_but_answered_lookup_warns(config: EndpointConfig) -> None:
    result = check(
        CheckId.DNS,
        with_(config, dns_hosts=("slowdns.test",), timeouts={"dns": 2.0}, slow_ms=200.0),
    )
    assert result.status is CheckStatus.WARN
    assert "slowly" in result.message.render()


def test_default_hosts_cover_every_endpoint() -> None:
    hosts = EndpointConfig().apple_hosts()
    for expected in ("captive.apple.com", "appleid.apple.com", "gsa.apple.com", "www.icloud.com",
                     "1-courier.push.apple.com", "time.apple.com", "www.apple.com",
                     "gdmf.apple.com"):  # fmt: skip
        assert expected in hosts
    assert len(hosts) == len(set(hosts))
