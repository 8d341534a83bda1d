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

from imsync_gui.i18n import _, message_from_json
from imsync_gui.model import strict_json
from imsync_gui.model.answers import Answer
from imsync_gui.model.atomic import write_text_atomic
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, CheckStatus, Confidence, DeviceKind, Verdict
from imsync_gui.model.history import CauseState, Round, UnreadableRound
from imsync_gui.model.quoting import QUOTE_CHARS, quoted
from imsync_gui.model.session import Session
from imsync_gui.model.strict_json import NotPlainJson

FORMAT: Final = "imsync-gui-session"
VERSION: Final = 3
MAX_BYTES: Final = 20 * 1024 * 1024
MAX_DEPTH: Final = 12
"""Levels of nesting a session may have (a check value holds at most a list of small objects)."""
EARLIEST: Final = datetime(1990, 1, 1, tzinfo=UTC)
LATEST: Final = datetime(2200, 1, 1, tzinfo=UTC)
"""Times outside these bounds are typing errors or tampering, never when a session happened."""


class SessionError(Exception):
    """A session file could not be used; the message says why in plain words."""


class NewerFormatError(SessionError):
    """The file was written by a newer imsync-gui, in a format this version does not know."""


def load_session(path: Path) -> Session:
    """Read a session file, migrating older formats. Raise SessionError on any problem."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SessionError(
                _(
                    "{file} is {size} MB, too large to be a session.",
                    file=path.name,
                    size=size // 1_048_576,
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise SessionError(_("There is no file called {path}.", path=str(path))) from None
    except IsADirectoryError:
        raise SessionError(_("{path} is a folder, not a session file.", path=str(path))) from None
    except PermissionError:
        raise SessionError(
            _("{path} cannot be opened: permission denied.", path=str(path))
        ) from None
    except OSError as exc:
        raise SessionError(
            _("{path} cannot be read: {reason}.", path=str(path), reason=exc.strerror or str(exc))
        ) from None
    try:
        return session_from_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SessionError(
            _(
                "{file} is not a session file. It is not UTF-8 text, the encoding sessions use.",
                file=path.name,
            )
        ) from None
    except SessionError as exc:
        raise type(exc)(
            _("{file}: {problem}", file=path.name, problem=str(exc))
        ) from None  # a newer format stays recognisable


def session_from_text(text: str) -> Session:
    """Parse session JSON text. Raise SessionError naming the problem."""
    if not text.strip():
        raise SessionError(_("the file is empty."))
    try:
        raw = strict_json.loads(text)
    except NotPlainJson as exc:
        raise SessionError(_("it holds {value}.", value=str(exc))) from None
    except json.JSONDecodeError as exc:
        raise SessionError(
            _(
                "the file is damaged or cut short (not valid JSON at line {line}, column {column}).",
                line=exc.lineno,
                column=exc.colno,
            )
        ) from None
    except RecursionError:
        raise SessionError(_("the file is nested too deeply to be a session.")) from None
    return session_from_dict(raw)


def _check_shape(raw: object) -> None:
    """Refuse nesting deeper than MAX_DEPTH and numbers that are not finite, anywhere in *raw*.

    Walks without recursing, so any depth is safe."""
    pending = [(raw, 1)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise SessionError(
                _("it holds {value}, which is not a number a session can hold.", value=item)
            )
        if not isinstance(item, dict | list):
            continue
        if level > MAX_DEPTH:
            raise SessionError(
                _(
                    "it nests values more than {depth} levels deep, more than a session holds.",
                    depth=MAX_DEPTH,
                )
            )
        children = item.values() if isinstance(item, dict) else item
        pending.extend((child, level + 1) for child in children)


def session_from_dict(raw: object) -> Session:
    """Build a Session from decoded JSON, migrating and validating it."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SessionError(_("this is not an imsync-gui session file."))
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(_("the file does not say which format version it uses."))
    if version > VERSION:
        raise NewerFormatError(
            _(
                "it was saved by a newer imsync-gui (format {version}); this version reads "
                "formats up to {known}. Please update imsync-gui.",
                version=version,
                known=VERSION,
            )
        )
    _check_shape(raw)
    if version == 1:
        raw = _migrate_v1(raw)
    if raw["version"] == 2:
        raw = _migrate_v2(raw)
    _validate(raw)
    try:
        session = _build(raw)
    except (ValueError, TypeError, OverflowError) as exc:
        raise SessionError(
            _("it holds a value that makes no sense: {problem}.", problem=str(exc))
        ) from None
    session.rounds, session.unreadable_rounds = _rounds(raw.get("rounds", []))
    return session


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
                **({"os_version_source": d.os_version_source} if d.os_version_source else {}),
                **({"this_computer": d.this_computer} if d.this_computer is not None else {}),
            }
            for d in session.devices
        ],
        "answers": [_answer_to_dict(a) for a in session.answers.values()],
        "checks": [check_to_dict(c) for c in session.checks.values()],
        "done_steps": sorted(session.done_steps),
        "steps_done_at": {
            fix: at.isoformat()
            for fix, at in sorted(session.step_done_at.items())
            if fix in session.done_steps
        },
        "round_started_at": session.round_start.isoformat(),
        "rounds": _rounds_to_list(session),
    }


def _answer_to_dict(answer: Answer) -> dict[str, Any]:
    return {
        "question": answer.question,
        "device": answer.device,
        "value": answer.value,
        "recorded_at": answer.recorded_at.isoformat(),
        "reference": answer.reference.isoformat() if answer.reference else None,
        **({"source": answer.source} if answer.source else {}),
    }


def round_to_dict(past: Round) -> dict[str, Any]:
    """The JSON-ready form of one closed round (answers and checks only when not compacted)."""
    data: dict[str, Any] = {
        "number": past.number,
        "started_at": past.started_at.isoformat(),
        "ended_at": past.ended_at.isoformat(),
        "causes": [
            {
                "cause": c.cause.value,
                "verdict": c.verdict.value,
                "confidence": c.confidence.name.lower(),
                "probability": c.probability,
                "band": c.band,
            }
            for c in past.causes
        ],
        "done_steps": [
            {"fix": fix, "done_at": at.isoformat()} for fix, at in past.done_steps.items()
        ],
    }
    if past.answers is not None:
        data["answers"] = [_answer_to_dict(a) for a in past.answers.values()]
    if past.checks is not None:
        data["checks"] = [check_to_dict(c) for c in past.checks.values()]
    return data


def _rounds_to_list(session: Session) -> list[Any]:
    """Readable rounds in order, with unreadable entries put back where they were."""
    entries: list[Any] = [round_to_dict(r) for r in session.rounds]
    for bad in sorted(session.unreadable_rounds, key=lambda b: b.position):
        entries.insert(min(bad.position - 1, len(entries)), bad.raw)
    return entries


def check_to_dict(result: CheckResult) -> dict[str, Any]:
    """The JSON-ready form of one check result."""
    return {
        "check_id": result.check_id,
        "status": result.status.value,
        "message": result.message.to_json(),
        "started_at": result.started_at.isoformat(),
        "duration_s": result.duration_s,
        "values": dict(result.values),
        "detail": result.detail,
    }


def session_to_text(session: Session) -> str:
    """Serialise a session as indented JSON text (strict JSON: no NaN or Infinity)."""
    text = json.dumps(session_to_dict(session), indent=2, ensure_ascii=False, allow_nan=False)
    return text + "\n"


def save_session(session: Session, path: Path) -> None:
    """Write a session atomically: the old file stays intact unless the new one is complete."""
    write_text_atomic(path, session_to_text(session))


@cache
def session_schema() -> dict[str, Any]:
    """The JSON Schema of the current session format."""
    schema_file = resources.files("imsync_gui.model").joinpath("data/session.schema.json")
    schema: dict[str, Any] = json.loads(schema_file.read_text("utf-8"))
    return schema


def _validate(raw: Mapping[str, Any], definition: str | None = None) -> None:
    """Check *raw* against the session schema, or against one of its ``$defs``."""
    import jsonschema  # ~75 ms and ~3 MiB: imported on the first validation, not at start-up
    from jsonschema.exceptions import best_match

    schema = session_schema()
    if definition is not None:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(schema)
    error = best_match(validator.iter_errors(raw))
    if error is not None:
        raise SessionError(_schema_problem(error))


def _schema_problem(error: Any) -> str:
    """One short sentence naming the entry and what is wrong, quoting at most a little of it."""
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    entry = f"the entry {where.lstrip('.') or 'at the top'}"
    limit, value = error.validator_value, error.instance
    if error.validator == "maxLength":
        return f"{entry} is too long: {len(value)} characters, at most {limit}."
    if error.validator in ("maxItems", "maxProperties"):
        return f"{entry} has too many entries: {len(value)}, at most {limit}."
    return f"{entry} is wrong: {quoted(error.message, 2 * QUOTE_CHARS)}."


def _time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    if not EARLIEST <= value <= LATEST:
        raise ValueError(f"the time {text} is not between {EARLIEST.year} and {LATEST.year}")
    return value


def _number(value: float | str) -> float | str:
    return value if isinstance(value, str) else float(value)


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
            os_version_source=d.get("os_version_source"),
            this_computer=d.get("this_computer"),
        )
        for d in raw["devices"]
    ]
    ids = [d.id for d in devices]
    if len(set(ids)) != len(ids):
        raise ValueError("two devices share the same id")
    if sum(bool(d.this_computer) for d in devices) > 1:
        raise ValueError("two devices are both marked as the computer in use")
    for a in raw["answers"]:
        if a.get("device") is not None and a["device"] not in ids:
            raise ValueError(f"an answer refers to a device that is not listed ({a['device']})")
    return Session(
        devices=devices,
        answers=_answers(raw["answers"]),
        checks=_checks(raw["checks"]),
        done_steps=set(raw["done_steps"]),
        created_at=_time(raw["created_at"]),
        updated_at=_time(raw["updated_at"]),
        step_done_at={
            fix: _time(at)
            for fix, at in raw.get("steps_done_at", {}).items()
            if fix in raw["done_steps"]
        },
        round_started_at=_time(raw["round_started_at"]) if "round_started_at" in raw else None,
    )


def _answers(entries: list[Mapping[str, Any]]) -> dict[tuple[str, str | None], Answer]:
    answers: dict[tuple[str, str | None], Answer] = {}
    for a in entries:
        answer = Answer(
            question=a["question"],
            value=_number(a["value"]),
            recorded_at=_time(a["recorded_at"]),
            device=a.get("device"),
            reference=_time(a["reference"]) if a.get("reference") else None,
            source=a.get("source"),
        )
        answers[answer.key] = answer
    return answers


def _checks(entries: list[Mapping[str, Any]]) -> dict[str, CheckResult]:
    return {
        c["check_id"]: CheckResult(
            check_id=c["check_id"],
            status=CheckStatus(c["status"]),
            message=message_from_json(c["message"]),
            started_at=_time(c["started_at"]),
            duration_s=float(c["duration_s"]),
            values=dict(c.get("values", {})),
            detail=c.get("detail", ""),
        )
        for c in entries
    }


def _rounds(entries: list[Any]) -> tuple[list[Round], list[UnreadableRound]]:
    """The readable history entries, and the others with the reason each was left out."""
    readable: list[Round] = []
    unreadable: list[UnreadableRound] = []
    for position, entry in enumerate(entries, 1):
        try:
            _validate(entry, "round")
            readable.append(_round(entry))
        except SessionError as exc:
            unreadable.append(UnreadableRound(position, entry, str(exc)))
        except (ValueError, TypeError, OverflowError, KeyError) as exc:
            reason = f"it holds a value that makes no sense: {exc}."
            unreadable.append(UnreadableRound(position, entry, reason))
    return readable, unreadable


def _round(raw: Mapping[str, Any]) -> Round:
    return Round(
        number=int(raw["number"]),
        started_at=_time(raw["started_at"]),
        ended_at=_time(raw["ended_at"]),
        causes=tuple(
            CauseState(
                cause=CauseId(c["cause"]),
                verdict=Verdict(c["verdict"]),
                confidence=Confidence[c["confidence"].upper()],
                probability=c.get("probability"),
                band=c.get("band"),
            )
            for c in raw["causes"]
        ),
        done_steps={s["fix"]: _time(s["done_at"]) for s in raw["done_steps"]},
        answers=_answers(raw["answers"]) if "answers" in raw else None,
        checks=_checks(raw["checks"]) if "checks" in raw else None,
    )


def _migrate_v1(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Format 1 (the first prototype) kept answers as a {"question@device": value} map,
    called the account "apple_id" and had no per-answer times or Send & Receive addresses."""
    saved_at = raw.get("saved_at")
    answers_v1 = raw.get("answers", {})
    devices_v1 = raw.get("devices", [])
    if not isinstance(saved_at, str) or not isinstance(answers_v1, dict):
        raise SessionError(
            _("the old-format (version 1) file is incomplete and cannot be upgraded.")
        )
    if not isinstance(devices_v1, list) or not all(isinstance(d, dict) for d in devices_v1):
        raise SessionError(_("the old-format (version 1) file has an unreadable device list."))
    devices = []
    for d in devices_v1:
        device = {k: v for k, v in d.items() if k != "apple_id"}
        device["apple_account"] = d.get("apple_id")
        device.setdefault("addresses", [])
        devices.append(device)
    answers = []
    for key, value in answers_v1.items():
        question, _at, device_id = str(key).partition("@")
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
        "version": 2,
        "created_at": saved_at,
        "updated_at": saved_at,
        "devices": devices,
        "answers": answers,
        "checks": raw.get("checks", []),
        "done_steps": [],
    }


def _migrate_v2(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Format 2 had no history: the whole file is the first round, still in progress, and its
    ticked steps have no recorded time."""
    return {**raw, "version": VERSION, "rounds": []}
