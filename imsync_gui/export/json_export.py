"""The fix plan as JSON for IT tools, described by ``report.schema.json`` beside this module."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any, Final

from imsync_gui.export.content import ReportContent

FORMAT: Final = "imsync-gui-report"
VERSION: Final = 2
SCHEMA_FILE: Final = "report.schema.json"


def report_to_dict(report: ReportContent) -> dict[str, Any]:
    """The report as JSON-ready data (times as ISO 8601 with offset)."""
    data = _jsonable(asdict(report))
    assert isinstance(data, dict)
    return {"format": FORMAT, "version": VERSION, **data}


def report_to_json(report: ReportContent) -> str:
    """The report as indented JSON text, keys in a stable order."""
    text = json.dumps(report_to_dict(report), indent=2, ensure_ascii=False, allow_nan=False)
    return text + "\n"


@cache
def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every exported report satisfies."""
    text = resources.files("imsync_gui.export").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _jsonable(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
