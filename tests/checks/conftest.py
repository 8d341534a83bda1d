"""Fixtures for the check tests: a loopback-only resolver, CAs, and a config on closed ports.

The resolver replaces ``socket.getaddrinfo`` for this package's tests: names ending in
``.test`` resolve to 127.0.0.1 (``missing.test`` fails like an unknown name, ``slowdns.test``
answers late), loopback names pass through, and every other name fails without any query
leaving the computer. pytest-socket blocks connections to any other address on top.
"""

from __future__ import annotations

import asyncio
import os
import socket
import time
from collections.abc import Coroutine, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import pytest
import trustme

from imsync_gui.checks import system_proxy
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.proxy_settings import from_environment
from imsync_gui.checks.registry import run_check
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckId
from tests.checks.servers import LOOPBACK, closed_port

_T = TypeVar("_T")
SLOW_DNS_S = 1.0


@pytest.fixture(scope="package", autouse=True)
def loopback_resolver() -> Iterator[None]:
    real = socket.getaddrinfo

    def resolve(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name in (None, "localhost", LOOPBACK, "::1"):
            return real(host, port, *args, **kwargs)
        if name == "slowdns.test":
            time.sleep(SLOW_DNS_S)
        if isinstance(name, str) and name.endswith(".test") and name != "missing.test":
            return real(LOOPBACK, port, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, f"Name or service not known: {name}")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "getaddrinfo", resolve)
        yield


@pytest.fixture(autouse=True)
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's proxy variables and desktop proxy settings must not reroute loopback test
    traffic: only the environment a test sets counts, read afresh for every test."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy", "NO_PROXY", "no_proxy"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(system_proxy, "read_settings", lambda: from_environment(os.environ))
    system_proxy.forget()
    yield
    system_proxy.forget()


def run(coro: Coroutine[Any, Any, _T]) -> _T:
    """Run a coroutine to completion on a fresh event loop."""
    return asyncio.run(coro)


def check(check_id: CheckId, config: EndpointConfig) -> CheckResult:
    """Run one check against *config*."""
    return run(run_check(check_id, config))


@pytest.fixture(scope="package")
def trusted_ca() -> trustme.CA:
    """A CA the checks trust through ``extra_ca_file``, named like Apple's."""
    return trustme.CA(organization_name="Apple Inc.")


@pytest.fixture(scope="package")
def ca_file(trusted_ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "trusted-ca.pem"
    trusted_ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def config(tmp_path: Path, ca_file: Path) -> EndpointConfig:
    """Every endpoint on a closed loopback port, short timeouts, a fake sysfs, the test CA."""
    dead = closed_port()
    return EndpointConfig(
        captive_url=f"http://{LOOPBACK}:{dead}/hotspot-detect.html",
        account_urls=(f"https://{LOOPBACK}:{dead}/",),
        icloud_urls=(f"https://{LOOPBACK}:{dead}/",),
        tls_targets=(f"{LOOPBACK}:{dead}",),
        push_host=LOOPBACK,
        push_port=dead,
        push_fallback_port=dead,
        ntp_servers=(LOOPBACK,),
        ntp_port=dead,
        status_url=f"http://{LOOPBACK}:{dead}/status.js",
        gdmf_url=f"https://{LOOPBACK}:{dead}/v2/pmv",
        dns_hosts=("localhost",),
        extra_ca_file=ca_file,
        sysfs_root=tmp_path / "sys",
        power_profiles_command=str(tmp_path / "no-such-powerprofilesctl"),
        timeouts={c: 0.5 for c in CheckId},
        deadline_s=3.0,
    )


def with_(config: EndpointConfig, **changes: Any) -> EndpointConfig:
    """A copy of *config* with some fields changed."""
    return replace(config, **changes)
