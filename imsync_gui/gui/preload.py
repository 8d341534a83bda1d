"""Loading the bulk of the app after the welcome page is shown, without freezing the window.

Each step is a function that imports: the imports are real (tools and readers follow them),
they just happen later.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from imsync_gui.model.offthread import off_thread


def load_qt_free_parts() -> None:
    """The network stack, checks, exports and diagnosis: about 0.3–0.5 s of imports, no Qt,
    so they can load on a worker thread."""
    import anyio._backends._asyncio  # noqa: F401 - anyio would import it on the first request
    import babel.numbers  # noqa: F401 - the first number a check card shows: 5 ms on the UI thread
    import httpcore  # noqa: F401 - httpx would import it when the first client is made
    import httpx  # noqa: F401

    from imsync_gui.checks import registry, runner  # noqa: F401
    from imsync_gui.export import content  # noqa: F401
    from imsync_gui.model import diagnosis, session_io  # noqa: F401


def _load_core() -> None:
    import imsync_gui.gui.core  # noqa: F401 - session model, check service, autosave, actions


def _load_devices_page() -> None:
    import imsync_gui.gui.devices_page  # noqa: F401


def _load_cause_page() -> None:
    import imsync_gui.gui.cause_page  # noqa: F401


def _load_plan_page() -> None:
    import imsync_gui.gui.plan_page  # noqa: F401


UI_STEPS: tuple[Callable[[], None], ...] = (
    _load_core,
    _load_devices_page,
    _load_cause_page,
    _load_plan_page,
)
"""Modules with Qt classes, which only the UI thread may define: 2–30 ms each."""


async def preload() -> None:
    """Import the Qt-free parts off the UI thread, then the Qt parts one per event-loop turn,
    so the window keeps painting and answering input in between."""
    with contextlib.suppress(ImportError):  # the UI steps import it again and report it
        await off_thread(load_qt_free_parts)
    for step in UI_STEPS:
        step()
        await asyncio.sleep(0)
