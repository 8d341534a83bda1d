"""The one way to run blocking work off the UI thread: ``await off_thread(func, *args)``.

Qt-free, so the core (checks, file reads and writes) and the window share it. It works on any
running asyncio loop: ``asyncio.run`` in the command line, the qasync loop in the window,
where the awaiting coroutine resumes on the UI thread. The work runs on the app's own pool of
worker threads, large enough for every live check's blocking step (DNS lookups, the time
servers, the proxy settings) to run at once.
"""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache, partial
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_T = TypeVar("_T")

WORKERS = 16
"""Enough for the whole check suite's blocking steps at once (they mostly wait on the network)."""


@cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="imsync-worker")


async def off_thread(func: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """Run ``func(*args, **kwargs)`` on a worker thread and return (or raise) what it does.

    The calling coroutine waits without blocking its loop. Cancelling it stops the waiting,
    not the call itself, which finishes in the background: keep such calls short and
    self-contained (one lookup, one file).
    """
    call = partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(_pool(), call)
