"""Cause 6: Apple's own services are having an outage."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, CheckId, Effort, QuestionKind
from imsync_gui.model.knowledge_types import Cause, Fix, Question

OTHERS_REPORT = Question(
    id="service_status.others_report",
    cause=CauseId.SERVICE_STATUS,
    kind=QuestionKind.YES_NO,
    text=N_("Are other people reporting trouble with iMessage or iCloud today?"),
    help=N_("Friends with the same problem, news stories or posts on social media all count."),
)

WAIT = Fix(
    id="wait_for_apple",
    title=N_("Wait for Apple to fix its outage"),
    effort=Effort.MINUTES,
    illustration="wait_for_apple",
    affects_questions=("service_status.others_report",),
    affects_checks=(CheckId.SERVICE_STATUS,),
    verify=N_(
        "Apple's System Status page shows the service as available again, and syncing resumes by itself."
    ),
    general=(
        N_(
            "The trouble is on Apple's side: changing settings on your devices will not help until it is fixed."
        ),
        N_(
            "Look at Apple's System Status page (apple.com/support/systemstatus) from time to time."
        ),
        N_(
            "When the service is shown as available again, open Messages, or run the checks in this app once more."
        ),
    ),
)

CAUSE = Cause(
    id=CauseId.SERVICE_STATUS,
    title=N_("Apple's service status"),
    summary=N_(
        "Sometimes iMessage or iCloud itself is down or under maintenance. Then every device "
        "pauses, and the fix is to wait for Apple."
    ),
    illustration="service_status",
    questions=(OTHERS_REPORT,),
    checks=(CheckId.SERVICE_STATUS,),
    fixes=(WAIT,),
)
