"""Cause 8: Background App Refresh is switched off on iPhone or iPad."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import MOBILE, AnswerRule, Cause, Fix, Option, Question

SETTING = Question(
    id=QuestionId.BACKGROUND_REFRESH_SETTING,
    cause=CauseId.BACKGROUND_REFRESH,
    kind=QuestionKind.CHOICE,
    text=N_("How is Background App Refresh set on this device?"),
    help=N_(
        "Settings > General > Background App Refresh. The first line shows Off, Wi-Fi, or "
        "Wi-Fi & Cellular Data. Low Power Mode turns it off while it is on."
    ),
    devices=MOBILE,
    options=(
        Option("off", N_("Off")),
        Option("wifi", N_("Wi-Fi")),
        Option("wifi_cellular", N_("Wi-Fi & Cellular Data")),
    ),
)

DATA_LIMITED = Question(
    id=QuestionId.BACKGROUND_REFRESH_DATA_LIMITED,
    cause=CauseId.BACKGROUND_REFRESH,
    kind=QuestionKind.YES_NO,
    text=N_("Do you hold back this device's data use, for example because its data plan is small?"),
    help=N_(
        "For example with Low Data Mode, or by letting apps refresh only on Wi-Fi. Background "
        "work such as syncing is the first thing held back."
    ),
    devices=MOBILE,
)

TURN_ON = Fix(
    id=FixId.TURN_ON_BACKGROUND_REFRESH,
    minutes=1,
    repairs={CauseId.BACKGROUND_REFRESH: 0.85},
    title=N_("Switch Background App Refresh back on"),
    effort=Effort.SECONDS,
    illustration="turn_on_background_refresh",
    affects_questions=(QuestionId.BACKGROUND_REFRESH_SETTING,),
    verify=N_("The setting reads Wi-Fi or Wi-Fi & Cellular Data instead of Off."),
    mobile=(
        N_("Open Settings > General > Background App Refresh."),
        N_(
            "Tap Background App Refresh at the top and choose Wi-Fi & Cellular Data, or Wi-Fi to spare your data plan."
        ),
    ),
)

LIMITED_DATA = Fix(
    id=FixId.ALLOW_SYNC_ON_LIMITED_DATA,
    minutes=2,
    repairs={CauseId.BACKGROUND_REFRESH: 0.4, CauseId.NETWORK: 0.1},
    title=N_("Give syncing room when your data is limited"),
    effort=Effort.MINUTES,
    illustration="allow_sync_on_limited_data",
    affects_questions=(
        QuestionId.BACKGROUND_REFRESH_DATA_LIMITED,
        QuestionId.BACKGROUND_REFRESH_SETTING,
    ),
    verify=N_("After a night on Wi-Fi, Messages no longer says it is paused."),
    mobile=(
        N_(
            "Connect to a Wi-Fi network every day, and check that Low Data Mode is off for it: Settings > Wi-Fi, then (i) next to the network."
        ),
        N_(
            "If your plan allows it, open Settings > Cellular > Cellular Data Options > Data Mode and choose Standard."
        ),
        N_("Or set Settings > General > Background App Refresh to Wi-Fi & Cellular Data."),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.BACKGROUND_REFRESH_DATA_LIMITED,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("its data use is held back, so background syncing waits for Wi-Fi."),
        (FixId.ALLOW_SYNC_ON_LIMITED_DATA,),
        weights={CauseId.BACKGROUND_REFRESH: 3.0, CauseId.NETWORK: 1.3},
    ),
    AnswerRule(
        QuestionId.BACKGROUND_REFRESH_DATA_LIMITED,
        ("no",),
        Verdict.FINE,
        Confidence.LOW,
        N_("its data use is not held back."),
        weights={CauseId.BACKGROUND_REFRESH: 0.8},
    ),
)

CAUSE = Cause(
    id=CauseId.BACKGROUND_REFRESH,
    # Prior 0.08: often switched off to save battery or data, which holds syncing
    # back until Messages is opened.
    prior=0.08,
    title=N_("Background App Refresh"),
    summary=N_(
        "With Background App Refresh off, apps only catch up while you have them open, so "
        "syncing waits. It is often switched off to save battery or data."
    ),
    illustration="background_refresh",
    questions=(SETTING, DATA_LIMITED),
    checks=(),
    fixes=(TURN_ON, LIMITED_DATA),
    rules=RULES,
)
