"""Proxy: settings from the environment, reported without passwords."""

from __future__ import annotations

from dataclasses import replace

import pytest

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check


def test_no_proxy(config: EndpointConfig) -> None:
    result = check(CheckId.PROXY, config)
    assert result.status is CheckStatus.PASS
    assert result.values["uses_proxy"] is False
    assert result.values["proxies"] == {}


def test_environment_proxy_is_reported_without_password(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://alice:s3cret@proxy.corp.test:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,.corp.test")
    result = check(CheckId.PROXY, config)
    assert result.status is CheckStatus.PASS
    assert result.values["uses_proxy"] is True
    assert result.values["proxies"] == {"https": "http://proxy.corp.test:3128"}
    assert result.values["no_proxy"] == "localhost,.corp.test"
    assert "s3cret" not in str(result) and "alice" not in str(result)
    assert "proxy.corp.test:3128" in result.message.render()


def test_configured_proxy_is_reported(config: EndpointConfig) -> None:
    result = check(CheckId.PROXY, replace(config, proxy="http://bob:pw@mirror.test:8080"))
    assert result.values["configured_proxy"] == "http://mirror.test:8080"
    assert "pw" not in result.message.render()
