"""Cause 9: the Messages settings themselves (iMessage, Messages in iCloud, Send & Receive)."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import ALL_DEVICES, AnswerRule, Cause, Fix, Question

IMESSAGE_ON = Question(
    id=QuestionId.MESSAGES_IMESSAGE_ON,
    cause=CauseId.MESSAGES,
    kind=QuestionKind.YES_NO,
    text=N_("Is iMessage switched on on this device?"),
    help=N_(
        "iPhone and iPad: Settings > Apps > Messages (Settings > Messages before iOS 18). "
        "Mac: in Messages, Messages > Settings > iMessage."
    ),
    devices=ALL_DEVICES,
)

IMESSAGE = Fix(
    id=FixId.TURN_ON_IMESSAGE,
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
    title=N_("Switch on Messages in iCloud"),
    effort=Effort.SECONDS,
    illustration="turn_on_messages_in_icloud",
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

RULES = (
    AnswerRule(
        QuestionId.MESSAGES_IMESSAGE_ON,
        ("no",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("iMessage is switched off."),
        (FixId.TURN_ON_IMESSAGE,),
    ),
    AnswerRule(
        QuestionId.MESSAGES_IMESSAGE_ON,
        ("yes",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("iMessage is on."),
    ),
)

CAUSE = Cause(
    id=CauseId.MESSAGES,
    title=N_("Messages settings"),
    summary=N_(
        "Each device has to have iMessage and Messages in iCloud switched on, and should be "
        "reachable at the same phone number and e-mail addresses."
    ),
    illustration="messages",
    questions=(IMESSAGE_ON,),
    checks=(),
    fixes=(IMESSAGE, MESSAGES_IN_ICLOUD, SEND_RECEIVE, SYNC_NOW),
    rules=RULES,
)
