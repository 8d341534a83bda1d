"""JSON from outside holds plain numbers only (issue 13, finding 6): NaN, Infinity, overflowing
floats and 5000-digit integers are refused with a reason by every reader, never a crash."""

from __future__ import annotations

import pytest

from imsync_gui.checks.os_versions import CatalogError, latest_from_catalog
from imsync_gui.checks.status_feed import FeedError, parse_feed
from imsync_gui.export.summarize.facts import Unreadable, facts_from_bytes
from imsync_gui.model.strict_json import NotPlainJson, loads

NUMBERS = ["NaN", "Infinity", "-Infinity", "1e999", "-1e400", "9" * 31, "-" + "9" * 5000]


@pytest.mark.parametrize("number", NUMBERS)
def test_loads_refuses_numbers_plain_json_does_not_have(number: str) -> None:
    with pytest.raises(NotPlainJson) as refused:
        loads(f'{{"a": [1, {number}]}}')
    assert len(str(refused.value)) < 80


def test_loads_reads_plain_numbers() -> None:
    assert loads('{"a": [1, -2.5, 1e300, ' + "9" * 30 + "]}") == {"a": [1, -2.5, 1e300, 10**30 - 1]}


@pytest.mark.parametrize("number", NUMBERS)
def test_a_status_feed_with_such_a_number_is_refused(number: str) -> None:
    feed = (
        '{"services": [{"serviceName": "iMessage", "events": [{"epochStartDate": '
        + number
        + ', "eventStatus": "ongoing", "statusType": "Outage"}]}]}'
    )
    with pytest.raises(FeedError):
        parse_feed(feed.encode())


@pytest.mark.parametrize("number", NUMBERS)
def test_a_software_catalogue_with_such_a_number_is_refused(number: str) -> None:
    with pytest.raises(CatalogError):
        latest_from_catalog(f'{{"PublicAssetSets": {{"iOS": [{{"n": {number}}}]}}}}'.encode())


@pytest.mark.parametrize("number", NUMBERS)
def test_a_report_to_summarize_with_such_a_number_is_unreadable(number: str) -> None:
    with pytest.raises(Unreadable):
        facts_from_bytes(f'{{"format": "imsync-gui-report", "version": {number}}}'.encode())
