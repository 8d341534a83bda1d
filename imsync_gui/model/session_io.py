"""Reading and writing session files: versioned JSON, validated, migrated, written atomically."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from imsync_gui.model.answers import Answer
from imsync_gui.model.atomic import write_text_atomic
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckStatus, DeviceKind
from imsync_gui.model.session import Session

FORMAT: Final = "imsync-gui-session"
VERSION: Final = 2
MAX_BYTES: Final = 20 * 1024 * 1024


class SessionError(Exception):
    """A session file could not be used; the message says why in plain words."""


def load_session(path: Path) -> Session:
    """Read a session file, migrating older formats. Raise SessionError on any problem."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SessionError(f"{path.name} is {size // 1_048_576} MB, too large to be a session.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SessionError(f"There is no file called {path}.") from None
    except IsADirectoryError:
        raise SessionError(f"{path} is a folder, not a session file.") from None
    except PermissionError:
        raise SessionError(f"{path} cannot be opened: permission denied.") from None
    except OSError as exc:
        raise SessionError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    try:
        return session_from_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SessionError(f"{path.name} is not a session file: it is not text.") from None
    except SessionError as exc:
        raise SessionError(f"{path.name}: {exc}") from None


def session_from_text(text: str) -> Session:
    """Parse session JSON text. Raise SessionError naming the problem."""
    if not text.strip():
        raise SessionError("the file is empty.")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionError(
            f"the file is damaged or cut short (not valid JSON at line {exc.lineno}, "
            f"column {exc.colno})."
        ) from None
    except RecursionError:
        raise SessionError("the file is nested too deeply to be a session.") from None
    return session_from_dict(raw)


def session_from_dict(raw: object) -> Session:
    """Build a Session from decoded JSON, migrating and validating it."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SessionError("this is not an imsync-gui session file.")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError("the file does not say which format version it uses.")
    if version > VERSION:
        raise SessionError(
            f"it was saved by a newer imsync-gui (format {version}); this version reads "
            f"formats up to {VERSION}. Please update imsync-gui."
        )
    if version == 1:
        raw = _migrate_v1(raw)
    _validate(raw)
    try:
        return _build(raw)
    except (ValueError, TypeError, OverflowError) as exc:
        raise SessionError(f"it holds a value that makes no sense: {exc}.") from None


def session_to_dict(session: Session) -> dict[str, Any]:
    """The JSON-ready form of a session (current format)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": session.created_at.isoformat(),
        "updated_at": session.updated_at.isoformat(),
        "devices": [
            {
                "id": d.id,
                "kind": d.kind.value,
                "name": d.name,
                "os_version": d.os_version,
                "apple_account": d.apple_account,
                "addresses": list(d.addresses),
                "messages_in_icloud": d.messages_in_icloud,
            }
            for d in session.devices
        ],
        "answers": [
            {
                "question": a.question,
                "device": a.device,
                "value": a.value,
                "recorded_at": a.recorded_at.isoformat(),
                "reference": a.reference.isoformat() if a.reference else None,
            }
            for a in session.answers.values()
        ],
        "checks": [check_to_dict(c) for c in session.checks.values()],
        "done_steps": sorted(session.done_steps),
    }


def check_to_dict(result: CheckResult) -> dict[str, Any]:
    """The JSON-ready form of one check result."""
    return {
        "check_id": result.check_id,
        "status": result.status.value,
        "message": result.message,
        "started_at": result.started_at.isoformat(),
        "duration_s": result.duration_s,
        "values": dict(result.values),
        "detail": result.detail,
    }


def session_to_text(session: Session) -> str:
    """Serialise a session as indented JSON text."""
    return json.dumps(session_to_dict(session), indent=2, ensure_ascii=False) + "\n"


def save_session(session: Session, path: Path) -> None:
    """Write a session atomically: the old file stays intact unless the new one is complete."""
    write_text_atomic(path, session_to_text(session))


@cache
def session_schema() -> dict[str, Any]:
    """The JSON Schema of the current session format."""
    schema_file = resources.files("imsync_gui.model").joinpath("data/session.schema.json")
    schema: dict[str, Any] = json.loads(schema_file.read_text("utf-8"))
    return schema


def _validate(raw: Mapping[str, Any]) -> None:
    import jsonschema  # ~75 ms and ~3 MiB: imported on the first validation, not at start-up

    try:
        jsonschema.validate(raw, session_schema())
    except jsonschema.ValidationError as exc:
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in exc.absolute_path)
        raise SessionError(
            f"the entry {where.lstrip('.') or 'at the top'} is wrong: {exc.message}."
        ) from None
    except RecursionError:
        raise SessionError("the file is nested too deeply to be a session.") from None


def _time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _number(value: float | str) -> float | str:
    if isinstance(value, str):
        return value
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("an answer is not a finite number")
    return number


def _build(raw: Mapping[str, Any]) -> Session:
    devices = [
        Device(
            id=d["id"],
            kind=DeviceKind(d["kind"]),
            name=d["name"],
            os_version=d.get("os_version"),
            apple_account=d.get("apple_account"),
            addresses=tuple(d.get("addresses", ())),
            messages_in_icloud=d.get("messages_in_icloud"),
        )
        for d in raw["devices"]
    ]
    ids = [d.id for d in devices]
    if len(set(ids)) != len(ids):
        raise ValueError("two devices share the same id")
    answers: dict[tuple[str, str | None], Answer] = {}
    for a in raw["answers"]:
        if a.get("device") is not None and a["device"] not in ids:
            raise ValueError(f"an answer refers to a device that is not listed ({a['device']})")
        answer = Answer(
            question=a["question"],
            value=_number(a["value"]),
            recorded_at=_time(a["recorded_at"]),
            device=a.get("device"),
            reference=_time(a["reference"]) if a.get("reference") else None,
        )
        answers[answer.key] = answer
    checks = {
        c["check_id"]: CheckResult(
            check_id=c["check_id"],
            status=CheckStatus(c["status"]),
            message=c["message"],
            started_at=_time(c["started_at"]),
            duration_s=float(c["duration_s"]),
            values=dict(c.get("values", {})),
            detail=c.get("detail", ""),
        )
        for c in raw["checks"]
    }
    return Session(
        devices=devices,
        answers=answers,
        checks=checks,
        done_steps=set(raw["done_steps"]),
        created_at=_time(raw["created_at"]),
        updated_at=_time(raw["updated_at"]),
    )


def _migrate_v1(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Format 1 (the first prototype) kept answers as a {"question@device": value} map,
    called the account "apple_id" and had no per-answer times or Send & Receive addresses."""
    saved_at = raw.get("saved_at")
    answers_v1 = raw.get("answers", {})
    devices_v1 = raw.get("devices", [])
    if not isinstance(saved_at, str) or not isinstance(answers_v1, dict):
        raise SessionError("the old-format (version 1) file is incomplete and cannot be upgraded.")
    if not isinstance(devices_v1, list) or not all(isinstance(d, dict) for d in devices_v1):
        raise SessionError("the old-format (version 1) file has an unreadable device list.")
    devices = []
    for d in devices_v1:
        device = {k: v for k, v in d.items() if k != "apple_id"}
        device["apple_account"] = d.get("apple_id")
        device.setdefault("addresses", [])
        devices.append(device)
    answers = []
    for key, value in answers_v1.items():
        question, _, device_id = str(key).partition("@")
        answers.append(
            {
                "question": question,
                "device": device_id or None,
                "value": value,
                "recorded_at": saved_at,
                "reference": None,
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": saved_at,
        "updated_at": saved_at,
        "devices": devices,
        "answers": answers,
        "checks": raw.get("checks", []),
        "done_steps": [],
    }
