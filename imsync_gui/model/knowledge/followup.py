"""The follow-up question of a re-check: is the paused message still there?

It belongs to no cause page: it is asked per device after fix steps were done, and its answer is
evidence like any other answer (the before/after comparison reads it).
"""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, QuestionKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge_types import ALL_DEVICES, Question

STILL_PAUSED = Question(
    id=QuestionId.FOLLOWUP_STILL_PAUSED,
    cause=CauseId.MESSAGES,
    kind=QuestionKind.YES_NO,
    text=N_("Is the message “Syncing with iCloud Paused” still there on this device?"),
    help=N_(
        "Open Messages and look where you saw the message before. If you cannot tell, choose "
        "Not sure."
    ),
    devices=ALL_DEVICES,
)

QUESTIONS = (STILL_PAUSED,)
