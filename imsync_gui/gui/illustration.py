"""A cause's or fix step's drawing, rendered from its SVG so it stays sharp at any scale.

Every drawing sits on a pale round backdrop (its first shape) that keeps its dark outlines
readable. On a dark palette that disc is dimmed (:data:`DARK_BACKDROP`): at full brightness it
glared out of the dark page, and a dark disc would swallow the outlines.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from imsync_gui.gui.style import is_dark
from imsync_gui.resources import illustration_path

BACKDROP = b'fill="#EAF1FB"'
"""The backdrop's colour as every drawing in ``assets/illustrations`` writes it."""
DARK_BACKDROP = b'fill="#AFC0D8"'
"""The backdrop on a dark palette: the outlines (#22324A) still stand out about 6:1."""


class Illustration(QSvgWidget):
    """Shows ``assets/illustrations/<id>.svg``, keeping its proportions; decorative for screen readers."""

    def __init__(
        self, illustration_id: str, side: int = 140, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._svg = illustration_path(illustration_id).read_bytes()
        self._dark: bool | None = None
        self._load()
        self.setFixedSize(QSize(side, side))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._load()

    def _load(self) -> None:
        dark = is_dark(self.palette())
        if dark is self._dark:
            return
        self._dark = dark
        svg = self._svg.replace(BACKDROP, DARK_BACKDROP, 1) if dark else self._svg
        self.load(QByteArray(svg))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
