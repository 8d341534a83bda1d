"""Latest OS versions from Apple's software lookup service, or the bundled dated table.

The service's certificate chains to Apple's own root, so it is verified against the operating
system's trust store (``truststore``). When it cannot be reached, verified or read, the
bundled table is used and reported as offline data with its date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.net import NetFailure, explain
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.web import NotOk, fetch_ok, host_of
from imsync_gui.i18n import Msg, msg
from imsync_gui.model import strict_json
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckId, CheckStatus
from imsync_gui.model.versions import OsVersion, bundled_latest

_DEVICE_FAMILIES = {"iOS": ("iPhone",), "iPadOS": ("iPad",)}
"""Entries under "iOS" also carry watchOS and tvOS; SupportedDevices prefixes tell them apart."""


class CatalogError(ValueError):
    """The lookup service's answer could not be understood."""


def latest_from_catalog(data: bytes) -> dict[str, tuple[OsVersion, str]]:
    """The newest public iOS, iPadOS and macOS release with its posting date."""
    try:
        raw = strict_json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: NotPlainJson too
        raise CatalogError("the answer is not valid JSON") from None
    sets = raw.get("PublicAssetSets") if isinstance(raw, dict) else None
    if not isinstance(sets, dict):
        raise CatalogError("the answer has no PublicAssetSets")
    latest: dict[str, tuple[OsVersion, str]] = {}
    for entry in _entries(sets.get("iOS")):
        devices = entry.get("SupportedDevices")
        names = [d for d in devices if isinstance(d, str)] if isinstance(devices, list) else []
        for platform, prefixes in _DEVICE_FAMILIES.items():
            if any(d.startswith(prefixes) for d in names):
                _keep_newer(latest, platform, entry)
    for entry in _entries(sets.get("macOS")):
        _keep_newer(latest, "macOS", entry)
    if not {"iOS", "iPadOS", "macOS"} <= latest.keys():
        raise CatalogError("the answer lacks iOS, iPadOS or macOS releases")
    return latest


def _entries(value: object) -> list[dict[str, object]]:
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _keep_newer(
    latest: dict[str, tuple[OsVersion, str]], platform: str, entry: dict[str, object]
) -> None:
    text, posted = entry.get("ProductVersion"), entry.get("PostingDate")
    try:
        version = OsVersion.parse(text) if isinstance(text, str) else None
    except ValueError:
        version = None
    if version is not None and (platform not in latest or latest[platform][0] < version):
        latest[platform] = (version, posted if isinstance(posted, str) else "")


async def probe(config: EndpointConfig) -> Outcome:
    """Ask the lookup service; fall back to the bundled table on any failure."""
    timeout = config.timeout_for(CheckId.OS_VERSIONS)
    host = host_of(config.gdmf_url)
    try:
        latest = latest_from_catalog(await fetch_ok(config, config.gdmf_url, timeout_s=timeout))
    except NetFailure as failure:
        return offline(explain(failure.kind, host, timeout), str(failure), failure.kind)
    except (CatalogError, NotOk) as exc:
        return offline(msg("Apple's answer could not be read."), str(exc), "unreadable")
    values: dict[str, JsonValue] = {name: str(v) for name, (v, _d) in latest.items()}
    values.update(
        source="live",
        data_date=datetime.now(UTC).date().isoformat(),
        posting_dates={name: d for name, (_v, d) in latest.items()},
    )
    message = msg(
        "Latest versions from Apple: iOS {ios}, iPadOS {ipados}, macOS {macos}.",
        ios=str(values["iOS"]),
        ipados=str(values["iPadOS"]),
        macos=str(values["macOS"]),
    )
    return Outcome(CheckStatus.PASS, message, values, f"from {config.gdmf_url}")


def offline(why: Msg, detail: str, reason: str, today: date | None = None) -> Outcome:
    """The bundled table, reported as offline data with its date and age.

    *reason* is a short code for IT: a network failure kind, or ``unreadable``.
    """
    table = bundled_latest()
    age = ((today or datetime.now(UTC).date()) - date.fromisoformat(table.data_date)).days
    values: dict[str, JsonValue] = {name: str(v) for name, v in table.versions.items()}
    values.update(source="offline", data_date=table.data_date, age_days=age, reason=reason)
    message = msg(
        "Apple's update service could not be used, so a built-in list from "
        "{date} ({days} days old) is used instead. {why}",
        date=table.data_date,
        days=age,
        why=why,
    )
    return Outcome(CheckStatus.WARN, message, values, f"{detail}\nbundled: {table.source}")
