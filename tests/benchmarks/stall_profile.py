"""Where the UI thread's time goes during a full run: the longest gaps between heartbeats.

``python -m tests.benchmarks.stall_profile [--top N]`` runs the full-run scenario once (as
``bench_full_run`` does, against the same delayed loopback servers) with a profiler that is
restarted at every beat of the 1 ms heartbeat; it prints what ran in the N longest gaps.
Profiling slows everything down about twofold: read the shares, not the milliseconds.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pickle
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

from tests.benchmarks.bench_checks import DELAY_S, servers
from tests.benchmarks.child_env import ROOT, child_env

LINES = 30


def child(config_file: str, out: str, delay: str, top: int, report: str) -> None:
    """Run the full scenario with the profiled heartbeat; write the longest gaps to *report*."""
    from tests.benchmarks import full_run

    longest: list[tuple[float, str]] = []

    class ProfiledHeartbeat(full_run.Heartbeat):
        def __init__(self) -> None:
            super().__init__()
            self._profile: cProfile.Profile | None = None
            self._last = 0.0
            self._timer.timeout.connect(self._rotate)

        def _rotate(self) -> None:
            beat = time.perf_counter()
            if self._profile is not None:
                self._profile.disable()
                gap = beat - self._last
                if len(longest) < top or gap > longest[-1][0]:
                    text = io.StringIO()
                    stats = pstats.Stats(self._profile, stream=text)
                    stats.sort_stats("cumulative").print_stats(LINES)
                    longest.append((gap, text.getvalue()))
                    longest.sort(key=lambda x: -x[0])
                    del longest[top:]
            self._profile = cProfile.Profile()
            self._last = time.perf_counter()
            self._profile.enable()

        def stop(self) -> float:
            if self._profile is not None:
                self._profile.disable()
                self._profile = None
            return super().stop()

    with mock.patch.object(full_run, "Heartbeat", ProfiledHeartbeat):
        sys.argv = ["full_run", config_file, out, delay]
        full_run.main()
    Path(report).write_text(
        "\n".join(f"==== gap of {gap * 1000:.1f} ms\n{text}" for gap, text in longest)
    )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5], int(sys.argv[5]), sys.argv[6])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=5)
    top = parser.parse_args().top
    with tempfile.TemporaryDirectory() as folder, servers("delayed", folder) as config:
        config_file = Path(folder) / "endpoints.pickle"
        config_file.write_bytes(pickle.dumps(config))
        home = Path(folder) / "home"
        home.mkdir()
        report = Path(folder) / "report.txt"
        done = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.stall_profile", "--child", str(config_file),
             str(home), str(DELAY_S), str(top), str(report)],
            env=child_env(home), cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"the run failed ({done.returncode}):\n{done.stderr}")
        print(done.stdout.splitlines()[-1])
        print(report.read_text())


if __name__ == "__main__":
    main()
