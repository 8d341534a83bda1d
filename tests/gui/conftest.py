"""Fixtures for the wizard tests: one qasync loop, a loopback stand-in for Apple, a wizard."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.app_settings import name_application
from imsync_gui.gui.core import open_window
from imsync_gui.gui.wizard import TroubleshooterWizard
from tests.checks.conftest import no_proxy_env  # noqa: F401 - autouse: proxies must not reroute loopback
from tests.gui.lab import apple_lab


@pytest.fixture(scope="session")
def event_loop_qt(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for the whole session, driven by pytest-qt's event processing."""
    QStandardPaths.setTestModeEnabled(True)
    name_application(qapp)
    loop = qasync.QEventLoop(qapp, already_running=True)
    executor = qasync.QThreadExecutor(4)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    executor.shutdown(wait=True)


@pytest.fixture(autouse=True)
def _cancel_leftover_tasks(event_loop_qt: qasync.QEventLoop, qtbot: object) -> Iterator[None]:
    yield
    leftovers = [t for t in asyncio.all_tasks(event_loop_qt) if not t.done()]
    for task in leftovers:
        task.cancel()
    if leftovers:
        qtbot.waitUntil(lambda: all(t.done() for t in leftovers), timeout=5000)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EndpointConfig]:
    """Loopback servers for every check, shared by the whole session."""
    with apple_lab(tmp_path_factory.mktemp("lab")) as config:
        yield config


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    """Where this test's autosave lives."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of this test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_wizard(
    qtbot: object, config: EndpointConfig, folder: Path, settings: QSettings
) -> TroubleshooterWizard:
    """A shown wizard whose autosave has been started (or offered), closed after the test."""
    wizard = open_window(config, folder, settings)

    def stop_checks(window: TroubleshooterWizard) -> None:
        window.service.cancel()
        qtbot.waitUntil(lambda: not window.service.is_running(), timeout=5000)  # type: ignore[attr-defined]

    qtbot.addWidget(wizard, before_close_func=stop_checks)  # type: ignore[attr-defined]
    wizard.show()
    qtbot.waitExposed(wizard)  # type: ignore[attr-defined]
    wizard.session_actions.offer_resume()
    return wizard


@pytest.fixture
def wizard(
    qtbot: object, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> TroubleshooterWizard:
    """A fresh wizard on the loopback lab."""
    return make_wizard(qtbot, lab, data_folder, settings)
