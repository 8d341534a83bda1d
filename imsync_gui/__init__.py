"""imsync-gui: a calm troubleshooter for "iMessage syncing with iCloud paused"."""

__version__ = "0.1.0"
APP_NAME = "imsync-gui"
