"""The app's look: readable text, card surfaces, verdict colours, controls visible in light and
dark palettes alike. Colours follow the system palette; only the accents are the app's own.

``apply_style(app)`` is called once at start-up and again when the system switches between
light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from imsync_gui.resources import asset_path

MIN_POINT_SIZE = 10.0
"""Text is never smaller than this, and never smaller than the system's own size."""

ACCENTS = {
    "problem": ("#c5221f", "#ff8a80"),
    "warning": ("#b06000", "#fdd663"),
    "fine": ("#188038", "#81c995"),
    "not_checked": ("#5f6368", "#bdc1c6"),
}
"""Verdict accent colours: (on a light background, on a dark background)."""


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_sheet(palette: QPalette, font_px: int) -> str:
    """The app's style sheet for *palette*, sized for text *font_px* pixels high."""
    dark = 1 if is_dark(palette) else 0
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    surface = window.lighter(115) if dark else window.lighter(104)
    line = _mix(text, window, 0.45)
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    indicator = max(16, round(font_px * 1.15))
    rules = [
        f"QFrame#card, QFrame#banner {{ background: {surface.name()}; border: 1px solid "
        f"{line.name()}; border-radius: 8px; }}",
        f'QFrame[first="true"] {{ border: 2px solid {accent}; border-radius: 8px; }}',
        *_indicators(palette, indicator),
        f"QLabel#problem {{ color: {ACCENTS['problem'][dark]}; font-weight: bold; }}",
    ]
    for verdict, colours in ACCENTS.items():
        rules.append(
            f'QFrame#banner[verdict="{verdict}"] {{ border-left: 6px solid {colours[dark]}; }}'
        )
    return "\n".join(rules)


def _indicators(palette: QPalette, side: int) -> list[str]:
    """Radio buttons and check boxes drawn by the app: a clear outline on the text field colour,
    filled with the accent when chosen, the same in light and dark palettes."""
    base = palette.color(QPalette.ColorRole.Base).name()
    outline = _mix(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.65
    ).name()
    muted = _mix(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.3
    ).name()
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    tick = asset_path("icons/check-mark.svg").as_posix()
    size = side - 4
    return [
        f"QRadioButton::indicator {{ width: {size}px; height: {size}px; border: 2px solid "
        f"{outline}; border-radius: {side // 2}px; background: {base}; }}",
        f"QCheckBox::indicator {{ width: {size}px; height: {size}px; border: 2px solid "
        f"{outline}; border-radius: 4px; background: {base}; }}",
        f"QRadioButton::indicator:checked {{ border-color: {accent}; background: "
        "qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, "
        f"stop:0 {accent}, stop:0.42 {accent}, stop:0.5 {base}, stop:1 {base}); }}",
        f"QCheckBox::indicator:checked {{ background: {accent}; border-color: {accent}; "
        f'image: url("{tick}"); }}',
        "QRadioButton::indicator:disabled, QCheckBox::indicator:disabled "
        f"{{ border-color: {muted}; }}",
    ]


def readable_palette(palette: QPalette) -> QPalette:
    """*palette* with frame and indicator shades that stand out from the window: some dark
    themes hand Qt outline colours so close to the background that radio buttons vanish."""
    readable = QPalette(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    for role, share in (
        (QPalette.ColorRole.Mid, 0.45),
        (QPalette.ColorRole.Dark, 0.6),
        (QPalette.ColorRole.Shadow, 0.7),
    ):
        current = palette.color(role)
        if abs(current.lightness() - window.lightness()) < 60:
            readable.setColor(role, _mix(text, window, share))
    return readable


def apply_style(app: QApplication) -> None:
    """Give *app* readable text and the app's style sheet; follow light/dark switches."""
    font = app.font()
    if font.pointSizeF() > 0 and font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    palette = readable_palette(app.palette())
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(palette, QFontInfo(font).pixelSize()))
    if app.property("imsync_style_follows") is None:
        app.setProperty("imsync_style_follows", True)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: _restyle(app))


def _restyle(app: QObject) -> None:
    if isinstance(app, QApplication):
        app.setPalette(QGuiApplication.palette())
        apply_style(app)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """The colour *share_of_a* of the way from *b* to *a*."""
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )
