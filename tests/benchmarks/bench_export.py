"""Benchmark (not a test): exporting a full nine-cause plan as PDF, JSON and summary.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_export``.
Reports the warm median of each export next to a baseline run side by side (laying out the
same HTML without illustrations or pagination), and the PDF's size. Target: PDF <= 0.5 s warm.
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from unittest import mock

from PySide6.QtGui import QGuiApplication, QTextDocument

from imsync_gui.export.content import build_report
from imsync_gui.export.json_export import report_to_json
from imsync_gui.export.summary import summary_text
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.report import pdf
from imsync_gui.report.document_html import report_html
from imsync_gui.report.pdf import render_pdf
from tests.report.sessions import troubled_session

ROUNDS = 15


def median_seconds(work: Callable[[], object]) -> float:
    """Median wall time of *work* after one warm-up call."""
    return statistics.median(timed_rounds(work))


def timed_rounds(
    work: Callable[[], object], rounds: int = ROUNDS, warm: bool = True
) -> list[float]:
    """Wall time of each of *rounds* calls of *work*, after one warm-up call unless *warm* is
    false (the caller has warmed it)."""
    if warm:
        work()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


@contextmanager
def without_illustrations() -> Iterator[None]:
    """Within this block the PDF is the same document with every illustration left out."""

    def no_images(*args: object, **kwargs: object) -> str:
        return re.sub(r"<img [^>]*>", "", report_html(*args, **kwargs))  # type: ignore[arg-type]

    with mock.patch.object(pdf, "report_html", no_images):
        yield


def full_pdf_rounds(rounds: int = ROUNDS) -> tuple[list[float], list[float]]:
    """Warm wall times of the full export to PDF (diagnose, build the content, render) of the
    nine-cause plan: with illustrations, and the same document without them, alternately."""
    _app = QGuiApplication.instance() or QGuiApplication([])
    session = troubled_session()

    def export() -> None:
        render_pdf(build_report(session, diagnose(session)))

    export()
    with without_illustrations():
        export()
    with_art, without_art = [], []
    for _ in range(rounds):
        with_art += timed_rounds(export, 1, warm=False)
        with without_illustrations():
            without_art += timed_rounds(export, 1, warm=False)
    return with_art, without_art


def main() -> None:
    """Print the timings, the ratio to the baseline and the PDF size."""
    _app = QGuiApplication.instance() or QGuiApplication([])
    session = troubled_session()
    diagnosis = diagnose(session)
    report = build_report(session, diagnosis)
    causes = sum(f.needs_action for f in diagnosis.findings)
    html = report_html(report)

    def baseline() -> None:
        doc = QTextDocument()
        doc.setHtml(html)
        doc.pageCount()

    pdf = render_pdf(report)
    timings = {
        "baseline: HTML layout only": median_seconds(baseline),
        "content (diagnose + build_report)": median_seconds(
            lambda: build_report(session, diagnose(session))
        ),
        "PDF (render_pdf)": median_seconds(lambda: render_pdf(report)),
        "JSON (report_to_json)": median_seconds(lambda: report_to_json(report)),
        "summary (summary_text)": median_seconds(lambda: summary_text(report)),
    }
    base = timings["baseline: HTML layout only"]
    print(f"plan: {causes} causes needing action, {len(report.steps)} steps")
    for name, seconds in timings.items():
        print(f"{name:<36} {seconds * 1000:8.1f} ms   x{seconds / base:5.2f} of baseline")
    total = timings["content (diagnose + build_report)"] + timings["PDF (render_pdf)"]
    print(f"full export (content + PDF), warm: {total * 1000:.1f} ms (target <= 500 ms)")
    print(f"PDF size: {len(pdf) / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
