"""Sessions for the report tests, built through the Session API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckId, CheckStatus, DeviceKind
from imsync_gui.model.session import Session

T0 = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
ACCOUNT = "jane.appleseed@icloud.com"
OTHER_ACCOUNT = "work.jane@example.org"
PHONE = "+44 7700 900123"
MARKUP = "<b>bold</b> & <img src='x'> <script>alert(1)</script>"


def _answer(session: Session, question: str, value: str | float, device: str | None = None) -> None:
    stamp = T0 + timedelta(seconds=len(session.answers))
    session.set_answer(Answer(question, value, stamp, device))


def _check(check_id: CheckId, status: CheckStatus, message: str, **values: object) -> CheckResult:
    return CheckResult(
        check_id=check_id.value,
        status=status,
        message=Msg(message),
        started_at=T0,
        duration_s=0.25,
        values=values,  # type: ignore[arg-type]
        detail=f"{check_id.value}: raw detail for IT",
    )


def troubled_session(name: str = "Jane’s iPhone") -> Session:
    """Every one of the nine causes shows a problem or a warning."""
    session = Session(created_at=T0)
    session.put_device(
        Device("d1", DeviceKind.IPHONE, name, "16.1", ACCOUNT, (PHONE, ACCOUNT), False)
    )
    session.put_device(
        Device("d2", DeviceKind.MAC, "Studio Mac", "13.0", OTHER_ACCOUNT, (OTHER_ACCOUNT,), True)
    )
    for device in ("d1", "d2"):
        _answer(session, "network.pages_load", "no", device)
        _answer(session, "account.signed_in", "no", device)
        _answer(session, "account.sign_in_prompt", "yes", device)
        _answer(session, "software.update_waiting", "yes", device)
        _answer(session, "clock.automatic", "no", device)
        _answer(session, "messages.imessage_on", "no", device)
        _answer(session, "power.often_off", "yes", device)
    _answer(session, "network.connection", "wifi", "d1")
    _answer(session, "network.low_data_mode", "yes", "d1")
    _answer(session, "power.low_power_mode", "yes", "d1")
    _answer(session, "power.battery_percent", 12.0, "d1")
    _answer(session, "power.mac_low_power", "always", "d2")
    _answer(session, "background_refresh.setting", "off", "d1")
    _answer(session, "storage.plan", "5")
    _answer(session, "storage.used_gb", 4.9)
    _answer(session, "storage.messages_gb", 3.2)
    _answer(session, "storage.full_alert", "yes")
    _answer(session, "account.locked", "yes")
    _answer(session, "service_status.others_report", "yes")
    session.record_checks(
        [
            _check(
                CheckId.CAPTIVE_PORTAL,
                CheckStatus.FAIL,
                "A Wi-Fi sign-in page is in the way.",
                url="http://127.0.0.1/hotspot",
            ),
            _check(CheckId.DNS, CheckStatus.PASS, "Apple's servers' names resolve.", ms=12.5),
            _check(
                CheckId.PUSH,
                CheckStatus.FAIL,
                "Port 5223 to Apple's push service is blocked.",
                port=5223,
                reached=False,
            ),
            _check(
                CheckId.CLOCK,
                CheckStatus.FAIL,
                "This computer's clock is 9 minutes off.",
                offset_s=540.2,
            ),
            _check(
                CheckId.SERVICE_STATUS,
                CheckStatus.FAIL,
                "Apple reports an outage of iCloud.",
                services=["iCloud Drive", "Messages"],
            ),
            _check(CheckId.PROXY, CheckStatus.ERROR, "The proxy settings could not be read."),
        ]
    )
    return session


def quiet_session() -> Session:
    """One iPhone, mostly fine answers: a short plan."""
    session = Session(created_at=T0)
    session.put_device(Device("d1", DeviceKind.IPHONE, "iPhone", "18.3", ACCOUNT, (PHONE,), True))
    _answer(session, "network.pages_load", "yes", "d1")
    _answer(session, "background_refresh.setting", "off", "d1")
    session.record_checks([_check(CheckId.DNS, CheckStatus.PASS, "Names resolve.", ms=9.0)])
    return session
