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
    NETWORK_SIGNAL = "network.signal"
    NETWORK_WIFI_PLACE = "network.wifi_place"
    NETWORK_NEW_PLACE = "network.new_place"
    STORAGE_PLAN = "storage.plan"
    STORAGE_USED_GB = "storage.used_gb"
    STORAGE_MESSAGES_GB = "storage.messages_gb"
    STORAGE_FULL_ALERT = "storage.full_alert"
    STORAGE_BIGGEST = "storage.biggest"
    ACCOUNT_SIGNED_IN = "account.signed_in"
    ACCOUNT_SIGN_IN_PROMPT = "account.sign_in_prompt"
    ACCOUNT_LOCKED = "account.locked"
    ACCOUNT_PASSWORD_CHANGED = "account.password_changed"
    ACCOUNT_CODES_ARRIVE = "account.codes_arrive"
    ACCOUNT_TRUSTED_NUMBER_YOURS = "account.trusted_number_yours"
    ACCOUNT_DEVICE_VERIFIED = "account.device_verified"
    ACCOUNT_PAYMENT_PROBLEM = "account.payment_problem"
    ACCOUNT_NEW_DEVICE = "account.new_device"
    ACCOUNT_KEEPS_ASKING = "account.keeps_asking"
    SOFTWARE_UPDATE_WAITING = "software.update_waiting"
    SOFTWARE_RECENT_UPDATE = "software.recent_update"
    POWER_LOW_POWER_MODE = "power.low_power_mode"
    POWER_BATTERY_PERCENT = "power.battery_percent"
    POWER_MAC_LOW_POWER = "power.mac_low_power"
    POWER_OFTEN_OFF = "power.often_off"
    POWER_DAYS_OFF = "power.days_off"
    SERVICE_STATUS_OTHERS_REPORT = "service_status.others_report"
    SERVICE_STATUS_SINCE = "service_status.since"
    CLOCK_AUTOMATIC = "clock.automatic"
    CLOCK_DEVICE_TIME = "clock.device_time"
    CLOCK_HOW_FAR_OFF = "clock.how_far_off"
    CLOCK_LOOKS_WRONG = "clock.looks_wrong"
    BACKGROUND_REFRESH_SETTING = "background_refresh.setting"
    BACKGROUND_REFRESH_DATA_LIMITED = "background_refresh.data_limited"
    MESSAGES_IMESSAGE_ON = "messages.imessage_on"
    MESSAGES_ICLOUD_STATE = "messages.icloud_state"
    FOLLOWUP_STILL_PAUSED = "followup.still_paused"


class FixId(StrEnum):
    """Ids of the fix steps a plan can hold."""

    CONNECT_TO_INTERNET = "connect_to_internet"
    TURN_OFF_LOW_DATA_MODE = "turn_off_low_data_mode"
    FINISH_WIFI_SIGN_IN = "finish_wifi_sign_in"
    OPEN_APPLE_PORTS = "open_apple_ports"
    STEADY_CONNECTION = "steady_connection"
    AVOID_BUSY_WIFI = "avoid_busy_wifi"
    FREE_UP_ICLOUD_STORAGE = "free_up_icloud_storage"
    UPGRADE_ICLOUD_STORAGE = "upgrade_icloud_storage"
    DELETE_OLD_BACKUPS = "delete_old_backups"
    SIGN_IN_AGAIN = "sign_in_again"
    USE_ONE_APPLE_ACCOUNT = "use_one_apple_account"
    CONTACT_APPLE_SUPPORT = "contact_apple_support"
    ENTER_NEW_PASSWORD = "enter_new_password"
    GET_VERIFICATION_CODE = "get_verification_code"
    UPDATE_TRUSTED_NUMBER = "update_trusted_number"
    VERIFY_NEW_DEVICE = "verify_new_device"
    UPDATE_PAYMENT_METHOD = "update_payment_method"
    UPDATE_SOFTWARE = "update_software"
    TURN_OFF_LOW_POWER_MODE = "turn_off_low_power_mode"
    CHARGE_ON_WIFI = "charge_on_wifi"
    CATCH_UP_AFTER_DAYS_OFF = "catch_up_after_days_off"
    WAIT_FOR_APPLE = "wait_for_apple"
    SET_TIME_AUTOMATICALLY = "set_time_automatically"
    CORRECT_THE_DATE = "correct_the_date"
    TURN_ON_BACKGROUND_REFRESH = "turn_on_background_refresh"
    ALLOW_SYNC_ON_LIMITED_DATA = "allow_sync_on_limited_data"
    TURN_ON_IMESSAGE = "turn_on_imessage"
    TURN_ON_MESSAGES_IN_ICLOUD = "turn_on_messages_in_icloud"
    MATCH_SEND_RECEIVE = "match_send_receive"
    FINISH_FIRST_SYNC = "finish_first_sync"
    SYNC_NOW = "sync_now"
