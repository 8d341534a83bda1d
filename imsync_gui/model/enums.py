"""Small closed vocabularies shared across the core."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class CauseId(StrEnum):
    """The nine known reasons for a paused Messages sync, in the wizard's order."""

    NETWORK = "network"
    STORAGE = "storage"
    ACCOUNT = "account"
    SOFTWARE = "software"
    POWER = "power"
    SERVICE_STATUS = "service_status"
    CLOCK = "clock"
    BACKGROUND_REFRESH = "background_refresh"
    MESSAGES = "messages"


class DeviceKind(StrEnum):
    """The kinds of Apple device the person can list."""

    IPHONE = "iphone"
    IPAD = "ipad"
    MAC = "mac"

    @property
    def is_mobile(self) -> bool:
        """True for iPhone and iPad (iOS / iPadOS)."""
        return self is not DeviceKind.MAC


class Verdict(StrEnum):
    """What the model concludes about one cause."""

    PROBLEM = "problem"
    WARNING = "warning"
    FINE = "fine"
    NOT_CHECKED = "not_checked"

    @property
    def severity(self) -> int:
        """Higher is worse; not-checked sits between fine and warning in no order: it is 0."""
        return {"problem": 3, "warning": 2, "fine": 1, "not_checked": 0}[self.value]

    @property
    def band(self) -> str:
        """The probability band this verdict stands for, as exports and session history name
        it: "likely problem" from 0.5, "worth checking" from 0.2, "looks fine" below, "not
        looked at" without evidence (see ``model/weighing.py``)."""
        return {
            "problem": "likely problem",
            "warning": "worth checking",
            "fine": "looks fine",
            "not_checked": "not looked at",
        }[self.value]


class Confidence(IntEnum):
    """How strongly the evidence supports a verdict."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Effort(IntEnum):
    """What a fix step costs the person, cheapest first."""

    SECONDS = 1
    MINUTES = 2
    PURCHASE = 3
    SUPPORT = 4


class QuestionKind(StrEnum):
    """How a question is answered."""

    YES_NO = "yes_no"
    CHOICE = "choice"
    NUMBER = "number"
    OS_VERSION = "os_version"
    TIME_OF_DAY = "time_of_day"
    TEXT = "text"


class CheckStatus(StrEnum):
    """Outcome of one live check. ERROR means it could not run; SKIPPED means not attempted."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    ERROR = "error"
    SKIPPED = "skipped"


class CheckId(StrEnum):
    """Stable ids of the live checks run from this computer."""

    CAPTIVE_PORTAL = "captive_portal"
    DNS = "dns"
    HTTPS_ACCOUNT = "https_account"
    HTTPS_ICLOUD = "https_icloud"
    TLS_INTERCEPTION = "tls_interception"
    PUSH = "push"
    PROXY = "proxy"
    CLOCK = "clock"
    SERVICE_STATUS = "service_status"
    OS_VERSIONS = "os_versions"
    THIS_COMPUTER = "this_computer"
