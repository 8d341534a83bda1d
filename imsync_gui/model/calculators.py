"""Calculators behind two causes: iCloud storage headroom and a device's clock offset.

Thresholds, and why:
- Storage is *full* when used >= plan (nothing new can upload) and *nearly full* when less
  than 1 GB or less than 5 % of the plan is free: a few days of photos and videos in
  conversations can take a gigabyte.
- A clock read by a person is precise to about a minute (the screen shows minutes, reading
  and typing take a few seconds). Up to 2 minutes off counts as right; more than 5 minutes is a
  problem, the skew at which Kerberos (RFC 4120) refuses tickets and Chromium reports a wrong
  clock; in between is a warning. Apple publishes no figure of its own.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final

from imsync_gui.i18n import N_, Msg, msg

ICLOUD_PLANS_GB: Final = (5.0, 50.0, 200.0, 2000.0, 6000.0, 12000.0)
NEARLY_FULL_FREE_GB: Final = 1.0
NEARLY_FULL_FRACTION: Final = 0.95
HEADROOM_GB: Final = 1.0
LARGEST_SENSIBLE_GB: Final = 100_000.0

CLOCK_FINE_S: Final = 120.0
CLOCK_PROBLEM_S: Final = 300.0


class CalculationError(ValueError):
    """Input that cannot be right; ``message`` explains why in plain words (``str()`` of the
    error is that message rendered in the active language)."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


class StorageState(StrEnum):
    """How full the iCloud plan is."""

    OK = "ok"
    NEARLY_FULL = "nearly_full"
    FULL = "full"


@dataclass(frozen=True)
class StorageReport:
    """The arithmetic of an iCloud plan: free space, shortfall and what to do."""

    plan_gb: float
    used_gb: float
    messages_gb: float | None
    free_gb: float
    shortfall_gb: float
    state: StorageState
    smallest_plan_that_fits_gb: float | None
    advice: tuple[Msg, ...]


def _check_amount(value: float, what: str) -> None:
    if not math.isfinite(value):
        raise CalculationError(msg("The {what} must be a number.", what=Msg(what)))
    if value < 0:
        raise CalculationError(msg("The {what} cannot be negative.", what=Msg(what)))
    if value > LARGEST_SENSIBLE_GB:
        raise CalculationError(
            msg(
                "The {what} is larger than any iCloud plan; please check the number.",
                what=Msg(what),
            )
        )


def storage_report(
    plan_gb: float, used_gb: float, messages_gb: float | None = None
) -> StorageReport:
    """Work out free space and what to do for a plan of *plan_gb* with *used_gb* in use."""
    _check_amount(plan_gb, N_("plan size"))
    _check_amount(used_gb, N_("space used"))
    if plan_gb == 0:
        raise CalculationError(msg("The plan size cannot be zero; the free plan is 5 GB."))
    if messages_gb is not None:
        _check_amount(messages_gb, N_("space used by Messages"))
        if messages_gb > used_gb:
            raise CalculationError(
                msg(
                    "Messages cannot take more space than is used in total; please check both numbers."
                )
            )
    free = plan_gb - used_gb
    shortfall = max(0.0, -free)
    if free <= 0:
        state = StorageState.FULL
    elif free < NEARLY_FULL_FREE_GB or used_gb >= plan_gb * NEARLY_FULL_FRACTION:
        state = StorageState.NEARLY_FULL
    else:
        state = StorageState.OK
    needed = used_gb + HEADROOM_GB
    fits = next((p for p in ICLOUD_PLANS_GB if p >= needed), None)
    return StorageReport(
        plan_gb=plan_gb,
        used_gb=used_gb,
        messages_gb=messages_gb,
        free_gb=max(0.0, free),
        shortfall_gb=shortfall,
        state=state,
        smallest_plan_that_fits_gb=fits,
        advice=_storage_advice(state, shortfall, free, messages_gb, used_gb, plan_gb, fits),
    )


def _storage_advice(
    state: StorageState,
    shortfall: float,
    free: float,
    messages_gb: float | None,
    used_gb: float,
    plan_gb: float,
    fits: float | None,
) -> tuple[Msg, ...]:
    if state is StorageState.OK:
        free_gb = round(free, 1)  # a number: written with the reader's decimal sign
        return (msg("There is {free:g} GB free, enough for syncing to continue.", free=free_gb),)
    need = shortfall + HEADROOM_GB - max(0.0, free)
    if state is StorageState.NEARLY_FULL:  # also enough to leave the "nearly full" band
        need = max(need, used_gb - plan_gb * NEARLY_FULL_FRACTION)
    advice = [msg("Free at least {need:g} GB to give syncing room.", need=round(need, 1))]
    if fits is not None and fits > plan_gb:
        advice.append(
            msg("Or move to the {plan} plan, the smallest that fits.", plan=plan_label(fits))
        )
    if messages_gb is not None and used_gb > 0 and messages_gb / used_gb >= 0.5:
        advice.append(
            msg(
                "Messages alone takes {share} % of what you use: keeping messages for one year instead of forever frees the most.",
                share=round(100 * messages_gb / used_gb),
            )
        )
    return tuple(advice)


def _gb(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def plan_label(plan_gb: float) -> str:
    """A plan size as people see it: 50 GB, 2 TB."""
    return f"{_gb(plan_gb / 1000)} TB" if plan_gb >= 1000 else f"{_gb(plan_gb)} GB"


class ClockState(StrEnum):
    """How far a device's clock is from the reference."""

    RIGHT = "right"
    SLIGHTLY_OFF = "slightly_off"
    WRONG = "wrong"


@dataclass(frozen=True)
class ClockReading:
    """A device clock compared with the reference time taken when the person read it."""

    offset_s: float
    state: ClockState
    whole_hours: bool
    """True when the offset is close to a whole number of hours: likely a time-zone mix-up."""


_TIME = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


def parse_time_of_day(text: str) -> tuple[int, int, bool]:
    """Parse "14:05", "2:05 pm" or "14.05" into (hour, minute, had_am_pm)."""
    match = _TIME.match(text)
    if not match:
        raise CalculationError(
            msg("“{entered}” is not a time like 14:05 or 2:05 pm.", entered=text)
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    suffix = (match.group(3) or "").lower().replace(".", "")
    if minute > 59 or hour > 23 or (suffix and not 1 <= hour <= 12):
        raise CalculationError(msg("“{entered}” is not a real time of day.", entered=text))
    if suffix:
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    return hour, minute, bool(suffix)


_DATED = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](.+)$")


def clock_reading(device_time: str, reference: datetime) -> ClockReading:
    """Compare the time a device showed ("14:05", or with its date "2026-03-01 14:05") with the
    reference time.

    *reference* is the accurate wall-clock time in the person's time zone at the moment they
    read the device. The device's seconds are unknown, so its reading is taken as mid-minute.
    Without a date, a reading without am/pm that is about 12 hours off is taken as a 12-hour
    clock; with a date, a wrong day counts in full.
    """
    if reference.tzinfo is None:
        raise CalculationError(msg("The reference time has no time zone."))
    dated = _DATED.match(device_time)
    hour, minute, had_suffix = parse_time_of_day(dated.group(2) if dated else device_time)
    if dated:
        try:
            day = date.fromisoformat(dated.group(1))
        except ValueError:
            raise CalculationError(
                msg("“{entered}” is not a real date.", entered=dated.group(1))
            ) from None
        shown = datetime.combine(day, time(hour, minute, 30), tzinfo=reference.tzinfo)
        offset = (shown - reference.replace(microsecond=0)).total_seconds()
    else:
        device_s = hour * 3600 + minute * 60 + 30
        ref_s = reference.hour * 3600 + reference.minute * 60 + reference.second
        period = 86400 if had_suffix or hour > 12 else 43200
        offset = (device_s - ref_s + period / 2) % period - period / 2
    size = abs(offset)
    if size <= CLOCK_FINE_S:
        state = ClockState.RIGHT
    elif size <= CLOCK_PROBLEM_S:
        state = ClockState.SLIGHTLY_OFF
    else:
        state = ClockState.WRONG
    hours = size / 3600
    whole = hours >= 0.9 and abs(hours - round(hours)) * 3600 <= CLOCK_FINE_S
    return ClockReading(offset_s=float(offset), state=state, whole_hours=whole)


def describe_offset(offset_s: float) -> Msg:
    """A clock offset in words: "3 min 10 s fast", "2 h slow"."""
    size = abs(offset_s)
    delta = timedelta(seconds=round(size))
    hours, rest = divmod(int(delta.total_seconds()), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        amount = f"{hours} h {minutes} min" if minutes else f"{hours} h"
    elif minutes:
        amount = f"{minutes} min {seconds} s" if seconds else f"{minutes} min"
    else:
        amount = f"{seconds} s"
    if offset_s > 0:
        return msg("{amount} fast", amount=amount)
    return msg("{amount} slow", amount=amount)
