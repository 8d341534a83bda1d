"""The triage questions: what a person knows without looking anything up.

The wizard asks these first (``gui/triage_page.py``): since when, what changed recently, and
what the person has noticed. With them come three questions that already belong to a cause and
need no looking up either: has the password changed (``account.password_changed``), has a
"storage full" alert appeared (``storage.full_alert``), and are other people reporting trouble
(``service_status.others_report``). Each question here belongs to the cause it bears on most,
sits on that cause's page as well, and its rows join that cause's rule table.

A recent change makes a cause more likely, it does not show it: those likelihood ratios are
hints (1.5 to 3, or 0.2 to 0.8 away). Something the person has seen is stronger (10): a clock
that looks wrong, or a device that keeps asking for the password. It is weaker than the same
reading per device on the cause page (how far off each clock is, which device asks), because a
glance across all devices can be mistaken; the two name one fact, so only the stronger counts.
"Not noticed" is a weak hint away (0.6 to 0.7): minutes off, or a prompt hidden in Settings,
are easy to miss.
"""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, Confidence, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import AnswerRule, Option, Question

SINCE = Question(
    id=QuestionId.SERVICE_STATUS_SINCE,
    cause=CauseId.SERVICE_STATUS,
    kind=QuestionKind.CHOICE,
    text=N_("Since when has the message been there?"),
    help=N_("A rough idea is enough. Apple’s outages rarely last more than a day."),
    options=(
        Option("today", N_("Since today")),
        Option("days", N_("A few days")),
        Option("weeks", N_("A week or more")),
    ),
)
NEW_DEVICE = Question(
    id=QuestionId.ACCOUNT_NEW_DEVICE,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Did you set up a new device, or erase or reset one, in the last few weeks?"),
    help=N_("A new or reset device has to be confirmed with a code before it syncs messages."),
)
NEW_PLACE = Question(
    id=QuestionId.NETWORK_NEW_PLACE,
    cause=CauseId.NETWORK,
    kind=QuestionKind.YES_NO,
    text=N_("Have you travelled, or joined a Wi-Fi network you had not used before?"),
    help=N_(
        "Hotel, school, office and public Wi-Fi often ask you to sign in first, or hold back "
        "the connections Messages needs."
    ),
)
RECENT_UPDATE = Question(
    id=QuestionId.SOFTWARE_RECENT_UPDATE,
    cause=CauseId.SOFTWARE,
    kind=QuestionKind.YES_NO,
    text=N_("Did one of your devices install a software update just before the message came?"),
    help=N_("After an update, a device may ask you to confirm your Apple Account before it syncs."),
)
LOOKS_WRONG = Question(
    id=QuestionId.CLOCK_LOOKS_WRONG,
    cause=CauseId.CLOCK,
    kind=QuestionKind.YES_NO,
    text=N_("Does the date or the time look wrong on any of your devices?"),
    help=N_(
        "Glance at the lock screen, or at the menu bar on a Mac: the wrong hour, day or year "
        "all count."
    ),
)
KEEPS_ASKING = Question(
    id=QuestionId.ACCOUNT_KEEPS_ASKING,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Does one of your devices keep asking for your Apple Account password?"),
    help=N_(
        "A window or a banner in Settings that comes back. This app never needs your password: "
        "type it only on your own device."
    ),
)

SERVICE_STATUS_ROWS = (
    AnswerRule(
        QuestionId.SERVICE_STATUS_SINCE,
        ("today",),
        Verdict.NOT_CHECKED,
        Confidence.LOW,
        N_("The message appeared today, as it does during an outage."),
        weights={CauseId.SERVICE_STATUS: 2.0, CauseId.POWER: 0.8},
    ),
    AnswerRule(
        QuestionId.SERVICE_STATUS_SINCE,
        ("days",),
        Verdict.NOT_CHECKED,
        Confidence.LOW,
        N_("The message has been there for a few days."),
        weights={CauseId.SERVICE_STATUS: 0.6},
    ),
    AnswerRule(
        QuestionId.SERVICE_STATUS_SINCE,
        ("weeks",),
        Verdict.FINE,
        Confidence.LOW,
        N_("The message has been there for a week or more, longer than outages last."),
        weights={CauseId.SERVICE_STATUS: 0.2, CauseId.STORAGE: 1.5, CauseId.SOFTWARE: 1.3},
    ),
)
ACCOUNT_ROWS = (
    AnswerRule(
        QuestionId.ACCOUNT_NEW_DEVICE,
        ("yes",),
        Verdict.WARNING,
        Confidence.LOW,
        N_("A device was set up, erased or reset in the last few weeks."),
        (FixId.VERIFY_NEW_DEVICE,),
        weights={CauseId.ACCOUNT: 3.0, CauseId.MESSAGES: 1.5},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_NEW_DEVICE,
        ("no",),
        Verdict.FINE,
        Confidence.LOW,
        N_("No device was set up, erased or reset lately."),
        weights={CauseId.ACCOUNT: 0.8},
    ),
)
ACCOUNT_NOTICED_ROWS = (
    AnswerRule(
        QuestionId.ACCOUNT_KEEPS_ASKING,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("A device keeps asking for the Apple Account password."),
        (FixId.SIGN_IN_AGAIN,),
        weights={CauseId.ACCOUNT: 10.0},
        fact=QuestionId.ACCOUNT_SIGN_IN_PROMPT,
    ),
    AnswerRule(
        QuestionId.ACCOUNT_KEEPS_ASKING,
        ("no",),
        Verdict.FINE,
        Confidence.LOW,
        N_("No device keeps asking for the password."),
        weights={CauseId.ACCOUNT: 0.7},
        fact=QuestionId.ACCOUNT_SIGN_IN_PROMPT,
    ),
)
CLOCK_ROWS = (
    AnswerRule(
        QuestionId.CLOCK_LOOKS_WRONG,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("The date or the time looks wrong on a device."),
        (FixId.SET_TIME_AUTOMATICALLY, FixId.CORRECT_THE_DATE),
        weights={CauseId.CLOCK: 20.0},
        fact=QuestionId.CLOCK_HOW_FAR_OFF,
    ),
    AnswerRule(
        QuestionId.CLOCK_LOOKS_WRONG,
        ("no",),
        Verdict.FINE,
        Confidence.LOW,
        N_("The date and the time look right on every device."),
        weights={CauseId.CLOCK: 0.6},
        fact=QuestionId.CLOCK_HOW_FAR_OFF,
    ),
)
NETWORK_ROWS = (
    AnswerRule(
        QuestionId.NETWORK_NEW_PLACE,
        ("yes",),
        Verdict.WARNING,
        Confidence.LOW,
        N_("You travelled or joined a new Wi-Fi network."),
        weights={CauseId.NETWORK: 2.5, CauseId.CLOCK: 1.3},
    ),
    AnswerRule(
        QuestionId.NETWORK_NEW_PLACE,
        ("no",),
        Verdict.FINE,
        Confidence.LOW,
        N_("You are on the networks you always use."),
        weights={CauseId.NETWORK: 0.8},
    ),
)
SOFTWARE_ROWS = (
    AnswerRule(
        QuestionId.SOFTWARE_RECENT_UPDATE,
        ("yes",),
        Verdict.FINE,
        Confidence.LOW,
        N_("A device was updated just before the message came."),
        weights={CauseId.SOFTWARE: 0.5, CauseId.ACCOUNT: 1.5},
    ),
    AnswerRule(
        QuestionId.SOFTWARE_RECENT_UPDATE,
        ("no",),
        Verdict.NOT_CHECKED,
        Confidence.LOW,
        N_("No device was updated just before the message came."),
        weights={CauseId.SOFTWARE: 1.2},
    ),
)

# The order the first screen asks them in.
QUESTIONS = (SINCE, NEW_DEVICE, NEW_PLACE, RECENT_UPDATE, LOOKS_WRONG, KEEPS_ASKING)
