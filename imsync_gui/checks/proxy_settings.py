"""The proxy configuration as each operating system stores it, parsed from plain data.

Every reader here takes data (environment variables, ``scutil --proxy`` output, GNOME
``gsettings`` output, KDE's ``kioslaverc``, Windows registry values) and returns one
:class:`ProxySettings`; :mod:`imsync_gui.checks.system_proxy` fetches that data from the
running system. Keeping the two apart lets the tests feed each platform's data directly.
"""

from __future__ import annotations

import configparser
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True)
class ProxySettings:
    """How this computer is told to reach the web.

    ``pac_url``: an auto-configuration file decides per address; ``auto_detect``: the PAC file
    is found on the network (WPAD); ``proxies``: fixed proxy per scheme ("http", "https");
    ``bypass``: hosts and patterns that always go direct. ``source`` names where it was read.
    """

    source: str
    pac_url: str | None = None
    auto_detect: bool = False
    proxies: Mapping[str, str] = field(default_factory=dict)
    bypass: tuple[str, ...] = ()

    @property
    def is_direct(self) -> bool:
        """True when nothing sends traffic anywhere but straight to the server."""
        return not (self.pac_url or self.auto_detect or self.proxies)


def _proxy_url(value: str, scheme: str = "http") -> str:
    """``host:port`` or a URL, as a proxy URL (``http://host:port``)."""
    value = value.strip()
    return value if "://" in value else f"{scheme}://{value}"


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"[,;\s]+", text) if p.strip())


# --- environment (every platform; the only source on a Linux server) ---------------------


def from_environment(env: Mapping[str, str]) -> ProxySettings:
    """``https_proxy``, ``http_proxy``, ``all_proxy`` and ``no_proxy`` (either case)."""

    def get(name: str) -> str:
        return (env.get(name.lower()) or env.get(name.upper()) or "").strip()

    proxies = {}
    fallback = get("all_proxy")
    for scheme in ("http", "https"):
        value = get(f"{scheme}_proxy") or fallback
        if value:
            proxies[scheme] = _proxy_url(value)
    return ProxySettings("environment", proxies=proxies, bypass=_split_list(get("no_proxy")))


# --- macOS: `scutil --proxy` -------------------------------------------------------------

_SCUTIL_LINE = re.compile(r"^\s*(\S+)\s*:\s*(.*?)\s*$")


def from_scutil(text: str) -> ProxySettings:
    """The output of ``scutil --proxy`` (the settings System Settings applies)."""
    values: dict[str, str] = {}
    exceptions: list[str] = []
    in_exceptions = False
    for line in text.splitlines():
        if "ExceptionsList" in line and "<array>" in line:
            in_exceptions = True
            continue
        if in_exceptions:
            if line.strip() == "}":
                in_exceptions = False
            elif match := _SCUTIL_LINE.match(line):
                exceptions.append(match.group(2))
            continue
        if match := _SCUTIL_LINE.match(line):
            values[match.group(1)] = match.group(2)
    proxies = {}
    for scheme, prefix in (("http", "HTTP"), ("https", "HTTPS")):
        host = values.get(f"{prefix}Proxy")
        if values.get(f"{prefix}Enable") == "1" and host:
            port = values.get(f"{prefix}Port")
            proxies[scheme] = _proxy_url(f"{host}:{port}" if port else host)
    pac = (
        values.get("ProxyAutoConfigURLString")
        if values.get("ProxyAutoConfigEnable") == "1"
        else None
    )
    return ProxySettings(
        "macOS (scutil --proxy)",
        pac_url=pac or None,
        auto_detect=values.get("ProxyAutoDiscoveryEnable") == "1",
        proxies=proxies,
        bypass=tuple(exceptions),
    )


# --- GNOME: `gsettings list-recursively org.gnome.system.proxy` ---------------------------

_GSETTINGS_LINE = re.compile(r"^(org\.gnome\.system\.proxy(?:\.\w+)?)\s+(\S+)\s+(.*)$")


def _gvariant(text: str) -> str | int | tuple[str, ...]:
    text = text.strip()
    if text.startswith(("[", "@as [")):
        return tuple(re.findall(r"'((?:[^'\\]|\\.)*)'", text))
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1]
    if re.fullmatch(r"(?:uint32|int32)?\s*\d+", text):
        return int(text.split()[-1])
    return text


def from_gsettings(text: str) -> ProxySettings:
    """GNOME's proxy settings: mode none, manual (per scheme) or auto (a PAC URL or WPAD)."""
    values: dict[str, str | int | tuple[str, ...]] = {}
    for line in text.splitlines():
        if match := _GSETTINGS_LINE.match(line.strip()):
            schema, key, value = match.groups()
            values[f"{schema.removeprefix('org.gnome.system.proxy').lstrip('.')}/{key}"] = (
                _gvariant(value)
            )
    mode = values.get("/mode", "none")
    ignore = values.get("/ignore-hosts", ())
    bypass = ignore if isinstance(ignore, tuple) else ()
    if mode == "auto":
        pac = str(values.get("/autoconfig-url", "")) or None
        return ProxySettings(
            "GNOME (gsettings)", pac_url=pac, auto_detect=pac is None, bypass=bypass
        )
    proxies = {}
    if mode == "manual":
        for scheme in ("http", "https"):
            host, port = values.get(f"{scheme}/host", ""), values.get(f"{scheme}/port", 0)
            if host and port:
                proxies[scheme] = _proxy_url(f"{host}:{port}")
    return ProxySettings("GNOME (gsettings)", proxies=proxies, bypass=bypass)


# --- KDE: ~/.config/kioslaverc -------------------------------------------------------------

KDE_NONE, KDE_MANUAL, KDE_PAC, KDE_WPAD, KDE_ENVIRONMENT = 0, 1, 2, 3, 4


def _kde_proxy(value: str) -> str | None:
    """KDE writes ``http://host:port`` or, in older versions, ``http://host port``."""
    value = value.strip()
    if not value:
        return None
    if " " in value:
        host, _, port = value.rpartition(" ")
        value = f"{host}:{port}"
    return _proxy_url(value)


def from_kioslaverc(text: str, env: Mapping[str, str]) -> ProxySettings:
    """KDE Plasma's proxy settings (``[Proxy Settings]`` in ``kioslaverc``).

    With ``ProxyType=4`` KDE reads the proxy from environment variables whose *names* are
    stored in the file; those are looked up in *env*.
    """
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    section = parser["Proxy Settings"] if parser.has_section("Proxy Settings") else {}
    kind = int(section.get("ProxyType", "0") or 0)
    bypass = _split_list(section.get("NoProxyFor", ""))
    source = "KDE (kioslaverc)"
    if kind == KDE_PAC:
        return ProxySettings(
            source, pac_url=section.get("Proxy Config Script") or None, bypass=bypass
        )
    if kind == KDE_WPAD:
        return ProxySettings(source, auto_detect=True, bypass=bypass)
    proxies = {}
    for scheme in ("http", "https"):
        raw = section.get(f"{scheme}Proxy", "")
        if kind == KDE_ENVIRONMENT:
            raw = env.get(raw.strip(), "")
        if kind in (KDE_MANUAL, KDE_ENVIRONMENT) and (url := _kde_proxy(raw)):
            proxies[scheme] = url
    if kind == KDE_ENVIRONMENT:
        bypass = _split_list(env.get(section.get("NoProxyFor", "").strip(), ""))
    return ProxySettings(source, proxies=proxies, bypass=bypass)


# --- Windows: WinINet (per user) and WinHTTP (services) -----------------------------------

WININET_KEY = r"Software\Microsoft\Windows\CurrentVersion\Internet Settings"
WININET_CONNECTIONS = WININET_KEY + r"\Connections"
WINHTTP_KEY = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections"
FLAG_PROXY, FLAG_AUTO_CONFIG, FLAG_AUTO_DETECT = 0x02, 0x04, 0x08


def _windows_servers(server: str) -> dict[str, str]:
    """``host:port`` for every scheme, or ``http=host:port;https=host:port``."""
    if "=" not in server:
        return {"http": _proxy_url(server), "https": _proxy_url(server)} if server.strip() else {}
    found = {}
    for part in server.split(";"):
        scheme, _, address = part.partition("=")
        if scheme.strip().lower() in ("http", "https") and address.strip():
            found[scheme.strip().lower()] = _proxy_url(address)
    return found


def from_wininet(values: Mapping[str, object]) -> ProxySettings:
    """The per-user Internet Options (what browsers and most apps use).

    *values* are the registry values of ``HKCU\\...\\Internet Settings`` (ProxyEnable,
    ProxyServer, ProxyOverride, AutoConfigURL) plus ``DefaultConnectionSettings`` from its
    ``Connections`` subkey, whose flags byte holds the "Automatically detect settings" box.
    """
    blob = values.get("DefaultConnectionSettings")
    flags = blob[8] if isinstance(blob, bytes) and len(blob) > 8 else None
    enabled = values.get("ProxyEnable") == 1 if flags is None else bool(flags & FLAG_PROXY)
    pac = str(values.get("AutoConfigURL") or "").strip() or None
    if flags is not None and not flags & FLAG_AUTO_CONFIG:
        pac = None
    server = str(values.get("ProxyServer") or "")
    bypass = tuple(p for p in _split_list(str(values.get("ProxyOverride") or "")) if p != "<local>")
    return ProxySettings(
        "Windows (Internet Options)",
        pac_url=pac,
        auto_detect=bool(flags is not None and flags & FLAG_AUTO_DETECT),
        proxies=_windows_servers(server) if enabled else {},
        bypass=bypass,
    )


def from_winhttp(blob: bytes) -> ProxySettings:
    """WinHTTP's machine-wide proxy (``netsh winhttp set proxy``), used by services.

    The ``WinHttpSettings`` value: size, counter and flags (4-byte little-endian), then the
    proxy server and the bypass list, each a 4-byte length followed by that many bytes.
    """
    try:
        _size, _counter, flags, length = struct.unpack_from("<IIII", blob, 0)
        server = blob[16 : 16 + length].decode("ascii", "replace")
        (bypass_length,) = struct.unpack_from("<I", blob, 16 + length)
        bypass = blob[20 + length : 20 + length + bypass_length].decode("ascii", "replace")
    except struct.error:
        return ProxySettings("Windows (WinHTTP)")
    proxies = _windows_servers(server) if flags & FLAG_PROXY else {}
    return ProxySettings("Windows (WinHTTP)", proxies=proxies, bypass=_split_list(bypass))


def bypassed(host: str, bypass: tuple[str, ...]) -> bool:
    """True when *host* matches a bypass entry (``example.com``, ``.example.com``, ``*.x``)."""
    host = host.lower().rstrip(".")
    for entry in bypass:
        pattern = entry.lower().strip()
        if pattern == "*":
            return True
        pattern = urlsplit(pattern).hostname or pattern if "://" in pattern else pattern
        pattern = pattern.split(":")[0] if pattern.count(":") == 1 else pattern
        if pattern.startswith("*"):
            pattern = pattern[1:]
        if pattern.startswith("."):
            if host.endswith(pattern) or host == pattern[1:]:
                return True
        elif host == pattern or host.endswith("." + pattern):
            return True
    return False
