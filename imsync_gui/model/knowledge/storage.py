"""Cause 2: iCloud storage is full or nearly full."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import AnswerRule, Cause, Fix, Option, Question

PLAN = Question(
    id=QuestionId.STORAGE_PLAN,
    cause=CauseId.STORAGE,
    kind=QuestionKind.CHOICE,
    text=N_("Which iCloud storage plan do you have?"),
    help=N_(
        "On iPhone or iPad: Settings > [your name] > iCloud; the total sits above the storage "
        "bar. On a Mac: System Settings > [your name] > iCloud."
    ),
    options=(
        Option("5", N_("5 GB (the free plan)")),
        Option("50", N_("50 GB")),
        Option("200", N_("200 GB")),
        Option("2000", N_("2 TB")),
        Option("6000", N_("6 TB")),
        Option("12000", N_("12 TB")),
    ),
)
USED = Question(
    id=QuestionId.STORAGE_USED_GB,
    cause=CauseId.STORAGE,
    kind=QuestionKind.NUMBER,
    text=N_("How much of that storage is used?"),
    help=N_("The storage bar says it, for example “4.8 GB of 5 GB used”. Type the first number."),
    unit="GB",
    minimum=0,
    maximum=12000,
)
MESSAGES_SIZE = Question(
    id=QuestionId.STORAGE_MESSAGES_GB,
    cause=CauseId.STORAGE,
    kind=QuestionKind.NUMBER,
    text=N_("How much space does Messages take in iCloud?"),
    help=N_(
        "Settings > [your name] > iCloud > Manage Account Storage lists Messages with its size. "
        "Messages and their attachments count against your plan."
    ),
    unit="GB",
    minimum=0,
    maximum=12000,
)
FULL_ALERT = Question(
    id=QuestionId.STORAGE_FULL_ALERT,
    cause=CauseId.STORAGE,
    kind=QuestionKind.YES_NO,
    text=N_("Have you seen an alert saying your iCloud storage is full?"),
    help=N_("It usually appears at the top of Settings or as a notification."),
)

BIGGEST = Question(
    id=QuestionId.STORAGE_BIGGEST,
    cause=CauseId.STORAGE,
    kind=QuestionKind.CHOICE,
    text=N_("What takes the most space in your iCloud storage?"),
    help=N_(
        "The coloured bar in Settings > [your name] > iCloud shows it; the list below the bar "
        "names each part with its size. On a Mac: System Settings > [your name] > iCloud."
    ),
    options=(
        Option("backups", N_("Backups")),
        Option("photos", N_("Photos and videos")),
        Option("messages", N_("Messages")),
        Option("other", N_("Something else, such as iCloud Drive or Mail")),
    ),
)

FREE_UP = Fix(
    id=FixId.FREE_UP_ICLOUD_STORAGE,
    minutes=20,
    repairs={CauseId.STORAGE: 0.8},
    title=N_("Make room in iCloud"),
    effort=Effort.MINUTES,
    illustration="free_up_icloud_storage",
    affects_questions=(
        QuestionId.STORAGE_USED_GB,
        QuestionId.STORAGE_MESSAGES_GB,
        QuestionId.STORAGE_FULL_ALERT,
    ),
    verify=N_("The storage bar shows free space, and the “storage full” alert no longer appears."),
    mobile=(
        N_("Open Settings > [your name] > iCloud > Manage Account Storage."),
        N_(
            "Delete backups of devices you no longer use, and look for large items under Photos and Messages."
        ),
        N_(
            "To let old conversations go, set Keep Messages to 1 Year in Settings > Apps > Messages (Settings > Messages before iOS 18). This removes older messages on every device, so save what matters first."
        ),
    ),
    mac=(
        N_("Open System Settings > [your name] > iCloud and click Manage."),
        N_("Remove old backups and large files you no longer need."),
    ),
)
UPGRADE = Fix(
    id=FixId.UPGRADE_ICLOUD_STORAGE,
    minutes=5,
    repairs={CauseId.STORAGE: 0.95},
    title=N_("Move to a larger iCloud+ plan"),
    effort=Effort.PURCHASE,
    illustration="upgrade_icloud_storage",
    affects_questions=(QuestionId.STORAGE_PLAN, QuestionId.STORAGE_FULL_ALERT),
    verify=N_("The new total shows above the storage bar, with room to spare."),
    mobile=(
        N_(
            "Open Settings > [your name] > iCloud > Manage Account Storage, then Change Storage Plan (or Upgrade to iCloud+)."
        ),
        N_("Pick a plan with room to grow: 50 GB, 200 GB, 2 TB, 6 TB or 12 TB."),
    ),
    mac=(N_("Open System Settings > [your name] > iCloud > Manage, then Change Storage Plan."),),
)

# What a full or nearly full plan calls for, in this order.
STORAGE_FIXES = (FixId.FREE_UP_ICLOUD_STORAGE, FixId.UPGRADE_ICLOUD_STORAGE, FixId.SYNC_NOW)

DELETE_BACKUPS = Fix(
    id=FixId.DELETE_OLD_BACKUPS,
    minutes=10,
    repairs={CauseId.STORAGE: 0.6},
    title=N_("Delete device backups you no longer need"),
    effort=Effort.MINUTES,
    illustration="delete_old_backups",
    affects_questions=(
        QuestionId.STORAGE_USED_GB,
        QuestionId.STORAGE_BIGGEST,
        QuestionId.STORAGE_FULL_ALERT,
    ),
    verify=N_("The storage bar shows room to spare, and Backups lists only devices you still use."),
    mobile=(
        N_(
            "Open Settings > [your name] > iCloud > Manage Account Storage (Manage Storage on older versions), then Backups."
        ),
        N_(
            "Tap a device you no longer use, then Delete Backup (Turn Off & Delete), and confirm. Keep the backup of each device you still use."
        ),
    ),
    mac=(
        N_("Open System Settings > [your name] > iCloud, click Manage, then Backups."),
        N_("Select the backup of a device you no longer use and delete it."),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.STORAGE_FULL_ALERT,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("You have seen the alert that iCloud storage is full."),
        STORAGE_FIXES,
        blocking=True,
        weights={CauseId.STORAGE: 30},
        fact="storage.full",
    ),
    AnswerRule(
        QuestionId.STORAGE_FULL_ALERT,
        ("no",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("You have not seen a “storage full” alert."),
        weights={CauseId.STORAGE: 0.5},
        fact="storage.full",
    ),
)

CAUSE = Cause(
    id=CauseId.STORAGE,
    # Prior 0.15: the other reason Apple names ("Your iCloud Storage is Full"); the free 5 GB
    # plan fills with one phone's photos and backups, so a full plan is common.
    prior=0.15,
    title=N_("iCloud storage"),
    summary=N_(
        "Messages and their photos and videos are stored in your iCloud plan. When the plan is "
        "full, new messages cannot be uploaded and syncing stops until space is freed or added."
    ),
    illustration="storage",
    questions=(PLAN, USED, MESSAGES_SIZE, FULL_ALERT, BIGGEST),
    checks=(),
    fixes=(FREE_UP, UPGRADE, DELETE_BACKUPS),
    rules=RULES,
)
