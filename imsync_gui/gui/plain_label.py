"""A label that shows its text literally: typed or outside text never becomes formatting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


def plain_label(text: str, *, bold: bool = False, muted: bool = False) -> QLabel:
    """A wrapping plain-text label, optionally bold or in the muted (placeholder) colour."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
