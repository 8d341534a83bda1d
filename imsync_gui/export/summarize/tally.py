"""Adding up the facts of many reports in memory that does not grow with their number.

Only counters are kept: per cause, per (network signature, check), per platform and per week.
Their size depends on how varied the reports are, not on how many there are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from imsync_gui.checks.titles import TITLES
from imsync_gui.export.summarize.facts import ReportFacts, Signature
from imsync_gui.i18n import translate
from imsync_gui.model.enums import CauseId, DeviceKind
from imsync_gui.model.knowledge import cause
from imsync_gui.model.versions import PLATFORM_NAMES, LatestVersions, OsVersion, bundled_latest

FORMAT = "imsync-gui-summary"
VERSION = 1


@dataclass
class PlatformCount:
    """Devices of one platform: how many, how many behind the latest release, how many unsaid."""

    devices: int = 0
    behind: int = 0
    unknown: int = 0


@dataclass(frozen=True, slots=True)
class CheckCount:
    """One live check on one network (or on all): reports where it failed or could not run."""

    check_id: str
    failed: int
    unrun: int

    @property
    def total(self) -> int:
        """Reports where this check did not pass for either reason."""
        return self.failed + self.unrun


def _by_total(counts: list[CheckCount]) -> list[CheckCount]:
    return sorted(counts, key=lambda c: (-c.total, -c.failed, c.check_id))


@dataclass
class Tally:
    """The running summary; :meth:`add` one file's facts, :meth:`skip` one unreadable file."""

    latest: LatestVersions = field(default_factory=bundled_latest)
    read: int = 0
    skipped: int = 0
    top: Counter[str] = field(default_factory=Counter)
    top3: Counter[str] = field(default_factory=Counter)
    networks: Counter[Signature] = field(default_factory=Counter)
    failing: Counter[tuple[Signature, str]] = field(default_factory=Counter)
    unrun: Counter[tuple[Signature, str]] = field(default_factory=Counter)
    """(network, check) -> reports where the check could not run (error or skipped)."""
    platforms: dict[str, PlatformCount] = field(default_factory=dict)
    weeks: Counter[str] = field(default_factory=Counter)

    def add(self, facts: ReportFacts) -> None:
        """Count one report or session."""
        self.read += 1
        if facts.top_causes:
            self.top[facts.top_causes[0]] += 1
        self.top3.update(facts.top_causes)
        if facts.network is not None:
            self.networks[facts.network] += 1
            self.failing.update((facts.network, check) for check in facts.failing_checks)
            self.unrun.update((facts.network, check) for check in facts.unrun_checks)
        for device in facts.devices:
            self._count_device(device.kind, device.os_version)
        year, week, _ = facts.when.astimezone(UTC).isocalendar()
        self.weeks[f"{year}-W{week:02d}"] += 1

    def skip(self) -> None:
        """Count one file that could not be read."""
        self.skipped += 1

    def _count_device(self, kind: str, os_version: str | None) -> None:
        try:
            device_kind = DeviceKind(kind)
        except ValueError:
            return
        platform = PLATFORM_NAMES[device_kind]
        count = self.platforms.setdefault(platform, PlatformCount())
        count.devices += 1
        latest = self.latest.for_kind(device_kind)
        try:
            version = OsVersion.parse(os_version or "")
        except ValueError:
            count.unknown += 1
            return
        if latest is not None and version < latest:
            count.behind += 1

    @property
    def no_cause(self) -> int:
        """Reports in which nothing needed action."""
        return self.read - sum(self.top.values())

    def causes(self) -> list[tuple[str, int, int]]:
        """(cause id, times the top cause, times in the top three), most often top first."""
        ids = set(self.top3)
        rows = [(c, self.top[c], self.top3[c]) for c in ids]
        return sorted(rows, key=lambda row: (-row[1], -row[2], row[0]))

    @property
    def with_checks(self) -> int:
        """Reports in which live checks were run."""
        return sum(self.networks.values())

    def network_rows(self) -> list[tuple[Signature, int, list[CheckCount]]]:
        """Per network signature: its reports and its checks that failed or could not run.

        Checks most often not passing come first, and so do networks with most of them.
        """
        per_signature: dict[Signature, set[str]] = {s: set() for s in self.networks}
        for sig, check in self.failing.keys() | self.unrun.keys():
            per_signature[sig].add(check)
        rows = [
            (sig, self.networks[sig], _by_total([self._count(sig, c) for c in checks]))
            for sig, checks in per_signature.items()
        ]
        return sorted(rows, key=lambda r: (-sum(c.total for c in r[2]), -r[1], str(r[0])))

    def _count(self, sig: Signature, check: str) -> CheckCount:
        return CheckCount(check, self.failing[sig, check], self.unrun[sig, check])

    def check_rows(self) -> list[CheckCount]:
        """Every check that failed or could not run somewhere, added up over all networks."""
        failed: Counter[str] = Counter()
        unrun: Counter[str] = Counter()
        for (_sig, check), count in self.failing.items():
            failed[check] += count
        for (_sig, check), count in self.unrun.items():
            unrun[check] += count
        return _by_total([CheckCount(c, failed[c], unrun[c]) for c in failed.keys() | unrun.keys()])

    def week_rows(self) -> list[tuple[str, int]]:
        """(ISO week, reports), oldest first."""
        return sorted(self.weeks.items())

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (ids and counts; titles in the active language)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "reports_read": self.read,
            "files_skipped": self.skipped,
            "no_cause_found": self.no_cause,
            "causes": [
                {"cause_id": c, "title": cause_title(c), "top": top, "top_three": top3}
                for c, top, top3 in self.causes()
            ],
            "networks": [
                {
                    "proxy": sig.proxy,
                    "tls_issuer": sig.tls_issuer,
                    "dns": sig.dns,
                    "captive_portal": sig.captive_portal,
                    "reports": reports,
                    "failing_checks": {c.check_id: c.failed for c in checks if c.failed},
                    "could_not_run_checks": {c.check_id: c.unrun for c in checks if c.unrun},
                }
                for sig, reports, checks in self.network_rows()
            ],
            "reports_with_live_checks": self.with_checks,
            "checks": [
                {"check_id": c.check_id, "title": check_title(c.check_id), "failed": c.failed,
                 "could_not_run": c.unrun}
                for c in self.check_rows()
            ],
            "latest_os": {"versions": {k: str(v) for k, v in self.latest.versions.items()},
                          "as_of": self.latest.data_date},
            "devices": [
                {"platform": name, "devices": c.devices, "behind_latest": c.behind,
                 "version_not_said": c.unknown}
                for name, c in sorted(self.platforms.items())
            ],
            "weeks": [{"week": week, "reports": count} for week, count in self.week_rows()],
        }  # fmt: skip


def cause_title(cause_id: str) -> str:
    """A cause's title in the active language (the id itself if unknown)."""
    try:
        return translate(cause(CauseId(cause_id)).title)
    except ValueError:
        return cause_id


def check_title(check_id: str) -> str:
    """A live check's short name in the active language."""
    return translate(TITLES.get(check_id, check_id))
