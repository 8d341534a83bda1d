"""PyInstaller's entry script: the frozen app runs exactly what ``imsync-gui`` runs."""

import os
import sys

from imsync_gui.cli import main

if __name__ == "__main__":
    # A windowed Windows build has no standard streams; let prints (--help, a command's
    # output) go nowhere instead of failing. The exit code still tells the outcome.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
