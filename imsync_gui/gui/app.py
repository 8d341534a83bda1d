"""Start the troubleshooter window: paint the welcome page first, then set up the rest.

Only Qt and the welcome page are loaded before the window appears. Right after its first
paint come the qasync event loop (asyncio), the live checks with their network stack, the
other pages and the offer to resume.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from imsync_gui.checks.config import ConfigError, EndpointConfig, load_config
from imsync_gui.gui.app_settings import app_settings, default_folder, name_application
from imsync_gui.gui.language import apply_language, startup_language
from imsync_gui.gui.style import apply_style
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.i18n import Msg, _
from imsync_gui.resources import asset_path

if TYPE_CHECKING:
    import asyncio

    import qasync

INTERPRETER_TURN_S = 0.001
"""How long a worker thread may keep the Python interpreter while the window waits for it
(Python's own default is 5 ms). Work handed to ``off_thread`` (choosing the next question, the
checks' blocking steps) runs Python too, and the window takes the interpreter back several
times in one turn of its event loop, waiting up to this long each time. While the next
question was chosen off the UI thread, the longest stall of a 1 ms heartbeat was 10-19 ms with
5 ms and 6.5-7 ms with 1 ms; the choice itself took about 5 % longer."""


def run_app(argv: Sequence[str] | None = None) -> int:
    """Show the wizard and run until it closes; return the process exit code."""
    sys.setswitchinterval(INTERPRETER_TURN_S)
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    assert isinstance(app, QApplication)
    settings = app_settings()
    apply_language(startup_language(settings))
    name_application(app)
    apply_style(app)
    icon = asset_path("app_icon.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    config_problem: Msg | None = None
    try:
        config = load_config()
    except ConfigError as exc:
        config, config_problem = EndpointConfig(), exc.message
    wizard = TroubleshooterWizard(config, settings)
    startup = Startup(app, wizard, config, config_problem)
    paint_watch = AfterFirstPaint(startup.finish)
    wizard.welcome.installEventFilter(paint_watch)
    wizard.show()
    app.exec()
    startup.shut_down()
    return 0


class AfterFirstPaint(QObject):
    """An event filter that calls *then* once, as soon as the first paint it sees is done."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._then is not None and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._then)  # runs once this paint has been handled
            self._then = None
        return False


class Startup:
    """Everything the welcome page does not need, and the matching clean-up after closing."""

    def __init__(
        self,
        app: QApplication,
        wizard: TroubleshooterWizard,
        config: EndpointConfig,
        config_problem: Msg | None,
    ) -> None:
        self._app = app
        self._wizard = wizard
        self._config = config
        self._config_problem = config_problem
        self._loop: qasync.QEventLoop | None = None
        self._setting_up: asyncio.Task[None] | None = None

    def finish(self) -> None:
        """Put the asyncio loop on the running Qt loop, then set up the rest in the background
        (see :meth:`set_up`)."""
        import asyncio

        import qasync

        self._loop = qasync.QEventLoop(self._app, already_running=True)
        asyncio.set_event_loop(self._loop)
        self._setting_up = self._loop.create_task(self.set_up())

    async def set_up(self) -> None:
        """Load the rest of the app, build its core and attach it to the window, warm up the
        checks, offer to resume."""
        from imsync_gui.gui.preload import preload

        await preload()
        from imsync_gui.gui.core import build_core
        from imsync_gui.gui.notices import tell

        core = build_core(self._wizard, self._config, default_folder(), self._wizard.settings)
        self._wizard.attach(core)
        # Everything made so far (modules, Qt wrappers, the pages: most of the app's objects)
        # lives as long as the app: leave it out of the garbage collection. A full collection
        # otherwise went through all of it, about 28 ms holding the interpreter whichever thread
        # set it off (choosing the next question sets one off on a worker: a 29 ms stall).
        gc.freeze()
        core.service.warm_up()
        if self._config_problem is not None:
            tell(
                self._wizard,
                _("The endpoints file was not used"),
                _(
                    "{problem} Apple’s usual addresses are used instead.",
                    problem=self._config_problem,
                ),
                problem=True,
            )
        core.session_actions.offer_resume()

    def shut_down(self) -> None:
        """After the Qt loop has ended: wait for the checks to stop, then close the loop."""
        if self._loop is None:  # closed before the first paint was done: nothing started
            return
        self._loop.stop()  # marks the already-running loop as stopped, so it can run again
        if self._setting_up is not None and not self._setting_up.done():
            self._setting_up.cancel()  # closed while the rest was loading
        if self._wizard.is_attached():
            self._loop.run_until_complete(self._wizard.core.service.shutdown())
        self._loop.close()
