"""Read the labelled household scenarios (format in README.md) into sessions."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer, AnswerValue
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, CheckStatus, DeviceKind
from imsync_gui.model.session import Session

HERE = Path(__file__).parent
RECORDED_AT = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Scenario:
    """One labelled household: its session and what a good diagnosis says about it."""

    name: str
    title: str
    session: Session
    expected_top: frozenset[CauseId]
    must_not_be_fine: frozenset[CauseId]


def main_set() -> list[Scenario]:
    """The scenarios used while developing the rules."""
    return _load_dir(HERE)


def heldout_set() -> list[Scenario]:
    """The held-out scenarios: scored, never used for tuning."""
    return _load_dir(HERE / "heldout")


def blind_set() -> list[Scenario]:
    """The blind scenarios: written by an author who had not seen the weights or rules.

    Scored once by the lead, never tuned on, and kept out of every pass/fail test.
    """
    return _load_dir(HERE / "blind")


def _load_dir(folder: Path) -> list[Scenario]:
    return [load(path) for path in sorted(folder.glob("*.toml"))]


def load(path: Path) -> Scenario:
    """One scenario file."""
    data = tomllib.loads(path.read_text("utf-8"))
    devices = [_device(d) for d in data["devices"]]
    session = Session(devices=devices, created_at=RECORDED_AT, updated_at=RECORDED_AT)
    known = {d.id for d in devices}
    for key, raw in data.get("answers", {}).items():
        question, _, device = key.partition("@")
        if device and device not in known:
            raise ValueError(f"{path.name}: answer {key} names an unknown device")
        session.set_answer(_answer(question, device or None, raw))
    for check_id, raw in data.get("checks", {}).items():
        session.record_check(_check(check_id, raw))
    return Scenario(
        name=path.stem,
        title=data["title"],
        session=session,
        expected_top=frozenset(CauseId(c) for c in data["expected_top"]),
        must_not_be_fine=frozenset(CauseId(c) for c in data.get("must_not_be_fine", [])),
    )


def _device(raw: dict[str, Any]) -> Device:
    return Device(
        id=raw["id"],
        kind=DeviceKind(raw["kind"]),
        name=raw.get("name", ""),
        os_version=raw.get("os_version"),
        apple_account=raw.get("apple_account"),
        addresses=tuple(raw.get("addresses", ())),
        messages_in_icloud=raw.get("messages_in_icloud"),
    )


def _answer(question: str, device: str | None, raw: Any) -> Answer:
    reference = None
    if isinstance(raw, dict):
        reference = datetime.fromisoformat(raw["reference"])
        raw = raw["value"]
    value: AnswerValue = float(raw) if isinstance(raw, int | float) else str(raw)
    return Answer(question, value, RECORDED_AT, device, reference)


def _check(check_id: str, raw: Any) -> CheckResult:
    fields = {"status": raw} if isinstance(raw, str) else dict(raw)
    status = CheckStatus(fields.pop("status"))
    message = fields.pop("message", f"{check_id.replace('_', ' ')}: {status.value}")
    return CheckResult(check_id, status, Msg(message), RECORDED_AT, 0.2, fields)
