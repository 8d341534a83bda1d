"""The one object that runs live checks on the qasync loop and reports through signals."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.runner import CheckEvent, run_checks
from imsync_gui.checks.tls import warm_up
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.tasks import BackgroundTasks
from imsync_gui.i18n import _


class CheckService(QObject):
    """Runs all checks, or one again, without blocking the window.

    Results go straight into the SessionModel. Running tasks are kept here (qasync's
    ``asyncSlot`` keeps no reference), so they are neither collected nor orphaned, and
    ``cancel()`` stops them all.
    """

    started = Signal(str)
    finished = Signal(str, object)
    """(check id, CheckResult), or None when the check was stopped before it had a result."""
    all_finished = Signal()
    failed = Signal(str)

    def __init__(
        self, model: SessionModel, config: EndpointConfig, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._config = config
        self._tasks = BackgroundTasks(on_idle=self.all_finished.emit)
        self._warming = BackgroundTasks()  # apart: warming up is not running checks
        self._running: set[str] = set()

    def is_running(self, check_id: str | None = None) -> bool:
        """True while the given check (or, without an id, any check) is running."""
        return check_id in self._running if check_id else bool(self._tasks)

    def run_all(self) -> None:
        """Start every check in the background."""
        self._start(None)

    def run_one(self, check_id: str) -> None:
        """Run one check again ("Run again"); ignored while that check is already running."""
        if check_id not in self._running:
            self._start((check_id,))

    def warm_up(self) -> None:
        """Prepare in the background what the first suite would otherwise pay for (threads,
        SSL context, certificate parser), so it does not stall the window then."""
        self._warming.start(warm_up(self._config))

    def cancel(self) -> None:
        """Stop every running check; results already recorded stay."""
        self._tasks.cancel_all()

    async def shutdown(self) -> None:
        """Cancel every running check and wait until they have all stopped."""
        await self._warming.cancel_and_wait()
        await self._tasks.cancel_and_wait()

    def _start(self, only: Iterable[str] | None) -> None:
        self._tasks.start(self._run(None if only is None else tuple(only)))

    async def _run(self, only: tuple[str, ...] | None) -> None:
        mine: set[str] = set()

        def on_event(event: CheckEvent) -> None:
            if event.kind == "started":
                mine.add(event.check_id)
                self._running.add(event.check_id)
                self.started.emit(event.check_id)
            elif event.result is not None:
                mine.discard(event.check_id)
                self._running.discard(event.check_id)
                self._model.record_check(event.result)
                self.finished.emit(event.check_id, event.result)

        try:
            await run_checks(self._config, only=only, on_event=on_event)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.failed.emit(_("The live checks stopped unexpectedly: {error}", error=str(exc)))
        finally:
            for check_id in mine:  # cancelled or failed before reporting a result
                self._running.discard(check_id)
                self.finished.emit(check_id, None)
