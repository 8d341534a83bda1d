"""A saved session holds message ids and arguments, so it renders in any language later."""

from __future__ import annotations

import gettext
import io
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from imsync_gui.checks.net import explain
from imsync_gui.checks.registry import late
from imsync_gui.export.content import build_report
from imsync_gui.i18n import ENGLISH, Msg, install, language, msg, pseudo
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CheckId, CheckStatus
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import load_session, save_session, session_from_dict

T0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
PUSH_BLOCKED = "Apple's push service, which delivers iMessages, is blocked on this network. {why}"
TIMEOUT = "{host} did not answer within {seconds:g} seconds: a firewall may be dropping it."
LATE = "This check did not finish in time ({seconds:g} s) and was stopped."
GERMAN = {
    PUSH_BLOCKED: "Apples Push-Dienst, der iMessages zustellt, ist in diesem Netzwerk "
    "blockiert. {why}",
    TIMEOUT: "{host} hat nicht innerhalb von {seconds:g} Sekunden geantwortet: Eine Firewall "
    "verwirft die Verbindung vielleicht.",
    LATE: "Diese Prüfung wurde nicht rechtzeitig fertig ({seconds:g} s) und wurde beendet.",
}


def _german() -> gettext.GNUTranslations:
    catalog = Catalog(locale="de", domain="test")
    for english, german in GERMAN.items():
        catalog.add(english, german)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _saved_and_loaded(tmp_path: Path) -> Session:
    session = Session(created_at=T0)
    why = explain("timeout", "1-courier.push.apple.com", 2.5)
    session.record_checks(
        [
            CheckResult(CheckId.PUSH, CheckStatus.FAIL, msg(PUSH_BLOCKED, why=why), T0, 2.5),
            late(CheckId.DNS, T0, 0.0, 7.5),
        ]
    )
    path = tmp_path / "session.json"
    save_session(session, path)
    return load_session(path)


def test_check_texts_render_in_the_language_chosen_after_loading(tmp_path: Path) -> None:
    loaded = _saved_and_loaded(tmp_path)
    push, dns = loaded.checks[CheckId.PUSH].message, loaded.checks[CheckId.DNS].message
    assert "1-courier.push.apple.com did not answer within 2.5 seconds" in push.render()
    install(_german(), "de")
    try:
        assert push.render() == (
            "Apples Push-Dienst, der iMessages zustellt, ist in diesem Netzwerk blockiert. "
            "1-courier.push.apple.com hat nicht innerhalb von 2,5 Sekunden geantwortet: Eine "
            "Firewall verwirft die Verbindung vielleicht."
        )
        assert dns.render() == (
            "Diese Prüfung wurde nicht rechtzeitig fertig (7,5 s) und wurde beendet."
        )
    finally:
        install(gettext.NullTranslations(), ENGLISH)


def test_a_report_of_a_loaded_session_renders_in_the_pseudo_language(tmp_path: Path) -> None:
    loaded = _saved_and_loaded(tmp_path)
    with language("pseudo"):
        report = build_report(loaded, diagnose(loaded), generated_at=T0)
    english = build_report(loaded, diagnose(loaded), generated_at=T0)
    for shown, plain in zip(report.checks, english.checks, strict=True):
        assert shown.message != plain.message and shown.message.startswith("[")
    for finding, plain in zip(report.findings, english.findings, strict=True):
        assert finding.title == pseudo(plain.title)
        assert finding.explanation.startswith("[")
    for step in report.steps:
        assert step.title.startswith("[") and step.verify.startswith("[")


def test_older_files_with_plain_sentences_still_load() -> None:
    raw = {
        "format": "imsync-gui-session",
        "version": 2,
        "created_at": T0.isoformat(),
        "updated_at": T0.isoformat(),
        "devices": [],
        "answers": [],
        "checks": [
            {
                "check_id": "dns",
                "status": "pass",
                "message": "All 11 Apple server names were looked up quickly.",
                "started_at": T0.isoformat(),
                "duration_s": 0.2,
            }
        ],
        "done_steps": [],
    }
    loaded = session_from_dict(raw).checks["dns"].message
    assert loaded == Msg("All 11 Apple server names were looked up quickly.")
    assert loaded.render() == "All 11 Apple server names were looked up quickly."
