"""Rule for the iCloud service status cause: everything is in its rule rows."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.knowledge import service_status
from imsync_gui.model.rules.table import answer_signals, check_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("Apple reports an outage in a service that Messages sync relies on."),
    Verdict.WARNING: N_("Apple's services may be having trouble right now."),
    Verdict.FINE: N_("Apple reports its services as working."),
    Verdict.NOT_CHECKED: N_("Apple's service status has not been checked yet."),
}


def signals(ev: Evidence) -> Iterator[Signal]:
    """Apple's status feed first; reports from other people as supporting evidence."""
    yield from check_signals(ev, service_status.CAUSE.check_rules)
    yield from answer_signals(ev, service_status.CAUSE.rules)
