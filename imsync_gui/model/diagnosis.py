"""The diagnosis: every cause judged from the evidence, ranked, with its fix plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CauseId, CheckId, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Finding, Signal, combine
from imsync_gui.model.plan import Plan, build_plan
from imsync_gui.model.rules import (
    account,
    background_refresh,
    clock,
    messages,
    network,
    power,
    service_status,
    software,
    storage,
)
from imsync_gui.model.session import Session
from imsync_gui.model.versions import LatestVersions, OsVersion, bundled_latest

RuleModule = tuple[Callable[[Evidence], Iterator[Signal]], Mapping[Verdict, str]]

RULES: dict[CauseId, RuleModule] = {
    CauseId.NETWORK: (network.signals, network.EXPLANATIONS),
    CauseId.STORAGE: (storage.signals, storage.EXPLANATIONS),
    CauseId.ACCOUNT: (account.signals, account.EXPLANATIONS),
    CauseId.SOFTWARE: (software.signals, software.EXPLANATIONS),
    CauseId.POWER: (power.signals, power.EXPLANATIONS),
    CauseId.SERVICE_STATUS: (service_status.signals, service_status.EXPLANATIONS),
    CauseId.CLOCK: (clock.signals, clock.EXPLANATIONS),
    CauseId.BACKGROUND_REFRESH: (background_refresh.signals, background_refresh.EXPLANATIONS),
    CauseId.MESSAGES: (messages.signals, messages.EXPLANATIONS),
}
_CAUSE_ORDER = {cause: index for index, cause in enumerate(CauseId)}


@dataclass(frozen=True)
class Diagnosis:
    """Findings ranked most likely first, the fix plan, and a count per verdict."""

    findings: tuple[Finding, ...]
    plan: Plan
    counts: Mapping[Verdict, int]
    latest: LatestVersions

    def finding(self, cause: CauseId) -> Finding:
        """The finding for one cause."""
        return next(f for f in self.findings if f.cause is cause)

    @property
    def likely(self) -> tuple[Finding, ...]:
        """Findings that call for action (problems and warnings), most likely first."""
        return tuple(f for f in self.findings if f.needs_action)


def rank_key(finding: Finding) -> tuple[int, int, int, int]:
    """Problems before warnings before fine before not checked; blocking and surer first."""
    return (
        -finding.verdict.severity if finding.verdict is not Verdict.NOT_CHECKED else 1,
        -int(finding.blocking),
        -int(finding.confidence),
        _CAUSE_ORDER[finding.cause],
    )


def latest_versions(result: CheckResult | None) -> LatestVersions:
    """Latest releases from the live lookup when it produced them, else the bundled table."""
    if result is None or not result.ran or result.values.get("source") != "live":
        return bundled_latest()
    versions: dict[str, OsVersion] = {}
    for platform in ("iOS", "iPadOS", "macOS"):
        value = result.values.get(platform)
        if isinstance(value, str):
            try:
                versions[platform] = OsVersion.parse(value)
            except ValueError:
                continue
    if not versions:
        return bundled_latest()
    return LatestVersions(
        versions=versions,
        source="Apple's software lookup service",
        data_date=str(result.values.get("data_date") or result.started_at.date().isoformat()),
        offline=False,
    )


def diagnose(session: Session) -> Diagnosis:
    """Judge all nine causes from the session and build the ranked plan. Deterministic."""
    evidence = Evidence(session, latest_versions(session.check(CheckId.OS_VERSIONS)))
    findings = sorted(
        (
            combine(cause, rule(evidence), dict(explanations))
            for cause, (rule, explanations) in RULES.items()
        ),
        key=rank_key,
    )
    counts = Counter(f.verdict for f in findings)
    return Diagnosis(
        findings=tuple(findings),
        plan=build_plan(findings, session.devices, session.done_steps),
        counts=MappingProxyType({v: counts.get(v, 0) for v in Verdict}),
        latest=evidence.latest,
    )
