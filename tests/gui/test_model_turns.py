"""Check results that arrive in one turn of the event loop are weighed and shown once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.diagnosis import Diagnosis, diagnose
from imsync_gui.model.enums import CauseId, CheckId, CheckStatus, Verdict
from imsync_gui.model.session_io import load_session
from tests.gui.conftest import make_wizard

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def failed(check: CheckId) -> CheckResult:
    return CheckResult(check.value, CheckStatus.FAIL, Msg("Could not connect"), T0, 0.3, {})


def test_results_of_one_turn_make_one_diagnosis_on_the_next(qtbot: QtBot) -> None:
    model = SessionModel()
    heard: list[Diagnosis] = []
    changes: list[None] = []
    model.diagnosis_changed.connect(heard.append)
    model.changed.connect(lambda: changes.append(None))
    for check in CheckId:
        model.record_check(failed(check))
    assert heard == [] and changes == [], "nothing is redrawn per result"
    assert model.diagnosis == diagnose(model.session), "yet the diagnosis is already current"
    qtbot.waitUntil(lambda: len(heard) == 1)
    assert len(changes) == 1
    assert heard[0] == diagnose(model.session)
    assert heard[0].finding(CauseId.NETWORK).verdict is Verdict.PROBLEM
    qtbot.wait(20)
    assert len(heard) == 1, "told once, not once per result"


def test_an_answer_in_the_same_turn_tells_of_the_results_too(qtbot: QtBot) -> None:
    model = SessionModel()
    heard: list[Diagnosis] = []
    model.diagnosis_changed.connect(heard.append)
    model.record_check(failed(CheckId.PUSH))
    model.set_answer(Answer("storage.full_alert", "yes", T0))
    assert len(heard) == 1
    assert heard[0] == diagnose(model.session)
    qtbot.wait(20)
    assert len(heard) == 1, "the answer's signals told of the result"


def test_closing_the_window_saves_a_result_of_that_very_turn(
    qtbot: QtBot, lab: EndpointConfig, data_folder: Path, settings: QSettings
) -> None:
    wizard = make_wizard(qtbot, lab, data_folder, settings)
    qtbot.waitUntil(wizard.autosave.path.is_file)  # nothing left to save
    wizard.model.record_check(failed(CheckId.PUSH))
    wizard.close()
    saved = load_session(wizard.autosave.path)
    assert saved.check(CheckId.PUSH.value) is not None
