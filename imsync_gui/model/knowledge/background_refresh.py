"""Cause 8: Background App Refresh is switched off on iPhone or iPad."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, Effort, QuestionKind
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import MOBILE, Cause, Fix, Option, Question

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

TURN_ON = Fix(
    id=FixId.TURN_ON_BACKGROUND_REFRESH,
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

CAUSE = Cause(
    id=CauseId.BACKGROUND_REFRESH,
    title=N_("Background App Refresh"),
    summary=N_(
        "With Background App Refresh off, apps only catch up while you have them open, so "
        "syncing waits. It is often switched off to save battery or data."
    ),
    illustration="background_refresh",
    questions=(SETTING,),
    checks=(),
    fixes=(TURN_ON,),
)
