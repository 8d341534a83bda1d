"""Rule for the Apple Account cause."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CheckId, Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import from_check, on_answer

EXPLANATIONS = {
    Verdict.PROBLEM: N_("An Apple Account problem is keeping at least one device out of the sync."),
    Verdict.WARNING: N_("Something about the Apple Account needs a closer look."),
    Verdict.FINE: N_("Every device is signed in to the same account without complaint."),
    Verdict.NOT_CHECKED: N_("The Apple Account has not been looked at yet."),
}


def signals(ev: Evidence) -> Iterator[Signal]:
    """Sign-in state per device, account locks, one account across devices, sign-in hosts."""
    for device in ev.devices:
        yield from on_answer(
            ev,
            "account.signed_in",
            device,
            bad="no",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.HIGH,
            bad_text=N_("not signed in to an Apple Account."),
            good_text=N_("signed in to an Apple Account."),
            fixes=("sign_in_again",),
        )
        yield from on_answer(
            ev,
            "account.sign_in_prompt",
            device,
            bad="yes",
            verdict=Verdict.PROBLEM,
            confidence=Confidence.HIGH,
            bad_text=N_("keeps asking to sign in again, so iCloud is waiting for you."),
            good_text=N_("no sign-in requests are waiting."),
            fixes=("sign_in_again",),
        )
    yield from on_answer(
        ev,
        "account.locked",
        None,
        bad="yes",
        verdict=Verdict.PROBLEM,
        confidence=Confidence.HIGH,
        blocking=True,
        bad_text=N_("Apple has told you the account is locked or restricted."),
        good_text=N_("Apple has not reported a lock on the account."),
        fixes=("contact_apple_support",),
    )
    yield from _one_account(ev)
    yield from from_check(ev, CheckId.HTTPS_ACCOUNT, Confidence.MEDIUM, ("open_apple_ports",))


def _one_account(ev: Evidence) -> Iterator[Signal]:
    known = [(d, d.apple_account.strip().casefold()) for d in ev.devices if d.apple_account]
    if len(known) < 2:
        return
    counts = Counter(account for _, account in known)
    if len(counts) == 1:
        yield Signal(
            Verdict.FINE,
            Confidence.HIGH,
            N_("All the devices you listed ({n}) use the same Apple Account.").format(n=len(known)),
        )
        return
    main, _ = counts.most_common(1)[0]
    odd = [d for d, account in known if account != main]
    yield Signal(
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Your devices use {n} different Apple Accounts; not matching the rest: {names}.").format(
            n=len(counts), names=", ".join(d.label for d in odd)
        ),
        ("use_one_apple_account",),
        tuple(d.id for d in odd),
    )
