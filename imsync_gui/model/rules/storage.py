"""Rule for the iCloud storage cause: the storage arithmetic, then the table rows."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, Msg, msg
from imsync_gui.model.calculators import CalculationError, StorageState, plan_label, storage_report
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import storage
from imsync_gui.model.rules.table import answer_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("Your iCloud storage is full, so new messages cannot be uploaded."),
    Verdict.WARNING: N_("Your iCloud storage is nearly full; syncing will stop when it runs out."),
    Verdict.FINE: N_("iCloud storage does not look like the reason."),
    Verdict.NOT_CHECKED: N_("Your iCloud storage has not been looked at yet."),
}

FIXES = storage.STORAGE_FIXES
FACT = "storage.full"
"""The storage arithmetic and the "storage full" alert read one fact: counted once."""


def signals(ev: Evidence) -> Iterator[Signal]:
    """The storage arithmetic from the person's numbers, any "storage full" alert, and what
    takes the room when it is short."""
    plan = ev.choice(QuestionId.STORAGE_PLAN)
    used = ev.number(QuestionId.STORAGE_USED_GB)
    short: Signal | None = None
    if plan is not None and used is not None:
        short = _from_numbers(float(plan), used, ev.number(QuestionId.STORAGE_MESSAGES_GB))
        yield short
    rows = list(answer_signals(ev, storage.CAUSE.rules))
    yield from rows
    if any(s.verdict in (Verdict.PROBLEM, Verdict.WARNING) for s in [short, *rows] if s):
        yield from _backups(ev)


def _backups(ev: Evidence) -> Iterator[Signal]:
    """When space is short and device backups take the most of it, deleting old backups is the
    step that frees room for Messages. With room to spare, large backups are no reason."""
    if ev.choice(QuestionId.STORAGE_BIGGEST) == "backups":
        yield Signal(
            Verdict.WARNING,
            Confidence.MEDIUM,
            msg("Device backups take the most room in your iCloud, crowding out Messages."),
            (FixId.DELETE_OLD_BACKUPS,),
            weights={CauseId.STORAGE: 1.5},
        )


def _from_numbers(plan: float, used: float, messages: float | None) -> Signal:
    try:
        report = storage_report(plan, used, messages)
    except CalculationError as exc:
        return Signal(Verdict.NOT_CHECKED, Confidence.LOW, exc.message)
    summary = msg(
        "{used:g} GB of your {plan} plan is used. {advice}",
        used=used,  # a number: written with the reader's decimal sign
        plan=plan_label(plan),
        advice=_joined(report.advice),
    )
    if report.state is StorageState.FULL:
        return Signal(
            Verdict.PROBLEM,
            Confidence.HIGH,
            summary,
            FIXES,
            blocking=True,
            weights=_w(80),
            fact=FACT,
        )
    if report.state is StorageState.NEARLY_FULL:
        return Signal(Verdict.WARNING, Confidence.MEDIUM, summary, FIXES, weights=_w(4), fact=FACT)
    return Signal(Verdict.FINE, Confidence.HIGH, summary, weights=_w(0.1), fact=FACT)


def _w(lr: float) -> dict[CauseId, float]:
    return {CauseId.STORAGE: lr}


def _joined(sentences: tuple[Msg, ...]) -> Msg:
    """Sentences one after another, each translated on its own."""
    first, *rest = sentences
    return first if not rest else msg("{first} {rest}", first=first, rest=_joined(tuple(rest)))
