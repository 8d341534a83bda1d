"""Cause 9: the Messages settings themselves (iMessage, Messages in iCloud, Send & Receive)."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import ALL_DEVICES, AnswerRule, Cause, Fix, Option, Question

IMESSAGE_ON = Question(
    id=QuestionId.MESSAGES_IMESSAGE_ON,
    cause=CauseId.MESSAGES,
    kind=QuestionKind.YES_NO,
    text=N_("Does this device have iMessage turned on?"),
    help=N_(
        "iPhone and iPad: Settings > Apps > Messages (Settings > Messages before iOS 18). "
        "Mac: in Messages, Messages > Settings > iMessage."
    ),
    devices=ALL_DEVICES,
)

ICLOUD_STATE = Question(
    id=QuestionId.MESSAGES_ICLOUD_STATE,
    cause=CauseId.MESSAGES,
    kind=QuestionKind.CHOICE,
    text=N_("What does Messages in iCloud show on this device?"),
    help=N_(
        "iPhone and iPad: Settings > [your name] > iCloud > Show All > Messages in iCloud. Mac: "
        "in Messages, Messages > Settings > iMessage, the box Enable Messages in iCloud. If older "
        "conversations never appeared on this device, its first sync has not finished."
    ),
    devices=ALL_DEVICES,
    options=(
        Option("on", N_("On, fully synced")),
        Option("stuck", N_("On, first sync never finished")),
        Option("off", N_("Off")),
    ),
)

IMESSAGE = Fix(
    id=FixId.TURN_ON_IMESSAGE,
    minutes=3,
    repairs={CauseId.MESSAGES: 0.5},
    title=N_("Switch iMessage on"),
    effort=Effort.SECONDS,
    illustration="turn_on_imessage",
    affects_questions=(QuestionId.MESSAGES_IMESSAGE_ON,),
    verify=N_("Messages you send to other Apple users appear in blue bubbles."),
    mobile=(
        N_(
            "Open Settings > Apps > Messages (Settings > Messages before iOS 18) and switch on iMessage."
        ),
        N_("Give activation a few minutes to finish."),
    ),
    mac=(
        N_(
            "Open Messages, choose Messages > Settings > iMessage and sign in with your Apple Account."
        ),
    ),
)
MESSAGES_IN_ICLOUD = Fix(
    id=FixId.TURN_ON_MESSAGES_IN_ICLOUD,
    minutes=2,
    repairs={CauseId.MESSAGES: 0.7},
    title=N_("Switch on Messages in iCloud"),
    effort=Effort.SECONDS,
    illustration="turn_on_messages_in_icloud",
    affects_questions=(QuestionId.MESSAGES_ICLOUD_STATE,),
    affects_devices=("messages_in_icloud",),
    verify=N_("The switch stays on, and after a while your conversations match on every device."),
    mobile=(
        N_("Open Settings > [your name] > iCloud."),
        N_(
            "Tap Show All (or See All), then Messages in iCloud, and switch on Use on this iPhone (or iPad). Before iOS 17.2 the switch sits directly under iCloud as Messages."
        ),
    ),
    mac=(
        N_(
            "Open Messages, choose Messages > Settings > iMessage and tick Enable Messages in iCloud."
        ),
    ),
)
SEND_RECEIVE = Fix(
    id=FixId.MATCH_SEND_RECEIVE,
    minutes=3,
    repairs={CauseId.MESSAGES: 0.4},
    title=N_("Tick the same addresses under Send & Receive everywhere"),
    effort=Effort.MINUTES,
    illustration="match_send_receive",
    affects_devices=("addresses",),
    verify=N_("Every device lists the same phone number and e-mail addresses as ticked."),
    mobile=(
        N_(
            "Open Settings > Apps > Messages > Send & Receive (Settings > Messages > Send & Receive before iOS 18) and tick the same phone number and e-mail addresses as on your other devices."
        ),
    ),
    mac=(
        N_(
            "In Messages > Settings > iMessage, tick the same addresses under “You can be reached for messages at”."
        ),
    ),
)
SYNC_NOW = Fix(
    id=FixId.SYNC_NOW,
    minutes=2,
    repairs={CauseId.MESSAGES: 0.1, CauseId.STORAGE: 0.05, CauseId.POWER: 0.1},
    title=N_("Start a sync by hand"),
    effort=Effort.SECONDS,
    illustration="sync_now",
    verify=N_("The progress finishes and no note about a pause remains under Messages in iCloud."),
    mobile=(
        N_("Open Settings > [your name] > iCloud > Show All > Messages in iCloud."),
        N_("Tap Sync Now, and keep the device on Wi-Fi and power until it is done."),
    ),
    mac=(
        N_(
            "In Messages > Settings > iMessage, click Sync Now if your Mac shows that button. It is widely reported beside Enable Messages in iCloud, but Apple does not document it."
        ),
    ),
    closing=True,
)

FIRST_SYNC = Fix(
    id=FixId.FINISH_FIRST_SYNC,
    minutes=60,
    repairs={CauseId.MESSAGES: 0.5},
    title=N_("Let the first sync of Messages finish"),
    effort=Effort.MINUTES,
    illustration="finish_first_sync",
    affects_questions=(QuestionId.MESSAGES_ICLOUD_STATE,),
    verify=N_("Older conversations appear on the device, and Messages in iCloud shows no pause."),
    mobile=(
        N_(
            "Open Settings > [your name] > iCloud > Show All > Messages in iCloud and check that Use on this iPhone (or iPad) is on."
        ),
        N_(
            "Plug the device in, keep it on Wi-Fi and open Messages: a first sync of years of messages can take many hours."
        ),
        N_(
            "Leave it overnight. If it is still stuck the next day, restart the device and leave it one more night."
        ),
    ),
    mac=(
        N_(
            "In Messages, choose Messages > Settings > iMessage and check that Enable Messages in iCloud is ticked."
        ),
        N_(
            "Keep the Mac awake, plugged in and on Wi-Fi, with Messages open, until the older conversations appear."
        ),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.MESSAGES_IMESSAGE_ON,
        ("no",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("iMessage is switched off."),
        (FixId.TURN_ON_IMESSAGE,),
        weights={CauseId.MESSAGES: 40},
    ),
    AnswerRule(
        QuestionId.MESSAGES_IMESSAGE_ON,
        ("yes",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("iMessage is on."),
        weights={CauseId.MESSAGES: 0.8},
    ),
    AnswerRule(
        QuestionId.MESSAGES_ICLOUD_STATE,
        ("off",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Messages in iCloud is switched off."),
        (FixId.TURN_ON_MESSAGES_IN_ICLOUD, FixId.SYNC_NOW),
        weights={CauseId.MESSAGES: 60},
        fact="messages.in_icloud",
    ),
    AnswerRule(
        QuestionId.MESSAGES_ICLOUD_STATE,
        ("stuck",),
        Verdict.PROBLEM,
        Confidence.MEDIUM,
        N_("Messages in iCloud is on, but its first sync never finished."),
        (FixId.FINISH_FIRST_SYNC,),
        weights={CauseId.MESSAGES: 20},
        fact="messages.in_icloud",
    ),
    AnswerRule(
        QuestionId.MESSAGES_ICLOUD_STATE,
        ("on",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("Messages in iCloud is on and has synced."),
        weights={CauseId.MESSAGES: 0.4},
        fact="messages.in_icloud",
    ),
    # The follow-up of a check again: a note on the device, with no verdict and no weight. The
    # message gone from one device says nothing about a cause that holds another device back
    # (with a weight on every cause, a software update waiting on the iPad read as "fixed"
    # once the iPhone's message was gone); the before/after comparison reads it instead.
    AnswerRule(
        QuestionId.FOLLOWUP_STILL_PAUSED,
        ("yes",),
        Verdict.NOT_CHECKED,
        Confidence.HIGH,
        N_("Still shows “Syncing with iCloud Paused” after the steps."),
    ),
    AnswerRule(
        QuestionId.FOLLOWUP_STILL_PAUSED,
        ("no",),
        Verdict.NOT_CHECKED,
        Confidence.HIGH,
        N_("No longer shows “Syncing with iCloud Paused”."),
    ),
)

CAUSE = Cause(
    id=CauseId.MESSAGES,
    # Prior 0.12: Messages in iCloud switched off or never finished on one device, or Send &
    # Receive differing, is a classic reason one device falls behind.
    prior=0.12,
    title=N_("Messages settings"),
    summary=N_(
        "Each device has to have iMessage and Messages in iCloud switched on, and should be "
        "reachable at the same phone number and e-mail addresses."
    ),
    illustration="messages",
    questions=(IMESSAGE_ON, ICLOUD_STATE),
    checks=(),
    fixes=(IMESSAGE, MESSAGES_IN_ICLOUD, SEND_RECEIVE, SYNC_NOW, FIRST_SYNC),
    rules=RULES,
)
