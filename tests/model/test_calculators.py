"""Storage and clock calculators at their edges."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from imsync_gui.i18n import language
from imsync_gui.model.calculators import (
    CalculationError,
    ClockState,
    StorageState,
    clock_reading,
    describe_offset,
    parse_time_of_day,
    storage_report,
)
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId
from imsync_gui.model.rules.storage import _from_numbers
from tests.model.builders import LOCAL, make_session


def test_empty_plan_has_everything_free() -> None:
    report = storage_report(50, 0)
    assert report.state is StorageState.OK
    assert report.free_gb == 50
    assert report.shortfall_gb == 0


def test_exactly_full_is_full_with_one_gigabyte_to_free() -> None:
    report = storage_report(5, 5)
    assert report.state is StorageState.FULL
    assert report.free_gb == 0
    assert report.advice[0].render() == "Free at least 1 GB to give syncing room."
    assert report.smallest_plan_that_fits_gb == 50


def test_over_quota_reports_the_shortfall() -> None:
    report = storage_report(50, 62.5, 40)
    assert report.state is StorageState.FULL
    assert report.shortfall_gb == pytest.approx(12.5)
    assert "13.5 GB" in report.advice[0].render()
    assert report.smallest_plan_that_fits_gb == 200
    assert any("64 %" in line.render() for line in report.advice)


def test_nearly_full_by_absolute_and_by_share() -> None:
    assert storage_report(5, 4.2).state is StorageState.NEARLY_FULL  # 0.8 GB free
    assert storage_report(2000, 1950).state is StorageState.NEARLY_FULL  # 97.5 % used
    assert storage_report(200, 150).state is StorageState.OK


def test_nearly_full_by_share_asks_to_free_enough_to_leave_the_band() -> None:
    # 1.4 GB free is more than the headroom, but 97 % of the plan is used.
    report = storage_report(50, 48.6)
    assert report.state is StorageState.NEARLY_FULL
    assert report.advice[0].render() == "Free at least 1.1 GB to give syncing room."


def test_largest_plan_full_has_no_bigger_plan() -> None:
    report = storage_report(12000, 12000)
    assert report.smallest_plan_that_fits_gb is None
    assert not any("plan" in line.render() for line in report.advice[1:])


@pytest.mark.parametrize(
    ("plan", "used", "messages", "message"),
    [
        (50, -1, None, "cannot be negative"),
        (-5, 1, None, "cannot be negative"),
        (50, 10, -2, "cannot be negative"),
        (0, 0, None, "cannot be zero"),
        (50, math.nan, None, "must be a number"),
        (50, math.inf, None, "must be a number"),
        (50, 10_000_000, None, "larger than any iCloud plan"),
        (50, 10, 11, "more space than is used"),
    ],
)
def test_absurd_input_is_rejected_with_a_message(plan, used, messages, message) -> None:
    with pytest.raises(CalculationError, match=message):
        storage_report(plan, used, messages)


REF = datetime(2026, 11, 28, 14, 5, 10, tzinfo=LOCAL)


@pytest.mark.parametrize(
    ("shown", "state", "offset"),
    [
        ("14:05", ClockState.RIGHT, 20),
        ("2:05 pm", ClockState.RIGHT, 20),
        ("2:05", ClockState.RIGHT, 20),  # a 12-hour clock without am/pm
        ("14.07", ClockState.SLIGHTLY_OFF, 140),
        ("14:12", ClockState.WRONG, 440),
        ("13:59", ClockState.WRONG, -340),
        ("15:05", ClockState.WRONG, 3620),
    ],
)
def test_clock_reading(shown: str, state: ClockState, offset: float) -> None:
    reading = clock_reading(shown, REF)
    assert reading.state is state
    assert reading.offset_s == offset


def test_clock_reading_across_midnight() -> None:
    reading = clock_reading("00:02", datetime(2026, 11, 28, 23, 58, 30, tzinfo=LOCAL))
    assert reading.offset_s == 240
    assert reading.state is ClockState.SLIGHTLY_OFF


def test_whole_hour_offsets_are_flagged_as_time_zone() -> None:
    assert clock_reading("15:05", REF).whole_hours
    assert not clock_reading("14:12", REF).whole_hours


@pytest.mark.parametrize("text", ["", "25:00", "12:60", "noon", "13:00 pm", "0:30 am", "1234"])
def test_bad_times_are_rejected(text: str) -> None:
    with pytest.raises(CalculationError):
        parse_time_of_day(text)


def test_reference_without_time_zone_is_rejected() -> None:
    with pytest.raises(CalculationError, match="time zone"):
        clock_reading("14:05", REF.replace(tzinfo=None))


def test_offsets_in_words() -> None:
    assert describe_offset(440).render() == "7 min 20 s fast"
    assert describe_offset(-3600).render() == "1 h slow"
    assert describe_offset(-12).render() == "12 s slow"


def test_a_clock_reading_with_its_date_counts_a_wrong_day_in_full() -> None:
    from datetime import datetime, timedelta, timezone

    from imsync_gui.model.calculators import ClockState, clock_reading

    reference = datetime(2026, 3, 1, 14, 5, 30, tzinfo=timezone(timedelta(hours=1)))
    assert clock_reading("2026-03-01 14:05", reference).state is ClockState.RIGHT
    day_late = clock_reading("2026-02-28 14:05", reference)
    assert day_late.state is ClockState.WRONG and day_late.offset_s == -86400


def test_storage_sizes_are_written_with_the_reader_s_decimal_sign() -> None:
    signal = _from_numbers(5.0, 2.5, None)
    with language("de"):
        assert signal.text.render() == (
            "2,5 GB deines Plans mit 5 GB sind belegt. "
            "Es sind 2,5 GB frei, genug, damit die Synchronisierung weiterläuft."
        )
    assert signal.text.render().startswith("2.5 GB of your 5 GB plan is used. There is 2.5 GB")


@pytest.mark.parametrize(("typed", "german"), [(12.5, "12,5 %"), (64.0, "64 %")])
def test_an_answered_number_is_written_the_reader_s_way(typed: float, german: str) -> None:
    session = make_session(answers={("power.battery_percent", "p"): typed})
    finding = diagnose(session).finding(CauseId.POWER)
    with language("de"):
        texts = [e.render() for e in finding.evidence]
    assert any(german in text for text in texts), texts
