"""The one place that assembles the app: its non-visual parts, and the window they attach to.

``build_core`` makes the session model, the check service, autosave and the session actions
(Open, Save as, Start over, resume) into an :class:`AppCore`; ``TroubleshooterWizard.attach``
connects a core to the window. The app does the two steps apart (the window paints its welcome
page first, see ``gui/app.py``); :func:`open_window` does both at once for tests and tools.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.autosave import Autosave
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.session_actions import SessionActions
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wizard import TroubleshooterWizard


@dataclass(frozen=True)
class AppCore:
    """The non-visual parts of the running app; pages observe ``model`` through its signals."""

    config: EndpointConfig
    settings: QSettings
    model: SessionModel
    service: CheckService
    autosave: Autosave
    session_actions: SessionActions


def build_core(
    window: QWidget, config: EndpointConfig, data_folder: Path, settings: QSettings
) -> AppCore:
    """Make the app's non-visual parts; *window* owns them and parents their dialogs."""
    model = SessionModel(parent=window, system_is_mac=sys.platform == "darwin")
    service = CheckService(model, config, window)
    autosave = Autosave(model, data_folder, parent=window)
    actions = SessionActions(window, model, service, autosave, settings)
    return AppCore(config, settings, model, service, autosave, actions)


def open_window(
    config: EndpointConfig, data_folder: Path, settings: QSettings
) -> TroubleshooterWizard:
    """A wizard with its core attached (not shown; autosave not started yet)."""
    wizard = TroubleshooterWizard(config, settings)
    wizard.attach(build_core(wizard, config, data_folder, settings))
    return wizard
