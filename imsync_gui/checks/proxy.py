"""Proxy: does Apple traffic from this computer go direct, or through which proxy?

The settings are read the way the operating system applies them, auto-configuration (PAC)
files included (:mod:`imsync_gui.checks.system_proxy`), and evaluated for each Apple address
the other checks use. Passwords in proxy addresses are never reported.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.system_proxy import Resolver, Route, shared_resolver
from imsync_gui.checks.web import host_of
from imsync_gui.i18n import msg
from imsync_gui.model.check_result import JsonValue
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.offthread import off_thread

HOW = {
    "pac": msg("its proxy auto-configuration file"),
    "wpad": msg("the auto-configuration file found on the network"),
    "manual": msg("its proxy settings"),
    "direct": msg("its proxy settings"),
}


def without_password(url: str) -> str:
    """A proxy URL with any user name and password removed."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if not parts.hostname:
        return url
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    if parts.port:
        shown = f"{shown}:{parts.port}"
    return f"{parts.scheme}://{shown}"


def apple_urls(config: EndpointConfig) -> list[str]:
    """The Apple addresses whose route matters: sign-in, iCloud and the push service."""
    push = f"https://{config.push_host.replace('{n}', '1')}/"
    return list(dict.fromkeys((*config.account_urls, *config.icloud_urls, push)))


async def probe(config: EndpointConfig) -> Outcome:
    """Say which way Apple traffic goes; a proxy in the way of push is a warning."""
    urls = apple_urls(config)
    if config.proxy:
        shown = without_password(config.proxy)
        routes = {host_of(u): Route(config.proxy, "manual") for u in urls}
        message = msg("The checks use the proxy set for them: {proxy}.", proxy=shown)
        return Outcome(CheckStatus.PASS, message, _values(routes, None, shown), _detail(routes))
    resolver = await shared_resolver()
    routes = {host_of(u): await off_thread(resolver.route, u) for u in urls}
    values = _values(routes, resolver, None)
    detail = _detail(routes)
    if resolver.pac_error:
        detail += f"\nauto-configuration: {resolver.pac_error}"
    proxied = [r for r in routes.values() if r.proxy]
    if resolver.pac_error and not proxied:
        message = msg(
            "This computer is set to use a proxy auto-configuration file, but it could not "
            "be read ({reason}), so it is unclear which way Apple traffic goes.",
            reason=resolver.pac_error,
        )
        return Outcome(CheckStatus.WARN, message, values, detail)
    if not proxied:
        message = msg("Apple traffic from this computer goes direct, without a proxy.")
        return Outcome(CheckStatus.PASS, message, values, detail)
    first = proxied[0]
    message = msg(
        "Apple traffic from this computer goes through the proxy {proxy}, as {how} says. "
        "Apple's push service, which delivers iMessages, needs a direct connection (port "
        "5223, or 443 as a fallback) to Apple's network 17.0.0.0/8; it does not work "
        "through a proxy.",
        proxy=without_password(first.proxy or ""),
        how=HOW[first.how],
    )
    return Outcome(CheckStatus.WARN, message, values, detail)


def _values(
    routes: dict[str, Route], resolver: Resolver | None, configured: str | None
) -> dict[str, JsonValue]:
    settings = resolver.settings if resolver else None
    labels = {host: _shown(route) for host, route in routes.items()}
    distinct = sorted(set(labels.values()))
    return {
        "apple_route": distinct[0] if len(distinct) == 1 else "mixed: " + ", ".join(distinct),
        "routes": dict(labels),
        "uses_proxy": any(r.proxy for r in routes.values()),
        "source": settings.source if settings else "imsync-gui endpoints file",
        "pac_url": without_password(settings.pac_url) if settings and settings.pac_url else None,
        "auto_detect": bool(settings and settings.auto_detect),
        "proxies": {
            k: without_password(v) for k, v in (settings.proxies if settings else {}).items()
        },
        "no_proxy": ", ".join(settings.bypass) if settings and settings.bypass else None,
        "configured_proxy": configured,
        "platform": sys.platform,
    }


def _shown(route: Route) -> str:
    return Route(without_password(route.proxy), route.how).label if route.proxy else route.label


def _detail(routes: dict[str, Route]) -> str:
    return "\n".join(f"{host}: {_shown(r)} ({r.how})" for host, r in routes.items())
