"""Filling a Mac's answers from what this computer reads about itself."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from imsync_gui.i18n import render
from imsync_gui.model.answers import READ_FROM_THIS_COMPUTER, Answer
from imsync_gui.model.devices import TYPED_BY_PERSON
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, CheckStatus
from imsync_gui.model.read_self import (
    fill_from_this_computer,
    offers_the_tick,
    this_mac,
)
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session, save_session, session_to_dict
from tests.model.builders import IPHONE, MAC, MAC_FACTS, T0, check, make_session


def _clock(offset_s: float | None) -> object:
    return check("clock", CheckStatus.PASS, offset_s=offset_s)


def test_this_mac_fills_version_low_power_and_clock() -> None:
    unversioned = replace(MAC, os_version=None)
    session = make_session(devices=(IPHONE, unversioned), checks=[MAC_FACTS, _clock(-12.0)])
    assert fill_from_this_computer(session)
    mac = session.device("m")
    assert mac is not None and mac.os_version == "15.3" and mac.version_was_read
    assert mac.os_version_source == READ_FROM_THIS_COMPUTER
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


OTHER_MAC = replace(MAC, id="m2", name="Work Mac", os_version=None)


def _read(session: Session, device: str) -> dict[str, object]:
    """What was read from this computer for *device*: answers and the version."""
    found: dict[str, object] = {
        a.question: a.value
        for a in session.answers.values()
        if a.device == device and a.source == READ_FROM_THIS_COMPUTER
    }
    listed = session.device(device)
    if listed is not None and listed.version_was_read:
        found["os_version"] = listed.os_version
    return found


def test_the_ticked_mac_is_this_computer_among_two() -> None:
    ticked = replace(OTHER_MAC, this_computer=True)
    session = make_session(devices=(IPHONE, MAC, ticked), checks=[MAC_FACTS, _clock(0.0)])
    assert this_mac(session) == ticked
    assert fill_from_this_computer(session)
    assert _read(session, "m2") == {
        "power.mac_low_power": "always",
        "clock.how_far_off": "right",
        "os_version": "15.3",
    }
    assert _read(session, "m") == {}


def test_a_tick_left_off_means_not_this_mac_even_when_it_is_the_only_one() -> None:
    session = make_session(devices=(replace(MAC, os_version=None),), checks=[MAC_FACTS])
    fill_from_this_computer(session)
    assert _read(session, "m")
    session.put_device(replace(session.devices[0], this_computer=False))
    assert this_mac(session) is None
    assert fill_from_this_computer(session)  # what was read is taken back
    assert _read(session, "m") == {} and session.devices[0].os_version is None


def test_a_second_mac_left_unticked_keeps_the_first_and_a_tick_moves_it() -> None:
    first = replace(MAC, os_version=None)  # listed before the tick existed: not asked
    session = make_session(devices=(first,), checks=[MAC_FACTS, _clock(0.0)])
    fill_from_this_computer(session)
    session.put_device(replace(OTHER_MAC, this_computer=False))
    assert not fill_from_this_computer(session)
    assert this_mac(session) == session.device("m") and len(_read(session, "m")) == 3
    session.put_device(replace(OTHER_MAC, this_computer=True))
    assert not session.device("m").this_computer  # type: ignore[union-attr]
    assert fill_from_this_computer(session)
    assert _read(session, "m") == {} and session.device("m").os_version is None  # type: ignore[union-attr]
    assert len(_read(session, "m2")) == 3


def test_two_macs_never_asked_fill_nothing_but_keep_what_the_person_gave() -> None:
    session = make_session(
        devices=(MAC, OTHER_MAC),
        answers={("clock.how_far_off", "m"): "hours"},
        checks=[MAC_FACTS, _clock(0.0)],
    )
    assert not fill_from_this_computer(session)
    assert session.answer("clock.how_far_off", "m").value == "hours"  # type: ignore[union-attr]


def test_ticking_one_device_unticks_the_others() -> None:
    session = make_session(devices=(replace(MAC, this_computer=True), OTHER_MAC))
    session.put_device(replace(OTHER_MAC, this_computer=True))
    assert [d.this_computer for d in session.devices] == [False, True]
    session.put_device(replace(OTHER_MAC, this_computer=None))
    assert [d.this_computer for d in session.devices] == [False, None]


def test_only_a_mac_carries_the_tick() -> None:
    with pytest.raises(ValueError, match="only a Mac"):
        replace(IPHONE, this_computer=False)


def test_a_version_the_person_cleared_or_typed_is_never_refilled() -> None:
    session = make_session(devices=(replace(MAC, os_version=None),), checks=[MAC_FACTS])
    fill_from_this_computer(session)
    cleared = session.devices[0].with_typed_version(None)
    assert cleared.os_version_source == TYPED_BY_PERSON and not cleared.version_was_read
    session.put_device(cleared)
    assert not fill_from_this_computer(session)
    assert session.devices[0].os_version is None
    session.put_device(session.devices[0].with_typed_version("14.7"))
    session.record_check(replace(MAC_FACTS, values={**MAC_FACTS.values, "os_version": "15.4"}))
    fill_from_this_computer(session)
    assert session.devices[0].os_version == "14.7"


def test_a_read_version_follows_a_newer_check_and_typing_the_same_keeps_it_read() -> None:
    session = make_session(devices=(replace(MAC, os_version=None),), checks=[MAC_FACTS])
    fill_from_this_computer(session)
    assert session.devices[0].with_typed_version("15.3") == session.devices[0]
    session.record_check(replace(MAC_FACTS, values={**MAC_FACTS.values, "os_version": "15.4"}))
    assert fill_from_this_computer(session)
    assert session.devices[0].os_version == "15.4" and session.devices[0].version_was_read


def test_the_tick_is_offered_when_the_system_or_the_check_says_macos() -> None:
    linux = replace(MAC_FACTS, values={**MAC_FACTS.values, "os_name": "Linux"})
    assert offers_the_tick(make_session(checks=[MAC_FACTS]), system_is_mac=False)
    assert offers_the_tick(make_session(), system_is_mac=True)
    assert not offers_the_tick(make_session(checks=[linux]), system_is_mac=False)
    assert not offers_the_tick(make_session(), system_is_mac=False)


def test_evidence_from_a_read_answer_says_so_and_a_persons_does_not() -> None:
    session = make_session(devices=(IPHONE, MAC), checks=[MAC_FACTS, _clock(-12.0)])
    fill_from_this_computer(session)
    clock = diagnose(session).finding(CauseId.CLOCK)
    texts = [render(e) for e in clock.evidence]
    assert "Mac, read from this computer: its date and time are right." in texts
    session.set_answer(Answer("clock.how_far_off", "right", T0, "m"))  # now the person's
    texts = [render(e) for e in diagnose(session).finding(CauseId.CLOCK).evidence]
    assert "Mac: its date and time are right." in texts
    assert not any("read from this computer" in t for t in texts)
