"""Many varied exported reports, as an IT desk would collect them (for tests and benchmarks).

A few real reports are built through the whole pipeline (session, diagnosis, export), each
seen from one of several networks; the files then vary only in when they were made.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from itertools import cycle, islice
from pathlib import Path
from typing import Any

from imsync_gui.export.content import build_report
from imsync_gui.export.json_export import report_to_dict
from imsync_gui.i18n import Msg
from imsync_gui.model.check_result import CheckResult, JsonValue
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CheckId, CheckStatus, DeviceKind
from imsync_gui.model.session import Session
from tests.benchmarks.sessions import T0, household
from tests.report.sessions import quiet_session, troubled_session

APPLE = ["17.253.144.10"]
NETWORKS: dict[str, dict[CheckId, tuple[CheckStatus, dict[str, JsonValue]]]] = {
    "home": {
        CheckId.PROXY: (CheckStatus.PASS, {"uses_proxy": False, "proxies": {}}),
        CheckId.TLS_INTERCEPTION: (CheckStatus.PASS, {"hosts": [{"issuer_org": "Apple Inc."}]}),
        CheckId.DNS: (CheckStatus.PASS, {"hosts": [{"host": "a", "ok": True, "addresses": APPLE}]}),
        CheckId.CAPTIVE_PORTAL: (CheckStatus.PASS, {"http_status": 200, "matched": True}),
        CheckId.PUSH: (CheckStatus.PASS, {}),
    },
    "office": {
        CheckId.PROXY: (CheckStatus.PASS, {"apple_route": "PROXY proxy.corp.example:3128"}),
        CheckId.TLS_INTERCEPTION: (
            CheckStatus.FAIL,
            {"hosts": [{"issuer_org": "Corp Inspect CA admin@corp.example"}]},
        ),
        CheckId.DNS: (CheckStatus.PASS, {"hosts": [{"host": "a", "ok": True, "addresses": ["10.1.2.3"]}]}),
        CheckId.CAPTIVE_PORTAL: (CheckStatus.PASS, {"http_status": 200, "matched": True}),
        CheckId.PUSH: (CheckStatus.FAIL, {}),
        CheckId.CLOCK: (CheckStatus.ERROR, {"failure": "no answer from the time servers"}),
    },
    "hotel": {
        CheckId.PROXY: (CheckStatus.PASS, {"uses_proxy": False, "proxies": {}}),
        CheckId.DNS: (CheckStatus.FAIL, {"hosts": [{"host": "a", "ok": False, "addresses": []}]}),
        CheckId.CAPTIVE_PORTAL: (
            CheckStatus.FAIL, {"http_status": 302, "matched": False, "redirect": "http://login"}
        ),
        CheckId.HTTPS_ICLOUD: (CheckStatus.FAIL, {}),
        CheckId.CLOCK: (CheckStatus.SKIPPED, {}),
    },
}  # fmt: skip


def on_network(session: Session, network: str) -> Session:
    """*session* with its live checks replaced by what *network* shows."""
    session.checks.clear()
    for check_id, (status, values) in NETWORKS[network].items():
        session.record_check(CheckResult(check_id.value, status, Msg("measured"), T0, 0.1, values))
    return session


def templates() -> list[dict[str, Any]]:
    """Real reports (as exported JSON data), varied in causes, devices and networks."""
    sessions = [troubled_session(), quiet_session(), household(2), household(3)]
    old = Session(created_at=T0)
    old.put_device(Device("o", DeviceKind.IPAD, "Old iPad", "12.5", None, (), True))
    sessions.append(old)
    out = []
    for session, network in zip(
        sessions * 2, [*NETWORKS, *NETWORKS, *NETWORKS, "home"], strict=False
    ):
        report = build_report(on_network(session, network), diagnose(session), generated_at=T0)
        out.append(report_to_dict(report))
    return out


STAMP = "@@generated_at@@"


def report_texts(count: int) -> Iterator[bytes]:
    """*count* exported reports as file content, one week apart every 100 reports."""
    texts = [json.dumps({**t, "generated_at": STAMP}, indent=2).encode() for t in templates()]
    for number, text in enumerate(islice(cycle(texts), count)):
        stamp = T0 + timedelta(hours=number * 168 / 100)
        yield text.replace(STAMP.encode(), stamp.isoformat().encode())


def write_reports(folder: Path, count: int) -> list[Path]:
    """Write *count* reports into *folder* (spread over subfolders of 1,000) and list them."""
    paths = []
    for number, text in enumerate(report_texts(count)):
        sub = folder / f"batch-{number // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"report-{number:06d}.json"
        path.write_bytes(text)
        paths.append(path)
    return paths
