"""Cause 6: Apple's own services are having an outage."""

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
    AnswerRule,
    Cause,
    CheckRule,
    Fix,
    Question,
    status_weights,
)

OTHERS_REPORT = Question(
    id=QuestionId.SERVICE_STATUS_OTHERS_REPORT,
    cause=CauseId.SERVICE_STATUS,
    kind=QuestionKind.YES_NO,
    text=N_("Are other people reporting trouble with iMessage or iCloud today?"),
    help=N_("Friends with the same problem, news stories or posts on social media all count."),
)

WAIT = Fix(
    id=FixId.WAIT_FOR_APPLE,
    minutes=120,
    repairs={CauseId.SERVICE_STATUS: 0.95},
    title=N_("Wait for Apple to fix its outage"),
    effort=Effort.MINUTES,
    illustration="wait_for_apple",
    affects_questions=(QuestionId.SERVICE_STATUS_OTHERS_REPORT,),
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

RULES = (
    AnswerRule(
        QuestionId.SERVICE_STATUS_OTHERS_REPORT,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("Other people are reporting trouble with iMessage or iCloud today."),
        (FixId.WAIT_FOR_APPLE,),
        weights={CauseId.SERVICE_STATUS: 15},
    ),
    AnswerRule(
        QuestionId.SERVICE_STATUS_OTHERS_REPORT,
        ("no",),
        Verdict.NOT_CHECKED,
        Confidence.LOW,
        N_(
            "You have not heard of others having trouble, which cannot rule out an outage on its own."
        ),
    ),
)
_SERVICE_STATUS_CHECK_WEIGHTS = status_weights(CauseId.SERVICE_STATUS, fail=150, warn=8, passed=0.2)

CHECK_RULES = (
    CheckRule(
        CheckId.SERVICE_STATUS,
        Confidence.HIGH,
        (FixId.WAIT_FOR_APPLE,),
        blocking=True,
        weights=_SERVICE_STATUS_CHECK_WEIGHTS,
    ),
)

CAUSE = Cause(
    id=CauseId.SERVICE_STATUS,
    # Prior 0.02: Apple's status history shows iMessage or iCloud incidents on a few days
    # a year: at any given moment an outage is unlikely.
    prior=0.02,
    title=N_("Apple's service status"),
    summary=N_(
        "Sometimes iMessage or iCloud itself is down or under maintenance. Then every device "
        "pauses, and the fix is to wait for Apple."
    ),
    illustration="service_status",
    questions=(OTHERS_REPORT, triage.SINCE),
    checks=(CheckId.SERVICE_STATUS,),
    fixes=(WAIT,),
    rules=RULES + triage.SERVICE_STATUS_ROWS,
    check_rules=CHECK_RULES,
)
