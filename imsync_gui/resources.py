"""Finding bundled assets the same way in a source checkout, an installed wheel and a frozen app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def assets_root() -> Path:
    """The folder that holds the contents of the repository's ``assets/``.

    Frozen (PyInstaller) apps carry it as ``assets`` next to the bundled code; a source
    checkout has it beside the package; an installed wheel carries it as the
    ``imsync_gui_assets`` package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    checkout = Path(__file__).resolve().parent.parent / "assets"
    if checkout.is_dir():
        return checkout
    import imsync_gui_assets  # type: ignore[import-not-found]  # installed alongside the package

    return Path(next(iter(imsync_gui_assets.__path__)))  # a namespace package: no __file__


def asset_path(relative: str) -> Path:
    """The path of one asset, e.g. ``asset_path("illustrations/clock.svg")``."""
    return assets_root() / relative


def illustration_path(illustration_id: str) -> Path:
    """The SVG drawing for a cause or fix step."""
    return asset_path(f"illustrations/{illustration_id}.svg")
