"""Cause 3: a problem with the Apple Account (called Apple ID before iOS 18 and macOS 15)."""

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CauseId, CheckId, Confidence, Effort, QuestionKind, Verdict
from imsync_gui.model.ids import FixId, QuestionId
from imsync_gui.model.knowledge_types import (
    ALL_DEVICES,
    AnswerRule,
    Cause,
    CheckRule,
    Fix,
    Question,
)

SIGNED_IN = Question(
    id=QuestionId.ACCOUNT_SIGNED_IN,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Is this device signed in with your Apple Account (Apple ID)?"),
    help=N_(
        "Your name shows at the top of Settings on iPhone and iPad, or of System Settings on a "
        "Mac. Apple renamed Apple ID to Apple Account in 2024; it is the same thing."
    ),
    devices=ALL_DEVICES,
)
SIGN_IN_PROMPT = Question(
    id=QuestionId.ACCOUNT_SIGN_IN_PROMPT,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Does this device keep asking you to sign in or to update your account settings?"),
    help=N_(
        "For example a red badge or a banner at the top of Settings. This app never needs your "
        "password or a verification code: do not type them anywhere but on your own device."
    ),
    devices=ALL_DEVICES,
)
LOCKED = Question(
    id=QuestionId.ACCOUNT_LOCKED,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Has Apple told you that your account is locked, disabled or restricted?"),
    help=N_("Such a notice comes by e-mail or appears when you try to sign in."),
)

SIGN_IN_AGAIN = Fix(
    id=FixId.SIGN_IN_AGAIN,
    title=N_("Confirm your Apple Account on the device"),
    effort=Effort.MINUTES,
    illustration="sign_in_again",
    affects_questions=(QuestionId.ACCOUNT_SIGNED_IN, QuestionId.ACCOUNT_SIGN_IN_PROMPT),
    affects_checks=(CheckId.HTTPS_ACCOUNT,),
    verify=N_("Your name shows at the top of Settings with no warning badge or banner."),
    mobile=(
        N_("Open Settings and tap your name, or the sign-in banner if one is shown."),
        N_(
            "Follow the prompts. Type your password and codes only on your own device, never into another app or website."
        ),
        N_(
            "In Settings > [your name] > Sign-In & Security, check that your trusted phone number is still yours."
        ),
    ),
    mac=(
        N_("Open System Settings and click your name, or Sign In."),
        N_("Under Sign-In & Security, check that your trusted phone number is still yours."),
    ),
)
ONE_ACCOUNT = Fix(
    id=FixId.USE_ONE_APPLE_ACCOUNT,
    title=N_("Use the same Apple Account on every device"),
    effort=Effort.MINUTES,
    illustration="use_one_apple_account",
    affects_questions=(QuestionId.ACCOUNT_SIGNED_IN, QuestionId.ACCOUNT_SIGN_IN_PROMPT),
    affects_devices=("apple_account",),
    verify=N_("Every device shows the same account at the top of Settings or System Settings."),
    general=(
        N_("Messages only syncs between devices that are signed in to the same Apple Account."),
        N_(
            "Decide which account holds your messages. Before changing anything, back up the device that uses a different account."
        ),
        N_(
            "On that device, sign out (Settings > [your name] > Sign Out, or System Settings > [your name] > Sign Out on a Mac) and sign in with the account you chose."
        ),
    ),
)
APPLE_SUPPORT = Fix(
    id=FixId.CONTACT_APPLE_SUPPORT,
    title=N_("Ask Apple Support to check the account"),
    effort=Effort.SUPPORT,
    illustration="contact_apple_support",
    affects_questions=(QuestionId.ACCOUNT_LOCKED, QuestionId.ACCOUNT_SIGN_IN_PROMPT),
    verify=N_("Apple confirms the account is in good standing and you can sign in again."),
    general=(
        N_("Only Apple can lift a lock or restriction on an account."),
        N_(
            "Contact Apple Support through the Apple Support app or Apple's support website, and keep this plan at hand."
        ),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.ACCOUNT_SIGNED_IN,
        ("no",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("not signed in to an Apple Account."),
        (FixId.SIGN_IN_AGAIN,),
    ),
    AnswerRule(
        QuestionId.ACCOUNT_SIGNED_IN,
        ("yes",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("signed in to an Apple Account."),
    ),
    AnswerRule(
        QuestionId.ACCOUNT_SIGN_IN_PROMPT,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("keeps asking to sign in again, so iCloud is waiting for you."),
        (FixId.SIGN_IN_AGAIN,),
    ),
    AnswerRule(
        QuestionId.ACCOUNT_SIGN_IN_PROMPT,
        ("no",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("no sign-in requests are waiting."),
    ),
    AnswerRule(
        QuestionId.ACCOUNT_LOCKED,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Apple has told you the account is locked or restricted."),
        (FixId.CONTACT_APPLE_SUPPORT,),
        blocking=True,
    ),
    AnswerRule(
        QuestionId.ACCOUNT_LOCKED,
        ("no",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("Apple has not reported a lock on the account."),
    ),
)
CHECK_RULES = (CheckRule(CheckId.HTTPS_ACCOUNT, Confidence.MEDIUM, (FixId.OPEN_APPLE_PORTS,)),)

CAUSE = Cause(
    id=CauseId.ACCOUNT,
    title=N_("Apple Account"),
    summary=N_(
        "Every device must be signed in to the same, healthy Apple Account. A sign-in that needs "
        "confirming, a second account on one device, or a locked account all stop the sync."
    ),
    illustration="account",
    questions=(SIGNED_IN, SIGN_IN_PROMPT, LOCKED),
    checks=(CheckId.HTTPS_ACCOUNT,),
    fixes=(SIGN_IN_AGAIN, ONE_ACCOUNT, APPLE_SUPPORT),
    rules=RULES,
    check_rules=CHECK_RULES,
)
