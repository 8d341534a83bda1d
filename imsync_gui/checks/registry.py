"""The checks by id, and running one of them into a stamped CheckResult that never raises."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from types import MappingProxyType

from imsync_gui.checks import (
    captive_portal,
    clock,
    dns,
    https_reachability,
    os_versions,
    proxy,
    push,
    service_status,
    this_computer,
    tls_interception,
)
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.outcome import Outcome, checked
from imsync_gui.i18n import msg
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckId, CheckStatus

Probe = Callable[[EndpointConfig], Awaitable[Outcome]]

PROBES: Mapping[CheckId, Probe] = MappingProxyType(
    {
        CheckId.CAPTIVE_PORTAL: captive_portal.probe,
        CheckId.DNS: dns.probe,
        CheckId.HTTPS_ACCOUNT: https_reachability.probe_account,
        CheckId.HTTPS_ICLOUD: https_reachability.probe_icloud,
        CheckId.TLS_INTERCEPTION: tls_interception.probe,
        CheckId.PUSH: push.probe,
        CheckId.PROXY: proxy.probe,
        CheckId.CLOCK: clock.probe,
        CheckId.SERVICE_STATUS: service_status.probe,
        CheckId.OS_VERSIONS: os_versions.probe,
        CheckId.THIS_COMPUTER: this_computer.probe,
    }
)

_log = logging.getLogger(__name__)


def stamp(check_id: str, outcome: Outcome, started_at: datetime, start: float) -> CheckResult:
    """A CheckResult from a probe's outcome and its timing."""
    outcome = checked(outcome)
    return CheckResult(
        check_id=check_id,
        status=outcome.status,
        message=outcome.message,
        started_at=started_at,
        duration_s=round(time.perf_counter() - start, 4),
        values=outcome.values,
        detail=outcome.detail,
    )


def late(check_id: str, started_at: datetime, start: float, limit_s: float) -> CheckResult:
    """The result of a check stopped at the deadline: it could not run, never a pass."""
    message = msg(
        "This check did not finish in time ({seconds:g} s) and was stopped.", seconds=limit_s
    )
    outcome = Outcome(CheckStatus.ERROR, message, {"timed_out": True}, "cancelled at the deadline")
    return stamp(check_id, outcome, started_at, start)


async def run_check(check_id: CheckId, config: EndpointConfig) -> CheckResult:
    """Run one check; any unexpected error becomes an ERROR result with the reason."""
    started_at, start = datetime.now(UTC), time.perf_counter()
    try:
        outcome = await PROBES[check_id](config)
    except Exception as exc:
        _log.exception("check %s crashed", check_id)
        message = msg(
            "This check could not run because of an internal error: {error}",
            error=f"{type(exc).__name__}: {exc}",
        )
        outcome = Outcome(CheckStatus.ERROR, message, {}, repr(exc))
    return stamp(check_id, outcome, started_at, start)
