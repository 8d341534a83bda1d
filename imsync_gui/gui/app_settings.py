"""The application's identity, its QSettings (window geometry, last folder) and data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from imsync_gui import APP_NAME, __version__
from imsync_gui.i18n import _

SETTINGS_GEOMETRY: Final = "window/geometry"
SETTINGS_FOLDER: Final = "files/last_folder"


def name_application(app: QApplication) -> None:
    """Set the names QStandardPaths uses, so the data folder is called imsync-gui.

    The organisation stays empty: otherwise AppDataLocation nests the app's folder inside an
    organisation folder of the same name.
    """
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(_("iMessage Sync Troubleshooter"))
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)


def app_settings() -> QSettings:
    """The user's settings for this app (e.g. ~/.config/imsync-gui/imsync-gui.conf)."""
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def default_folder() -> Path:
    """The per-user data folder (QStandardPaths.AppDataLocation), e.g. ~/.local/share/imsync-gui."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
