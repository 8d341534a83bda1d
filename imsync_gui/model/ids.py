"""The registry of typed ids: every question and fix step the product knows, by name.

Rules, knowledge and tests name a question as ``QuestionId.NETWORK_CONNECTION``, never as the
string ``"network.connection"``, so a misspelt id fails at import (and under ``mypy --strict``).
The string values are what session files and exports store; they must never change.
Check ids live in :class:`imsync_gui.model.enums.CheckId`, cause ids in ``CauseId``.

To add a question or a fix step: add its member here, then its ``Question`` or ``Fix`` in the
cause's module under ``knowledge/``. ``tests/model/test_knowledge.py`` fails while a member has
no definition, or a definition no member.
"""

from __future__ import annotations

from enum import StrEnum


class QuestionId(StrEnum):
    """Ids of the questions the wizard asks, ``<cause>.<topic>`` (``followup.*``: asked on a
    re-check, on no cause page)."""

    NETWORK_CONNECTION = "network.connection"
    NETWORK_PAGES_LOAD = "network.pages_load"
    NETWORK_LOW_DATA_MODE = "network.low_data_mode"
    NETWORK_SAME_NETWORK = "network.same_network"
    STORAGE_PLAN = "storage.plan"
    STORAGE_USED_GB = "storage.used_gb"
    STORAGE_MESSAGES_GB = "storage.messages_gb"
    STORAGE_FULL_ALERT = "storage.full_alert"
    ACCOUNT_SIGNED_IN = "account.signed_in"
    ACCOUNT_SIGN_IN_PROMPT = "account.sign_in_prompt"
    ACCOUNT_LOCKED = "account.locked"
    SOFTWARE_UPDATE_WAITING = "software.update_waiting"
    POWER_LOW_POWER_MODE = "power.low_power_mode"
    POWER_BATTERY_PERCENT = "power.battery_percent"
    POWER_MAC_LOW_POWER = "power.mac_low_power"
    POWER_OFTEN_OFF = "power.often_off"
    SERVICE_STATUS_OTHERS_REPORT = "service_status.others_report"
    CLOCK_AUTOMATIC = "clock.automatic"
    CLOCK_DEVICE_TIME = "clock.device_time"
    BACKGROUND_REFRESH_SETTING = "background_refresh.setting"
    MESSAGES_IMESSAGE_ON = "messages.imessage_on"
    FOLLOWUP_STILL_PAUSED = "followup.still_paused"


class FixId(StrEnum):
    """Ids of the fix steps a plan can hold."""

    CONNECT_TO_INTERNET = "connect_to_internet"
    TURN_OFF_LOW_DATA_MODE = "turn_off_low_data_mode"
    FINISH_WIFI_SIGN_IN = "finish_wifi_sign_in"
    OPEN_APPLE_PORTS = "open_apple_ports"
    FREE_UP_ICLOUD_STORAGE = "free_up_icloud_storage"
    UPGRADE_ICLOUD_STORAGE = "upgrade_icloud_storage"
    SIGN_IN_AGAIN = "sign_in_again"
    USE_ONE_APPLE_ACCOUNT = "use_one_apple_account"
    CONTACT_APPLE_SUPPORT = "contact_apple_support"
    UPDATE_SOFTWARE = "update_software"
    TURN_OFF_LOW_POWER_MODE = "turn_off_low_power_mode"
    CHARGE_ON_WIFI = "charge_on_wifi"
    WAIT_FOR_APPLE = "wait_for_apple"
    SET_TIME_AUTOMATICALLY = "set_time_automatically"
    TURN_ON_BACKGROUND_REFRESH = "turn_on_background_refresh"
    TURN_ON_IMESSAGE = "turn_on_imessage"
    TURN_ON_MESSAGES_IN_ICLOUD = "turn_on_messages_in_icloud"
    MATCH_SEND_RECEIVE = "match_send_receive"
    SYNC_NOW = "sync_now"
