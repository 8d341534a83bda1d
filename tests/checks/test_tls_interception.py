"""HTTPS interception: a trusted Apple-named CA passes; others are named in the report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import trustme
from pytest_httpserver import HTTPServer

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.tls import PeerCertificate
from imsync_gui.checks.tls_interception import _judge
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.servers import https_server, silent_tcp


@pytest.fixture(scope="module")
def apple_server(trusted_ca: trustme.CA) -> Iterator[HTTPServer]:
    with https_server(trusted_ca) as server:
        yield server


@pytest.fixture(scope="module")
def interceptor() -> Iterator[HTTPServer]:
    """A TLS server whose CA the checks do not trust, named like an inspection appliance."""
    with https_server(trustme.CA(organization_name="Zscaler Inc.")) as server:
        yield server


@pytest.fixture(scope="module")
def unknown_interceptor() -> Iterator[HTTPServer]:
    with https_server(trustme.CA(organization_name="Acme Hotel Network")) as server:
        yield server


def _target(
    config: EndpointConfig, server: HTTPServer, host: str = "appleid.apple.test"
) -> EndpointConfig:
    return with_(config, tls_targets=(f"{host}:{server.port}",))


def test_trusted_apple_issuer_passes(config: EndpointConfig, apple_server: HTTPServer) -> None:
    result = check(CheckId.TLS_INTERCEPTION, _target(config, apple_server))
    assert result.status is CheckStatus.PASS
    assert result.values["verified"] is True
    assert result.values["host"] == "appleid.apple.test"
    assert "Apple Inc." in str(result.values["issuer"])


def test_untrusted_appliance_is_named(config: EndpointConfig, interceptor: HTTPServer) -> None:
    result = check(CheckId.TLS_INTERCEPTION, _target(config, interceptor))
    assert result.status is CheckStatus.FAIL
    assert result.values["verified"] is False
    assert "Zscaler Inc." in str(result.values["issuer"])
    assert "Zscaler" in result.message.render()
    assert "unable to get local issuer certificate" in result.detail


def test_untrusted_unknown_issuer_is_named(
    config: EndpointConfig, unknown_interceptor: HTTPServer
) -> None:
    result = check(CheckId.TLS_INTERCEPTION, _target(config, unknown_interceptor))
    assert result.status is CheckStatus.FAIL
    assert result.values["verified"] is False
    assert "Acme Hotel Network" in result.message.render()
    assert "not trusted" in result.message.render()


def test_trusted_but_unexpected_issuer_warns(
    config: EndpointConfig, apple_server: HTTPServer
) -> None:
    changed = with_(_target(config, apple_server), expected_issuers=("DigiCert Inc",))
    result = check(CheckId.TLS_INTERCEPTION, changed)
    assert result.status is CheckStatus.WARN
    assert result.values["verified"] is True
    assert "not by Apple's usual authorities" in result.message.render()


def test_trusted_appliance_ca_still_fails(
    config: EndpointConfig, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """An inspection CA installed in the trust store verifies, but is still interception."""
    ca = trustme.CA(organization_name="Palo Alto Networks")
    ca_path = tmp_path_factory.mktemp("pan") / "pan.pem"
    ca.cert_pem.write_to_path(str(ca_path))
    with https_server(ca) as server:
        result = check(
            CheckId.TLS_INTERCEPTION, with_(_target(config, server), extra_ca_file=ca_path)
        )
    assert result.status is CheckStatus.FAIL
    assert result.values["verified"] is True
    assert result.values["inspection_vendor"] == "Palo Alto"


def test_worst_host_is_reported(
    config: EndpointConfig, apple_server: HTTPServer, interceptor: HTTPServer
) -> None:
    targets = (f"appleid.apple.test:{apple_server.port}", f"www.icloud.test:{interceptor.port}")
    result = check(CheckId.TLS_INTERCEPTION, with_(config, tls_targets=targets))
    assert result.status is CheckStatus.FAIL
    assert result.values["host"] == "www.icloud.test"
    assert len(result.values["hosts"]) == 2  # type: ignore[arg-type]


def test_closed_port_could_not_run(config: EndpointConfig) -> None:
    result = check(CheckId.TLS_INTERCEPTION, config)
    assert result.status is CheckStatus.ERROR
    assert "refused" in result.message.render()


def test_unreachable_host_does_not_hide_a_verdict(
    config: EndpointConfig, apple_server: HTTPServer
) -> None:
    targets = (*config.tls_targets, f"appleid.apple.test:{apple_server.port}")
    result = check(CheckId.TLS_INTERCEPTION, with_(config, tls_targets=targets))
    assert result.status is CheckStatus.PASS


def test_silent_port_times_out(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        result = check(CheckId.TLS_INTERCEPTION, with_(config, tls_targets=(f"127.0.0.1:{port}",)))
    assert result.status is CheckStatus.ERROR
    assert "did not answer" in result.message.render()
    assert result.duration_s < 1.5


def test_plain_http_server_is_not_tls(config: EndpointConfig, httpserver: HTTPServer) -> None:
    result = check(
        CheckId.TLS_INTERCEPTION, with_(config, tls_targets=(f"localhost:{httpserver.port}",))
    )
    assert result.status is CheckStatus.ERROR
    assert result.values["verified"] is None


@pytest.mark.parametrize(
    ("issuer", "vendor"),
    [("Zscaler Root CA (Zscaler Inc.)", "Zscaler"), ("FortiGate CA (Fortinet)", "Fortinet"),
     ("Reset Networks CA", None), ("Savvy Gateway CA", None), ("ESET SSL Filter CA", "ESET")],
)  # fmt: skip
def test_vendor_names_match_whole_words(issuer: str, vendor: str | None) -> None:
    judged = _judge(PeerCertificate("h", 443, True, issuer, "Org", "", 1.0), ("Apple Inc.",))
    assert judged.row["inspection_vendor"] == vendor
