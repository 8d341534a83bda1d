"""Proxy: the proxy settings this computer uses (environment, and macOS or Windows settings).

``urllib.request.getproxies`` reads the environment everywhere, the System Settings proxies on
macOS and the Internet Options registry keys on Windows. Proxy auto-configuration (PAC) files
and desktop-environment settings on Linux are not read. Passwords in proxy addresses are
never reported.
"""

from __future__ import annotations

import sys
import urllib.request
from urllib.parse import urlsplit

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.outcome import Outcome
from imsync_gui.i18n import msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.offthread import off_thread


def _without_password(url: str) -> str:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if not parts.hostname:
        return url
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    if parts.port:
        shown = f"{shown}:{parts.port}"
    return f"{parts.scheme}://{shown}"


async def probe(config: EndpointConfig) -> Outcome:
    """Report the proxies in effect; a proxy is information, not a fault."""
    found = await off_thread(urllib.request.getproxies)
    bypass = found.pop("no", "")
    proxies = {scheme: _without_password(url) for scheme, url in sorted(found.items())}
    values: dict[str, JsonValue] = {
        "uses_proxy": bool(proxies) or config.proxy is not None,
        "proxies": dict(proxies),
        "no_proxy": bypass or None,
        "configured_proxy": _without_password(config.proxy) if config.proxy else None,
        "platform": sys.platform,
    }
    detail = "\n".join(f"{k}: {v}" for k, v in proxies.items()) or "no proxy settings found"
    if config.proxy:
        message = msg(
            "The checks use the proxy set for them: {proxy}.", proxy=str(values["configured_proxy"])
        )
    elif proxies:
        message = msg(
            "This computer sends web traffic through a proxy ({proxy}). Apple's "
            "services work through a proxy that does not decrypt traffic.",
            proxy=next(iter(proxies.values())),
        )
    else:
        message = msg("This computer does not use a proxy.")
    return Outcome(CheckStatus.PASS, message, values, detail)
