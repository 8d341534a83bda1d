"""Figures as ratios to a baseline measured in the same run, and the table that shows them."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass
class Figure:
    """One benchmark figure: medians over runs, the ratio to its baseline, and its target.

    ``ratios`` are per-run (paired) ratios; ``ratio`` is their median. ``limit`` applies to the
    ratio when ``on_ratio`` is true, else to the measured value (in ``unit``); None: no target.
    """

    name: str
    unit: str
    measured_runs: list[float]
    baseline_runs: list[float]
    baseline_name: str
    limit: float | None = None
    on_ratio: bool = True
    ratios: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.ratios:
            self.ratios = [
                m / b for m, b in zip(self.measured_runs, self.baseline_runs, strict=True)
            ]

    @property
    def measured(self) -> float:
        return statistics.median(self.measured_runs)

    @property
    def baseline(self) -> float:
        return statistics.median(self.baseline_runs)

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def target(self) -> str:
        if self.limit is None:
            return "-"
        return f"x <= {self.limit:g}" if self.on_ratio else f"<= {_cell(self.limit, self.unit)}"

    @property
    def passed(self) -> bool | None:
        if self.limit is None:
            return None
        return (self.ratio if self.on_ratio else self.measured) <= self.limit

    @property
    def spread(self) -> float:
        """(max - min) / median of the per-run ratios: how noisy this figure was."""
        return (max(self.ratios) - min(self.ratios)) / self.ratio if self.ratio else 0.0

    def as_dict(self) -> dict[str, object]:
        """Everything, with the medians, for the JSON file."""
        return {
            **asdict(self),
            "measured": self.measured,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
            "passed": self.passed,
            "spread": self.spread,
        }


def per_call_seconds(
    work: Callable[[], object], samples: int = 7, sample_s: float = 0.05
) -> list[float]:
    """Per-call wall times of *work*: *samples* medians-ready values, each averaged over enough
    calls to last about *sample_s* (after one warm-up call)."""
    start = time.perf_counter()
    work()
    first = time.perf_counter() - start
    calls = max(1, int(sample_s / max(first, 1e-6)))
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        for _ in range(calls):
            work()
        times.append((time.perf_counter() - start) / calls)
    return times


def _cell(value: float, unit: str) -> str:
    if unit == "s" and value < 1:
        return f"{value * 1000:.3g} ms"
    return f"{value:.3g} {unit}"


def table(figures: list[Figure]) -> str:
    """A plain-text table: name, measured, baseline, ratio, target, pass/fail, spread."""
    header = ("benchmark", "measured", "baseline", "ratio", "target", "result", "spread")
    rows = [header]
    for f in figures:
        verdict = {True: "pass", False: "FAIL", None: "-"}[f.passed]
        rows.append(
            (
                f.name,
                _cell(f.measured, f.unit),
                f"{_cell(f.baseline, f.unit)} ({f.baseline_name})",
                f"{f.ratio:.3f}",
                f.target,
                verdict,
                f"{f.spread:.0%}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)
