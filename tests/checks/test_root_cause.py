"""One root cause counts once: with this computer's name lookups dead, only the network moves."""

from __future__ import annotations

from dataclasses import replace

from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.runner import run_checks
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CauseId, CheckId, CheckStatus
from tests.checks.conftest import run
from tests.model.builders import healthy_answers, make_session


def test_dead_dns_moves_only_the_network(config: EndpointConfig) -> None:
    dead = replace(
        config,
        dns_hosts=("missing.test",),
        account_urls=("https://missing.test/",),
        icloud_urls=("https://missing.test/",),
        tls_targets=("missing.test:443",),
        push_host="missing.test",
        ntp_servers=("missing.test",),
        status_url="https://missing.test/status.js",
        gdmf_url="https://missing.test/v2/pmv",
        captive_url="http://missing.test/hotspot-detect.html",
    )
    results = run(run_checks(dead))
    statuses = {r.check_id: r.status for r in results}
    assert statuses[CheckId.DNS] is CheckStatus.FAIL
    answers = healthy_answers() | {"network.same_network": "yes"}
    without = diagnose(make_session(answers=answers))
    offline = diagnose(make_session(answers=answers, checks=results))
    assert offline.offline_here
    moved = {
        c
        for c in CauseId
        if abs(offline.finding(c).probability - without.finding(c).probability) > 1e-9
    }
    assert moved == {CauseId.NETWORK}
    network = offline.finding(CauseId.NETWORK)
    assert network.verdict.value == "problem"
    assert offline.finding(CauseId.ACCOUNT).verdict is without.finding(CauseId.ACCOUNT).verdict
    # The account card says why its failed check is not counted.
    assert any(
        "cannot reach the internet" in e.render() for e in offline.finding(CauseId.ACCOUNT).evidence
    )
