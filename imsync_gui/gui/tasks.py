"""Strong references to running coroutines (qasync's asyncSlot keeps none)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


class BackgroundTasks:
    """Starts coroutines as tasks on the running loop and keeps them until they end."""

    def __init__(self, on_idle: Callable[[], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_idle = on_idle

    def __bool__(self) -> bool:
        return bool(self._tasks)

    def start(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Schedule *coroutine*; the task is held until it finishes or is cancelled."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._forget)
        return task

    def cancel_all(self) -> None:
        """Cancel every task still running."""
        for task in list(self._tasks):
            task.cancel()

    async def cancel_and_wait(self) -> None:
        """Cancel every task and wait until all have ended."""
        running = list(self._tasks)
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks and self._on_idle is not None:
            self._on_idle()
