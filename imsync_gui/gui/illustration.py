"""A cause's or fix step's drawing, rendered from its SVG so it stays sharp at any scale."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from imsync_gui.resources import illustration_path


class Illustration(QSvgWidget):
    """Shows ``assets/illustrations/<id>.svg``, keeping its proportions; decorative for screen readers."""

    def __init__(
        self, illustration_id: str, side: int = 140, parent: QWidget | None = None
    ) -> None:
        super().__init__(str(illustration_path(illustration_id)), parent)
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setFixedSize(QSize(side, side))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
