"""Responsiveness and memory: full runs of the real app against delayed loopback servers.

Run alone: ``python -m tests.benchmarks.bench_full_run [--rounds N]``. Each round starts a
fresh app process (``full_run.py``); the servers run in another process (from
``bench_checks``), so neither their memory nor their threads count against the app.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.bench_checks import DELAY_S, servers
from tests.benchmarks.child_env import ROOT, child_env


@dataclass
class FullRuns:
    """One entry per round: heartbeat gaps (s) idle and busy, peak RSS (KiB), and the rest."""

    idle_gap_s: list[float] = field(default_factory=list)
    busy_gap_s: list[float] = field(default_factory=list)
    peak_rss_kib: list[int] = field(default_factory=list)
    details: list[dict[str, float]] = field(default_factory=list)


def measure(rounds: int) -> FullRuns:
    """Run the app's full scenario *rounds* times against one set of loopback servers."""
    runs = FullRuns()
    with tempfile.TemporaryDirectory() as folder, servers("delayed", folder) as config:
        config_file = Path(folder) / "endpoints.pickle"
        config_file.write_bytes(pickle.dumps(config))
        for number in range(rounds):
            home = Path(folder) / f"home{number}"
            home.mkdir()
            done = subprocess.run(
                [sys.executable, "-m", "tests.benchmarks.full_run", str(config_file), str(home), str(DELAY_S)],
                env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=150, check=False,
            )  # fmt: skip
            if done.returncode != 0 or not done.stdout.strip():
                raise SystemExit(f"the full run failed ({done.returncode}):\n{done.stderr}")
            figures = json.loads(done.stdout.splitlines()[-1])
            runs.idle_gap_s.append(figures["idle_gap_s"])
            runs.busy_gap_s.append(figures["busy_gap_s"])
            runs.peak_rss_kib.append(figures["peak_rss_kib"])
            runs.details.append(figures)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    for figures in measure(parser.parse_args().rounds).details:
        print(figures)


if __name__ == "__main__":
    main()
