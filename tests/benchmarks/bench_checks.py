"""Benchmark of the checks runner on loopback servers (not a test; not collected by pytest).

Run from the repository root: ``python tests/benchmarks/bench_checks.py [--rounds N]``.

1. Twelve endpoints each answer after 300 ms (captive page, three Apple Account hosts, an
   iCloud host, two TLS-inspection targets, the status feed, the update service, an NTP
   server and two host names whose lookup takes 300 ms). Ratio: the whole suite's wall time over the slowest single check run alone
   (target <= 1.2: the checks really run at once).
2. Every endpoint is silent (TCP accepted, never answered; UDP never answered), with check
   timeouts beyond the deadline. Ratio: the suite's wall time over its deadline
   (target <= 1.05: a run never waits for the sum of the timeouts).

Every server binds to 127.0.0.1; name lookups other than localhost and the delayed ``*.bench``
names (answered locally with 127.0.0.1) are refused.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import multiprocessing
import socket
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import trustme
from pytest_httpserver import HTTPServer

from imsync_gui.checks.captive_portal import SUCCESS_PAGE
from imsync_gui.checks.config import EndpointConfig
from imsync_gui.checks.runner import run_checks
from imsync_gui.model.enums import CheckId
from tests.benchmarks.loopback import assert_loopback, loopback_only
from tests.checks.feeds import as_bytes, feed
from tests.checks.servers import (
    LOOPBACK,
    closed_port,
    delayed,
    ntp_responder,
    silent_tcp,
    tls_names,
)
from tests.checks.test_os_versions import CATALOG

DELAY_S = 0.3
DEADLINE_S = 2.0


@contextlib.contextmanager
def _slow_tls(ca: trustme.CA) -> Iterator[int]:
    """A TLS server that waits DELAY_S after accepting before it answers the handshake."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*tls_names()).configure_cert(context)
    listener = socket.create_server((LOOPBACK, 0))
    listener.settimeout(0.1)
    stop = threading.Event()

    def answer(conn: socket.socket) -> None:
        time.sleep(DELAY_S)
        with contextlib.suppress(OSError), context.wrap_socket(conn, server_side=True) as tls:
            tls.recv(1)

    def serve() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError, OSError):
                conn, _peer = listener.accept()
                threading.Thread(target=answer, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        listener.close()


@contextlib.contextmanager
def _https(ca: trustme.CA) -> Iterator[HTTPServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*tls_names()).configure_cert(context)
    server = HTTPServer(host=LOOPBACK, port=0, ssl_context=context, threaded=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def delayed_endpoints(ca_file: Path, ca: trustme.CA) -> Iterator[EndpointConfig]:
    """Twelve endpoints, each answering after DELAY_S."""
    plain = HTTPServer(host=LOOPBACK, port=0, threaded=True)
    plain.expect_request("/hotspot").respond_with_handler(delayed(DELAY_S, SUCCESS_PAGE))
    plain.expect_request("/status.js").respond_with_handler(
        delayed(DELAY_S, as_bytes(feed(imessage=[])))
    )
    plain.start()
    with contextlib.ExitStack() as stack:
        tls = stack.enter_context(_https(ca))
        tls.expect_request("/").respond_with_handler(delayed(DELAY_S))
        tls.expect_request("/v2/pmv").respond_with_handler(delayed(DELAY_S, as_bytes(CATALOG)))
        tls_ports = [stack.enter_context(_slow_tls(ca)) for _ in range(2)]
        ntp_port = stack.enter_context(ntp_responder(delay_s=DELAY_S))
        push = stack.enter_context(silent_tcp())
        base = f"https://localhost:{tls.port}"
        yield EndpointConfig(
            captive_url=f"http://{LOOPBACK}:{plain.port}/hotspot",
            account_urls=(f"{base}/", f"{base}/", f"{base}/"),
            icloud_urls=(f"{base}/",),
            tls_targets=tuple(f"localhost:{p}" for p in tls_ports),
            push_host=LOOPBACK,
            push_port=push,
            push_fallback_port=push,
            ntp_servers=(LOOPBACK,),
            ntp_port=ntp_port,
            status_url=f"http://{LOOPBACK}:{plain.port}/status.js",
            gdmf_url=f"{base}/v2/pmv",
            dns_hosts=("apple.bench", "icloud.bench"),
            extra_ca_file=ca_file,
            timeouts=dict.fromkeys(CheckId, 5.0),
            deadline_s=10.0,
        )
    plain.stop()


@contextlib.contextmanager
def silent_endpoints(ca_file: Path) -> Iterator[EndpointConfig]:
    """Every endpoint accepts (or receives) and never answers."""
    with silent_tcp() as tcp, ntp_responder(silent=True) as udp:
        yield EndpointConfig(
            captive_url=f"http://{LOOPBACK}:{tcp}/hotspot",
            account_urls=tuple(f"https://localhost:{tcp}/{n}" for n in range(3)),
            icloud_urls=(f"https://localhost:{tcp}/",),
            tls_targets=(f"localhost:{tcp}", f"localhost:{tcp}"),
            push_host=LOOPBACK,
            push_port=closed_port(),
            push_fallback_port=closed_port(),
            ntp_servers=(LOOPBACK,),
            ntp_port=udp,
            status_url=f"http://{LOOPBACK}:{tcp}/status.js",
            gdmf_url=f"https://localhost:{tcp}/v2/pmv",
            dns_hosts=("localhost",),
            extra_ca_file=ca_file,
            timeouts=dict.fromkeys(CheckId, 3 * DEADLINE_S),
            deadline_s=DEADLINE_S,
        )


def _wall(config: EndpointConfig, only: list[str] | None = None, expect: str = "") -> float:
    start = time.perf_counter()
    results = asyncio.run(run_checks(config, only=only))
    took = time.perf_counter() - start
    wrong = [f"{r.check_id}: {r.status} {r.message}" for r in results if expect not in r.status]
    if wrong:
        raise SystemExit("benchmark set-up is broken:\n" + "\n".join(wrong))
    return took


def _serve(scenario: str, folder: str, pipe: Connection) -> None:
    """In a child process (so the servers do not share the GIL with the checks): serve until
    told to stop."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    ca = trustme.CA(organization_name="Apple Inc.")
    ca_file = Path(folder) / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    endpoints = (
        delayed_endpoints(ca_file, ca) if scenario == "delayed" else silent_endpoints(ca_file)
    )
    with endpoints as config:
        pipe.send(config)
        pipe.recv()


@contextlib.contextmanager
def servers(scenario: str, folder: str) -> Iterator[EndpointConfig]:
    """Serve the "delayed" or "silent" scenario from a child process; yield its config."""
    parent, child = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=_serve, args=(scenario, folder, child), daemon=True
    )
    process.start()
    try:
        yield assert_loopback(parent.recv())
    finally:
        parent.send("stop")
        process.join(10)


@dataclass
class CheckTimings:
    """Wall times in seconds, one entry per round."""

    suite: list[float] = field(default_factory=list)
    slowest_single: list[float] = field(default_factory=list)
    one_by_one: list[float] = field(default_factory=list)
    silent_suite: list[float] = field(default_factory=list)
    deadline_s: float = DEADLINE_S


def measure(rounds: int, report: Callable[[str], None] = print) -> CheckTimings:
    """Run both scenarios *rounds* times each against loopback servers in a child process."""
    loopback_only(DELAY_S)
    timings = CheckTimings()
    with tempfile.TemporaryDirectory() as folder:
        with servers("delayed", folder) as config:
            _wall(config, expect="pass")  # warm-up: imports, first CA load
            for _ in range(rounds):
                singles = [_wall(config, [c.value], "pass") for c in CheckId]
                suite = _wall(config, expect="pass")
                timings.suite.append(suite)
                timings.slowest_single.append(max(singles))
                timings.one_by_one.append(sum(singles))
                report(f"delayed: suite {suite:.3f} s, slowest single {max(singles):.3f} s, "
                       f"one by one {sum(singles):.3f} s")  # fmt: skip
        with servers("silent", folder) as config:
            for _ in range(rounds):
                took = _wall(config)
                timings.silent_suite.append(took)
                report(f"silent: suite {took:.3f} s, deadline {config.deadline_s:.1f} s")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    t = measure(parser.parse_args().rounds)
    concurrency = [s / m for s, m in zip(t.suite, t.slowest_single, strict=True)]
    deadline = [s / t.deadline_s for s in t.silent_suite]
    print(f"median suite / slowest single check: {statistics.median(concurrency):.3f} (<= 1.2)")
    print(f"median suite / deadline (all silent): {statistics.median(deadline):.3f} (<= 1.05)")


if __name__ == "__main__":
    main()
