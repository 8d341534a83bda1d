"""A check's measured values as a formatted table for IT: one row per host or port, then facts.

The check cards (under "Technical details") and the PDF's IT pages both show this, so a
value never reaches a person as a Python repr: no ``{'host': ...}``, no ``None``, no
``True``/``False``, no exception class names. The raw text stays in the JSON export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from imsync_gui.i18n import N_, _n, number_text, translate
from imsync_gui.model.check_result import JsonValue

COLUMNS = (N_("Host"), N_("Port"), N_("Result"), N_("Time"))
"""The headers of :attr:`CheckTable.rows`, marked for translation."""

FAILURE_WORDS = {
    "dns": N_("name not found"),
    "refused": N_("refused"),
    "timeout": N_("no answer"),
    "tls": N_("certificate not trusted"),
    "reset": N_("cut off"),
    "too_large": N_("answer too large"),
    "other": N_("failed"),
}
"""How a failed connection is named in the Result column (see checks/net.FailureKind)."""

ANSWERED = N_("answered")
FOUND = N_("found {addresses}")
HTTP = N_("answered (HTTP {status})")
VERIFIED = N_("verified, issuer {issuer}")
NOT_VERIFIED = N_("not verified, issuer {issuer}")
OPEN = N_("open")
YES = N_("yes")
NO = N_("no")

_ROW_LISTS = ("hosts", "ports")
_ROW_KEYS = {"port", "failure", "latency_ms", "http_status", "handshake_ms"}
"""A check that names one host with any of these gets one row for it."""
_HIDDEN = frozenset({"hosts", "ports", "failed", "failure", "error", "message", "detail", "reason"})
_TIMES = ("latency_ms", "ms", "handshake_ms")
_UNITS = (("_ms", "ms", 0), ("_s", "s", 3), ("_percent", "%", 0))
_ACRONYMS = {
    "http": "HTTP",
    "https": "HTTPS",
    "dns": "DNS",
    "tls": "TLS",
    "ntp": "NTP",
    "os": "OS",
    "ip": "IP",
    "udp": "UDP",
    "ios": "iOS",
    "ipados": "iPadOS",
    "macos": "macOS",
}


@dataclass(frozen=True)
class CheckTable:
    """``rows``: (host, port, result, time) per host or port tried; ``facts``: (label, value)."""

    rows: tuple[tuple[str, str, str, str], ...]
    facts: tuple[tuple[str, str], ...]

    def __bool__(self) -> bool:
        return bool(self.rows or self.facts)


def check_table(values: Mapping[str, JsonValue]) -> CheckTable:
    """Format a check's ``values`` (whatever the check measured) for people who read IT tables."""
    rows: list[tuple[str, str, str, str]] = []
    for key in _ROW_LISTS:
        items = values.get(key)
        if isinstance(items, list):
            rows += [_row(item, values) for item in items if isinstance(item, dict)]
    if not rows and isinstance(values.get("host"), str) and _ROW_KEYS & values.keys():
        rows.append(_row(values, values))  # one target, described at the top level
    facts = [
        (label(key), text)
        for key, value in values.items()
        if key not in _HIDDEN
        and not (rows and key in _SHOWN_IN_ROWS)
        and (text := value_text(key, value))
    ]
    return CheckTable(tuple(rows), tuple(facts))


def _row(
    item: Mapping[str, JsonValue], parent: Mapping[str, JsonValue]
) -> tuple[str, str, str, str]:
    host = item.get("host", parent.get("host"))
    port = item.get("port")
    time = next((item[k] for k in _TIMES if isinstance(item.get(k), int | float)), None)
    return (
        str(host) if host is not None else "",
        str(port) if isinstance(port, int) else "",
        _result(item),
        f"{time:.0f} ms" if isinstance(time, int | float) else "",
    )


def _result(item: Mapping[str, JsonValue]) -> str:
    failure = item.get("failure")
    if isinstance(failure, str):
        return translate(FAILURE_WORDS.get(failure, FAILURE_WORDS["other"]))
    if isinstance(item.get("issuer"), str):
        template = VERIFIED if item.get("verified") else NOT_VERIFIED
        return translate(template).format(issuer=item["issuer"])
    addresses = item.get("addresses")
    if isinstance(addresses, list) and addresses:
        return translate(FOUND).format(addresses=", ".join(str(a) for a in addresses))
    if isinstance(item.get("http_status"), int):
        return translate(HTTP).format(status=item["http_status"])
    if item.get("ok") is False:
        return translate(FAILURE_WORDS["other"])
    return translate(OPEN if "port" in item and "url" not in item else ANSWERED)


_SHOWN_IN_ROWS = frozenset({"host", "port", "url", *_TIMES, "issuer", "verified", "http_status"})

LABELS = {
    "matched": N_("Apple's success page seen"),
    "redirect": N_("Redirected to"),
    "udp_blocked": N_("Time service blocked"),
    "uses_proxy": N_("Uses a proxy"),
    "no_proxy": N_("Not through the proxy"),
    "configured_proxy": N_("Proxy set up"),
    "on_battery": N_("On battery"),
    "power_saver": N_("Power saver"),
    "offset_s": N_("Clock off by"),
    "delay_s": N_("Round trip"),
    "stratum": N_("Time server level (stratum)"),
    "data_date": N_("Data from"),
    "age_days": N_("Data age"),
    "posting_dates": N_("Released"),
    "source": N_("Source"),
    "affected": N_("Services affected"),
    "read": N_("Status page read"),
    "issuer_org": N_("Certificate issuer"),
    "inspection_vendor": N_("Inspection product"),
    "port_5223_open": N_("Port 5223 open"),
    "port_443_open": N_("Port 443 open"),
    "apple_route": N_("Route for Apple traffic"),
    "routes": N_("Route per address"),
    "auto_detect": N_("Detect settings automatically"),
    "pac_url": N_("Proxy auto-configuration file"),
    "proxies": N_("Proxies set up"),
    "platform": N_("Operating system"),
    "os_name": N_("Operating system"),
    "os_version": N_("System version"),
    "server": N_("Server"),
    "events": N_("Events"),
    "upcoming": N_("Planned maintenance"),
    "reason": N_("Reason"),
}
"""Labels for the keys whose name alone would not say what they mean, or that a person reading
another language would otherwise see in English (the key names are English)."""

VALUE_WORDS = {
    ("source", "live"): N_("read from Apple now"),
    ("source", "offline"): N_("the list built into this app"),
}
"""Values that are words of ours, not measurements: (key, value) → how they read."""

PLATFORMS = {"linux": "Linux", "darwin": "macOS", "win32": "Windows"}
"""Python's names of the operating systems (``sys.platform``), as people write them."""


def label(key: str) -> str:
    """A value's key as a label: ``latency_ms`` → "Latency", ``os_name`` → "OS name"."""
    if key in LABELS:
        return translate(LABELS[key])
    for suffix in [suffix for suffix, _unit, _digits in _UNITS] + ["_days"]:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    words = [_ACRONYMS.get(w.lower(), w) for w in key.replace("_", " ").split()]
    if words and words[0] not in _ACRONYMS.values():
        words[0] = words[0].capitalize()
    return " ".join(words)


def value_text(key: str, value: JsonValue) -> str:
    """*value* formatted for reading; empty when there is nothing to show (None, empty)."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return translate(YES if value else NO)
    if isinstance(value, int | float):
        for suffix, unit, digits in _UNITS:
            if key.endswith(suffix):
                return f"{_decimal(value, digits)} {unit}"
        if key.endswith("_days"):
            days = round(value)
            return _n("{count} day", "{count} days", days, count=days)
        return number_text(f"{value:g}")
    if isinstance(value, list):
        return ", ".join(filter(None, (value_text("", v) for v in value)))
    if isinstance(value, dict):
        pairs = ((k if _is_address(k) else label(k), value_text(k, v)) for k, v in value.items())
        return ", ".join(f"{k}: {v}" for k, v in pairs if v)
    if key == "platform":
        return PLATFORMS.get(value, value)
    word = VALUE_WORDS.get((key, value))
    return translate(word) if word else value


def _is_address(key: str) -> bool:
    """A key that is a host name or address (a route's), shown as it is: never "Localhost"."""
    return key == "localhost" or "." in key or ":" in key


def _decimal(value: float, digits: int) -> str:
    """*value* with *digits* decimals in the active language's writing; never "-0.000"."""
    text = f"{value:.{digits}f}"
    return number_text(text.removeprefix("-") if float(text) == 0 else text)
