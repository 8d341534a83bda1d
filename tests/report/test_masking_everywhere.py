"""No e-mail address, phone number or serial number survives in any export when contact details
are not included, wherever it was typed or received; no control character either (issue 13,
findings 3 and 4). Hypothesis puts such tokens into every free-text and id field of a session."""

from __future__ import annotations

import io
import json
import string
import subprocess
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imsync_gui.export.content import build_report
from imsync_gui.export.json_export import report_to_json
from imsync_gui.export.outside_text import CONTROLS
from imsync_gui.export.privacy import ISO_DATE
from imsync_gui.export.summary import summary_text
from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.enums import CheckId, CheckStatus, DeviceKind
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import session_from_text, session_to_text
from imsync_gui.report.document_html import report_html
from imsync_gui.report.pdf import render_pdf
from imsync_gui.report.web_page import report_web_page

T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)

_lower = string.ascii_lowercase + string.digits
emails = st.builds(
    "{}@{}.{}".format,
    st.text(_lower + "._%+-", min_size=1, max_size=12).filter(lambda s: s[0].isalnum()),
    st.text(_lower + "-", min_size=1, max_size=10).filter(lambda s: s[0].isalnum()),
    st.text(string.ascii_lowercase, min_size=2, max_size=6),
)


@st.composite
def phones(draw: st.DrawFn) -> str:
    """8 to 13 digits, maybe led by +, grouped by single spaces or hyphens."""
    digits = draw(st.text(string.digits, min_size=8, max_size=13))
    text = digits[0]
    for digit in digits[1:]:
        text += draw(st.sampled_from(["", "", " ", "-"])) + digit
    return ("+" if draw(st.booleans()) else "") + text


@st.composite
def serials(draw: st.DrawFn) -> str:
    """10 to 12 capitals and digits with at least two of each, like C02XK1ZJJG5J."""
    letters = draw(st.text(string.ascii_uppercase, min_size=2, max_size=6))
    numbers = draw(st.text(string.digits, min_size=2, max_size=6))
    rest = draw(st.text(string.ascii_uppercase + string.digits, min_size=0, max_size=8))
    mixed = draw(st.permutations(letters + numbers + rest[: 12 - len(letters + numbers)]))
    text = "".join(mixed)
    return text if len(text) >= 10 else text + "Q7" * ((11 - len(text)) // 2 + 1)


tokens = st.one_of(emails, phones().filter(lambda p: not ISO_DATE.fullmatch(p)), serials())
noise = st.text(
    string.ascii_letters + " ,;!?<>&\"'/=" + "\x1b\r\n\x9b\u202e\u2066", min_size=0, max_size=12
)


@st.composite
def texts(draw: st.DrawFn, found: list[str]) -> str:
    """Free text holding one or two tokens as words among markup and control characters."""
    parts = [draw(noise)]
    for _ in range(draw(st.integers(1, 2))):
        token = draw(tokens)
        found.append(token)
        parts += [token, draw(noise)]
    return " ".join(parts)


@st.composite
def sessions(draw: st.DrawFn) -> tuple[Session, list[str]]:
    """A session with a token in every free-text and id field."""
    found: list[str] = []
    text = lambda: draw(texts(found))  # noqa: E731 - one short helper, drawn many times
    ident = lambda: draw(tokens.map(lambda t: found.append(t) or t))  # noqa: E731
    session = Session(created_at=T0, updated_at=T0)
    ids = draw(st.lists(tokens, min_size=2, max_size=2, unique=True))
    found += ids
    for device_id, kind in zip(ids, (DeviceKind.IPHONE, DeviceKind.MAC), strict=True):
        session.put_device(
            Device(device_id, kind, text(), "18.0", draw(emails), (draw(phones()),), True)
        )
    for device_id in ids:
        session.set_answer(Answer("clock.device_time", text(), T0, device_id, T0))
        session.set_answer(Answer("account.signed_in", "no", T0, device_id))
        session.set_answer(Answer("power.low_power_mode", "yes", T0, device_id))
    session.set_answer(Answer(ident(), text(), T0, ids[0]))
    session.record_checks(
        [
            CheckResult(CheckId.DNS.value, CheckStatus.FAIL, Msg(text()), T0, 0.2,
                        {ident(): text(), "hosts": [text(), {"inner": text()}]}, text()),
            CheckResult(ident(), CheckStatus.WARN, Msg("{host} failed", {"host": text()}), T0,
                        0.1, {"n": 5}, text()),
        ]
    )  # fmt: skip
    session.set_step_done(ident(), True)
    for device in session.devices:
        found += [device.apple_account or "", *device.addresses]
    return session_from_text(session_to_text(session)), [t for t in found if t]


def pdf_text(data: bytes) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def _assert_clean(where: str, text: str, tokens_in: list[str]) -> None:
    for token in tokens_in:
        assert token not in text, f"{token!r} survives in the {where}"
    assert not CONTROLS.search(text.replace("\n", "").replace("\t", "")), where


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_no_contact_or_serial_survives_in_json_html_reports_or_summary(
    generated: tuple[Session, list[str]],
) -> None:
    session, found = generated
    report = build_report(session, diagnose(session))
    _assert_clean("JSON", json.dumps(json.loads(report_to_json(report)), ensure_ascii=False), found)
    _assert_clean("PDF's HTML", report_html(report), found)
    _assert_clean("HTML report", report_web_page(report), found)
    _assert_clean("summary", summary_text(report), found)
    assert any(token in session_to_text(session) for token in found), "the session holds them"


@pytest.mark.gui
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_no_contact_or_serial_survives_in_the_pdf_text(
    qapp: object, generated: tuple[Session, list[str]]
) -> None:
    session, found = generated
    report = build_report(session, diagnose(session))
    text = pdf_text(render_pdf(report))
    _assert_clean("PDF", " ".join(text.split()), [" ".join(t.split()) for t in found])
    assert io  # the PDF is read by poppler, as a reader's viewer would
