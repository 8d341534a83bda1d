"""The verifying SSL context: system store on Linux, loaded once, refreshed when a CA changes."""

from __future__ import annotations

import asyncio
import os
import ssl
import sys
from dataclasses import replace
from pathlib import Path

import pytest
import trustme

from imsync_gui.checks import tls
from imsync_gui.checks.config import EndpointConfig


def test_context_verifies_and_is_shared(config: EndpointConfig) -> None:
    first = tls.ssl_context(config)
    assert first.verify_mode is ssl.CERT_REQUIRED and first.check_hostname
    assert tls.ssl_context(config) is first
    assert first.cert_store_stats()["x509_ca"] >= 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a shared context on Linux only")
def test_warm_up_builds_the_shared_context_and_loads_the_certificate_parser(
    config: EndpointConfig, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.pem"
    trustme.CA().cert_pem.write_to_path(str(extra))
    fresh = replace(config, extra_ca_file=extra)  # a context no other test has built
    built_before = tls._linux_context.cache_info().misses
    asyncio.run(tls.warm_up(fresh))
    assert tls._linux_context.cache_info().misses == built_before + 1
    hits = tls._linux_context.cache_info().hits
    tls.ssl_context(fresh)
    assert tls._linux_context.cache_info().hits == hits + 1, "the first check reuses it"
    assert "cryptography.x509" in sys.modules


def test_changed_ca_file_gives_a_fresh_context(config: EndpointConfig, tmp_path: Path) -> None:
    extra = tmp_path / "extra.pem"
    trustme.CA().cert_pem.write_to_path(str(extra))
    changed = replace(config, extra_ca_file=extra)
    first = tls.ssl_context(changed)
    trustme.CA().cert_pem.write_to_path(str(extra))
    os.utime(extra, (1, 1))
    assert tls.ssl_context(changed) is not first


@pytest.mark.skipif(not Path("/etc/ssl/certs/ca-certificates.crt").is_file(), reason="no bundle")
def test_missing_openssl_paths_fall_back_to_a_distribution_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = ssl.DefaultVerifyPaths(None, None, "SSL_CERT_FILE", "", "SSL_CERT_DIR", "")
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: empty)
    monkeypatch.setattr(tls.sys, "platform", "linux")
    tls._linux_context.cache_clear()
    context = tls.ssl_context(EndpointConfig())
    assert context.cert_store_stats()["x509_ca"] > 10
