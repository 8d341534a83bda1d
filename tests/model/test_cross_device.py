"""Rules that compare devices with one another."""

from __future__ import annotations

from dataclasses import replace

from imsync_gui.i18n import render
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, CheckStatus, Verdict
from tests.model.builders import IPAD, IPHONE, MAC, check, make_session


def test_different_apple_accounts_names_the_odd_device() -> None:
    devices = [IPHONE, IPAD, replace(MAC, apple_account="Other@Example.com")]
    finding = diagnose(make_session(devices)).finding(CauseId.ACCOUNT)
    assert finding.verdict is Verdict.PROBLEM
    assert finding.devices == ("m",)
    assert "use_one_apple_account" in finding.fixes


def test_account_comparison_ignores_case_and_spaces() -> None:
    devices = [IPHONE, replace(MAC, apple_account="  A@iCloud.com ")]
    assert diagnose(make_session(devices)).finding(CauseId.ACCOUNT).verdict is Verdict.FINE


def test_send_and_receive_sets_that_differ_are_a_warning() -> None:
    devices = [IPHONE, replace(MAC, addresses=("+1 555 0100", "a@icloud.com"))]
    finding = diagnose(make_session(devices)).finding(CauseId.MESSAGES)
    assert finding.verdict is Verdict.WARNING
    assert finding.devices == ("p",)
    assert finding.fixes == ("match_send_receive",)


def test_send_and_receive_with_nothing_shared_is_a_problem() -> None:
    devices = [IPHONE, replace(MAC, addresses=("a@icloud.com",))]
    assert diagnose(make_session(devices)).finding(CauseId.MESSAGES).verdict is Verdict.PROBLEM


def test_phone_numbers_compare_by_digits_and_mail_by_case() -> None:
    devices = [
        replace(IPHONE, addresses=("+1 (555) 0100", "A@iCloud.com")),
        replace(MAC, addresses=("+15550100", "a@icloud.com")),
    ]
    assert diagnose(make_session(devices)).finding(CauseId.MESSAGES).verdict is Verdict.FINE


def test_os_below_messages_in_icloud_minimum() -> None:
    devices = [replace(IPHONE, os_version="11.3"), replace(MAC, os_version="10.13.4")]
    finding = diagnose(make_session(devices)).finding(CauseId.SOFTWARE)
    assert finding.verdict is Verdict.PROBLEM
    assert set(finding.devices) == {"p", "m"}


def test_os_exactly_at_minimum_is_not_a_problem() -> None:
    devices = [replace(IPHONE, os_version="11.4"), replace(MAC, os_version="10.13.5")]
    finding = diagnose(make_session(devices)).finding(CauseId.SOFTWARE)
    assert finding.verdict is Verdict.WARNING  # behind the latest, but able to sync


def test_behind_latest_uses_live_versions_when_checked() -> None:
    live = check(
        "os_versions",
        CheckStatus.PASS,
        "found",
        iOS="27.2",
        iPadOS="27.2",
        macOS="27.2",
        source="live",
        data_date="2026-11-20",
    )
    diagnosis = diagnose(make_session([IPHONE], {}, [live]))
    finding = diagnosis.finding(CauseId.SOFTWARE)
    assert finding.probability > finding.prior  # a major version behind points to software
    assert "Apple's update service" in finding.evidence[0].render()
    assert not diagnosis.latest.offline


def test_offline_table_is_named_with_its_date() -> None:
    finding = diagnose(make_session([replace(IPHONE, os_version="18.0")])).finding(CauseId.SOFTWARE)
    assert any("offline list as of 2026-10-26" in e.render() for e in finding.evidence)


def test_mixed_generations_between_iphone_and_mac() -> None:
    # macOS 15 came with iOS 18: a Mac on 15 beside an iPhone on 26 is a generation behind.
    devices = [replace(IPHONE, os_version="26.1"), replace(MAC, os_version="15.7")]
    finding = diagnose(make_session(devices)).finding(CauseId.SOFTWARE)
    assert any(
        "different generations" in e.render() and "Mac" in e.render() for e in finding.evidence
    )


def test_same_generation_across_platforms_is_not_mixed() -> None:
    devices = [replace(IPHONE, os_version="18.7"), replace(MAC, os_version="15.7")]
    finding = diagnose(make_session(devices)).finding(CauseId.SOFTWARE)
    assert not any("different generations" in e.render() for e in finding.evidence)


def test_unreadable_version_is_reported_not_guessed() -> None:
    finding = diagnose(make_session([replace(IPHONE, os_version="eighteen")])).finding(
        CauseId.SOFTWARE
    )
    assert finding.verdict is Verdict.NOT_CHECKED
    assert any("not a version number" in e.render() for e in finding.evidence)


def test_another_persons_iphone_is_neither_a_second_account_nor_compared() -> None:
    """A family: the person's iPhone and Mac on one account, a partner's iPhone with its own
    number on theirs. That is two people, not one person with two accounts."""
    partner = replace(
        IPHONE,
        id="q",
        name="Sam's iPhone",
        apple_account="sam@icloud.com",
        addresses=("+1 555 0199", "sam@icloud.com"),
    )
    diagnosis = diagnose(make_session([IPHONE, MAC, partner]))
    account, messages = diagnosis.finding(CauseId.ACCOUNT), diagnosis.finding(CauseId.MESSAGES)
    assert account.verdict is Verdict.FINE
    assert any("Sam's iPhone, another person's iPhone" in render(e) for e in account.evidence)
    assert messages.verdict is not Verdict.PROBLEM and "q" not in messages.devices


def test_a_second_account_on_the_persons_own_devices_is_still_a_conflict() -> None:
    """The same number on both iPhones, or a Mac (no number to tell it apart): the person's."""
    second = replace(IPHONE, id="q", apple_account="other@icloud.com", addresses=IPHONE.addresses)
    assert diagnose(make_session([IPHONE, second])).finding(CauseId.ACCOUNT).verdict is (
        Verdict.PROBLEM
    )
    mac = replace(MAC, apple_account="other@icloud.com", addresses=("other@icloud.com",))
    assert diagnose(make_session([IPHONE, mac])).finding(CauseId.ACCOUNT).verdict is (
        Verdict.PROBLEM
    )
