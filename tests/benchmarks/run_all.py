"""Run every benchmark, print one table of ratios to same-run baselines, and write JSON.

``python -m tests.benchmarks [--json PATH] [--quick]`` from the repository root (about 110 s
on two cores; ``--quick`` uses fewer rounds, about 30 s). Every figure is a median over
several runs; the spread column is (max - min) / median of the per-run ratios. All network
traffic goes to servers on 127.0.0.1 started here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import (
    answers_to_plan,
    bench_checks,
    bench_diagnosis,
    bench_full_run,
    bench_startup,
    bench_summarize,
)
from tests.benchmarks.bench_export import full_pdf_rounds
from tests.benchmarks.full_run import SUITES
from tests.benchmarks.measure import Figure, table

DEFAULT_JSON = Path("/tmp/imsync-gui-benchmarks.json")
STALL_TARGET_S = 0.016
PDF_TARGET_S = 0.5


def startup_and_memory(rounds: int, full_rounds: int) -> list[Figure]:
    """Startup (app vs bare QWizard), responsiveness and memory of full runs."""
    start = bench_startup.measure(rounds)
    full = bench_full_run.measure(full_rounds)
    later = [max(d[f"suite_{n}_gap_s"] for n in range(2, SUITES + 1)) for d in full.details]
    bare_mib = [k / 1024 for k in start.bare_rss_kib]
    return [
        Figure("startup: spawn to first page painted", "s", start.app_s, start.bare_s,
               "bare QWizard", limit=1.3),
        Figure("startup: spawn to everything set up", "s", start.app_ready_s, start.bare_s,
               "bare QWizard"),
        Figure("responsiveness: longest event-loop stall", "s", full.busy_gap_s, full.idle_gap_s,
               "idle window", limit=STALL_TARGET_S, on_ratio=False),
        Figure("responsiveness: same, 2nd and 3rd suite", "s", later, full.idle_gap_s,
               "idle window"),
        Figure("responsiveness: choosing the next question", "s",
               [d["next_question_gap_s"] for d in full.details], full.idle_gap_s, "idle window",
               limit=STALL_TARGET_S, on_ratio=False),
        Figure("memory: peak RSS of a full run", "MiB", [k / 1024 for k in full.peak_rss_kib],
               [statistics.median(bare_mib)] * len(full.peak_rss_kib), "bare QWizard", limit=1.3),
        Figure("memory: peak RSS at first paint", "MiB", [k / 1024 for k in start.app_rss_kib],
               bare_mib, "bare QWizard"),
    ]  # fmt: skip


def checks(rounds: int) -> list[Figure]:
    """The check suite on delayed and on silent loopback endpoints."""
    t = bench_checks.measure(rounds, report=lambda line: None)
    deadline = [t.deadline_s] * len(t.silent_suite)
    return [
        Figure("checks: suite, 12 endpoints delayed 300 ms", "s", t.suite, t.slowest_single,
               "slowest check alone", limit=1.2),
        Figure("checks: same suite", "s", t.suite, t.one_by_one, "all one by one"),
        Figure("checks: suite, every endpoint silent", "s", t.silent_suite, deadline,
               "deadline", limit=1.05),
    ]  # fmt: skip


def export(rounds: int) -> list[Figure]:
    """The nine-cause plan as PDF, warm, against the same document without illustrations."""
    with_art, without_art = full_pdf_rounds(rounds)
    return [
        Figure("export: full plan as PDF, warm", "s", with_art, without_art,
               "without illustrations", limit=PDF_TARGET_S, on_ratio=False)
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"default {DEFAULT_JSON}")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a rough look)")
    args = parser.parse_args()
    scale = 1 if args.quick else 3
    began = time.monotonic()
    figures: list[Figure] = []
    sections: list[tuple[str, Callable[[], list[Figure]]]] = [
        ("startup, responsiveness, memory", lambda: startup_and_memory(3 * scale, 2 * scale - 1)),
        ("checks", lambda: checks(2 * scale - 1)),
        ("diagnosis", bench_diagnosis.measure),
        ("export", lambda: export(4 * scale)),
        ("IT summary of 10,000 reports", lambda: bench_summarize.measure(scale)),
    ]
    for section, run in sections:
        print(f"running: {section} ...", flush=True)
        figures += run()
    print("running: answers to plan ...", flush=True)
    path = answers_to_plan.measure()
    print()
    print(table(figures))
    print()
    print(answers_to_plan.table(path))
    took = time.monotonic() - began
    print(f"\n{len(figures)} figures in {took:.0f} s; JSON written to {args.json}")
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
        },
        "seconds": took,
        "figures": [f.as_dict() for f in figures],
        "answers_to_plan": answers_to_plan.as_json(path),
    }
    args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
