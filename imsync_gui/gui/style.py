"""The app's look: readable text, card surfaces, verdict colours, controls visible in light and
dark palettes alike. Colours follow the system palette; only the accents are the app's own.

No style sheet: an application-wide one costs about 12 MB over a full run (every widget gets
style-sheet rules). Surfaces are palette colours (:func:`surface`), verdict accents a coloured
strip (:func:`accent_strip`), and radio buttons and check boxes are drawn by
:class:`ClearIndicators`, a proxy of the platform style. ``apply_style(app)`` runs once at
start-up; a switch between light and dark repaints every surface.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

MIN_POINT_SIZE = 10.0
"""Text is never smaller than this, and never smaller than the system's own size."""

ACCENTS = {
    "problem": ("#c5221f", "#ff8a80"),
    "warning": ("#b06000", "#fdd663"),
    "fine": ("#188038", "#81c995"),
    "not_checked": ("#5f6368", "#bdc1c6"),
    "first": ("", ""),  # the palette's highlight colour
}
"""Accent colours: (on a light background, on a dark background)."""

MUTED_SHARE = 0.62
"""Muted text is this share of the way from the window colour to the text colour."""

SURFACE = "imsync_surface"
ACCENT = "imsync_accent"


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent_colour(name: str, palette: QPalette | None = None) -> QColor:
    """The colour of an accent (a verdict, or "first" for the highlight) in *palette*."""
    palette = palette or QGuiApplication.palette()
    light, dark = ACCENTS[name]
    if not light:
        return palette.color(QPalette.ColorRole.Highlight)
    return QColor(dark if is_dark(palette) else light)


def surface(frame: QFrame) -> None:
    """Give *frame* the raised card surface of the current palette (kept on light/dark switch)."""
    frame.setProperty(SURFACE, True)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    _paint_surface(frame)


def accent_strip(parent: QWidget, name: str) -> QFrame:
    """A narrow vertical strip in an accent colour, for the left edge of a banner or card."""
    strip = QFrame(parent)
    strip.setFixedWidth(6)
    strip.setAutoFillBackground(True)
    set_accent(strip, name)
    return strip


def set_accent(strip: QWidget, name: str) -> None:
    """Colour *strip* with accent *name* (kept on light/dark switch)."""
    strip.setProperty(ACCENT, name)
    palette = strip.palette()
    palette.setColor(QPalette.ColorRole.Window, accent_colour(name))
    strip.setPalette(palette)


def problem_text(widget: QWidget) -> None:
    """Bold text in the problem colour, for a note that says why an input was not taken."""
    widget.setProperty(ACCENT, "problem-text")
    _paint_problem(widget)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)


def muted_text(widget: QWidget) -> None:
    """Text in a quieter colour, for what is secondary: between the text and window colours,
    still at least 4.5:1 against the window (the palette's placeholder colour was 3.9:1 in the
    usual light palette)."""
    widget.setProperty(ACCENT, "muted-text")
    _paint_muted(widget)


def plain_label(
    text: str, parent: QWidget | None = None, *, bold: bool = False, selectable: bool = False
) -> QLabel:
    """A wrapping label that shows *text* literally: markup in it never becomes formatting."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def problem_label(parent: QWidget) -> QLabel:
    """A hidden note in the problem colour that says why an input was not taken."""
    label = plain_label("", parent)
    label.setObjectName("problem")
    problem_text(label)
    label.hide()
    return label


class ClearIndicators(QProxyStyle):
    """The platform style, with radio buttons and check boxes that stand out in every palette:
    an outline in the text colour, the accent colour when chosen, sized to the text."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Indicators as tall as a line of text."""
        if metric in _INDICATOR_METRICS:
            return max(16, round(QFontInfo(QApplication.font()).pixelSize() * 1.15))
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw radio and check indicators; leave everything else to the platform style."""
        if element not in (
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        ):
            super().drawPrimitive(element, option, painter, widget)
            return
        palette = option.palette
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        chosen = bool(option.state & QStyle.StateFlag.State_On)
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        outline = _mix(text, base, 0.7 if enabled else 0.3)
        box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        side = min(box.width(), box.height())
        box.setSize(box.size().scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(accent if chosen and enabled else outline, 2))
        painter.setBrush(base)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
            if chosen:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent if enabled else outline)
                inset = side * 0.27
                painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
        else:
            if chosen:
                painter.setBrush(accent if enabled else outline)
            painter.drawRoundedRect(box, 3, 3)
            if chosen:
                painter.setPen(QPen(base, max(2.0, side / 8)))
                corner = box.topLeft()
                painter.drawPolyline([corner + QPointF(side * x, side * y) for x, y in _TICK])
        painter.restore()


_TICK = ((0.22, 0.52), (0.42, 0.72), (0.78, 0.3))
"""The check mark, as fractions of the box."""

_INDICATOR_METRICS = {
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
}


def apply_style(app: QApplication) -> None:
    """Give *app* readable text and clear indicators; follow light/dark switches."""
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    if not isinstance(app.style(), ClearIndicators):
        base = QStyleFactory.create(app.style().name())
        app.setStyle(ClearIndicators(base))
    if app.property("imsync_style_follows") is None:
        app.setProperty("imsync_style_follows", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: repaint_all())


def repaint_all() -> None:
    """After a light/dark switch: recolour every surface, accent and problem note."""
    for widget in QApplication.allWidgets():
        if widget.property(SURFACE):
            _paint_surface(widget)
        accent = widget.property(ACCENT)
        if accent == "problem-text":
            _paint_problem(widget)
        elif accent == "muted-text":
            _paint_muted(widget)
        elif isinstance(accent, str) and accent in ACCENTS:
            set_accent(widget, accent)


def _paint_surface(widget: QWidget) -> None:
    app_palette = QGuiApplication.palette()
    window = app_palette.color(QPalette.ColorRole.Window)
    palette = widget.palette()
    palette.setColor(
        QPalette.ColorRole.Window,
        window.lighter(118) if is_dark(app_palette) else window.lighter(104),
    )
    widget.setPalette(palette)


def _paint_problem(widget: QWidget) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, accent_colour("problem"))
    widget.setPalette(palette)


def _paint_muted(widget: QWidget) -> None:
    app_palette = QGuiApplication.palette()
    palette = widget.palette()
    text, window = (
        app_palette.color(r) for r in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window)
    )
    palette.setColor(QPalette.ColorRole.WindowText, _mix(text, window, MUTED_SHARE))
    widget.setPalette(palette)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """The colour *share_of_a* of the way from *b* to *a*."""
    return QColor.fromRgbF(
        a.redF() * share_of_a + b.redF() * (1 - share_of_a),
        a.greenF() * share_of_a + b.greenF() * (1 - share_of_a),
        a.blueF() * share_of_a + b.blueF() * (1 - share_of_a),
    )
