"""The one-line summary of a run, such as "11 checks: 1 fail, 2 warn, 0 could not run"."""

from __future__ import annotations

from collections.abc import Sequence

from imsync_gui.i18n import Msg, msg_n
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckStatus


def summary_line(results: Sequence[CheckResult]) -> Msg:
    """Counts of failures, warnings and checks that could not run."""

    def count(status: CheckStatus) -> int:
        return sum(1 for r in results if r.status is status)

    counts = {
        "fail": count(CheckStatus.FAIL),
        "warn": count(CheckStatus.WARN),
        "error": count(CheckStatus.ERROR),
    }
    skipped = count(CheckStatus.SKIPPED)
    if skipped:
        return msg_n(
            "{n} check: {fail} fail, {warn} warn, {error} could not run, {skipped} skipped",
            "{n} checks: {fail} fail, {warn} warn, {error} could not run, {skipped} skipped",
            len(results),
            skipped=skipped,
            **counts,
        )
    return msg_n(
        "{n} check: {fail} fail, {warn} warn, {error} could not run",
        "{n} checks: {fail} fail, {warn} warn, {error} could not run",
        len(results),
        **counts,
    )
