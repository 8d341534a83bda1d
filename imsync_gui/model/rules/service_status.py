"""Rule for the iCloud service status cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CheckId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import from_check

EXPLANATIONS = {
    Verdict.PROBLEM: N_("Apple reports an outage in a service that Messages sync relies on."),
    Verdict.WARNING: N_("Apple's services may be having trouble right now."),
    Verdict.FINE: N_("Apple reports its services as working."),
    Verdict.NOT_CHECKED: N_("Apple's service status has not been checked yet."),
}

WAIT = ("wait_for_apple",)


def signals(ev: Evidence) -> Iterator[Signal]:
    """Apple's status feed first; reports from other people as supporting evidence."""
    yield from from_check(ev, CheckId.SERVICE_STATUS, Confidence.HIGH, WAIT, blocking=True)
    others = ev.choice("service_status.others_report")
    if others == "yes":
        yield Signal(
            Verdict.WARNING,
            Confidence.MEDIUM,
            N_("Other people are reporting trouble with iMessage or iCloud today."),
            WAIT,
        )
    elif others == "no":
        yield Signal(
            Verdict.NOT_CHECKED,
            Confidence.LOW,
            N_(
                "You have not heard of others having trouble, which cannot rule out an outage on its own."
            ),
        )
