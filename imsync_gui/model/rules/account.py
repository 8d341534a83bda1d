"""Rule for the Apple Account cause: the table rows, and one account across a person's devices."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from imsync_gui.i18n import N_, msg, msg_n
from imsync_gui.model.devices import other_peoples_iphones
from imsync_gui.model.enums import CauseId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId
from imsync_gui.model.knowledge import account
from imsync_gui.model.rules.table import answer_signals, check_signals

EXPLANATIONS = {
    Verdict.PROBLEM: N_("An Apple Account problem is keeping at least one device out of the sync."),
    Verdict.WARNING: N_("Something about the Apple Account needs a closer look."),
    Verdict.FINE: N_("The Apple Account does not look like the reason."),
    Verdict.NOT_CHECKED: N_("The Apple Account has not been looked at yet."),
}

ONE_ACCOUNT = "account.one_account"


def signals(ev: Evidence) -> Iterator[Signal]:
    """Sign-in state per device, account locks, one account across devices, sign-in hosts."""
    yield from answer_signals(ev, account.CAUSE.rules)
    yield from _one_account(ev)
    yield from check_signals(ev, account.CAUSE.check_rules)


def _one_account(ev: Evidence) -> Iterator[Signal]:
    """The devices of one person should share one Apple Account; another person's iPhone in
    the household (:func:`other_peoples_iphones`) is left out, with a note saying so."""
    others = other_peoples_iphones(ev.devices)
    if others:
        yield Signal(
            Verdict.NOT_CHECKED,
            Confidence.LOW,
            msg(
                "Left out when your devices are compared: {names}, another person's iPhone, "
                "with its own phone number and Apple Account.",
                names=", ".join(d.label for d in others),
            ),
            devices=tuple(d.id for d in others),
        )
    mine = [
        (d, d.apple_account.strip().casefold())
        for d in ev.devices
        if d.apple_account and d not in others
    ]
    if len(mine) < 2:
        return
    counts = Counter(account for _, account in mine)
    if len(counts) == 1:
        yield Signal(
            Verdict.FINE,
            Confidence.HIGH,
            msg_n(  # n >= 2; the plural forms still differ by number in some languages
                "All the devices you listed ({n}) use the same Apple Account.",
                "All the devices you listed ({n}) use the same Apple Account.",
                len(mine),
            ),
            weights={CauseId.ACCOUNT: 0.8},
            fact=ONE_ACCOUNT,
        )
        return
    main, _ = counts.most_common(1)[0]
    odd = [d for d, account in mine if account != main]
    yield Signal(
        Verdict.PROBLEM,
        Confidence.HIGH,
        msg_n(
            "Your devices use {n} different Apple Accounts; not matching the rest: {names}.",
            "Your devices use {n} different Apple Accounts; not matching the rest: {names}.",
            len(counts),
            names=", ".join(d.label for d in odd),
        ),
        (FixId.USE_ONE_APPLE_ACCOUNT,),
        tuple(d.id for d in odd),
        weights={CauseId.ACCOUNT: 30},
        fact=ONE_ACCOUNT,
    )
