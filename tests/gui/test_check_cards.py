"""Every check's card reads as plain words: passed, warning, failed and could not run alike.

The results come from the real checks run against the loopback lab (what passes) and against
a closed port (what an offline computer sees), so every value shape a check really produces
is rendered; each is also shown with the other outcomes, as a later run may report them.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.runner import run_checks
from imsync_gui.gui.check_card import CheckCard
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import Msg
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.gui.lab import unreachable

OUTCOMES = (CheckStatus.PASS, CheckStatus.WARN, CheckStatus.FAIL, CheckStatus.ERROR)
RAW = re.compile(r"\{'|\bNone\b|\bTrue\b|\bFalse\b|\b[A-Z]\w*(Error|Exception)\b|\w+error\b")
_RESULTS: dict[str, list[CheckResult]] = {}


def real_results(qtbot: QtBot, lab: EndpointConfig) -> list[CheckResult]:
    """Every check's result on the lab and offline (run once per test session)."""
    if not _RESULTS:
        for name, config in (("lab", lab), ("offline", unreachable(lab))):
            task = asyncio.ensure_future(run_checks(config))
            qtbot.waitUntil(task.done, timeout=30000)
            _RESULTS[name] = task.result()
    return _RESULTS["lab"] + _RESULTS["offline"]


def visible_text(card: QWidget) -> str:
    parts = [
        w.text()
        for w in card.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(card)
    ]
    return "\n".join(parts)


@pytest.mark.parametrize("status", OUTCOMES, ids=[s.value for s in OUTCOMES])
def test_every_card_speaks_plainly(qtbot: QtBot, lab: EndpointConfig, status: CheckStatus) -> None:
    results = real_results(qtbot, lab)
    model = SessionModel()
    service = CheckService(model, lab)
    for check_id in CheckId:
        shapes = [r for r in results if r.check_id == check_id]
        assert shapes, f"{check_id} produced no result"
        for shape in sorted(shapes, key=lambda r: r.status is not status):
            model.record_check(replace(shape, status=status))
            card = CheckCard(check_id, model, service)
            qtbot.addWidget(card)
            card.ui.detailsButton.setChecked(True)
            card.show()
            text = visible_text(card)
            assert card.ui.messageLabel.text(), f"{check_id}: no plain sentence"
            assert card.ui.detailsBox.isVisible()
            found = RAW.search(text)
            assert found is None, f"{check_id} ({status}) shows {found.group()!r}:\n{text}"
            card.ui.detailsButton.setChecked(False)
            assert not card.ui.detailsBox.isVisible(), "details fold away"


def test_a_card_without_a_result_offers_to_run(qtbot: QtBot, lab: EndpointConfig) -> None:
    model = SessionModel()
    card = CheckCard(CheckId.PUSH, model, CheckService(model, lab))
    qtbot.addWidget(card)
    card.show()
    assert card.ui.runAgainButton.text() == "Run now"
    assert not card.ui.detailsButton.isVisible()


def detail_cells(card: CheckCard) -> list[QLabel]:
    return card.ui.detailsBox.findChildren(QLabel, "detailCell")


def a_result(host: str) -> CheckResult:
    when = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    return CheckResult(
        CheckId.PUSH.value, CheckStatus.PASS, Msg("Reached"), when, 0.4, {"host": host}
    )


def test_details_are_built_when_unfolded_and_only_again_for_a_new_result(
    qtbot: QtBot, lab: EndpointConfig
) -> None:
    model = SessionModel()
    service = CheckService(model, lab)
    model.record_check(a_result("first.example"))
    card = CheckCard(CheckId.PUSH, model, service)
    qtbot.addWidget(card)
    card.show()
    service.started.emit(CheckId.PUSH.value)  # a suite starts: the card shows it is running
    service.finished.emit(CheckId.PUSH.value, None)
    assert not detail_cells(card), "a folded table is not built"

    card.ui.detailsButton.setChecked(True)
    built = detail_cells(card)
    assert "first.example" in [cell.text() for cell in built]
    service.started.emit(CheckId.PUSH.value)
    service.finished.emit(CheckId.PUSH.value, None)
    assert detail_cells(card) == built, "the same result keeps its table"

    model.record_check(a_result("second.example"))
    service.finished.emit(CheckId.PUSH.value, model.session.check(CheckId.PUSH.value))
    hosts = lambda: [c.text() for c in detail_cells(card) if "example" in c.text()]  # noqa: E731
    qtbot.waitUntil(lambda: hosts() == ["second.example"])  # the old cells are deleted later
