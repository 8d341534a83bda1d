"""One entry point per export format, shared by the GUI and the ``report`` command."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from imsync_gui.export.content import ReportContent
from imsync_gui.export.files import write_export
from imsync_gui.export.json_export import report_to_json
from imsync_gui.report.pdf import render_pdf
from imsync_gui.report.web_page import report_web_page


class ExportFormat(StrEnum):
    """The file formats a plan can be saved as."""

    PDF = "pdf"
    JSON = "json"
    HTML = "html"


def export_bytes(report: ReportContent, kind: ExportFormat) -> bytes:
    """The file content for *kind* (PDF needs a QGuiApplication)."""
    if kind is ExportFormat.PDF:
        return render_pdf(report)
    if kind is ExportFormat.HTML:
        return report_web_page(report).encode("utf-8")
    return report_to_json(report).encode("utf-8")


def save_report(
    report: ReportContent, path: Path, kind: ExportFormat, *, overwrite: bool = False
) -> None:
    """Render and write atomically; raise ExportError with a plain reason on failure."""
    write_export(path, export_bytes(report, kind), overwrite=overwrite)
