"""Allow ``python -m imsync_gui``."""

import sys

from imsync_gui.cli import main

sys.exit(main())
