"""A Qt application for drawing documents, with or without a display."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def document_application(argv: list[str]) -> QGuiApplication:
    """The running Qt application, or a new one able to lay out and paint documents.

    On Linux and other X11/Wayland systems without a display, Qt is switched to its offscreen
    platform first (unless the caller chose a platform), so headless commands work over SSH
    and in CI.
    """
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform not in ("win32", "darwin") and not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else QGuiApplication(argv)
