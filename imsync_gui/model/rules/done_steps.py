"""Evidence from fix steps already done: a step marked done while the message is still there.

Once the person has done a step and then answers the follow-up question "is the message still
there?" with yes on some device, each cause the step repairs becomes less likely: if the cause
were a reason, the step would have cleared it with the chance in the step's ``repairs``; so the
likelihood ratio of "done, and still paused" for that cause is ``1 - repairs[cause]`` (never
below 0.05: a step can be done half-way). It is a row like any other, built from fix-step data.
"""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import Msg, msg
from imsync_gui.model import knowledge
from imsync_gui.model.enums import Confidence, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import QuestionId

LOWEST_LR = 0.05


def signals(ev: Evidence) -> Iterator[Signal]:
    """One signal per step done, when the message is still there on a device."""
    still = [d.id for d in ev.devices if ev.choice(QuestionId.FOLLOWUP_STILL_PAUSED, d) == "yes"]
    if not still:
        return
    for fix_id in sorted(ev.session.done_steps):
        try:
            fix = knowledge.fix(fix_id)
        except KeyError:
            continue
        yield Signal(
            Verdict.FINE,
            Confidence.MEDIUM,
            msg("You did “{step}”, and the message is still there.", step=Msg(fix.title)),
            devices=tuple(still),
            weights={cause: max(LOWEST_LR, 1 - chance) for cause, chance in fix.repairs.items()},
            fact=f"done.{fix.id}",
        )
