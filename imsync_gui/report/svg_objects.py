"""Vector illustrations inside a QTextDocument, drawn by a text-object handler.

``<img>`` would rasterise an SVG; instead each ``<img src="svg:ID">`` placeholder becomes an
object character that :class:`SvgTextObject` paints with QSvgRenderer straight onto the page,
so the drawing stays vector in PDF and print.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtSvg import QSvgRenderer

from imsync_gui.report.document_html import SVG_SCHEME
from imsync_gui.resources import illustration_path

SVG_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
SVG_ID = int(QTextFormat.Property.UserProperty) + 1
SVG_SIZE = int(QTextFormat.Property.UserProperty) + 2
OBJECT_CHARACTER = "\ufffc"
CSS_DPI = 96.0


@cache
def renderer(illustration: str) -> QSvgRenderer:
    """A loaded renderer for one illustration (cached; invalid when the file is missing)."""
    return QSvgRenderer(str(illustration_path(illustration)))


class SvgTextObject(QPyTextObject):
    """Lays out an illustration at its CSS size and paints it as vectors."""

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        size = fmt.property(SVG_SIZE)
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiX() / CSS_DPI if device is not None else 1.0
        return QSizeF(size.width() * scale, size.height() * scale)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        drawing = renderer(str(fmt.property(SVG_ID)))
        if drawing.isValid():
            drawing.render(painter, QRectF(rect))


def install_svg_objects(doc: QTextDocument, handler: SvgTextObject) -> int:
    """Register *handler* on *doc* and swap every ``svg:`` image for it; return how many."""
    doc.documentLayout().registerHandler(SVG_OBJECT, handler)
    found: list[tuple[int, str, QSizeF]] = []
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image: QTextImageFormat = fmt.toImageFormat()
                if image.name().startswith(SVG_SCHEME):
                    size = QSizeF(image.width(), image.height())
                    for offset in range(fragment.length()):
                        found.append(
                            (fragment.position() + offset, image.name()[len(SVG_SCHEME) :], size)
                        )
            fragments += 1
        block = block.next()
    cursor = QTextCursor(doc)
    for position, illustration, size in reversed(found):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        object_format = QTextCharFormat()
        object_format.setObjectType(SVG_OBJECT)
        object_format.setProperty(SVG_ID, illustration)
        object_format.setProperty(SVG_SIZE, size)
        cursor.insertText(OBJECT_CHARACTER, object_format)
    return len(found)
