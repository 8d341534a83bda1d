"""Every cause and fix step has a drawing that Qt renders as plain vectors."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from imsync_gui.model.knowledge import CAUSES
from imsync_gui.resources import asset_path, illustration_path

pytestmark = pytest.mark.gui

IDS = sorted({c.illustration for c in CAUSES} | {f.illustration for c in CAUSES for f in c.fixes})
FORBIDDEN = re.compile(r"<(mask|filter|clipPath|linearGradient|radialGradient|image|text|style)\b")


def test_every_cause_and_fix_has_a_drawing() -> None:
    assert len(IDS) == 40
    missing = [i for i in IDS if not illustration_path(i).is_file()]
    assert missing == []


@pytest.mark.parametrize("name", [*IDS, "../app_icon"])
def test_drawing_is_plain_vector_and_renders(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    path = illustration_path(name)
    source = path.read_text("utf-8")
    assert FORBIDDEN.search(source) is None
    size = 256 if name.endswith("app_icon") else 120
    assert f'viewBox="0 0 {size} {size}"' in source
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    painted = sum(
        image.pixelColor(x, y).alpha() > 0 for x in range(0, 64, 4) for y in range(0, 64, 4)
    )
    assert painted > 40  # a visible drawing, not an empty canvas


def test_app_icon_is_in_assets() -> None:
    assert asset_path("app_icon.svg").is_file()
