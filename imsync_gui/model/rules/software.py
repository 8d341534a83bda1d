"""Rule for the software version cause."""

from __future__ import annotations

from collections.abc import Iterator

from imsync_gui.i18n import N_
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import Confidence, DeviceKind, Verdict
from imsync_gui.model.evidence import Evidence
from imsync_gui.model.findings import Signal
from imsync_gui.model.rules.common import on_answer
from imsync_gui.model.versions import MESSAGES_IN_ICLOUD_MINIMUM, PLATFORM_NAMES, OsVersion

EXPLANATIONS = {
    Verdict.PROBLEM: N_("At least one device runs software too old for Messages in iCloud."),
    Verdict.WARNING: N_("Some software is behind; updating often clears sync problems."),
    Verdict.FINE: N_("The devices run current software."),
    Verdict.NOT_CHECKED: N_("No software versions have been entered yet."),
}

UPDATE = ("update_software",)


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
            except ValueError as exc:
                yield Signal(Verdict.NOT_CHECKED, Confidence.LOW, f"{device.label}: {exc}.")
        yield from on_answer(
            ev,
            "software.update_waiting",
            device,
            bad="yes",
            verdict=Verdict.WARNING,
            confidence=Confidence.MEDIUM,
            bad_text=N_("a software update is waiting to be installed."),
            good_text=N_("no update is waiting."),
            fixes=UPDATE,
        )
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
            N_(
                "{name}: {platform} {version} is older than {minimum}, the first version with Messages in iCloud."
            ).format(name=device.label, platform=platform, version=version, minimum=minimum),
            UPDATE,
            ids,
        )
    latest = ev.latest.for_kind(device.kind)
    source = (
        N_("offline list from {date}").format(date=ev.latest.data_date)
        if ev.latest.offline
        else N_("Apple's update service")
    )
    if latest is None or version >= latest:
        return Signal(
            Verdict.FINE,
            Confidence.MEDIUM if ev.latest.offline else Confidence.HIGH,
            N_("{name}: {platform} {version} is current ({source}).").format(
                name=device.label, platform=platform, version=version, source=source
            ),
            devices=ids,
        )
    major_behind = version.major < latest.major
    return Signal(
        Verdict.WARNING,
        Confidence.MEDIUM if major_behind else Confidence.LOW,
        N_(
            "{name}: {platform} {version} is behind the latest release, {latest} ({source})."
        ).format(
            name=device.label, platform=platform, version=version, latest=latest, source=source
        ),
        UPDATE,
        ids,
    )


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
        N_(
            "Your devices run different generations of Apple's software; behind the newest: {names}."
        ).format(names=", ".join(d.label for d in behind)),
        UPDATE,
        tuple(d.id for d in behind),
    )
