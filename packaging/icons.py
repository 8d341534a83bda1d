"""Draw the app icon from ``assets/app_icon.svg`` into the formats each platform wants.

Qt does it all (QSvgRenderer, and its ICO and ICNS image writers), so the build needs nothing
beyond PySide6. ``python packaging/icons.py OUT_DIR`` writes ``app_icon.png`` (512 px),
``app_icon.ico`` (256 px; Windows scales it down) and ``app_icon.icns``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "app_icon.svg"
SIZES = {"png": 512, "ico": 256, "icns": 512}


def render_icons(folder: Path) -> dict[str, Path]:
    """Write one icon per format into *folder*; return the paths by format."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for fmt, size in SIZES.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = folder / f"app_icon.{fmt}"
        if not image.save(str(path), fmt.upper()):
            raise SystemExit(f"Qt could not write {path} (no {fmt.upper()} image plugin?)")
        written[fmt] = path
    return written


if __name__ == "__main__":
    for path in render_icons(Path(sys.argv[1])).values():
        print(path)
