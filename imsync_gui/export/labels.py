"""Short human labels for verdicts, confidence and effort, shared by every export."""

from imsync_gui.i18n import N_
from imsync_gui.model.comparison import Headline
from imsync_gui.model.enums import CheckStatus, Confidence, Effort, Verdict

VERDICT_LABELS = {
    Verdict.PROBLEM: N_("Problem"),
    Verdict.WARNING: N_("Warning"),
    Verdict.FINE: N_("Fine"),
    Verdict.NOT_CHECKED: N_("Not checked"),
}
CONFIDENCE_LABELS = {
    Confidence.HIGH: N_("high confidence"),
    Confidence.MEDIUM: N_("medium confidence"),
    Confidence.LOW: N_("low confidence"),
}
EFFORT_LABELS = {
    Effort.SECONDS: N_("a few seconds"),
    Effort.MINUTES: N_("a few minutes"),
    Effort.PURCHASE: N_("a purchase"),
    Effort.SUPPORT: N_("needs someone else's help"),
}
CHECK_STATUS_LABELS = {
    CheckStatus.PASS: N_("passed"),
    CheckStatus.WARN: N_("warning"),
    CheckStatus.FAIL: N_("failed"),
    CheckStatus.ERROR: N_("could not run"),
    CheckStatus.SKIPPED: N_("skipped"),
}
HEADLINE_LABELS = {
    Headline.NEW_PROBLEM: N_("New problem"),
    Headline.STILL_A_PROBLEM: N_("Still a problem"),
    Headline.FIXED: N_("Fixed"),
    Headline.NOT_CHECKED_AGAIN: N_("Not checked again"),
    Headline.UNCHANGED: N_("Unchanged"),
}
