"""Light and dark palettes: drawings that do not glare, secondary text that can still be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from imsync_gui.gui.comparison_view import ComparisonView
from imsync_gui.gui.illustration import Illustration
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.model.answers import Answer
from imsync_gui.model.session import now
from imsync_gui.model.session_io import load_session

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "storage-full-family.json"


def _backdrop(drawing: Illustration) -> QColor:
    """The colour near the top of the drawing's round backdrop."""
    return drawing.grab().toImage().pixelColor(drawing.width() // 2, drawing.height() // 12)


def test_the_backdrop_of_a_drawing_is_dimmed_on_a_dark_palette(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    drawing = Illustration("clock", 96, page)
    light = _backdrop(drawing)
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    page.setPalette(dark)
    dimmed = _backdrop(drawing)
    assert light.lightness() > 230 and 150 < dimmed.lightness() < 210
    page.setPalette(QPalette())
    assert _backdrop(drawing) == light


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_what_changed_is_readable_in_light_and_dark(
    qtbot: QtBot, qapp: QApplication, dark: bool
) -> None:
    before = qapp.palette()
    if dark:
        palette = QPalette(before)
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
        ):
            palette.setColor(role, QColor(colour))
        qapp.setPalette(palette)
    try:
        model = SessionModel(load_session(EXAMPLE))
        model.set_step_done("free_up_icloud_storage", True)
        model.start_new_round()
        model.set_answer(Answer("storage.full_alert", "no", now()))
        view = ComparisonView()
        qtbot.addWidget(view)
        view.show_session(model.session, model.diagnosis)
        window = qapp.palette().color(QPalette.ColorRole.Window)
        muted = [view.since] + [label for label in view.findChildren(QLabel) if "→" in label.text()]
        assert len(muted) >= 2
        for label in muted:
            colour = label.palette().color(label.foregroundRole())
            alpha = colour.alphaF()  # drawn over the window
            colour = QColor.fromRgbF(
                *(
                    alpha * c + (1 - alpha) * w
                    for c, w in zip(colour.getRgbF()[:3], window.getRgbF()[:3], strict=True)
                )
            )
            assert _contrast(colour, window) >= 4.5, label.text()
    finally:
        qapp.setPalette(before)
