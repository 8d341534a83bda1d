"""Running the checks concurrently under one overall deadline, with progress events."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.registry import late, run_check
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckId

CANCEL_GRACE_S = 0.2
"""How long cancelled checks get to close their connections before the run returns."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckEvent:
    """Progress for the UI: a check started, or finished with its result."""

    kind: Literal["started", "finished"]
    check_id: str
    result: CheckResult | None


def select(only: Collection[str] | None) -> list[CheckId]:
    """The checks to run, in CheckId order; raise ValueError naming any unknown id."""
    if only is None:
        return list(CheckId)
    unknown = sorted(set(only) - {c.value for c in CheckId})
    if unknown:
        raise ValueError(f"unknown check id: {', '.join(unknown)}")
    return [c for c in CheckId if c.value in only]


async def run_checks(
    config: EndpointConfig,
    *,
    only: Collection[str] | None = None,
    on_event: Callable[[CheckEvent], None] | None = None,
) -> list[CheckResult]:
    """Run the checks at once; return one result per check, in CheckId order.

    Checks still running at ``config.deadline_s`` are cancelled and reported as ERROR
    ("did not finish in time"). Cancelling the caller cancels every check.
    """
    ids = select(only)
    if not ids:
        return []

    def emit(event: CheckEvent) -> None:
        if on_event is None:
            return
        try:
            on_event(event)
        except Exception:
            _log.exception("progress callback failed for %s", event.check_id)

    async def one(check_id: CheckId) -> CheckResult:
        emit(CheckEvent("started", check_id.value, None))
        result = await run_check(check_id, config)
        emit(CheckEvent("finished", check_id.value, result))
        return result

    started_at, start = datetime.now(UTC), time.perf_counter()
    tasks = {c: asyncio.create_task(one(c), name=f"check:{c.value}") for c in ids}
    try:
        _done, pending = await asyncio.wait(tasks.values(), timeout=config.deadline_s)
    finally:
        unfinished = [t for t in tasks.values() if not t.done()]
        for task in unfinished:
            task.cancel()
        if unfinished:
            await asyncio.wait(unfinished, timeout=CANCEL_GRACE_S)
    results = []
    for check_id, task in tasks.items():
        if task in pending:
            result = late(check_id.value, started_at, start, config.deadline_s)
            emit(CheckEvent("finished", check_id.value, result))
        else:
            result = task.result()
        results.append(result)
    return results
