"""The fix plan as a paginated document: PDF bytes in memory, or any printer.

Pages are painted one by one (rather than with ``QTextDocument.print``) so each gets a footer
with the page number, the app version and the date. Text stays real and selectable.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLineF,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from imsync_gui.export.content import ReportContent
from imsync_gui.i18n import N_, _, format_long_date, translate
from imsync_gui.report.document_html import DOCUMENT_TITLE, MUTED, RULE, STYLESHEET, report_html
from imsync_gui.report.svg_objects import SvgTextObject, install_svg_objects

PAGE_OF = N_("Page {page} of {pages}")
FOOTER_LEFT = N_("imsync-gui {version} · fix plan made on {date}")
MARGINS_MM = QMarginsF(18, 16, 18, 14)
FOOTER_PT = 8.0
BODY_PT = 10.5
FONT_FAMILIES = ["Helvetica Neue", "Helvetica", "Segoe UI", "Arial", "DejaVu Sans", "sans-serif"]
PDF_DPI = 1200


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where US measurements are used, A4 everywhere else."""
    system = (locale or QLocale()).measurementSystem()
    is_us = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if is_us else QPageSize.PageSizeId.A4)


def render_pdf(report: ReportContent, page_size: QPageSize | None = None) -> bytes:
    """The report as PDF bytes (nothing is written to disk)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(translate(DOCUMENT_TITLE))
    writer.setCreator(f"imsync-gui {report.app_version}")
    writer.setPageLayout(
        QPageLayout(
            page_size or page_size_for(),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_report(writer, report)
    buffer.close()
    return bytes(data.data())


def paint_report(device: QPagedPaintDevice, report: ReportContent) -> int:
    """Lay out and paint every page of the report on *device*; return the page count."""
    handler = SvgTextObject()
    doc = build_document(report, device, handler)
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    footer_height = _footer_height(device)
    page_height = area.height() - footer_height
    doc.setPageSize(QSizeF(area.width(), page_height))
    keep_tables_whole(doc)
    pages = doc.pageCount()
    date = format_long_date(report.generated_at)
    left = _(FOOTER_LEFT, version=report.app_version, date=date)
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            doc.drawContents(painter, QRectF(0, page * page_height, area.width(), page_height))
            painter.restore()
            right = _(PAGE_OF, page=page + 1, pages=pages)
            _paint_footer(
                painter, device, QRectF(0, page_height, area.width(), footer_height), left, right
            )
    finally:
        painter.end()
    return pages


def build_document(
    report: ReportContent, device: QPagedPaintDevice, handler: SvgTextObject
) -> QTextDocument:
    """The laid-out text document for *device*, illustrations as vector objects."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(report_font(BODY_PT))
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(STYLESHEET)
    doc.setHtml(report_html(report))
    install_svg_objects(doc, handler)
    handler.setParent(doc)
    return doc


def report_font(points: float) -> QFont:
    """The report's sans-serif font, without ligatures so "fi" copies and searches as text."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def keep_tables_whole(doc: QTextDocument) -> None:
    """Move each top-level table that fits on a page but straddles a page break to a new page.

    Steps and cards then never split. Tables with a header row (devices, the IT appendix) flow
    on instead: their header repeats on each page and their heading stays with them.
    """
    page_height = doc.pageSize().height()
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount():
            continue
        box = layout.frameBoundingRect(frame)
        first, last = int(box.top() // page_height), int((box.bottom() - 1) // page_height)
        if first != last and box.height() < page_height * 0.9:
            table_format = frame.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(table_format)


def _footer_height(device: QPagedPaintDevice) -> float:
    return FOOTER_PT * 3.2 * device.logicalDpiY() / 72


def _paint_footer(
    painter: QPainter, device: QPagedPaintDevice, box: QRectF, left: str, right: str
) -> None:
    painter.save()
    pen = QPen(QColor(RULE))
    pen.setWidthF(device.logicalDpiY() / 144)
    painter.setPen(pen)
    line_y = box.top() + box.height() * 0.35
    painter.drawLine(QLineF(box.left(), line_y, box.right(), line_y))
    painter.setFont(QFont(report_font(FOOTER_PT), device))
    painter.setPen(QColor(MUTED))
    text_box = QRectF(box.left(), line_y, box.width(), box.bottom() - line_y)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_box, flags | Qt.AlignmentFlag.AlignLeft, left)
    painter.drawText(text_box, flags | Qt.AlignmentFlag.AlignRight, right)
    painter.restore()
