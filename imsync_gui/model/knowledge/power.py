"""Cause 5: power saving holds back background syncing."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, CheckId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import (
    ALL_DEVICES,
    MAC_ONLY,
    MOBILE,
    AnswerRule,
    Cause,
    Fix,
    Option,
    Question,
    Range,
)

LOW_POWER = Question(
    id=QuestionId.POWER_LOW_POWER_MODE,
    cause=CauseId.POWER,
    kind=QuestionKind.YES_NO,
    text=N_("Is Low Power Mode on (the battery icon is yellow)?"),
    help=N_(
        "Settings > Battery > Low Power Mode. It pauses background work, iCloud syncing "
        "included, and switches itself off once the battery is charged to 80 %."
    ),
    devices=MOBILE,
)
BATTERY = Question(
    id=QuestionId.POWER_BATTERY_PERCENT,
    cause=CauseId.POWER,
    kind=QuestionKind.NUMBER,
    text=N_("How full is the battery right now?"),
    help=N_("The percentage shows in Control Center, or at the top of Settings > Battery."),
    devices=MOBILE,
    unit="%",
    minimum=0,
    maximum=100,
)
MAC_LOW_POWER = Question(
    id=QuestionId.POWER_MAC_LOW_POWER,
    cause=CauseId.POWER,
    kind=QuestionKind.CHOICE,
    text=N_("How is Low Power Mode set on this Mac?"),
    help=N_("System Settings > Battery > Low Power Mode offers Never, Always or Only on Battery."),
    devices=MAC_ONLY,
    options=(
        Option("never", N_("Never")),
        Option("always", N_("Always")),
        Option("battery", N_("Only on Battery")),
    ),
)
OFTEN_OFF = Question(
    id=QuestionId.POWER_OFTEN_OFF,
    cause=CauseId.POWER,
    kind=QuestionKind.YES_NO,
    text=N_("Is this device often switched off, or left with a flat battery?"),
    help=N_("A device that is rarely on and charged has little time to catch up with iCloud."),
    devices=ALL_DEVICES,
)

DAYS_OFF = Question(
    id=QuestionId.POWER_DAYS_OFF,
    cause=CauseId.POWER,
    kind=QuestionKind.CHOICE,
    text=N_("Before today, when was this device last on, awake and online?"),
    help=N_(
        "A device that was switched off, flat, or asleep in a bag for days has a backlog to "
        "catch up on, and syncing waits until it gets the time."
    ),
    devices=ALL_DEVICES,
    options=(
        Option("today", N_("Today or yesterday")),
        Option("days", N_("A few days ago")),
        Option("weeks", N_("A week or longer ago")),
    ),
)

LOW_POWER_OFF = Fix(
    id=FixId.TURN_OFF_LOW_POWER_MODE,
    minutes=1,
    repairs={CauseId.POWER: 0.8, CauseId.BACKGROUND_REFRESH: 0.3},
    title=N_("Switch off Low Power Mode"),
    effort=Effort.SECONDS,
    illustration="turn_off_low_power_mode",
    affects_questions=(QuestionId.POWER_LOW_POWER_MODE, QuestionId.POWER_MAC_LOW_POWER),
    affects_checks=(CheckId.THIS_COMPUTER,),
    verify=N_(
        "The battery icon is no longer yellow on iPhone; on a Mac the setting reads Never or Only on Battery."
    ),
    mobile=(
        N_(
            "Open Settings > Battery and switch off Low Power Mode, or tap the battery button in Control Center."
        ),
    ),
    mac=(
        N_(
            "Open System Settings > Battery and set Low Power Mode to Never, or to Only on Battery for a Mac that is usually plugged in."
        ),
    ),
)
CHARGE = Fix(
    id=FixId.CHARGE_ON_WIFI,
    minutes=60,
    repairs={CauseId.POWER: 0.6, CauseId.BACKGROUND_REFRESH: 0.2, CauseId.NETWORK: 0.1},
    title=N_("Leave the device charging on Wi-Fi for a while"),
    effort=Effort.MINUTES,
    illustration="charge_on_wifi",
    affects_questions=(QuestionId.POWER_BATTERY_PERCENT, QuestionId.POWER_OFTEN_OFF),
    affects_checks=(CheckId.THIS_COMPUTER,),
    verify=N_(
        "Afterwards Messages no longer shows the paused note, and recent conversations match your other devices."
    ),
    general=(
        N_(
            "Plug the device in, connect it to Wi-Fi, lock it and leave it for an hour, or overnight."
        ),
        N_(
            "Background work such as syncing gets the most room while a device is charging and on Wi-Fi."
        ),
    ),
)

# Below this, iPhone suggests Low Power Mode and background work is cut back.
LOW_BATTERY_PERCENT = 20.0

CATCH_UP = Fix(
    id=FixId.CATCH_UP_AFTER_DAYS_OFF,
    minutes=60,
    repairs={CauseId.POWER: 0.5},
    title=N_("Let a device that was off catch up"),
    effort=Effort.MINUTES,
    illustration="catch_up_after_days_off",
    affects_questions=(QuestionId.POWER_DAYS_OFF,),
    verify=N_(
        "Recent conversations appear on the device, and Messages no longer says it is paused."
    ),
    general=(
        N_(
            "Switch the device on and unlock it. If it asks for your Apple Account password, type it: it may have missed a password change while it was off."
        ),
        N_("Open Messages and wait until the newest conversations appear."),
        N_(
            "Then leave it on power and Wi-Fi, ideally overnight: after days away it has a lot to fetch."
        ),
        N_("From now on, let it sleep on its charger rather than switching it off."),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.POWER_LOW_POWER_MODE,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Low Power Mode is on, which pauses iCloud syncing."),
        (FixId.TURN_OFF_LOW_POWER_MODE, FixId.CHARGE_ON_WIFI),
        weights={CauseId.POWER: 30},
    ),
    AnswerRule(
        QuestionId.POWER_LOW_POWER_MODE,
        ("no",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("Low Power Mode is off."),
        weights={CauseId.POWER: 0.5},
    ),
    AnswerRule(
        QuestionId.POWER_BATTERY_PERCENT,
        Range(below=LOW_BATTERY_PERCENT),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("the battery is at {value} %."),
        (FixId.CHARGE_ON_WIFI,),
        weights={CauseId.POWER: 3},
    ),
    AnswerRule(
        QuestionId.POWER_BATTERY_PERCENT,
        Range(at_least=LOW_BATTERY_PERCENT),
        Verdict.FINE,
        Confidence.LOW,
        N_("the battery is at {value} %."),
        weights={CauseId.POWER: 0.85},
    ),
    AnswerRule(
        QuestionId.POWER_MAC_LOW_POWER,
        ("always",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("Low Power Mode is set to Always, even on mains power."),
        (FixId.TURN_OFF_LOW_POWER_MODE,),
        weights={CauseId.POWER: 4},
    ),
    AnswerRule(
        QuestionId.POWER_MAC_LOW_POWER,
        ("never", "battery"),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("Low Power Mode is not forced on."),
        weights={CauseId.POWER: 0.9},
    ),
    AnswerRule(
        QuestionId.POWER_OFTEN_OFF,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("it is often off or flat, leaving little time to catch up."),
        (FixId.CHARGE_ON_WIFI,),
        weights={CauseId.POWER: 2.5},
    ),
    AnswerRule(
        QuestionId.POWER_OFTEN_OFF,
        ("no",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("it is usually on and charged."),
        weights={CauseId.POWER: 0.8},
    ),
    AnswerRule(
        QuestionId.POWER_DAYS_OFF,
        ("weeks",),
        Verdict.PROBLEM,
        Confidence.MEDIUM,
        N_("it was off or asleep for a week or longer and has a backlog to catch up on."),
        (FixId.CATCH_UP_AFTER_DAYS_OFF,),
        weights={CauseId.POWER: 8.0},
    ),
    AnswerRule(
        QuestionId.POWER_DAYS_OFF,
        ("days",),
        Verdict.PROBLEM,
        Confidence.MEDIUM,
        N_("it was off or asleep for a few days and has a backlog to catch up on."),
        (FixId.CATCH_UP_AFTER_DAYS_OFF,),
        weights={CauseId.POWER: 4.0},
    ),
    AnswerRule(
        QuestionId.POWER_DAYS_OFF,
        ("today",),
        Verdict.FINE,
        Confidence.LOW,
        N_("it is on and online every day."),
        weights={CauseId.POWER: 0.7},
    ),
)

CAUSE = Cause(
    id=CauseId.POWER,
    # Prior 0.2: Low Power Mode pauses iCloud syncing by design and a low battery switches it on;
    # the banner is most often seen on a phone saving power. The most common reason.
    prior=0.2,
    title=N_("Power and battery"),
    summary=N_(
        "To save battery, iPhone, iPad and Mac put background work on hold. Low Power Mode, a "
        "nearly flat battery or a device that is rarely on all leave syncing waiting."
    ),
    illustration="power",
    questions=(LOW_POWER, BATTERY, MAC_LOW_POWER, OFTEN_OFF, DAYS_OFF),
    checks=(CheckId.THIS_COMPUTER,),
    fixes=(LOW_POWER_OFF, CHARGE, CATCH_UP),
    rules=RULES,
)
