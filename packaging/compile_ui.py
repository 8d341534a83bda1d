"""Compile ``ui/*.ui`` into ``imsync_gui/gui/generated/ui_*.py`` with pyside6-uic.

``python packaging/compile_ui.py`` rewrites the compiled forms; ``--check`` only compares
them and exits 1 naming every stale or missing file (CI runs this).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "imsync_gui" / "gui" / "generated"


def compiled_path(ui_file: Path) -> Path:
    """Where the Python form of one .ui file lives."""
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic produces for *ui_file*."""
    uic = shutil.which("pyside6-uic")
    if uic is None:
        sys.exit("pyside6-uic was not found; install PySide6-Essentials.")
    result = subprocess.run(
        [uic, str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def _comparable(source: str) -> list[str]:
    """The source without the line naming the uic version, which may differ between machines."""
    return [line for line in source.splitlines() if not line.startswith("## Created by:")]


def main(argv: list[str] | None = None) -> int:
    """Compile, or with --check verify, every form; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale compiled files")
    args = parser.parse_args(argv)
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = compiled_path(ui_file)
        source = compile_form(ui_file)
        current = target.read_text("utf-8") if target.is_file() else None
        if current is not None and _comparable(current) == _comparable(source):
            continue
        stale.append(target.relative_to(ROOT))
        if not args.check:
            target.write_text(source, "utf-8")
    expected = {compiled_path(f) for f in UI_DIR.glob("*.ui")}
    orphans = [p.relative_to(ROOT) for p in OUT_DIR.glob("ui_*.py") if p not in expected]
    if args.check and (stale or orphans):
        for path in stale:
            print(f"stale or missing: {path} (run python packaging/compile_ui.py)")
        for path in orphans:
            print(f"no .ui file for: {path}")
        return 1
    for path in [] if args.check else stale:
        print(f"compiled {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
