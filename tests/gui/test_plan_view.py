"""The on-screen plan: one card per step, done ticks reported, exports that survive errors."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox

from imsync_gui.export import files
from imsync_gui.gui.plan_view import PlanView
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.session import Session
from imsync_gui.report.exports import ExportFormat
from tests.report.sessions import ACCOUNT, MARKUP, quiet_session, troubled_session

pytestmark = pytest.mark.gui


@pytest.fixture
def ticks() -> list[tuple[str, bool]]:
    return []


@pytest.fixture
def view(qtbot, ticks: list[tuple[str, bool]]) -> PlanView:  # type: ignore[no-untyped-def]
    widget = PlanView()
    widget.done_changed.connect(lambda fix_id, done: ticks.append((fix_id, done)))
    qtbot.addWidget(widget)
    return widget


def show(view: PlanView, session: Session) -> None:
    view.set_diagnosis(diagnose(session), session)


def test_one_card_per_step_in_order(view: PlanView) -> None:
    session = troubled_session()
    show(view, session)
    steps = diagnose(session).plan.steps
    boxes = view.findChildren(QCheckBox)
    names = [b.objectName() for b in boxes if b.objectName().startswith("done_")]
    assert names == [f"done_{s.fix.id}" for s in steps]


def test_ticking_reports_and_holds_no_state(view: PlanView, ticks: list[tuple[str, bool]]) -> None:
    session = quiet_session()
    show(view, session)
    first = diagnose(session).plan.steps[0].fix.id
    view.findChild(QCheckBox, f"done_{first}").setChecked(True)
    assert ticks == [(first, True)]
    session.set_step_done(first, True)
    show(view, session)
    assert view.findChild(QCheckBox, f"done_{first}").isChecked()


def test_typed_markup_is_shown_as_text(view: PlanView) -> None:
    show(view, troubled_session(name=MARKUP))
    labels = [label for label in view.findChildren(QLabel) if MARKUP in label.text()]
    assert labels
    assert all(label.textFormat().name == "PlainText" for label in labels)


def test_save_pdf_and_json(qtbot, view: PlanView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    show(view, troubled_session())
    for kind in ExportFormat:
        target = tmp_path / f"plan.{kind.value}"
        with qtbot.waitSignal(view.exported, timeout=10000):
            view.save_to(target, kind)
        assert target.stat().st_size > 1000
    assert ACCOUNT not in (tmp_path / "plan.json").read_text("utf-8")
    assert ACCOUNT not in (tmp_path / "plan.html").read_text("utf-8")


def test_failed_save_explains_offers_retry_and_keeps_running(  # type: ignore[no-untyped-def]
    qtbot, view: PlanView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    show(view, quiet_session())

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_bytes_atomic", full)
    view.save_to(tmp_path / "plan.pdf", ExportFormat.PDF)
    qtbot.waitUntil(lambda: bool(view.findChildren(QMessageBox)), timeout=10000)
    box = view.findChildren(QMessageBox)[0]
    assert "disk is full" in box.text()
    assert [b.text() for b in box.buttons()] == ["Choose another place…", "Cancel"]
    box.reject()
    monkeypatch.undo()
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.save_to(tmp_path / "plan.pdf", ExportFormat.PDF)


def test_copy_summary_is_masked_unless_opted_in(view: PlanView) -> None:
    session = troubled_session()
    show(view, session)
    view.copy_summary()
    masked = QGuiApplication.clipboard().text()
    assert "Most likely" in masked and "hidden" in masked
    view.include_contacts.setChecked(True)
    assert view.report().devices[0].apple_account == ACCOUNT
