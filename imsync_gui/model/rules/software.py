"""Rule for the software version cause: the table rows, each device against the minimum and
the latest release, and the devices compared with each other."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_, msg
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CauseId, Confidence, DeviceKind, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.ids import FixId
from imsync_gui.model.knowledge import software
from imsync_gui.model.rules.table import answer_signals
from imsync_gui.model.versions import MESSAGES_IN_ICLOUD_MINIMUM, PLATFORM_NAMES, OsVersion

EXPLANATIONS = {
    Verdict.PROBLEM: N_("At least one device runs software too old for Messages in iCloud."),
    Verdict.WARNING: N_("Some software is behind; updating often clears sync problems."),
    Verdict.FINE: N_("The software versions do not look like the reason."),
    Verdict.NOT_CHECKED: N_("No software versions have been entered yet."),
}

UPDATE = (FixId.UPDATE_SOFTWARE,)
FACT = "software.version"


def generation(kind: DeviceKind, version: OsVersion) -> int:
    """The release year's iOS number for a version, so iPhone and Mac can be compared.

    macOS 26 and iOS 26 share a number; macOS 11-15 came with iOS 14-18; macOS 10.13-10.15
    with iOS 11-13.
    """
    if kind.is_mobile or version.major >= 26:
        return version.major
    if version.major >= 11:
        return version.major + 3
    return version.minor - 2


def signals(ev: Evidence) -> Iterator[Signal]:
    """Each device against the minimum and the latest release, then the devices together."""
    parsed: list[tuple[Device, OsVersion]] = []
    for device in ev.devices:
        if device.os_version:
            try:
                parsed.append((device, OsVersion.parse(device.os_version)))
            except ValueError:
                yield Signal(
                    Verdict.NOT_CHECKED,
                    Confidence.LOW,
                    msg(
                        "{name}: “{entered}” is not a version number like 17.2 or 10.13.5.",
                        name=device.label,
                        entered=device.os_version,
                    ),
                )
    yield from answer_signals(ev, software.CAUSE.rules)
    for device, version in parsed:
        yield _against_releases(ev, device, version)
    yield from _mixed_generations(parsed)


def _against_releases(ev: Evidence, device: Device, version: OsVersion) -> Signal:
    platform = PLATFORM_NAMES[device.kind]
    minimum = MESSAGES_IN_ICLOUD_MINIMUM[device.kind]
    ids = (device.id,)
    if version < minimum:
        return Signal(
            Verdict.PROBLEM,
            Confidence.HIGH,
            msg(
                "{name}: {platform} {version} is older than {minimum}, the first version with Messages in iCloud.",
                name=device.label,
                platform=platform,
                version=str(version),
                minimum=str(minimum),
            ),
            UPDATE,
            ids,
            weights=_w(80),
            fact=FACT,
        )
    latest = ev.latest.for_kind(device.kind)
    source = (
        msg("offline list as of {date}", date=ev.latest.data_date)
        if ev.latest.offline
        else msg("Apple's update service")
    )
    if latest is None or version >= latest:
        return Signal(
            Verdict.FINE,
            Confidence.MEDIUM if ev.latest.offline else Confidence.HIGH,
            msg(
                "{name}: {platform} {version} is current ({source}).",
                name=device.label,
                platform=platform,
                version=str(version),
                source=source,
            ),
            devices=ids,
            weights=_w(0.6 if ev.latest.offline else 0.4),
            fact=FACT,
        )
    major_behind = version.major < latest.major
    return Signal(
        Verdict.WARNING,
        Confidence.MEDIUM if major_behind else Confidence.LOW,
        msg(
            "{name}: {platform} {version} is behind the latest release, {latest} ({source}).",
            name=device.label,
            platform=platform,
            version=str(version),
            latest=str(latest),
            source=source,
        ),
        UPDATE,
        ids,
        weights=_w(_behind_weight(version, latest)),
        fact=FACT,
    )


def _behind_weight(version: OsVersion, latest: OsVersion) -> float:
    """Two or more major versions behind is a strong sign (old releases stop getting the
    sync fixes), one major version a hint, a minor release hardly anything."""
    majors = latest.major - version.major
    return 6.0 if majors >= 2 else 3.0 if majors == 1 else 1.6


def _w(lr: float) -> dict[CauseId, float]:
    return {CauseId.SOFTWARE: lr}


def _mixed_generations(parsed: list[tuple[Device, OsVersion]]) -> Iterator[Signal]:
    if len(parsed) < 2:
        return
    years = {device.id: generation(device.kind, version) for device, version in parsed}
    newest = max(years.values())
    behind = [device for device, _ in parsed if years[device.id] < newest]
    if not behind:
        return
    yield Signal(
        Verdict.WARNING,
        Confidence.MEDIUM,
        msg(
            "Your devices run different generations of Apple's software; behind the newest: {names}.",
            names=", ".join(d.label for d in behind),
        ),
        UPDATE,
        tuple(d.id for d in behind),
        weights=_w(2),
        fact=FACT,  # the same fact as "behind the latest release", seen across devices
    )
