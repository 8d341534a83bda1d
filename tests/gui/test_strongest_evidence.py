"""The verdict banner names the strongest evidence for and against the cause (issue 14 item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from imsync_gui.gui import cause_page
from imsync_gui.gui.wizard import TroubleshooterWizard
from imsync_gui.model.answers import Answer
from imsync_gui.model.enums import CauseId
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.session import now
from imsync_gui.model.session_io import load_session

EXAMPLE = Path(__file__).resolve().parents[2] / "assets" / "examples" / "two-accounts-mac.json"


def banner_evidence(wizard: TroubleshooterWizard, cause: CauseId) -> tuple[str, bool]:
    [page] = [p for p in wizard.cause_pages if p.cause.id is cause]
    label = page.ui.evidenceLabel
    return label.text(), label.isVisibleTo(page)


def test_banner_lists_evidence_both_ways_in_order(wizard: TroubleshooterWizard) -> None:
    wizard.model.replace_session(load_session(EXAMPLE))
    text, shown = banner_evidence(wizard, CauseId.ACCOUNT)
    lines = text.splitlines()
    assert shown
    assert "Points to it:" in lines and "Points away from it:" in lines, text
    to, away = lines.index("Points to it:"), lines.index("Points away from it:")
    assert to < away, text
    assert 1 <= away - to - 1 <= 3 and 1 <= len(lines) - away - 1 <= 3, text
    assert "• iPhone: signed in to an Apple Account." in lines[away + 1 :], text
    assert any("Work iMac" in line for line in lines[to + 1 : away]), text


def test_banner_without_evidence_shows_neither_list(wizard: TroubleshooterWizard) -> None:
    text, shown = banner_evidence(wizard, CauseId.NETWORK)
    assert not wizard.model.diagnosis.finding(CauseId.NETWORK).weighed
    assert text == "" and not shown


def test_only_the_banners_whose_finding_changed_are_redrawn(
    wizard: TroubleshooterWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard.model.replace_session(load_session(EXAMPLE))
    before = wizard.model.diagnosis
    drawn: list[CauseId] = []
    draw = cause_page._strongest_evidence
    monkeypatch.setattr(
        cause_page, "_strongest_evidence", lambda f: (drawn.append(f.cause), draw(f))[1]
    )
    wizard.model.set_answer(Answer(QuestionId.STORAGE_FULL_ALERT, "yes", now()))
    after = wizard.model.diagnosis
    changed = [f.cause for f in after.findings if f != before.finding(f.cause)]
    assert CauseId.STORAGE in changed and len(changed) < len(CauseId)
    assert sorted(drawn) == sorted(changed)
    text, _shown = banner_evidence(wizard, CauseId.STORAGE)
    assert "storage" in text.lower(), text
