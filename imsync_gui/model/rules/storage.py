"""Rule for the iCloud storage cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.calculators import CalculationError, StorageState, plan_label, storage_report
from imsync_gui.model.enums import Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import on_answer

EXPLANATIONS = {
    Verdict.PROBLEM: N_("Your iCloud storage is full, so new messages cannot be uploaded."),
    Verdict.WARNING: N_("Your iCloud storage is nearly full; syncing will stop when it runs out."),
    Verdict.FINE: N_("There is enough free iCloud storage."),
    Verdict.NOT_CHECKED: N_("Your iCloud storage has not been looked at yet."),
}

FIXES = ("free_up_icloud_storage", "upgrade_icloud_storage", "sync_now")


def signals(ev: Evidence) -> Iterator[Signal]:
    """The storage arithmetic from the person's numbers, and any "storage full" alert."""
    plan = ev.choice("storage.plan")
    used = ev.number("storage.used_gb")
    if plan is not None and used is not None:
        yield _from_numbers(float(plan), used, ev.number("storage.messages_gb"))
    yield from on_answer(
        ev,
        "storage.full_alert",
        None,
        bad="yes",
        verdict=Verdict.PROBLEM,
        confidence=Confidence.HIGH,
        blocking=True,
        bad_text=N_("You have seen the alert that iCloud storage is full."),
        good_text=N_("You have not seen a “storage full” alert."),
        fixes=FIXES,
    )


def _from_numbers(plan: float, used: float, messages: float | None) -> Signal:
    try:
        report = storage_report(plan, used, messages)
    except CalculationError as exc:
        return Signal(Verdict.NOT_CHECKED, Confidence.LOW, str(exc))
    summary = N_("{used} GB of your {plan} plan is used. {advice}").format(
        used=f"{used:g}", plan=plan_label(plan), advice=" ".join(report.advice)
    )
    if report.state is StorageState.FULL:
        return Signal(Verdict.PROBLEM, Confidence.HIGH, summary, FIXES, blocking=True)
    if report.state is StorageState.NEARLY_FULL:
        return Signal(Verdict.WARNING, Confidence.MEDIUM, summary, FIXES)
    return Signal(Verdict.FINE, Confidence.HIGH, summary)
