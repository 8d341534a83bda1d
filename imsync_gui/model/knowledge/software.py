"""Cause 4: the software on a device is too old or out of step with the others."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, CheckId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge import triage
from imsync_gui.model.knowledge_types import ALL_DEVICES, AnswerRule, Cause, Fix, Question

UPDATE_WAITING = Question(
    id=QuestionId.SOFTWARE_UPDATE_WAITING,
    cause=CauseId.SOFTWARE,
    kind=QuestionKind.YES_NO,
    text=N_("Is a software update waiting to be installed on this device?"),
    help=N_(
        "iPhone and iPad: Settings > General > Software Update. Mac: System Settings > General > "
        "Software Update. The installed version is under Settings > General > About."
    ),
    devices=ALL_DEVICES,
)

UPDATE = Fix(
    id=FixId.UPDATE_SOFTWARE,
    minutes=30,
    repairs={CauseId.SOFTWARE: 0.8},
    title=N_("Install the latest software update"),
    effort=Effort.MINUTES,
    illustration="update_software",
    affects_questions=(QuestionId.SOFTWARE_UPDATE_WAITING,),
    affects_devices=("os_version",),
    verify=N_("Software Update says the device is up to date."),
    mobile=(
        N_("Connect to Wi-Fi and plug the device in."),
        N_("Open Settings > General > Software Update and install what is offered."),
    ),
    mac=(N_("Open System Settings > General > Software Update and install what is offered."),),
)

RULES = (
    AnswerRule(
        QuestionId.SOFTWARE_UPDATE_WAITING,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("a software update is waiting to be installed."),
        (FixId.UPDATE_SOFTWARE,),
        weights={CauseId.SOFTWARE: 2.5},
    ),
    AnswerRule(
        QuestionId.SOFTWARE_UPDATE_WAITING,
        ("no",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("no update is waiting."),
        weights={CauseId.SOFTWARE: 0.7},
    ),
)

CAUSE = Cause(
    id=CauseId.SOFTWARE,
    # Prior 0.06: old software rarely stops sync by itself (the minimum is 2018's iOS 11.4); an
    # update mostly helps as a general fix, so a modest prior.
    prior=0.06,
    title=N_("Software version"),
    summary=N_(
        "Messages in iCloud needs iOS 11.4 or macOS 10.13.5 at the least, and each update fixes "
        "sync problems. Devices far behind the others are the usual suspects."
    ),
    illustration="software",
    questions=(UPDATE_WAITING, triage.RECENT_UPDATE),
    checks=(CheckId.OS_VERSIONS,),
    fixes=(UPDATE,),
    rules=RULES + triage.SOFTWARE_ROWS,
)
