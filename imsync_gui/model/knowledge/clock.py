"""Cause 7: a device's date or time is wrong."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import (
    CauseId,
    CheckId,
    Confidence,
    Effort,
    QuestionKind,
    Verdict,
)
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import triage
from imsync_gui.model.knowledge_types import (
    ALL_DEVICES,
    AnswerRule,
    Cause,
    CheckRule,
    Fix,
    Option,
    Question,
    status_weights,
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

HOW_FAR_OFF = Question(
    id=QuestionId.CLOCK_HOW_FAR_OFF,
    cause=CauseId.CLOCK,
    kind=QuestionKind.CHOICE,
    text=N_("Compared with the correct date and time, how far off is this device?"),
    help=N_(
        "Check the date and the year as well as the time: on the lock screen, or in the menu "
        "bar on a Mac. A clock with the right time on the wrong day is wrong too."
    ),
    devices=ALL_DEVICES,
    options=(
        Option("right", N_("Right, to the minute")),
        Option("minutes", N_("A few minutes off")),
        Option("hours", N_("Hours off")),
        Option("days", N_("The date is off by a day or more")),
        Option("year", N_("The year is wrong")),
    ),
)

SET_AUTOMATIC = Fix(
    id=FixId.SET_TIME_AUTOMATICALLY,
    minutes=1,
    repairs={CauseId.CLOCK: 0.9},
    title=N_("Let the device set its own clock"),
    effort=Effort.SECONDS,
    illustration="set_time_automatically",
    affects_questions=(
        QuestionId.CLOCK_AUTOMATIC,
        QuestionId.CLOCK_DEVICE_TIME,
        QuestionId.CLOCK_HOW_FAR_OFF,
    ),
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

CORRECT_DATE = Fix(
    id=FixId.CORRECT_THE_DATE,
    minutes=3,
    repairs={CauseId.CLOCK: 0.9},
    title=N_("Correct the date, not only the time"),
    effort=Effort.MINUTES,
    illustration="correct_the_date",
    affects_questions=(QuestionId.CLOCK_HOW_FAR_OFF, QuestionId.CLOCK_AUTOMATIC),
    verify=N_("The lock screen or the menu bar shows today's date, with the right year."),
    mobile=(
        N_("Open Settings > General > Date & Time and switch on Set Automatically."),
        N_(
            "If the date is still wrong, switch Set Automatically off, choose today's date and time, then switch it on again."
        ),
        N_("Restart the device, so that every app sees the corrected date."),
    ),
    mac=(
        N_("Open System Settings > General > Date & Time."),
        N_(
            "Switch on “Set time and date automatically”. If the date stays wrong, switch it off, set today's date, and switch it on again."
        ),
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
        weights={CauseId.CLOCK: 3},
    ),
    AnswerRule(
        QuestionId.CLOCK_AUTOMATIC,
        ("yes",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("the time is set automatically."),
        weights={CauseId.CLOCK: 0.5},
    ),
    AnswerRule(
        QuestionId.CLOCK_HOW_FAR_OFF,
        ("year",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("its year is wrong, so secure connections to Apple fail."),
        (FixId.CORRECT_THE_DATE, FixId.SET_TIME_AUTOMATICALLY),
        weights={CauseId.CLOCK: 100},
    ),
    AnswerRule(
        QuestionId.CLOCK_HOW_FAR_OFF,
        ("days",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("its date is off by a day or more, enough to break sign-in."),
        (FixId.CORRECT_THE_DATE, FixId.SET_TIME_AUTOMATICALLY),
        weights={CauseId.CLOCK: 50},
    ),
    AnswerRule(
        QuestionId.CLOCK_HOW_FAR_OFF,
        ("hours",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("its clock is hours off, often a wrong time zone."),
        (FixId.SET_TIME_AUTOMATICALLY,),
        weights={CauseId.CLOCK: 20.0},
    ),
    AnswerRule(
        QuestionId.CLOCK_HOW_FAR_OFF,
        ("minutes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("its clock is a few minutes off."),
        (FixId.SET_TIME_AUTOMATICALLY,),
        weights={CauseId.CLOCK: 2.0},
    ),
    AnswerRule(
        QuestionId.CLOCK_HOW_FAR_OFF,
        ("right",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("its date and time are right."),
        weights={CauseId.CLOCK: 0.15},
    ),
)
_CLOCK_CHECK_WEIGHTS = status_weights(CauseId.CLOCK, fail=100, warn=4, passed=0.7)

CHECK_RULES = (
    CheckRule(
        CheckId.CLOCK,
        Confidence.LOW,
        (FixId.SET_TIME_AUTOMATICALLY,),
        note=N_("this computer's own clock, measured against Apple's time server"),
        weights=_CLOCK_CHECK_WEIGHTS,
    ),
)

CAUSE = Cause(
    id=CauseId.CLOCK,
    # Prior 0.02: clocks set automatically are almost always right; a wrong clock needs the
    # automatic setting off (or a dead battery on an old device), which is rare.
    prior=0.02,
    title=N_("Date and time"),
    summary=N_(
        "Secure connections and sign-in tokens depend on an accurate clock. A clock that is "
        "minutes off can make Apple's servers turn the device away."
    ),
    illustration="clock",
    questions=(AUTOMATIC, DEVICE_TIME, HOW_FAR_OFF, triage.LOOKS_WRONG),
    checks=(CheckId.CLOCK,),
    fixes=(SET_AUTOMATIC, CORRECT_DATE),
    rules=RULES + triage.CLOCK_ROWS,
    check_rules=CHECK_RULES,
)
