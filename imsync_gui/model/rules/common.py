"""Helpers shared by the rules: turning check results and yes/no answers into signals."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckStatus, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal

_STATUS_VERDICT = {
    CheckStatus.PASS: Verdict.FINE,
    CheckStatus.WARN: Verdict.WARNING,
    CheckStatus.FAIL: Verdict.PROBLEM,
}


def from_check(
    ev: Evidence,
    check_id: str,
    confidence: Confidence,
    fixes: tuple[str, ...],
    *,
    blocking: bool = False,
    note: str = "",
) -> Iterator[Signal]:
    """A signal from a live check: pass is fine, warn a warning, fail a problem.

    A check that could not run, or was skipped, adds a note but no verdict.
    """
    result = ev.check(check_id)
    if result is None:
        return
    verdict = _STATUS_VERDICT.get(result.status)
    text = N_("Live check: {message}").format(message=result.message.rstrip("."))
    if note:
        text = f"{text} ({note})"
    if verdict is None:
        why = N_("Live check could not run: {message}").format(message=result.message.rstrip("."))
        yield Signal(Verdict.NOT_CHECKED, Confidence.LOW, why + ".")
        return
    yield Signal(
        verdict,
        confidence,
        text + ".",
        fixes=fixes if verdict is not Verdict.FINE else (),
        blocking=blocking and verdict is Verdict.PROBLEM,
    )


def on_answer(
    ev: Evidence,
    question: str,
    device: Device | None,
    *,
    bad: str,
    verdict: Verdict,
    confidence: Confidence,
    bad_text: str,
    good_text: str,
    fixes: tuple[str, ...],
    blocking: bool = False,
) -> Iterator[Signal]:
    """A signal from a yes/no or choice answer: the *bad* value yields *verdict*, any other
    definite value a fine signal; "Not sure" and no answer yield nothing."""
    value = ev.choice(question, device)
    if value is None:
        return
    prefix = f"{device.label}: " if device else ""
    devices = (device.id,) if device else ()
    if value == bad:
        yield Signal(verdict, confidence, prefix + bad_text, fixes, devices, blocking)
    else:
        yield Signal(Verdict.FINE, confidence, prefix + good_text, devices=devices)
