"""Apple System Status: feed formats, live vs resolved events, and broken feeds."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from pytest_httpserver import HTTPServer

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.service_status import judge
from imsync_gui.checks.status_feed import FeedError, parse_feed
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import check, with_
from tests.checks.feeds import NOW, as_bytes, event, feed
from tests.checks.servers import delayed, silent_tcp


@pytest.mark.parametrize(("jsonp", "bom"), [(False, False), (True, False), (True, True),
                                            (False, True)])  # fmt: skip
def test_feed_formats_are_read(jsonp: bool, bom: bool) -> None:
    events = parse_feed(as_bytes(feed(imessage=[event()]), jsonp=jsonp, bom=bom))
    assert [(e.service, e.status_type) for e in events] == [("iMessage", "Outage")]


def test_live_outage_on_imessage_fails() -> None:
    outcome = judge(parse_feed(as_bytes(feed(imessage=[event()], maps=[]))), NOW)
    assert outcome.status is CheckStatus.FAIL
    assert outcome.values["affected"] == ["iMessage"]
    assert outcome.values["events"] == [
        {"service": "iMessage", "status_type": "Outage", "message": "Some users are affected.",
         "start": "2026-03-10T11:00+00:00"}
    ]  # fmt: skip
    assert "outage" in outcome.message.render() and "iMessage" in outcome.message.render()


@pytest.mark.parametrize("kind", ["Issue", "Performance", "Maintenance"])
def test_live_issue_on_account_warns(kind: str) -> None:
    outcome = judge(parse_feed(as_bytes(feed(account=[event(kind)]))), NOW)
    assert outcome.status is CheckStatus.WARN
    assert outcome.values["affected"] == ["Apple Account"]


def test_resolved_and_ended_events_are_ignored() -> None:
    document = feed(
        imessage=[event(event_status="resolved", end=timedelta(hours=-2))],
        facetime=[event(event_status="ongoing", end=timedelta(minutes=-5))],
        backup=[event(event_status="completed")],
    )
    outcome = judge(parse_feed(as_bytes(document)), NOW)
    assert outcome.status is CheckStatus.PASS
    assert outcome.values["affected"] == [] and outcome.values["events"] == []


def test_event_status_is_compared_case_insensitively() -> None:
    outcome = judge(parse_feed(as_bytes(feed(signin=[event(event_status="Ongoing Outage")]))), NOW)
    assert outcome.status is CheckStatus.FAIL
    assert outcome.values["affected"] == ["iCloud Account & Sign In"]


def test_upcoming_maintenance_is_information() -> None:
    upcoming = event("Maintenance", "upcoming", start=timedelta(days=1), message="Planned work.")
    outcome = judge(parse_feed(as_bytes(feed(backup=[upcoming]))), NOW)
    assert outcome.status is CheckStatus.PASS
    assert outcome.values["upcoming"] == [
        {"service": "iCloud Backup", "message": "Planned work.", "start": "2026-03-11T12:00+00:00"}
    ]
    assert "maintenance is planned for iCloud Backup" in outcome.message.render()


def test_other_services_are_context_only() -> None:
    outcome = judge(parse_feed(as_bytes(feed(mail=[event()], maps=[event("Issue")]))), NOW)
    assert outcome.status is CheckStatus.PASS
    assert outcome.values["affected"] == []
    assert len(outcome.values["events"]) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (as_bytes(feed(imessage=[event()]))[:40], "cut short"),
        (b"<!DOCTYPE html><html><body>Not found</body></html>", "HTML"),
        (b"jsonCallback(<html></html>);", "HTML"),
        (b"[1, 2, 3]", "no list of services"),
        (b'{"services": "iMessage"}', "no list of services"),
        (b'{"services": [42]}', "not an object"),
        (b'{"services": [{"serviceName": 7, "events": []}]}', "no name"),
        (b'{"services": [{"serviceName": "iMessage", "events": [3]}]}', "not an object"),
        (json.dumps({"services": [{"serviceName": "iMessage", "events": [
            {"statusType": ["Outage"], "eventStatus": "ongoing"}]}]}).encode(), "not text"),
        (json.dumps({"services": [{"serviceName": "iMessage", "events": [
            {"statusType": "Outage", "epochStartDate": {"x": 1}}]}]}).encode(), "not a time"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)  # fmt: skip
def test_malformed_feeds_raise_clear_errors(data: bytes, why: str) -> None:
    with pytest.raises(FeedError, match=why):
        parse_feed(data)


def _at(config: EndpointConfig, httpserver: HTTPServer) -> EndpointConfig:
    return with_(config, status_url=httpserver.url_for("/status.js"))


def test_feed_is_fetched_and_judged(config: EndpointConfig, httpserver: HTTPServer) -> None:
    body = as_bytes(feed(imessage=[event(start=timedelta(days=-3650))]), jsonp=True, bom=True)
    httpserver.expect_request("/status.js").respond_with_data(body)
    result = check(CheckId.SERVICE_STATUS, _at(config, httpserver))
    assert result.status is CheckStatus.FAIL
    assert result.values["affected"] == ["iMessage"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b"", 200, "empty"),
        (b"<html>Sorry</html>", 200, "web page"),
        (b'{"services": [', 200, "cut short"),
        (b"x" * 10_000_000, 200, "far more data"),
        (as_bytes(feed(imessage=[])), 503, "HTTP 503"),
    ],
)
def test_broken_feeds_could_not_run(
    config: EndpointConfig, httpserver: HTTPServer, body: bytes, status: int, words: str
) -> None:
    httpserver.expect_request("/status.js").respond_with_data(body, status=status)
    result = check(CheckId.SERVICE_STATUS, with_(_at(config, httpserver), max_body_bytes=2_000_000))
    assert result.status is CheckStatus.ERROR
    assert words in f"{result.message.render()} {result.detail}"
    assert result.values["read"] is False


def test_ten_megabytes_without_length_are_cut_off(
    config: EndpointConfig, httpserver: HTTPServer
) -> None:
    from werkzeug.wrappers import Response

    def stream(_request: object) -> Response:
        return Response((b"x" * 65536 for _ in range(160)), direct_passthrough=True)

    httpserver.expect_request("/status.js").respond_with_handler(stream)
    changed = with_(
        _at(config, httpserver), max_body_bytes=2_000_000, timeouts={"service_status": 3.0}
    )
    result = check(CheckId.SERVICE_STATUS, changed)
    assert result.status is CheckStatus.ERROR
    assert "far more data" in result.message.render()
    assert "body exceeds" in result.detail


def test_slow_feed_is_stopped(config: EndpointConfig, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/status.js").respond_with_handler(delayed(0.8))
    result = check(CheckId.SERVICE_STATUS, _at(config, httpserver))
    assert result.status is CheckStatus.ERROR
    assert "did not answer within 0.5 seconds" in result.message.render()


def test_silent_feed_server_is_stopped(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        result = check(
            CheckId.SERVICE_STATUS, with_(config, status_url=f"http://127.0.0.1:{port}/s.js")
        )
    assert result.status is CheckStatus.ERROR
    assert result.duration_s < 1.5
