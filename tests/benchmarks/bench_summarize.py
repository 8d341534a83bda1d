"""The IT summary over 10,000 generated reports: plain Python against DuckDB's JSON reader.

Run alone: ``python -m tests.benchmarks.bench_summarize``. Each run is a fresh process that
reads a folder of exported reports (written once, then warm in the page cache) and reports its
wall time and peak memory. Plain Python is compared with the same run over 1,000 reports
(time should grow tenfold, memory not at all); DuckDB (``pip install ".[it]"``) reads the same
columns with ``read_json`` and feeds the same tally, so both produce the same summary.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.child_env import child_env
from tests.benchmarks.measure import Figure, table
from tests.export.fleet import write_reports

MANY = 10_000
FEW = 1_000
TARGET_S = 3.0
ENGINES = ("python", "duckdb")

CHILD = """
import json, resource, sys, time
from tests.benchmarks.summary_engines import ENGINES
began = time.perf_counter()
tally = ENGINES[sys.argv[1]](sys.argv[2])
took = time.perf_counter() - began
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": took, "rss_kib": peak, "read": tally.read, "top": tally.top}))
"""


def run_once(engine: str, folder: Path, home: Path) -> dict[str, float]:
    """One fresh process summarizing *folder* with *engine*: seconds and peak RSS (KiB)."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, engine, str(folder)],
        capture_output=True, text=True, check=True, env=child_env(home),
    )  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.splitlines()[-1])
    return result


def duckdb_available() -> bool:
    """True when the optional DuckDB engine is installed."""
    try:
        import duckdb  # noqa: F401
    except ImportError:
        return False
    return True


def measure(rounds: int = 3) -> list[Figure]:
    """Figures for plain Python (time, memory) and, when installed, DuckDB."""
    with tempfile.TemporaryDirectory(prefix="imsync-summary-") as temp:
        folder = Path(temp)
        write_reports(folder / "many", MANY)
        few = folder / "many" / "batch-000"
        home = folder / "home"
        runs: dict[tuple[str, int], list[dict[str, float]]] = {
            (e, n): [] for e in ENGINES for n in (FEW, MANY)
        }
        engines = ENGINES if duckdb_available() else ENGINES[:1]
        for _ in range(rounds):
            for engine in engines:
                runs[engine, FEW].append(run_once(engine, few, home))
                runs[engine, MANY].append(run_once(engine, folder / "many", home))
    py_many = [r["s"] for r in runs["python", MANY]]
    figures = [
        Figure(f"summary: {MANY:,} reports, plain Python", "s", py_many,
               [r["s"] for r in runs["python", FEW]], f"{FEW:,} reports", limit=TARGET_S,
               on_ratio=False),
        Figure(f"summary: peak RSS, {MANY:,} reports, plain Python", "MiB",
               [r["rss_kib"] / 1024 for r in runs["python", MANY]],
               [r["rss_kib"] / 1024 for r in runs["python", FEW]], f"{FEW:,} reports", limit=1.2),
    ]  # fmt: skip
    if runs["duckdb", MANY]:
        figures += [
            Figure(f"summary: {MANY:,} reports, DuckDB read_json", "s",
                   [r["s"] for r in runs["duckdb", MANY]], py_many, "plain Python"),
            Figure(f"summary: peak RSS, {MANY:,} reports, DuckDB", "MiB",
                   [r["rss_kib"] / 1024 for r in runs["duckdb", MANY]],
                   [r["rss_kib"] / 1024 for r in runs["python", MANY]], "plain Python"),
        ]  # fmt: skip
    return figures


if __name__ == "__main__":
    print(table(measure()))
