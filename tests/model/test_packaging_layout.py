"""The wheel lists every package and carries the assets."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "imsync_gui").rglob("__init__.py")
    }
    assert on_disk | {"imsync_gui_assets"} == set(config["packages"])
    assert config["package-dir"] == {"imsync_gui_assets": "assets"}
