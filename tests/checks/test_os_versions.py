"""Latest OS versions: live from a verified lookup service, else the dated bundled table."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import trustme
from pytest_httpserver import HTTPServer

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.os_versions import CatalogError, latest_from_catalog, offline
from imsync_gui.i18n import Msg
from imsync_gui.model.enums import CheckId, CheckStatus
from imsync_gui.model.versions import OsVersion, bundled_latest
from tests.checks.conftest import check, with_
from tests.checks.servers import https_server, https_url


def _entry(version: str, posted: str, *devices: str) -> dict[str, Any]:
    return {"ProductVersion": version, "Build": "X", "PostingDate": posted,
            "ExpirationDate": "2027-01-01", "SupportedDevices": list(devices)}  # fmt: skip


CATALOG: dict[str, Any] = {
    "PublicAssetSets": {
        "iOS": [
            _entry("26.3", "2026-02-01", "iPhone17,1", "iPad16,3"),
            _entry("26.3.1", "2026-02-20", "iPhone17,1", "iPhone18,2"),
            _entry("18.7.5", "2026-02-01", "iPhone11,8", "iPad7,11"),
            _entry("26.9", "2026-02-21", "Watch7,1"),
            _entry("27.0", "2026-02-22", "AppleTV14,1"),
            _entry("not a version", "2026-02-22", "iPhone17,1"),
        ],
        "macOS": [_entry("26.3", "2026-02-01", "Mac-1", "J314cAP"), _entry("15.7.4", "2026-02-01")],
    },
    "AssetSets": {},
}


def test_catalog_is_split_by_device_family() -> None:
    latest = latest_from_catalog(json.dumps(CATALOG).encode())
    assert {k: str(v) for k, (v, _d) in latest.items()} == {
        "iOS": "26.3.1",
        "iPadOS": "26.3",
        "macOS": "26.3",
    }
    assert latest["iOS"] == (OsVersion(26, 3, 1), "2026-02-20")


@pytest.mark.parametrize(
    "data",
    [b"", b"<html></html>", b"[]", b'{"PublicAssetSets": []}', b'{"PublicAssetSets": {"iOS": 1}}',
     json.dumps({"PublicAssetSets": {"iOS": CATALOG["PublicAssetSets"]["iOS"]}}).encode()],
)  # fmt: skip
def test_unusable_catalogs_raise(data: bytes) -> None:
    with pytest.raises(CatalogError):
        latest_from_catalog(data)


def test_offline_reports_date_and_age() -> None:
    table = bundled_latest()
    today = date.fromisoformat(table.data_date).replace(year=int(table.data_date[:4]) + 1)
    outcome = offline(Msg("no network"), "detail", "other", today=today)
    assert outcome.status is CheckStatus.WARN
    assert outcome.values["source"] == "offline"
    assert outcome.values["data_date"] == table.data_date
    assert outcome.values["iOS"] == str(table.versions["iOS"])
    assert outcome.values["age_days"] in (365, 366)
    assert table.data_date in outcome.message.render() and "days old" in outcome.message.render()


@pytest.fixture
def gdmf(trusted_ca: trustme.CA) -> Iterator[HTTPServer]:
    with https_server(trusted_ca) as server:
        yield server


def _at(config: EndpointConfig, server: HTTPServer) -> EndpointConfig:
    return with_(config, gdmf_url=https_url(server, "gdmf.apple.test", "/v2/pmv"))


def test_live_versions_from_verified_service(config: EndpointConfig, gdmf: HTTPServer) -> None:
    gdmf.expect_request("/v2/pmv").respond_with_json(CATALOG)
    result = check(CheckId.OS_VERSIONS, _at(config, gdmf))
    assert result.status is CheckStatus.PASS
    assert result.values["source"] == "live"
    assert (result.values["iOS"], result.values["iPadOS"], result.values["macOS"]) == (
        "26.3.1", "26.3", "26.3",
    )  # fmt: skip
    assert date.fromisoformat(str(result.values["data_date"]))


def test_unverifiable_service_falls_back(config: EndpointConfig) -> None:
    with https_server(trustme.CA(organization_name="Someone Else")) as server:
        server.expect_request("/v2/pmv").respond_with_json(CATALOG)
        result = check(CheckId.OS_VERSIONS, _at(config, server))
    assert result.status is CheckStatus.WARN
    assert result.values["source"] == "offline"
    assert result.values["data_date"] == bundled_latest().data_date
    assert "could not be verified" in result.message.render()


@pytest.mark.parametrize(("body", "status"), [(b"{}", 200), (b"oops", 200), (b"", 500)])
def test_bad_answers_fall_back(
    config: EndpointConfig, gdmf: HTTPServer, body: bytes, status: int
) -> None:
    gdmf.expect_request("/v2/pmv").respond_with_data(body, status=status)
    result = check(CheckId.OS_VERSIONS, _at(config, gdmf))
    assert result.status is CheckStatus.WARN
    assert result.values["source"] == "offline"
    assert "built-in list" in result.message.render()


def test_unreachable_service_falls_back(config: EndpointConfig) -> None:
    result = check(CheckId.OS_VERSIONS, config)
    assert result.status is CheckStatus.WARN
    assert result.values["source"] == "offline"
    assert result.values["reason"] == "refused"
