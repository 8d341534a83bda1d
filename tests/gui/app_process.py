"""Running the real application (``run_app``) in a child process with a throw-away profile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")


def run_app_script(
    script: str, home: Path, extra_env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run *script* (which calls ``run_app``) offscreen with its data and settings under *home*."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES} | {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONPATH": str(ROOT),
        **(extra_env or {}),
    }
    return subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
