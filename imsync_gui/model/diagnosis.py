"""The diagnosis: every cause weighed from the evidence, ranked by probability, with its plan.

Every cause's rules (``rules/``) turn the session into signals; each signal weighs on the causes
its likelihood ratios name, whichever cause's rules produced it; :mod:`imsync_gui.model.weighing`
turns prior and evidence into a probability per cause. Findings rank by that probability only.

One root cause counts once: when this computer cannot resolve names (the DNS check failed) or
reaches none of Apple's services, the checks that failed or could not run for that reason are
one fact for the network cause, and carry no weight for any other cause.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from types import MappingProxyType

from imsync_gui.i18n import msg
from imsync_gui.model import knowledge
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CauseId, CheckId, CheckStatus, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Finding, Signal, combine
from imsync_gui.model.plan import Plan, build_plan
from imsync_gui.model.rules import (
    account,
    background_refresh,
    clock,
    done_steps,
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

_REACH = (CheckId.CAPTIVE_PORTAL, CheckId.HTTPS_ICLOUD, CheckId.HTTPS_ACCOUNT, CheckId.PUSH)
_LOCAL = (CheckId.PROXY, CheckId.THIS_COMPUTER)
_FAILED = (CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.ERROR)


@dataclass(frozen=True)
class Diagnosis:
    """Findings ranked most likely first, the fix plan, and a count per verdict."""

    findings: tuple[Finding, ...]
    plan: Plan
    counts: Mapping[Verdict, int]
    latest: LatestVersions
    offline_here: bool = False
    """This computer could not resolve or reach anything: failed checks count for the network."""

    def finding(self, cause: CauseId) -> Finding:
        """The finding for one cause."""
        return next(f for f in self.findings if f.cause is cause)

    @property
    def likely(self) -> tuple[Finding, ...]:
        """Findings that call for action (problems and warnings), most likely first."""
        return tuple(f for f in self.findings if f.needs_action)


def rank_key(finding: Finding) -> tuple[float, str]:
    """Most probable first. Exact ties (rare: equal priors, equal evidence) go by the cause's
    stored id, so no order of the ``CauseId`` members ever decides a ranking."""
    return (-finding.probability, finding.cause.value)


def is_offline_here(session: Session) -> bool:
    """True when this computer cannot resolve names, or reaches none of Apple's services."""
    dns = session.check(CheckId.DNS)
    if dns is not None and dns.status is CheckStatus.FAIL:
        return True
    reach = [session.check(c) for c in _REACH]
    return all(r is not None and r.status in (CheckStatus.FAIL, CheckStatus.ERROR) for r in reach)


def _one_root_cause(cause: CauseId, signal: Signal) -> Signal:
    """While this computer is offline, its failed checks carry no weight for any cause but the
    network (their note says why). The network's own checks already read one fact, this
    computer's connection, so together they count once there."""
    if signal.check is None or signal.check in _LOCAL or signal.check_status not in _FAILED:
        return signal
    if cause is CauseId.NETWORK:
        return signal
    return signal._replace(
        verdict=Verdict.NOT_CHECKED,
        text=msg(
            "{reading} Not counted here: this computer cannot reach the internet, which the network cause covers.",
            reading=signal.text,
        ),
        weights={},
        fixes=(),
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
    """Weigh the evidence for all nine causes and build the ranked plan. Deterministic."""
    evidence = Evidence(session, latest_versions(session.check(CheckId.OS_VERSIONS)))
    offline = is_offline_here(session)
    produced = {
        cause: [_one_root_cause(cause, s) if offline else s for s in rule(evidence)]
        for cause, (rule, _) in RULES.items()
    }
    bearing: dict[CauseId, list[Signal]] = {cause: [] for cause in RULES}
    for signal in chain(*produced.values(), done_steps.signals(evidence)):
        for cause in signal.weights:
            bearing[cause].append(signal)
    findings = sorted(
        (
            combine(
                cause,
                knowledge.cause(cause).prior,
                bearing[cause],
                [s for s in produced[cause] if not s.weights],
                explanations,
            )
            for cause, (_, explanations) in RULES.items()
        ),
        key=rank_key,
    )
    counts = Counter(f.verdict for f in findings)
    return Diagnosis(
        findings=tuple(findings),
        plan=build_plan(findings, session.devices, session.done_steps),
        counts=MappingProxyType({v: counts.get(v, 0) for v in Verdict}),
        latest=evidence.latest,
        offline_here=offline,
    )
