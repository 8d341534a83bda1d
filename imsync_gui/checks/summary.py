"""The one-line summary of a run, such as "11 checks: 1 fail, 2 warn, 0 could not run"."""

from __future__ import annotations

from collections.abc import Sequence

from imsync_gui.checks.outcome import say
from imsync_gui.i18n import N_
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckStatus


def summary_line(results: Sequence[CheckResult]) -> str:
    """Counts of failures, warnings and checks that could not run."""

    def count(status: CheckStatus) -> int:
        return sum(1 for r in results if r.status is status)

    line = say(
        N_("{total} checks: {fail} fail, {warn} warn, {error} could not run"),
        total=len(results),
        fail=count(CheckStatus.FAIL),
        warn=count(CheckStatus.WARN),
        error=count(CheckStatus.ERROR),
    )
    skipped = count(CheckStatus.SKIPPED)
    return line + (say(N_(", {n} skipped"), n=skipped) if skipped else "")
