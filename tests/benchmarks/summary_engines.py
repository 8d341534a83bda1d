"""Two ways to read a folder of exported reports into the same IT summary tally.

``python``: the shipped reader (``imsync_gui.export.summarize``), one file at a time.
``duckdb``: DuckDB's ``read_json`` picks the same few columns out of every file and the rows
become the same :class:`ReportFacts`. DuckDB reads ``s3://``, ``gs://``, ``az://`` and
``https://`` paths too (with its httpfs extension), which is how reports an MDM tool collects in
object storage would be read: only the path changes, the tally does not.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from imsync_gui.export.summarize.facts import COULD_NOT_RUN, DeviceFact, ReportFacts, signature
from imsync_gui.export.summarize.sources import summarize
from imsync_gui.export.summarize.tally import Tally

COLUMNS = {
    "format": "VARCHAR",
    "generated_at": "VARCHAR",
    "findings": "STRUCT(cause_id VARCHAR, verdict VARCHAR)[]",
    "checks": 'STRUCT(check_id VARCHAR, status VARCHAR, "values" JSON)[]',
    "devices": "STRUCT(kind VARCHAR, os_version VARCHAR)[]",
}
QUERY = """
SELECT generated_at,
       list_filter(findings, lambda f: f.verdict IN ('problem', 'warning'))[1:3] AS top,
       checks, devices
FROM read_json(?, columns = ?, format = 'auto', ignore_errors = true)
WHERE format = 'imsync-gui-report'
"""
BATCH = 2000


def python_engine(folder: str) -> Tally:
    """The shipped reader."""
    return summarize([folder])


def duckdb_facts(pattern: str) -> Iterator[ReportFacts]:
    """Facts of every report matching *pattern* (a glob, local or in object storage)."""
    import duckdb

    connection = duckdb.connect()
    connection.execute("SET enable_progress_bar = false")
    cursor = connection.execute(QUERY, [pattern, COLUMNS])
    while rows := cursor.fetchmany(BATCH):
        for when, top, checks, devices in rows:
            yield _facts(when, top, checks, devices)


def _facts(when: str, top: list[Any], checks: list[Any], devices: list[Any]) -> ReportFacts:
    return ReportFacts(
        when=datetime.fromisoformat(when),
        top_causes=tuple(f["cause_id"] for f in top),
        failing_checks=tuple(c["check_id"] for c in checks if c["status"] == "fail"),
        unrun_checks=tuple(c["check_id"] for c in checks if c["status"] in COULD_NOT_RUN),
        network=signature({c["check_id"]: (c["status"], json.loads(c["values"])) for c in checks}),
        devices=tuple(DeviceFact(d["kind"], d["os_version"]) for d in devices),
    )


def duckdb_engine(folder: str) -> Tally:
    """DuckDB reads the files; the shipped tally adds them up."""
    tally = Tally()
    for facts in duckdb_facts(f"{folder}/**/*.json"):
        tally.add(facts)
    return tally


ENGINES: dict[str, Callable[[str], Tally]] = {"python": python_engine, "duckdb": duckdb_engine}
