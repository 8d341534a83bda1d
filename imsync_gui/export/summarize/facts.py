"""The few facts the IT summary needs from one report or session, and the reasons a file is skipped.

A file becomes a :class:`ReportFacts` and is then dropped, so memory does not grow with the
number of files. Network details are masked as exports are: e-mail addresses and anything
shaped like a phone number never reach the summary.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from imsync_gui.export.json_export import FORMAT as REPORT_FORMAT
from imsync_gui.export.json_export import VERSION as REPORT_VERSION
from imsync_gui.export.privacy import mask_text
from imsync_gui.i18n import _
from imsync_gui.model import strict_json
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CheckId
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import FORMAT as SESSION_FORMAT
from imsync_gui.model.session_io import MAX_BYTES, SessionError, session_from_dict

TOP = 3
"""How many causes count as "in the top three"."""
NEEDS_ACTION = ("problem", "warning")
COULD_NOT_RUN = ("error", "skipped")
"""Check statuses that mean the check could not run (often a firewall dropping its traffic)."""


class Unreadable(Exception):
    """A file the summary skips; the message says why in a few plain words."""


@dataclass(frozen=True, slots=True)
class Signature:
    """How the network looked from the computer that ran the checks (masked)."""

    proxy: str
    tls_issuer: str
    dns: str
    captive_portal: str


@dataclass(frozen=True, slots=True)
class DeviceFact:
    """One listed device: its kind (iphone, ipad, mac) and software version, if said."""

    kind: str
    os_version: str | None


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """What one report or session contributes to the summary."""

    when: datetime
    top_causes: tuple[str, ...]
    """Cause ids that need action, most likely first, at most :data:`TOP`."""
    failing_checks: tuple[str, ...]
    unrun_checks: tuple[str, ...]
    """Checks that could not run (status error or skipped)."""
    network: Signature | None
    """None when no live check was run."""
    devices: tuple[DeviceFact, ...]


def read_facts(path: Path) -> ReportFacts:
    """The facts of the report or session file at *path*; raise Unreadable saying why not."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise Unreadable(_("too large to be a report or a session"))
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable(_("cannot be read: {reason}", reason=exc.strerror or str(exc))) from None
    return facts_from_bytes(data)


def facts_from_bytes(data: bytes) -> ReportFacts:
    """The facts of a file's content; raise Unreadable saying why not."""
    if not data.strip():
        raise Unreadable(_("the file is empty"))
    try:
        raw = strict_json.loads(data)
    except UnicodeDecodeError:
        raise Unreadable(_("not a text file")) from None
    except ValueError:  # not JSON, or NaN, Infinity or a number too long (NotPlainJson)
        raise Unreadable(_("not JSON, or cut short")) from None
    except RecursionError:
        raise Unreadable(_("nested too deeply")) from None
    return facts_from_data(raw)


def facts_from_data(raw: object) -> ReportFacts:
    """The facts of decoded JSON: an exported report or a session file."""
    if not isinstance(raw, dict):
        raise Unreadable(_("not an imsync-gui report or session"))
    kind, version = raw.get("format"), raw.get("version")
    if kind == REPORT_FORMAT:
        if isinstance(version, int) and version > REPORT_VERSION:
            raise Unreadable(_("a report from a newer imsync-gui (format {v})", v=version))
        try:
            return _report_facts(raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise Unreadable(_("an incomplete or damaged report")) from None
    if kind == SESSION_FORMAT:
        try:
            session = session_from_dict(raw)
        except SessionError as exc:
            raise Unreadable(str(exc).rstrip(".")) from None
        return session_facts(session)
    raise Unreadable(_("not an imsync-gui report or session"))


def _report_facts(raw: Mapping[str, Any]) -> ReportFacts:
    ranked = [f["cause_id"] for f in raw["findings"] if f["verdict"] in NEEDS_ACTION]
    checks = raw["checks"]
    return ReportFacts(
        when=datetime.fromisoformat(raw["generated_at"]),
        top_causes=tuple(str(c) for c in ranked[:TOP]),
        failing_checks=tuple(str(c["check_id"]) for c in checks if c["status"] == "fail"),
        unrun_checks=tuple(str(c["check_id"]) for c in checks if c["status"] in COULD_NOT_RUN),
        network=signature({c["check_id"]: (c["status"], c["values"]) for c in checks}),
        devices=tuple(DeviceFact(str(d["kind"]), d["os_version"]) for d in raw["devices"]),
    )


def session_facts(session: Session) -> ReportFacts:
    """The facts of a loaded session, diagnosed the way the report would be."""
    findings = diagnose(session).findings
    ranked = [f.cause.value for f in findings if f.needs_action]
    checks = session.checks.values()
    return ReportFacts(
        when=session.updated_at,
        top_causes=tuple(ranked[:TOP]),
        failing_checks=tuple(c.check_id for c in checks if c.status.value == "fail"),
        unrun_checks=tuple(c.check_id for c in checks if c.status.value in COULD_NOT_RUN),
        network=signature({c.check_id: (c.status.value, c.values) for c in checks}),
        devices=tuple(DeviceFact(d.kind.value, d.os_version) for d in session.devices),
    )


def signature(checks: Mapping[str, tuple[str, Mapping[str, Any]]]) -> Signature | None:
    """The network signature from check results keyed by check id: (status, values)."""
    if not checks:
        return None
    return Signature(
        proxy=_proxy(checks.get(CheckId.PROXY.value)),
        tls_issuer=_issuer(checks.get(CheckId.TLS_INTERCEPTION.value)),
        dns=_dns(checks.get(CheckId.DNS.value)),
        captive_portal=_captive(checks.get(CheckId.CAPTIVE_PORTAL.value)),
    )


def _masked(text: str) -> str:
    return mask_text(text)


def _proxy(check: tuple[str, Mapping[str, Any]] | None) -> str:
    if check is None:
        return _("not checked")
    values = check[1]
    route = values.get("apple_route")
    if isinstance(route, str):
        return _masked(route)
    proxies = values.get("proxies") or {}
    if isinstance(proxies, Mapping) and proxies:
        return _masked(" ".join(sorted({str(v) for v in proxies.values()})))
    return _("direct") if values.get("uses_proxy") is False else _("unknown")


def _issuer(check: tuple[str, Mapping[str, Any]] | None) -> str:
    if check is None:
        return _("not checked")
    rows = check[1].get("hosts") or []
    names = {
        str(row.get("issuer_org") or row.get("issuer"))
        for row in rows
        if isinstance(row, Mapping) and (row.get("issuer_org") or row.get("issuer"))
    }
    return _masked(", ".join(sorted(names))) if names else _("none seen")


def _dns(check: tuple[str, Mapping[str, Any]] | None) -> str:
    if check is None:
        return _("not checked")
    rows = [r for r in check[1].get("hosts") or [] if isinstance(r, Mapping)]
    if not rows:
        return _("no answer")
    kinds = sorted({_answer_kind(r) for r in rows})
    return ", ".join(kinds)


def _answer_kind(row: Mapping[str, Any]) -> str:
    if not row.get("ok"):
        return _("no answer")
    addresses = list(_addresses(row.get("addresses")))
    if not addresses:
        return _("no answer")
    if any(a.is_unspecified or a.is_loopback for a in addresses):
        return _("blocked (0.0.0.0 or loopback)")
    if any(a.is_private for a in addresses):
        return _("private addresses")
    if all(a in APPLE_V4 for a in addresses if a.version == 4):
        return _("Apple addresses")
    return _("public addresses")


APPLE_V4 = ipaddress.ip_network("17.0.0.0/8")
"""Apple's own IPv4 block; Apple hosts on content networks answer from other public ranges."""


def _addresses(value: object) -> Iterable[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    items = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    for item in items:
        try:
            yield ipaddress.ip_address(str(item).split("%")[0])
        except ValueError:
            continue


def _captive(check: tuple[str, Mapping[str, Any]] | None) -> str:
    if check is None:
        return _("not checked")
    status, values = check
    if status == "pass":
        return _("none")
    if values.get("redirect") or 300 <= int(values.get("http_status") or 0) < 400:
        return _("sign-in page")
    if values.get("failure"):
        return _("test page unreachable")
    return _("page changed on the way")
