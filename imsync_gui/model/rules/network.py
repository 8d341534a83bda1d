"""Rule for the network cause: everything is in its rule rows."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.knowledge import network
from imsync_gui.model.rules.table import answer_signals, check_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_(
        "A connection problem is stopping at least one device from reaching iCloud."
    ),
    Verdict.WARNING: N_(
        "The connection works, but something on the way may slow or interrupt syncing."
    ),
    Verdict.FINE: N_("The connection looks healthy on every count that was checked."),
    Verdict.NOT_CHECKED: N_("Nothing is known about the connection yet."),
}


def signals(ev: Evidence) -> Iterator[Signal]:
    """Connection per device from the answers, then what this computer measured."""
    yield from answer_signals(ev, network.CAUSE.rules)
    yield from check_signals(ev, network.CAUSE.check_rules)
