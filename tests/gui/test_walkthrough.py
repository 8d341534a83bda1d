"""Walk the whole wizard for one household, as a person would, and check the plan it ends with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWizard
from pytestqt.qtbot import QtBot

from imsync_gui.gui.cause_page import CausePage
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard
from imsync_gui.model.answers import NOT_SURE
from imsync_gui.model.enums import CauseId, CheckStatus, DeviceKind, Verdict
from tests.gui.person import NOW, add_device, agree, answer_page, click_next, every_page

PHONE, MAC = DeviceKind.IPHONE, DeviceKind.MAC

FULL_STORAGE_LOW_POWER = {
    ("network.connection", PHONE): "wifi",
    ("network.pages_load", PHONE): "yes",
    ("network.pages_load", MAC): "yes",
    ("network.low_data_mode", PHONE): "no",
    ("network.same_network", None): "yes",
    ("storage.plan", None): "5",
    ("storage.used_gb", None): 5.0,
    ("storage.messages_gb", None): NOT_SURE,
    ("storage.full_alert", None): "yes",
    ("account.signed_in", PHONE): "yes",
    ("account.signed_in", MAC): "yes",
    ("account.sign_in_prompt", PHONE): "no",
    ("account.sign_in_prompt", MAC): "no",
    ("account.locked", None): "no",
    ("software.update_waiting", PHONE): "no",
    ("software.update_waiting", MAC): "no",
    ("power.low_power_mode", PHONE): "yes",
    ("power.battery_percent", PHONE): 15.0,
    ("power.mac_low_power", MAC): "never",
    ("power.often_off", PHONE): "no",
    ("power.often_off", MAC): "no",
    ("service_status.others_report", None): "no",
    ("clock.automatic", PHONE): "yes",
    ("clock.automatic", MAC): "yes",
    ("clock.device_time", PHONE): NOW,
    ("clock.device_time", MAC): NOW,
    ("background_refresh.setting", PHONE): "wifi",
    ("messages.imessage_on", PHONE): "yes",
    ("messages.imessage_on", MAC): "yes",
}


def test_a_household_with_full_storage_and_low_power_gets_those_fixes_first(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PageId.WELCOME
    assert not next_button.isEnabled(), "Next must wait for the agreement"
    assert not wizard.service.is_running(), "no check may run before the person agrees"

    agree(qtbot, wizard)
    assert wizard.service.is_running(), "agreeing starts the checks in the background"
    click_next(qtbot, wizard)
    assert wizard.currentId() == PageId.TRIAGE
    click_next(qtbot, wizard)

    assert wizard.currentId() == PageId.DEVICES
    assert not next_button.isEnabled(), "at least one device is needed"
    add_device(qtbot, wizard, PHONE, "Sams iPhone", "18.7", "On")
    add_device(qtbot, wizard, MAC, "Family iMac", "15.7", "On")
    assert [d.label for d in wizard.model.session.devices] == ["Sams iPhone", "Family iMac"]
    click_next(qtbot, wizard)
    every_page(qtbot, wizard)

    answered = 0
    seen: list[CauseId] = []
    while isinstance(wizard.currentPage(), CausePage):
        page = wizard.currentPage()
        assert isinstance(page, CausePage)
        seen.append(page.cause.id)
        answered += answer_page(qtbot, page, FULL_STORAGE_LOW_POWER)
        click_next(qtbot, wizard)

    assert seen == list(CauseId), "every cause applies to an iPhone plus a Mac"
    assert answered == len(FULL_STORAGE_LOW_POWER)
    recorded = {(a.question, a.device) for a in wizard.model.session.answers.values()}
    kinds = {d.id: d.kind for d in wizard.model.session.devices}
    expected = set(FULL_STORAGE_LOW_POWER)
    assert {(q, kinds.get(d)) for q, d in recorded} == expected
    assert wizard.currentId() == PageId.PLAN

    qtbot.waitUntil(lambda: not wizard.service.is_running(), timeout=15000)
    checks = wizard.model.session.checks
    assert len(checks) == 11
    assert all(r.status is CheckStatus.PASS for r in checks.values()), {
        k: (r.status, r.message) for k, r in checks.items()
    }

    diagnosis = wizard.model.diagnosis
    problems = [f.cause for f in diagnosis.findings if f.verdict is Verdict.PROBLEM]
    assert set(problems) == {CauseId.STORAGE, CauseId.POWER}
    assert diagnosis.finding(CauseId.CLOCK).verdict is Verdict.FINE
    assert diagnosis.finding(CauseId.NETWORK).verdict is Verdict.FINE
    first_fixes = {step.fix.id for step in diagnosis.plan.steps[:3]}
    assert "turn_off_low_power_mode" in first_fixes
    assert first_fixes & {"free_up_icloud_storage", "upgrade_icloud_storage"}
    lead, found = wizard.plan.view.lead.text(), wizard.plan.view.footer.text()
    assert lead.startswith("Most likely: ") and "step 1" in lead
    assert "9 causes: 2 problem" in found and "iCloud storage" in found
    assert "Quit keeps them" in found, "the plan page says plainly that answers are kept"
    first = diagnosis.plan.steps[0].fix.id
    tick = wizard.plan.view.findChild(QCheckBox, f"done_{first}")
    assert tick is not None and tick.isVisible(), "each plan step is shown with its Done tick"
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert first in wizard.model.session.done_steps
    assert wizard.model.diagnosis.plan.steps[0].done
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == f"done_{first}", "focus stays put"


def test_causes_without_questions_or_checks_for_the_devices_are_skipped(
    qtbot: QtBot, wizard: TroubleshooterWizard
) -> None:
    agree(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)  # past the triage page
    add_device(qtbot, wizard, MAC, "Work Mac", "15.7", "On")
    click_next(qtbot, wizard)
    every_page(qtbot, wizard)
    seen = []
    while isinstance(wizard.currentPage(), CausePage):
        seen.append(wizard.currentPage().cause.id)  # type: ignore[attr-defined]
        click_next(qtbot, wizard)
    assert CauseId.BACKGROUND_REFRESH not in seen, "Background App Refresh does not exist on a Mac"
    assert CauseId.CLOCK in seen and CauseId.STORAGE in seen
    assert wizard.currentId() == PageId.PLAN
