"""PyInstaller's entry script: the frozen app runs exactly what ``imsync-gui`` runs."""

import sys

from imsync_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
