"""Start the troubleshooter window on a qasync event loop."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence

import qasync
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from imsync_gui.checks.config import ConfigError, EndpointConfig, load_config
from imsync_gui.gui.app_settings import app_settings, name_application
from imsync_gui.gui.autosave import default_folder
from imsync_gui.gui.notices import tell
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.resources import asset_path


def run_app(argv: Sequence[str] | None = None) -> int:
    """Show the wizard and run until it closes; return the process exit code."""
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    name_application(app)
    icon = asset_path("app_icon.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    config_problem = ""
    try:
        config = load_config()
    except ConfigError as exc:
        config, config_problem = EndpointConfig(), str(exc)
    wizard = TroubleshooterWizard(config, default_folder(), app_settings())
    wizard.show()
    if config_problem:
        tell(
            wizard,
            "The endpoints file was not used",
            f"{config_problem} Apple’s usual addresses are used instead.",
            problem=True,
        )
    wizard.session_actions.offer_resume()
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
        loop.run_until_complete(wizard.service.shutdown())
    return 0
