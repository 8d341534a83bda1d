"""Startup: process spawn to the first wizard page painted, the app over a bare QWizard.

Run alone: ``python -m tests.benchmarks.bench_startup [--rounds N]``. The two windows start
alternately in fresh processes (offscreen Qt, a throw-away profile so no resume question
appears); each prints the monotonic clock just after its first page was painted, and when it
was ready (the app sets up all but its welcome page after that paint).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.child_env import ROOT, child_env


@dataclass
class StartupTimings:
    """Seconds to first paint and peak RSS (KiB) at that moment, one entry per round; and
    seconds until the app was ready."""

    app_s: list[float] = field(default_factory=list)
    app_ready_s: list[float] = field(default_factory=list)
    bare_s: list[float] = field(default_factory=list)
    app_rss_kib: list[int] = field(default_factory=list)
    bare_rss_kib: list[int] = field(default_factory=list)


def first_paint(window: str) -> tuple[float, int, float]:
    """Seconds from spawning a process showing *window* (app or bare) to its first paint,
    its peak RSS in KiB then, and seconds from spawning until it was ready."""
    with tempfile.TemporaryDirectory() as home:
        env = child_env(Path(home))
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.first_paint", window],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"{window} window did not start:\n{done.stderr}")
    figures = json.loads(done.stdout.splitlines()[-1])
    return figures["painted"] - start, figures["peak_rss_kib"], figures["ready"] - start


def measure(rounds: int) -> StartupTimings:
    """Alternate the app and the bare wizard *rounds* times (after one warm-up of each)."""
    first_paint("app"), first_paint("bare")  # page cache warm for both
    timings = StartupTimings()
    for _ in range(rounds):
        seconds, rss, ready = first_paint("app")
        timings.app_s.append(seconds)
        timings.app_rss_kib.append(rss)
        timings.app_ready_s.append(ready)
        seconds, rss, _ = first_paint("bare")
        timings.bare_s.append(seconds)
        timings.bare_rss_kib.append(rss)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    t = measure(parser.parse_args().rounds)
    for app, ready, bare in zip(t.app_s, t.app_ready_s, t.bare_s, strict=True):
        print(
            f"app {app * 1000:.0f} ms (ready {ready * 1000:.0f} ms), bare QWizard "
            f"{bare * 1000:.0f} ms, ratio {app / bare:.2f}"
        )


if __name__ == "__main__":
    main()
