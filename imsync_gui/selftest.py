"""``imsync-gui --self-test``: prove that this build works, without a display or the network.

It reads the bundled data and the package's metadata (the About box shows its version and
licence), draws every illustration, sets up TLS from the bundled and system trust stores,
diagnoses a bundled sample session, saves its fix plan as a PDF in a temporary folder and
checks that file (see :mod:`imsync_gui.pdf_check` for what that covers). It is
meant for a freshly built bundle as much as for a source checkout.
"""

from __future__ import annotations

import json
import ssl
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TextIO

from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.resources import asset_path

SAMPLE_SESSION = "examples/storage-full-family.json"
PDF_NAME = "imsync-gui-self-test.pdf"


class SelfTestFailure(Exception):
    """One step of the self-test failed; the message names the step and the reason."""


def run_self_test(sample: Path | None = None, folder: Path | None = None) -> list[str]:
    """Run every step; return one line per step passed, or raise SelfTestFailure.

    *sample* defaults to the bundled sample session, *folder* (where the PDF is written) to a
    new temporary folder that is removed afterwards.
    """
    from imsync_gui.report.headless import document_application

    _app = document_application(["imsync-gui", "--self-test"])
    session_file = sample or asset_path(SAMPLE_SESSION)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("bundled data", _bundled_data),
        ("illustrations", _illustrations),
        ("TLS trust", _tls_trust),
        ("proxy auto-configuration", _proxy_auto_configuration),
    ]
    lines = [_run_step(name, step) for name, step in steps]
    if folder is not None:
        lines.append(_run_step("fix plan PDF", lambda: _pdf_from_sample(session_file, folder)))
        return lines
    with tempfile.TemporaryDirectory(prefix="imsync-gui-self-test-") as temporary:
        lines.append(
            _run_step("fix plan PDF", lambda: _pdf_from_sample(session_file, Path(temporary)))
        )
    return lines


def main(stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the self-test, print the outcome where there is a console, return the exit code.

    A windowed Windows build has no console (``sys.stdout`` is None); the exit code still
    tells the outcome.
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    started = time.perf_counter()
    try:
        lines = run_self_test()
    except SelfTestFailure as exc:
        _emit(err, f"imsync-gui self-test FAILED: {exc}")
        return ExitCode.PROBLEMS
    took = time.perf_counter() - started
    _emit(out, "\n".join([*lines, f"imsync-gui self-test passed in {took:.2f} s"]))
    return ExitCode.OK


def _run_step(name: str, step: Callable[[], str]) -> str:
    try:
        return f"ok  {name}: {step()}"
    except SelfTestFailure as exc:
        raise SelfTestFailure(f"{name}: {exc}") from exc
    except Exception as exc:  # any crash of a step is the self-test's finding, not a traceback
        raise SelfTestFailure(f"{name}: {type(exc).__name__}: {exc}") from exc


def _bundled_data() -> str:
    from imsync_gui.export.json_export import report_schema
    from imsync_gui.gui.about_dialog import package_facts
    from imsync_gui.model.session_io import session_schema
    from imsync_gui.model.versions import bundled_latest

    session_schema()
    report_schema()
    latest = bundled_latest()
    endpoints = resources.files("imsync_gui.checks").joinpath("endpoints.example.toml")
    tomllib.loads(endpoints.read_text("utf-8"))
    facts = package_facts()
    if facts.licence is None:
        raise SelfTestFailure("the package metadata is missing (the About box needs its licence)")
    return (
        f"session and report schemas, OS table of {latest.data_date}, endpoints example, "
        f"package metadata ({facts.version}, {facts.licence}); assets in {asset_path('')}"
    )


def _illustrations() -> str:
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    from imsync_gui.model.knowledge import CAUSES
    from imsync_gui.resources import illustration_path

    names = {c.illustration for c in CAUSES} | {f.illustration for c in CAUSES for f in c.fixes}
    broken = sorted(n for n in names if not QSvgRenderer(str(illustration_path(n))).isValid())
    if broken:
        raise SelfTestFailure(f"missing or unreadable: {', '.join(broken)}")
    icon = QIcon(str(asset_path("app_icon.svg"))).pixmap(64, 64)
    if icon.isNull():
        raise SelfTestFailure("the app icon cannot be drawn (is Qt's SVG icon engine bundled?)")
    return f"{len(names)} drawings and the app icon draw"


def _tls_trust() -> str:
    import certifi

    from imsync_gui.checks.config import EndpointConfig
    from imsync_gui.checks.tls import ssl_context

    ssl_context(EndpointConfig())
    bundle = ssl.create_default_context(cafile=certifi.where())
    authorities = bundle.cert_store_stats()["x509_ca"]
    if authorities == 0:
        raise SelfTestFailure(f"the CA bundle {certifi.where()} holds no certificates")
    return f"system trust store through truststore; certifi bundle with {authorities} CAs"


def _proxy_auto_configuration() -> str:
    from imsync_gui.checks.system_proxy import compile_pac, first_route

    pac = compile_pac(
        'function FindProxyForURL(url, host) { return dnsDomainIs(host, ".icloud.com") ? '
        '"PROXY proxy.example:3128; DIRECT" : "DIRECT"; }'
    )
    route = first_route(
        str(pac.find_proxy_for_url("https://www.icloud.com/", "www.icloud.com")), "pac"
    )
    if route.proxy != "http://proxy.example:3128":
        raise SelfTestFailure(f"a PAC file gave {route.label} instead of PROXY proxy.example:3128")
    from pypac.wpad import proxy_urls_from_dns

    if not proxy_urls_from_dns("pc.corp.example.com"):
        raise SelfTestFailure("WPAD finds no address to look for a PAC file (public suffix list?)")
    return "a PAC file evaluates with pypac; WPAD addresses are found"


def _pdf_from_sample(session_file: Path, folder: Path) -> str:
    from imsync_gui.export.content import build_report
    from imsync_gui.model.diagnosis import diagnose
    from imsync_gui.model.session_io import load_session
    from imsync_gui.pdf_check import PdfProblem, inspect_pdf
    from imsync_gui.report.exports import ExportFormat, save_report

    session = load_session(session_file)
    report = build_report(session, diagnose(session))
    if report.headline is None or not report.first_steps:
        raise SelfTestFailure(f"the sample {session_file.name} gave no finding or no fix step")
    target = folder / PDF_NAME
    save_report(report, target, ExportFormat.PDF, overwrite=True)
    try:
        facts = inspect_pdf(target)
    except PdfProblem as exc:
        raise SelfTestFailure(f"{target} is broken: {exc}") from exc
    expected = [report.headline.title, report.first_steps[0].title]
    if facts.text is None:
        text_note = "text not read (pdftotext is not installed)"
    elif missing := [e for e in expected if " ".join(e.split()) not in facts.text]:
        raise SelfTestFailure(f"{target} lacks the text {json.dumps(missing, ensure_ascii=False)}")
    else:
        text_note = "headline and first step found in its text"
    size_kb = target.stat().st_size / 1024
    return (
        f"{session_file.name} → {facts.pages} pages, {size_kb:.0f} KB, "
        f"{facts.compressed_streams} streams inflate, {text_note}"
    )


def _emit(stream: TextIO | None, text: str) -> None:
    if stream is not None:
        print(text, file=stream, flush=True)
