"""The PyInstaller spec bundles what the app reads, and excludes nothing the app imports.

PyInstaller itself is not run here (CI builds the bundle and runs its self-test separately).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from imsync_gui import resources

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "imsync-gui.spec"
sys.path.insert(0, str(ROOT / "packaging"))
from icons import render_icons  # noqa: E402


def spec_assignment(name: str) -> ast.expr:
    tree = ast.parse(SPEC.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return node.value
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def test_the_spec_bundles_assets_where_the_frozen_app_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datas = ast.unparse(spec_assignment("DATAS"))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.assets_root.cache_clear()
    try:
        frozen_assets = resources.assets_root()
    finally:
        resources.assets_root.cache_clear()

    assert frozen_assets == tmp_path / "assets"
    assert "(str(ROOT / 'assets'), 'assets')" in datas
    assert "collect_data_files('imsync_gui'" in datas


def test_the_package_data_the_app_reads_is_inside_the_package() -> None:
    """collect_data_files('imsync_gui') takes every non-Python file under the package."""
    package = ROOT / "imsync_gui"
    for relative in [
        "model/data/session.schema.json",
        "model/data/latest_os.json",
        "export/report.schema.json",
        "checks/endpoints.example.toml",
        "locale/de/LC_MESSAGES/imsync_gui.mo",
        "locale/es/LC_MESSAGES/imsync_gui.mo",
        "locale/glossary.json",
    ]:
        assert (package / relative).is_file(), relative


def test_collect_data_files_finds_them() -> None:
    hooks = pytest.importorskip("PyInstaller.utils.hooks")

    collected = {
        Path(dest) / Path(src).name for src, dest in hooks.collect_data_files("imsync_gui")
    }

    assert Path("imsync_gui/model/data/session.schema.json") in collected
    assert Path("imsync_gui/export/report.schema.json") in collected
    assert Path("imsync_gui/checks/endpoints.example.toml") in collected


def test_nothing_excluded_is_imported_by_the_app() -> None:
    excluded = set(ast.literal_eval(spec_assignment("EXCLUDES")))
    imported: dict[str, str] = {}
    for path in (ROOT / "imsync_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                imported[name] = str(path.relative_to(ROOT))

    clashes = {
        name: where
        for name, where in imported.items()
        if any(name == e or name.startswith(f"{e}.") for e in excluded)
    }
    assert clashes == {}


def test_the_icons_are_drawn_in_every_format(qapp: QApplication, tmp_path: Path) -> None:
    written = render_icons(tmp_path)

    for fmt, size in {"png": 512, "ico": 256, "icns": 512}.items():
        image = QImage(str(written[fmt]))
        assert (image.width(), image.height()) == (size, size), fmt
        assert image.pixelColor(size // 2, size // 10).alpha() == 255, fmt  # the blue tile
        assert image.pixelColor(1, 1).alpha() == 0, fmt  # transparent round corner
