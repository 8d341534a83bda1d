"""Small builders for sessions used by the core tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone

from imsync_gui.i18n import Msg
from imsync_gui.model.answers import Answer, AnswerValue
from imsync_gui.model.check_result import CheckResult, JsonValue
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import CheckStatus, DeviceKind
from imsync_gui.model.session import Session

T0 = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
LOCAL = timezone(timedelta(hours=1))

IPHONE = Device("p", DeviceKind.IPHONE, "Phone", "26.1", "a@icloud.com", ("+1 555 0100",), True)
IPAD = Device("t", DeviceKind.IPAD, "Tablet", "26.1", "a@icloud.com", ("+1 555 0100",), True)
MAC = Device("m", DeviceKind.MAC, "Mac", "26.1", "a@icloud.com", ("+1 555 0100",), True)

Key = str | tuple[str, str]
REFERENCE_KEY = ("clock.device_time", "p")


def make_session(
    devices: Iterable[Device] = (IPHONE, IPAD, MAC),
    answers: Mapping[Key, AnswerValue] | None = None,
    checks: Iterable[CheckResult] = (),
    references: Mapping[Key, datetime] | None = None,
) -> Session:
    """A session with these devices, answers ({"q": v} or {("q", device_id): v}) and checks."""
    session = Session(devices=list(devices), created_at=T0, updated_at=T0)
    for key, value in (answers or {}).items():
        question, device = (key, None) if isinstance(key, str) else key
        reference = (references or {}).get(key)
        if key == REFERENCE_KEY and reference is None:
            reference = T0.astimezone(LOCAL)
        session.set_answer(Answer(question, value, T0, device, reference))
    session.record_checks(checks)
    return session


def check(
    check_id: str, status: CheckStatus, message: str = "measured", **values: JsonValue
) -> CheckResult:
    """A check result as the checks layer would record it."""
    return CheckResult(check_id, status, Msg(message), T0, 0.2, values)


def healthy_answers(devices: Iterable[Device] = (IPHONE, IPAD, MAC)) -> dict[Key, AnswerValue]:
    """Answers under which every cause is ruled out (fine)."""
    answers: dict[Key, AnswerValue] = {
        "storage.plan": "200",
        "storage.used_gb": 40.0,
        "storage.full_alert": "no",
        "network.same_network": "yes",
        "account.locked": "no",
    }
    for d in devices:
        answers |= {
            ("network.pages_load", d.id): "yes",
            ("account.signed_in", d.id): "yes",
            ("account.sign_in_prompt", d.id): "no",
            ("software.update_waiting", d.id): "no",
            ("power.often_off", d.id): "no",
            ("clock.automatic", d.id): "yes",
            ("messages.imessage_on", d.id): "yes",
        }
        if d.kind.is_mobile:
            answers |= {
                ("network.connection", d.id): "wifi",
                ("network.low_data_mode", d.id): "no",
                ("power.low_power_mode", d.id): "no",
                ("power.battery_percent", d.id): 80.0,
                ("background_refresh.setting", d.id): "wifi_cellular",
            }
        else:
            answers[("power.mac_low_power", d.id)] = "never"
    return answers


def healthy_checks() -> list[CheckResult]:
    """Check results under which every live check passed."""
    return [
        check("captive_portal", CheckStatus.PASS, "No sign-in page is in the way"),
        check("dns", CheckStatus.PASS, "Apple's names resolve"),
        check("https_icloud", CheckStatus.PASS, "iCloud answers"),
        check("https_account", CheckStatus.PASS, "Apple Account servers answer"),
        check("tls_interception", CheckStatus.PASS, "Connections are not inspected"),
        check(
            "push", CheckStatus.PASS, "Push ports are open", port_5223_open=True, port_443_open=True
        ),
        check("proxy", CheckStatus.PASS, "No proxy is set"),
        check("clock", CheckStatus.PASS, "This computer's clock is right", offset_s=0.4),
        check("service_status", CheckStatus.PASS, "Apple reports no problems", affected=[]),
        check(
            "os_versions",
            CheckStatus.PASS,
            "Latest versions found",
            iOS="26.1",
            iPadOS="26.1",
            macOS="26.1",
            source="live",
            data_date="2026-11-20",
        ),
    ]


MAC_FACTS = check(
    "this_computer",
    CheckStatus.PASS,
    os_name="macOS",
    os_version="15.3",
    on_battery=False,
    power_saver=True,
)
"""What the this-computer check reads on a Mac on mains power with Low Power Mode on."""
