"""The runner: all checks at once, in order, under one deadline, with events and cancellation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
import trustme
from pytest_httpserver import HTTPServer

from imsync_gui.checks import registry
from imsync_gui.checks.captive_portal import SUCCESS_PAGE
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.outcome import Outcome
from imsync_gui.checks.runner import CANCEL_GRACE_S, CheckEvent, run_checks
from imsync_gui.model.enums import CheckId, CheckStatus
from tests.checks.conftest import run, with_
from tests.checks.feeds import as_bytes, feed
from tests.checks.servers import https_server, https_url, ntp_responder, silent_tcp
from tests.checks.test_os_versions import CATALOG


def test_one_result_per_check_in_order(config: EndpointConfig) -> None:
    results = run(run_checks(config))
    assert [r.check_id for r in results] == list(CheckId)
    assert all(r.started_at.tzinfo is not None and r.duration_s >= 0 for r in results)
    assert all(r.message for r in results)


def test_only_runs_the_named_checks(config: EndpointConfig) -> None:
    results = run(run_checks(config, only=["this_computer", "dns"]))
    assert [r.check_id for r in results] == [CheckId.DNS, CheckId.THIS_COMPUTER]


def test_unknown_check_id_is_refused(config: EndpointConfig) -> None:
    with pytest.raises(ValueError, match="unknown check id: nope"):
        run(run_checks(config, only=["dns", "nope"]))


def test_events_start_and_finish_every_check(config: EndpointConfig) -> None:
    events: list[CheckEvent] = []
    results = run(run_checks(config, on_event=events.append))
    started = [e.check_id for e in events if e.kind == "started"]
    finished = {e.check_id: e.result for e in events if e.kind == "finished"}
    assert sorted(started) == sorted(CheckId)
    assert finished == {r.check_id: r for r in results}
    for check_id in CheckId:
        kinds = [e.kind for e in events if e.check_id == check_id]
        assert kinds == ["started", "finished"]


def test_a_failing_progress_callback_does_not_stop_the_run(config: EndpointConfig) -> None:
    def explode(_event: CheckEvent) -> None:
        raise RuntimeError("UI bug")

    results = run(run_checks(config, only=["proxy"], on_event=explode))
    assert results[0].status is CheckStatus.PASS


def test_deadline_stops_unfinished_checks(config: EndpointConfig) -> None:
    with silent_tcp() as port:
        slow = with_(
            config,
            status_url=f"http://127.0.0.1:{port}/feed.js",
            timeouts={c: 10.0 for c in CheckId},
            deadline_s=0.6,
        )
        events: list[CheckEvent] = []
        start = time.perf_counter()
        results = run(run_checks(slow, on_event=events.append))
        took = time.perf_counter() - start
    assert took < 0.6 + CANCEL_GRACE_S + 0.3
    status = next(r for r in results if r.check_id == CheckId.SERVICE_STATUS)
    assert status.status is CheckStatus.ERROR
    assert "did not finish in time" in status.message.render()
    assert status.values == {"timed_out": True}
    assert [e.result for e in events if e.kind == "finished" and e.check_id == "service_status"]


def test_cancelling_the_run_cancels_every_check(config: EndpointConfig) -> None:
    async def scenario() -> set[asyncio.Task[object]]:
        with silent_tcp() as port:
            slow = with_(config, status_url=f"http://127.0.0.1:{port}/s.js",
                         timeouts={c: 10.0 for c in CheckId}, deadline_s=10.0)  # fmt: skip
            task = asyncio.create_task(run_checks(slow))
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}

    start = time.perf_counter()
    leftovers = run(scenario())
    assert leftovers == set()
    assert time.perf_counter() - start < 2.0


def test_a_crashing_probe_becomes_an_error(
    config: EndpointConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def crash(_config: EndpointConfig) -> Outcome:
        raise KeyError("surprise")

    monkeypatch.setattr(registry, "PROBES", {**registry.PROBES, CheckId.PROXY: crash})
    results = run(run_checks(config, only=["proxy", "this_computer"]))
    assert results[0].status is CheckStatus.ERROR
    assert (
        "internal error" in results[0].message.render()
        and "surprise" in results[0].message.render()
    )
    assert results[1].status is CheckStatus.PASS


@pytest.fixture
def healthy(
    config: EndpointConfig, trusted_ca: trustme.CA, httpserver: HTTPServer
) -> Iterator[EndpointConfig]:
    """Every endpoint answering like a clean network would."""
    httpserver.expect_request("/hotspot").respond_with_data(SUCCESS_PAGE)
    httpserver.expect_request("/status.js").respond_with_data(as_bytes(feed(imessage=[])))
    with https_server(trusted_ca) as tls, ntp_responder() as ntp, silent_tcp() as push:
        tls.expect_request("/v2/pmv").respond_with_json(CATALOG)
        yield replace(
            config,
            captive_url=httpserver.url_for("/hotspot"),
            account_urls=(https_url(tls, "appleid.apple.test"),),
            icloud_urls=(https_url(tls, "www.icloud.test"),),
            tls_targets=(f"appleid.apple.test:{tls.port}",),
            push_host="push.apple.test",
            push_port=push,
            ntp_servers=("time.apple.test",),
            ntp_port=ntp,
            status_url=httpserver.url_for("/status.js"),
            gdmf_url=https_url(tls, "gdmf.apple.test", "/v2/pmv"),
            dns_hosts=(),
            timeouts={c: 2.0 for c in CheckId},
        )


def test_a_clean_network_passes_everything(healthy: EndpointConfig) -> None:
    results = run(run_checks(healthy))
    assert {r.check_id: r.status for r in results} == dict.fromkeys(CheckId, CheckStatus.PASS)
    assert results[1].values["failed"] == []  # every .test host resolved


def test_an_empty_selection_runs_nothing(config: EndpointConfig) -> None:
    assert run(run_checks(config, only=[])) == []
