"""Cause 7: a device's date or time is wrong."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, CheckId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import (
    ALL_DEVICES,
    AnswerRule,
    Cause,
    CheckRule,
    Fix,
    Question,
)

AUTOMATIC = Question(
    id=QuestionId.CLOCK_AUTOMATIC,
    cause=CauseId.CLOCK,
    kind=QuestionKind.YES_NO,
    text=N_("Is the date and time set automatically on this device?"),
    help=N_(
        "iPhone and iPad: Settings > General > Date & Time > Set Automatically. Mac: System "
        "Settings > General > Date & Time > Set time and date automatically."
    ),
    devices=ALL_DEVICES,
)
DEVICE_TIME = Question(
    id=QuestionId.CLOCK_DEVICE_TIME,
    cause=CauseId.CLOCK,
    kind=QuestionKind.TIME_OF_DAY,
    text=N_("What time does this device show right now?"),
    help=N_(
        "Type the hours and minutes exactly as the lock screen or menu bar shows them. The app "
        "compares them with an accurate clock at the moment you answer."
    ),
    devices=ALL_DEVICES,
)

SET_AUTOMATIC = Fix(
    id=FixId.SET_TIME_AUTOMATICALLY,
    title=N_("Let the device set its own clock"),
    effort=Effort.SECONDS,
    illustration="set_time_automatically",
    affects_questions=(QuestionId.CLOCK_AUTOMATIC, QuestionId.CLOCK_DEVICE_TIME),
    affects_checks=(CheckId.CLOCK,),
    verify=N_("The device's clock matches the reference time in this app to the minute."),
    mobile=(
        N_("Open Settings > General > Date & Time."),
        N_(
            "Switch on Set Automatically. If it is greyed out, a Screen Time restriction may be holding it."
        ),
        N_("Check that the time zone shown is the one you are in."),
    ),
    mac=(
        N_("Open System Settings > General > Date & Time."),
        N_("Switch on “Set time and date automatically”."),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.CLOCK_AUTOMATIC,
        ("no",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("the time is set by hand, so it can drift."),
        (FixId.SET_TIME_AUTOMATICALLY,),
    ),
    AnswerRule(
        QuestionId.CLOCK_AUTOMATIC,
        ("yes",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("the time is set automatically."),
    ),
)
CHECK_RULES = (
    CheckRule(
        CheckId.CLOCK,
        Confidence.LOW,
        (FixId.SET_TIME_AUTOMATICALLY,),
        note=N_("this computer's own clock, measured against Apple's time server"),
    ),
)

CAUSE = Cause(
    id=CauseId.CLOCK,
    title=N_("Date and time"),
    summary=N_(
        "Secure connections and sign-in tokens depend on an accurate clock. A clock that is "
        "minutes off can make Apple's servers turn the device away."
    ),
    illustration="clock",
    questions=(AUTOMATIC, DEVICE_TIME),
    checks=(CheckId.CLOCK,),
    fixes=(SET_AUTOMATIC,),
    rules=RULES,
    check_rules=CHECK_RULES,
)
