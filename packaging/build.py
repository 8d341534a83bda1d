"""Build the double-click app for this operating system: ``python packaging/build.py``.

Draws the icons, runs PyInstaller on ``imsync-gui.spec`` (one folder), runs the frozen app's
``--self-test``, and packs the result into ``packaging/dist/``: a ``.tar.gz`` with desktop
integration on Linux, an Inno Setup installer on Windows (when ``iscc`` is on PATH), a DMG on
macOS. Prints the bundle size, the archive size and the times taken. Needs the ``packaging``
extra (``pip install ".[packaging]"``).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from app_metadata import APP_ID, APP_NAME, CLI_NAME, DISPLAY_NAME  # noqa: E402
from icons import render_icons  # noqa: E402

from imsync_gui import __version__  # noqa: E402

BUILD = HERE / "build"
DIST = HERE / "dist"
SELF_TEST_TIMEOUT_S = 300


def main() -> int:
    """Build, self-test and pack; return 0 when all of it worked."""
    started = time.perf_counter()
    icons = render_icons(BUILD / "icons")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={BUILD / 'work'}",
            str(HERE / "imsync-gui.spec"),
        ],
        check=True,
    )
    built = time.perf_counter() - started
    bundle, launcher = _bundle_and_launcher()
    test_time = _self_test(launcher)
    packing = time.perf_counter()
    archive = _pack(bundle, icons["png"])
    packed = time.perf_counter() - packing
    print(f"bundle     {bundle} — {_megabytes(bundle)}")
    if archive is not None:
        print(f"archive    {archive} — {_megabytes(archive)}")
    print(f"build      {built:.0f} s (icons + PyInstaller)")
    print(f"self-test  {test_time:.2f} s (frozen app, wall clock)")
    print(f"pack       {packed:.0f} s")
    return 0


def _bundle_and_launcher() -> tuple[Path, Path]:
    """The folder (or .app) that is shipped, and the executable that runs the self-test."""
    if sys.platform == "win32":
        folder = DIST / APP_NAME
        return folder, folder / f"{CLI_NAME}.exe"
    if sys.platform == "darwin":
        app = DIST / f"{DISPLAY_NAME}.app"
        return app, app / "Contents" / "MacOS" / APP_NAME
    folder = DIST / APP_NAME
    return folder, folder / APP_NAME


def _self_test(launcher: Path) -> float:
    """Run the frozen ``--self-test`` with no display; exit the build on failure."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    started = time.perf_counter()
    done = subprocess.run(
        [str(launcher), "--self-test"], env=env, timeout=SELF_TEST_TIMEOUT_S, check=False
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the frozen self-test failed (exit {done.returncode}); see above")
    return took


def _pack(bundle: Path, icon_png: Path) -> Path | None:
    if sys.platform == "win32":
        return _inno_setup(bundle)
    if sys.platform == "darwin":
        return _dmg(bundle)
    return _tarball(bundle, icon_png)


def _tarball(bundle: Path, icon_png: Path) -> Path:
    """The Linux folder plus desktop file, AppStream metainfo, icons and install.sh."""
    linux = HERE / "linux"
    share = bundle / "share"
    extras = {
        linux / f"{APP_ID}.desktop": share / "applications" / f"{APP_ID}.desktop",
        linux / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
        ROOT / "assets" / "app_icon.svg": share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
        icon_png: share / "icons/hicolor/512x512/apps" / f"{APP_ID}.png",
        linux / "install.sh": bundle / "install.sh",
    }
    for source, target in extras.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    name = f"{APP_NAME}-{__version__}-linux-{platform.machine()}"
    archive = DIST / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=name)
    return archive


def _inno_setup(bundle: Path) -> Path | None:
    """Windows: compile the installer when Inno Setup's ``iscc`` is installed."""
    iscc = shutil.which("iscc")
    if iscc is None:
        print(f"iscc not found: install Inno Setup 6 to make an installer; {bundle} runs as is")
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={__version__}",
            f"/DSourceDir={bundle}",
            f"/DIconFile={BUILD / 'icons' / 'app_icon.ico'}",
            f"/O{DIST}",
            str(HERE / "windows" / "imsync-gui.iss"),
        ],
        check=True,
    )
    return DIST / f"{APP_NAME}-{__version__}-setup.exe"


def _dmg(app: Path) -> Path:
    """macOS: a compressed disk image holding the .app and a link to /Applications."""
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    image = DIST / f"{APP_NAME}-{__version__}-macos-{platform.machine()}.dmg"
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            DISPLAY_NAME,
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(image),
        ],
        check=True,
    )
    return image


def _megabytes(path: Path) -> str:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    size = sum(p.lstat().st_size for p in files)
    return f"{size / 1e6:.1f} MB in {len(files)} files"


if __name__ == "__main__":
    sys.exit(main())
