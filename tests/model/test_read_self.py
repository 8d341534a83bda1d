"""Filling a Mac's answers from what this computer reads about itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER, Answer
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.read_self import fill_from_this_computer, this_mac
from imsync_gui.model.session_io import load_session, save_session, session_to_dict
from tests.model.builders import IPHONE, MAC, T0, check, make_session

MAC_FACTS = check(
    "this_computer",
    CheckStatus.PASS,
    os_name="macOS",
    os_version="15.3",
    on_battery=False,
    power_saver=True,
)


def _clock(offset_s: float | None) -> object:
    return check("clock", CheckStatus.PASS, offset_s=offset_s)


def test_this_mac_fills_version_low_power_and_clock() -> None:
    unversioned = replace(MAC, os_version=None)
    session = make_session(devices=(IPHONE, unversioned), checks=[MAC_FACTS, _clock(-12.0)])
    assert fill_from_this_computer(session)
    mac = session.device("m")
    assert mac is not None and mac.os_version == "15.3"
    low_power = session.answer("power.mac_low_power", "m")
    assert low_power == Answer(
        "power.mac_low_power", "always", T0, "m", source=READ_FROM_THIS_COMPUTER
    )
    clock = session.answer("clock.how_far_off", "m")
    assert clock is not None and clock.value == "right" and clock.source == READ_FROM_THIS_COMPUTER
    assert session.answer("clock.how_far_off", "p") is None
    assert not fill_from_this_computer(session)


@pytest.mark.parametrize(
    ("offset", "option"),
    [
        (59.0, "right"),
        (-600.0, "minutes"),
        (7200.0, "hours"),
        (-3 * 86400.0, "days"),
        (400 * 86400.0, "year"),
    ],
)
def test_clock_offset_picks_the_option(offset: float, option: str) -> None:
    session = make_session(devices=(MAC,), checks=[MAC_FACTS, _clock(offset)])
    fill_from_this_computer(session)
    answer = session.answer("clock.how_far_off", "m")
    assert answer is not None and answer.value == option


@pytest.mark.parametrize(
    ("on_battery", "saver", "expected"),
    [
        (False, True, "always"),
        (True, False, "never"),
        (False, False, None),
        (True, True, None),
        (None, True, None),
    ],
)
def test_low_power_is_filled_only_when_the_setting_is_certain(
    on_battery: bool | None, saver: bool | None, expected: str | None
) -> None:
    facts = replace(
        MAC_FACTS, values={**MAC_FACTS.values, "on_battery": on_battery, "power_saver": saver}
    )
    session = make_session(devices=(MAC,), checks=[facts])
    fill_from_this_computer(session)
    answer = session.answer("power.mac_low_power", "m")
    assert (answer.value if answer else None) == expected


def test_not_a_mac_or_two_macs_fill_nothing() -> None:
    linux = replace(MAC_FACTS, values={**MAC_FACTS.values, "os_name": "Linux"})
    other_mac = replace(MAC, id="m2", name="Other")
    for session in (
        make_session(devices=(MAC,), checks=[linux, _clock(0.0)]),
        make_session(devices=(MAC, other_mac), checks=[MAC_FACTS, _clock(0.0)]),
        make_session(devices=(IPHONE,), checks=[MAC_FACTS, _clock(0.0)]),
        make_session(devices=(MAC,), checks=[_clock(0.0)]),
    ):
        assert this_mac(session) is None
        assert not fill_from_this_computer(session)
        assert not session.answers


def test_a_persons_answer_is_never_overwritten() -> None:
    session = make_session(
        devices=(MAC,),
        answers={("power.mac_low_power", "m"): "never", ("clock.how_far_off", "m"): "hours"},
        checks=[MAC_FACTS, _clock(0.0)],
    )
    assert not fill_from_this_computer(session)
    assert session.answer("power.mac_low_power", "m").value == "never"  # type: ignore[union-attr]
    assert session.answer("clock.how_far_off", "m").source is None  # type: ignore[union-attr]
    assert session.device("m").os_version == "26.1"  # type: ignore[union-attr]


def test_a_filled_answer_follows_a_newer_check() -> None:
    session = make_session(devices=(MAC,), checks=[MAC_FACTS, _clock(0.0)])
    fill_from_this_computer(session)
    session.record_check(_clock(7200.0))
    assert fill_from_this_computer(session)
    assert session.answer("clock.how_far_off", "m").value == "hours"  # type: ignore[union-attr]


def test_the_source_survives_a_round_trip(tmp_path: Path) -> None:
    session = make_session(devices=(MAC,), checks=[MAC_FACTS, _clock(0.0)])
    fill_from_this_computer(session)
    path = tmp_path / "s.json"
    save_session(session, path)
    loaded = load_session(path)
    assert loaded.answers == session.answers
    assert session_to_dict(loaded)["answers"][0]["source"] == READ_FROM_THIS_COMPUTER


def test_answers_without_a_source_are_saved_as_before() -> None:
    session = make_session(devices=(MAC,), answers={("clock.how_far_off", "m"): "right"})
    assert "source" not in session_to_dict(session)["answers"][0]
