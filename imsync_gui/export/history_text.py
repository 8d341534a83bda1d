"""Before and after in words: the evidence that changed, the verdicts, the one-line trend.

Shared by the terminal table (``imsync-gui diagnose --compare``), the report and the summary.
"""

from __future__ import annotations

from collections.abc import Callable

from imsync_gui.checks.titles import TITLES
from imsync_gui.export.labels import CHECK_STATUS_LABELS, VERDICT_LABELS
from imsync_gui.export.wording import answer_text
from imsync_gui.i18n import N_, _, _n, translate
from imsync_gui.model import knowledge
from imsync_gui.model.answers import NO, YES, AnswerValue
from imsync_gui.model.comparison import Comparison, EvidenceChange, Headline, Trend
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.history import CauseState

Mask = Callable[[str], str]

TREND_LINES = {
    Trend.BETTER: N_("Round {after} improved things since round {before}: {counts}."),
    Trend.WORSE: N_("Round {after} made things worse since round {before}: {counts}."),
    Trend.MIXED: N_("Round {after} fixed some things and broke others: {counts}."),
    Trend.SAME: N_("Round {after} changed nothing since round {before}: {counts}."),
}


def _as_is(text: str) -> str:
    return text


def state_text(state: CauseState | None) -> str:
    """A cause's state in a round: its verdict, with the probability when one was estimated."""
    if state is None:
        return _("not recorded")
    verdict = translate(VERDICT_LABELS[state.verdict])
    if state.probability is None:
        return verdict
    return _("{verdict}, {percent} %", verdict=verdict, percent=round(state.probability * 100))


def change_text(
    change: EvidenceChange, device_label: Callable[[str], str], mask: Mask = _as_is
) -> str:
    """One changed answer or check: "How much ... is used? (Phone) 4.95 GB → 2 GB"."""
    if change.kind == "check":
        title = translate(TITLES.get(change.id, change.id))
        return _(
            "{check}: {before} → {after}",
            check=title,
            before=_status(change.before),
            after=_status(change.after),
        )
    try:
        asked = knowledge.question(change.id)
    except KeyError:
        asked = None
    question = translate(asked.text) if asked else change.id
    if change.device:
        question = _(
            "{question} ({device})", question=question, device=mask(device_label(change.device))
        )

    def value(answer: AnswerValue | None) -> str:
        return _("no answer") if answer is None else mask(answer_text(asked, answer))

    return _(
        "{question} {before} → {after}",
        question=question,
        before=value(change.before),
        after=value(change.after),
    )


def _status(status: AnswerValue | None) -> str:
    if status is None:
        return _("not run")
    return translate(CHECK_STATUS_LABELS[CheckStatus(str(status))])


def paused_line(comparison: Comparison, device_label: Callable[[str], str]) -> str:
    """Where the paused message still shows after the round, or that it is gone; empty when
    nobody was asked."""
    paused = comparison.still_paused
    if not paused:
        return ""
    still = [device_label(d) for d, value in paused.items() if value == YES]
    if still:
        return _("The message is still there on: {devices}.", devices=", ".join(still))
    if set(paused.values()) == {NO}:
        return _n(
            "The message is gone from the device asked about.",
            "The message is gone from all {n} devices asked about.",
            len(paused),
        )
    return _("Nobody could tell yet whether the message is gone.")


def trend_line(comparison: Comparison) -> str:
    """One line: did the last round improve things, with the counts behind the answer."""
    fixed = comparison.count(Headline.FIXED)
    still = comparison.count(Headline.STILL_A_PROBLEM)
    new = comparison.count(Headline.NEW_PROBLEM)
    counts = _(
        "{fixed}, {still}, {new}",
        fixed=_n("{n} cause fixed", "{n} causes fixed", fixed),
        still=_n("{n} cause still a problem", "{n} causes still a problem", still),
        new=_n("{n} new problem", "{n} new problems", new),
    )
    return _(
        TREND_LINES[comparison.trend],
        after=comparison.after.number,
        before=comparison.before.number,
        counts=counts,
    )
