"""Which way this computer sends traffic to a given address: direct, or through which proxy.

:func:`read_settings` reads the settings the operating system applies (Windows Internet
Options and WinHTTP through ``winreg``, macOS ``scutil --proxy``, on Linux the environment,
GNOME's ``gsettings`` or KDE's ``kioslaverc``). When they name a proxy auto-configuration (PAC)
file, or ask for one to be found on the network (WPAD), the file is fetched once and evaluated
with pypac, the maintained PAC library (its ``FindProxyForURL`` runs in the dukpy JavaScript
interpreter), exactly as the system would for each Apple address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from imsync_gui.checks.proxy_settings import (
    WINHTTP_KEY,
    WININET_CONNECTIONS,
    WININET_KEY,
    ProxySettings,
    bypassed,
    from_environment,
    from_gsettings,
    from_kioslaverc,
    from_scutil,
    from_winhttp,
    from_wininet,
)
from imsync_gui.model.offthread import off_thread

PAC_TIMEOUT_S = 3.0
PAC_MAX_BYTES = 1_000_000
COMMAND_TIMEOUT_S = 3.0
SCHEMES = {"PROXY": "http", "HTTP": "http", "HTTPS": "https", "SOCKS": "socks5", "SOCKS5": "socks5"}


@dataclass(frozen=True)
class Route:
    """How traffic to one address leaves this computer.

    ``proxy`` is the proxy URL, or None for a direct connection. ``how`` says what decided:
    "pac", "wpad", "manual", or "direct"; ``error`` is set when the PAC file could not be used.
    """

    proxy: str | None
    how: str
    error: str | None = None

    @property
    def label(self) -> str:
        """``DIRECT`` or ``PROXY host:port``, the words PAC files use."""
        if self.proxy is None:
            return "DIRECT"
        parts = urlsplit(self.proxy)
        return f"PROXY {parts.hostname}:{parts.port}" if parts.port else f"PROXY {parts.hostname}"


class PacError(Exception):
    """The auto-configuration file could not be fetched or evaluated."""


def run_command(arguments: list[str]) -> str:
    """The output of a settings command, or "" when it is missing or fails."""
    if shutil.which(arguments[0]) is None:
        return ""
    try:
        done = subprocess.run(
            arguments, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def read_registry(hive: str, key: str) -> dict[str, object]:
    """Every value under a Windows registry key (empty elsewhere or when missing)."""
    if sys.platform != "win32":
        return {}
    import winreg

    values: dict[str, object] = {}
    try:
        with winreg.OpenKey(getattr(winreg, hive), key) as handle:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(handle, index)
                except OSError:
                    break
                values[name] = value
                index += 1
    except OSError:
        return {}
    return values


def read_settings(
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    command: Callable[[list[str]], str] = run_command,
    registry: Callable[[str, str], Mapping[str, object]] = read_registry,
    home: Path | None = None,
) -> ProxySettings:
    """The proxy settings this computer applies, read where its operating system keeps them.

    Proxy environment variables win where they are set (command-line tools and this app
    follow them); otherwise the desktop's own settings apply.
    """
    environment = from_environment(env)
    if environment.proxies:
        return environment
    if platform == "win32":
        user = dict(registry("HKEY_CURRENT_USER", WININET_KEY))
        connections = registry("HKEY_CURRENT_USER", WININET_CONNECTIONS)
        user["DefaultConnectionSettings"] = connections.get("DefaultConnectionSettings")
        wininet = from_wininet(user)
        if not wininet.is_direct:
            return wininet
        blob = registry("HKEY_LOCAL_MACHINE", WINHTTP_KEY).get("WinHttpSettings")
        return from_winhttp(blob) if isinstance(blob, bytes) else wininet
    if platform == "darwin":
        return from_scutil(command(["scutil", "--proxy"]))
    desktop = env.get("XDG_CURRENT_DESKTOP", "").upper()
    kioslaverc = (home or Path.home()) / ".config" / "kioslaverc"
    if "KDE" in desktop and kioslaverc.is_file():
        return from_kioslaverc(kioslaverc.read_text("utf-8", "replace"), env)
    gnome = command(["gsettings", "list-recursively", "org.gnome.system.proxy"])
    return from_gsettings(gnome) if gnome.strip() else environment


def first_route(pac_answer: str, how: str) -> Route:
    """The first usable entry of a ``FindProxyForURL`` answer (``PROXY a:1; DIRECT``)."""
    for entry in pac_answer.split(";"):
        words = entry.split()
        if not words:
            continue
        if words[0].upper() == "DIRECT":
            return Route(None, how)
        scheme = SCHEMES.get(words[0].upper())
        if scheme and len(words) > 1:
            return Route(f"{scheme}://{words[1]}", how)
    return Route(None, how)


class Resolver:
    """Routes for addresses under one set of settings and, if any, one evaluated PAC file."""

    def __init__(self, settings: ProxySettings, pac: Any = None, pac_error: str | None = None):
        self.settings, self._pac, self.pac_error = settings, pac, pac_error

    def route(self, url: str) -> Route:
        """How a request to *url* leaves this computer."""
        parts = urlsplit(url)
        host = parts.hostname or url
        if is_loopback(host) or bypassed(host, self.settings.bypass):
            return Route(None, "direct")
        if self.settings.pac_url or self.settings.auto_detect:
            how = "pac" if self.settings.pac_url else "wpad"
            if self._pac is None:
                return Route(None, how, self.pac_error or "no auto-configuration file found")
            return first_route(str(self._pac.find_proxy_for_url(url, host)), how)
        proxy = self.settings.proxies.get(parts.scheme or "https")
        return Route(proxy, "manual") if proxy else Route(None, "direct")


async def fetch_pac(url: str) -> str:
    """The text of the PAC file at *url*, fetched directly (never through a proxy)."""
    try:
        async with httpx.AsyncClient(trust_env=False, timeout=PAC_TIMEOUT_S) as client:
            response = await client.get(url)
    except httpx.HTTPError as exc:
        raise PacError(f"{url} could not be fetched: {exc.__class__.__name__}") from None
    if response.status_code != 200:
        raise PacError(f"{url} answered HTTP {response.status_code}")
    if len(response.content) > PAC_MAX_BYTES:
        raise PacError(f"{url} is larger than {PAC_MAX_BYTES} bytes")
    return response.text


def wpad_urls() -> list[str]:
    """Where WPAD looks for a PAC file: ``http://wpad.<domain>/wpad.dat`` up the DNS domain."""
    from pypac.wpad import proxy_urls_from_dns

    return list(proxy_urls_from_dns())


def compile_pac(text: str) -> Any:
    """The PAC file as a pypac object; raise PacError if it is not valid JavaScript."""
    from pypac.parser import PACFile

    try:
        return PACFile(text)
    except Exception as exc:
        raise PacError(f"the auto-configuration file is not valid: {exc}") from None


async def resolver_for(
    settings: ProxySettings, candidates: Callable[[], Iterable[str]] | None = None
) -> Resolver:
    """A resolver for *settings*, with its PAC file fetched and compiled when it has one."""
    urls = [settings.pac_url] if settings.pac_url else []
    if not urls and settings.auto_detect:
        urls = list(await off_thread(lambda: list((candidates or wpad_urls)())))
    errors = []
    for url in urls:
        try:
            text = await fetch_pac(url)
            return Resolver(settings, await off_thread(compile_pac, text))
        except PacError as exc:
            errors.append(str(exc))
    return Resolver(settings, None, "; ".join(errors) or None)


def is_loopback(host: str) -> bool:
    """True for this computer's own addresses, which no system sends through a proxy."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def system_resolver() -> Resolver:
    """The resolver for this computer's current settings (unreadable settings: direct)."""
    try:
        settings = await off_thread(read_settings)
    except Exception as exc:
        return Resolver(ProxySettings("unreadable"), None, f"settings could not be read: {exc}")
    return await resolver_for(settings)


FRESH_S = 30.0
"""How long one reading of the settings serves the checks (a suite takes at most 15 s)."""
_shared: tuple[asyncio.AbstractEventLoop, float, asyncio.Task[Resolver]] | None = None


async def shared_resolver() -> Resolver:
    """The system resolver, read once and shared by every check running on this loop."""
    global _shared
    loop, now = asyncio.get_running_loop(), time.monotonic()
    if _shared is None or _shared[0] is not loop or now - _shared[1] > FRESH_S:
        _shared = (loop, now, loop.create_task(system_resolver(), name="system proxy"))
    return await asyncio.shield(_shared[2])


def forget() -> None:
    """Read the settings again next time (after they changed, and between tests)."""
    global _shared
    _shared = None
