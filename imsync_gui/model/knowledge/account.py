"""Cause 3: a problem with the Apple Account (called Apple ID before iOS 18 and macOS 15)."""

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
    ALL_DEVICES,
    AnswerRule,
    Cause,
    CheckRule,
    Fix,
    Option,
    Question,
    status_weights,
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

PASSWORD_CHANGED = Question(
    id=QuestionId.ACCOUNT_PASSWORD_CHANGED,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Has your Apple Account password been changed in the last few weeks?"),
    help=N_(
        "On any device or on Apple's website. Each of your other devices then needs the new "
        "password once, and syncing waits on every device that has not had it yet."
    ),
)
CODES_ARRIVE = Question(
    id=QuestionId.ACCOUNT_CODES_ARRIVE,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("When Apple asks for a six-digit verification code, does the code reach you?"),
    help=N_(
        "The code shows on one of your other devices, or comes by text or call to your trusted "
        "phone number. Choose “Not sure” if you have not been asked for one lately."
    ),
)
TRUSTED_NUMBER = Question(
    id=QuestionId.ACCOUNT_TRUSTED_NUMBER_YOURS,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Is the trusted phone number on your Apple Account still a number you use?"),
    help=N_(
        "iPhone and iPad: Settings > [your name] > Sign-In & Security (Password & Security "
        "before iOS 18). Mac: System Settings > [your name] > Sign-In & Security. The number is "
        "listed under Two-Factor Authentication."
    ),
)
DEVICE_VERIFIED = Question(
    id=QuestionId.ACCOUNT_DEVICE_VERIFIED,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.CHOICE,
    text=N_("Is this device new, or was it erased or reset recently?"),
    help=N_(
        "A new or erased device has to be confirmed once with a verification code before "
        "iCloud trusts it with your messages."
    ),
    devices=ALL_DEVICES,
    options=(
        Option("established", N_("In use for a while")),
        Option("new_verified", N_("New or reset, code entered")),
        Option("new_unverified", N_("New or reset, no code yet")),
    ),
)
PAYMENT_PROBLEM = Question(
    id=QuestionId.ACCOUNT_PAYMENT_PROBLEM,
    cause=CauseId.ACCOUNT,
    kind=QuestionKind.YES_NO,
    text=N_("Has Apple said that a payment failed, or asked you to update your payment method?"),
    help=N_(
        "For example an e-mail about a failed iCloud+ renewal, or a notice at the top of "
        "Settings. Apple can restrict an account until a payment is settled."
    ),
)

SIGN_IN_AGAIN = Fix(
    id=FixId.SIGN_IN_AGAIN,
    minutes=5,
    repairs={CauseId.ACCOUNT: 0.6},
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
    minutes=20,
    repairs={CauseId.ACCOUNT: 0.4, CauseId.MESSAGES: 0.1},
    reset=True,
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
    minutes=45,
    repairs={CauseId.ACCOUNT: 0.8},
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

ENTER_NEW_PASSWORD = Fix(
    id=FixId.ENTER_NEW_PASSWORD,
    minutes=5,
    repairs={CauseId.ACCOUNT: 0.5},
    title=N_("Give every device the new password"),
    effort=Effort.MINUTES,
    illustration="enter_new_password",
    affects_questions=(QuestionId.ACCOUNT_SIGN_IN_PROMPT, QuestionId.ACCOUNT_SIGNED_IN),
    verify=N_(
        "No device shows a sign-in request any more, and Messages no longer says it is paused."
    ),
    mobile=(
        N_("Open Settings. If a banner at the top asks for your Apple Account password, tap it."),
        N_("Type the new password on the device itself, and the verification code if it asks."),
        N_(
            "If no banner shows, tap your name: the device asks for the password there if it needs it."
        ),
    ),
    mac=(
        N_("Open System Settings and click your name at the top of the sidebar."),
        N_(
            "If it asks for your Apple Account password, type the new one, and the verification code if it asks."
        ),
    ),
)
GET_CODE = Fix(
    id=FixId.GET_VERIFICATION_CODE,
    minutes=10,
    repairs={CauseId.ACCOUNT: 0.4},
    title=N_("Get a verification code from a device you already trust"),
    effort=Effort.MINUTES,
    illustration="get_verification_code",
    affects_questions=(QuestionId.ACCOUNT_CODES_ARRIVE, QuestionId.ACCOUNT_DEVICE_VERIFIED),
    verify=N_(
        "The device that was waiting accepts the code and shows your name without a warning."
    ),
    general=(
        N_(
            "Take another of your devices that is signed in and working: the code comes from there, not from the device that is waiting."
        ),
        N_(
            "On an iPhone or iPad, open Settings > [your name] > Sign-In & Security (Password & Security before iOS 18) and tap Get Verification Code. On a Mac, open System Settings > [your name] > Sign-In & Security and click Get Verification Code."
        ),
        N_("Type the code on the device that asked for it."),
    ),
)
UPDATE_TRUSTED_NUMBER = Fix(
    id=FixId.UPDATE_TRUSTED_NUMBER,
    minutes=15,
    repairs={CauseId.ACCOUNT: 0.3},
    title=N_("Put a phone number you use on the account"),
    effort=Effort.MINUTES,
    illustration="update_trusted_number",
    affects_questions=(QuestionId.ACCOUNT_TRUSTED_NUMBER_YOURS, QuestionId.ACCOUNT_CODES_ARRIVE),
    verify=N_("Sign-In & Security lists a trusted phone number that you have with you."),
    mobile=(
        N_("Open Settings > [your name] > Sign-In & Security (Password & Security before iOS 18)."),
        N_(
            "Tap Edit next to the trusted phone numbers, then Add a Trusted Phone Number, and confirm it with the code sent to it."
        ),
        N_("Then remove the number you no longer have."),
    ),
    mac=(
        N_("Open System Settings > [your name] > Sign-In & Security."),
        N_(
            "Under Two-Factor Authentication, add a trusted phone number you use, then remove the old one."
        ),
    ),
)
VERIFY_NEW_DEVICE = Fix(
    id=FixId.VERIFY_NEW_DEVICE,
    minutes=10,
    repairs={CauseId.ACCOUNT: 0.4},
    title=N_("Confirm the new device with a verification code"),
    effort=Effort.MINUTES,
    illustration="verify_new_device",
    affects_questions=(QuestionId.ACCOUNT_DEVICE_VERIFIED, QuestionId.ACCOUNT_SIGN_IN_PROMPT),
    verify=N_("The new device shows your name in Settings without a warning or a sign-in request."),
    general=(
        N_(
            "On the new device, open Settings (System Settings on a Mac) and tap or click your name, or Sign In."
        ),
        N_(
            "Type your password there. A code then appears on one of your other devices: choose Allow, and type the code on the new device."
        ),
        N_(
            "If no code appears, choose “Didn't get a verification code?” to have it sent to your trusted phone number."
        ),
    ),
)
UPDATE_PAYMENT = Fix(
    id=FixId.UPDATE_PAYMENT_METHOD,
    minutes=10,
    repairs={CauseId.ACCOUNT: 0.3},
    title=N_("Settle the payment on your Apple Account"),
    effort=Effort.MINUTES,
    illustration="update_payment_method",
    affects_questions=(QuestionId.ACCOUNT_PAYMENT_PROBLEM,),
    verify=N_("The payment notice is gone, and Payment & Shipping shows a current payment method."),
    mobile=(
        N_("Open Settings > [your name] > Payment & Shipping."),
        N_("Add a current card or other payment method, then remove the expired one."),
    ),
    mac=(
        N_("Open System Settings > [your name] > Payment & Shipping and check the payment method."),
        N_("Change it there, or on an iPhone or iPad signed in to the same account."),
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
        weights={CauseId.ACCOUNT: 50},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_SIGNED_IN,
        ("yes",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("signed in to an Apple Account."),
        weights={CauseId.ACCOUNT: 0.8},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_SIGN_IN_PROMPT,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("keeps asking to sign in again, so iCloud is waiting for you."),
        (FixId.SIGN_IN_AGAIN,),
        weights={CauseId.ACCOUNT: 30},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_SIGN_IN_PROMPT,
        ("no",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("no sign-in requests are waiting."),
        weights={CauseId.ACCOUNT: 0.6},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_LOCKED,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Apple has told you the account is locked or restricted."),
        (FixId.CONTACT_APPLE_SUPPORT,),
        blocking=True,
        weights={CauseId.ACCOUNT: 100},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_LOCKED,
        ("no",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("Apple has not reported a lock on the account."),
        weights={CauseId.ACCOUNT: 0.9},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_PASSWORD_CHANGED,
        ("yes",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("The password was changed recently; every other device needs the new one once."),
        (FixId.ENTER_NEW_PASSWORD,),
        weights={CauseId.ACCOUNT: 10},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_PASSWORD_CHANGED,
        ("no",),
        Verdict.FINE,
        Confidence.LOW,
        N_("The password has not been changed lately."),
        weights={CauseId.ACCOUNT: 0.8},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_CODES_ARRIVE,
        ("no",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Verification codes do not reach you, so a device cannot finish signing in."),
        (FixId.GET_VERIFICATION_CODE, FixId.UPDATE_TRUSTED_NUMBER),
        weights={CauseId.ACCOUNT: 6.0},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_CODES_ARRIVE,
        ("yes",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("Verification codes arrive when asked for."),
        weights={CauseId.ACCOUNT: 0.7},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_TRUSTED_NUMBER_YOURS,
        ("no",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("The trusted phone number is no longer yours, so codes sent by text cannot reach you."),
        (FixId.UPDATE_TRUSTED_NUMBER, FixId.GET_VERIFICATION_CODE),
        weights={CauseId.ACCOUNT: 5.0},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_TRUSTED_NUMBER_YOURS,
        ("yes",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("The trusted phone number is still yours."),
        weights={CauseId.ACCOUNT: 0.9},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_DEVICE_VERIFIED,
        ("new_unverified",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("it is new or was reset, and its sign-in was never confirmed with a code."),
        (FixId.VERIFY_NEW_DEVICE,),
        weights={CauseId.ACCOUNT: 10.0},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_DEVICE_VERIFIED,
        ("new_verified",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("it is new or was reset, and its sign-in was confirmed with a code."),
        weights={CauseId.ACCOUNT: 0.8},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_DEVICE_VERIFIED,
        ("established",),
        Verdict.FINE,
        Confidence.LOW,
        N_("it has been in use for a while without a reset."),
        weights={CauseId.ACCOUNT: 0.9},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_PAYMENT_PROBLEM,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("Apple reported a payment problem, which can restrict the account."),
        (FixId.UPDATE_PAYMENT_METHOD,),
        weights={CauseId.ACCOUNT: 8.0},
    ),
    AnswerRule(
        QuestionId.ACCOUNT_PAYMENT_PROBLEM,
        ("no",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("Apple has not reported a payment problem."),
        weights={CauseId.ACCOUNT: 0.9},
    ),
)
_ACCOUNT_CHECK_WEIGHTS = status_weights(CauseId.ACCOUNT, fail=3, warn=1.5, passed=0.9)

CHECK_RULES = (
    CheckRule(
        CheckId.HTTPS_ACCOUNT,
        Confidence.MEDIUM,
        (FixId.OPEN_APPLE_PORTS,),
        weights=_ACCOUNT_CHECK_WEIGHTS,
    ),
)

CAUSE = Cause(
    id=CauseId.ACCOUNT,
    # Prior 0.12: a sign-in that needs confirming, codes that do not arrive or a second account
    # are frequent forum answers, but each needs an event (new password, new device) first.
    prior=0.12,
    title=N_("Apple Account"),
    summary=N_(
        "Every device must be signed in to the same, healthy Apple Account. A sign-in that needs "
        "confirming, a second account on one device, or a locked account all stop the sync."
    ),
    illustration="account",
    questions=(
        SIGNED_IN,
        SIGN_IN_PROMPT,
        LOCKED,
        PASSWORD_CHANGED,
        CODES_ARRIVE,
        TRUSTED_NUMBER,
        DEVICE_VERIFIED,
        PAYMENT_PROBLEM,
        triage.NEW_DEVICE,
        triage.KEEPS_ASKING,
    ),
    checks=(CheckId.HTTPS_ACCOUNT,),
    fixes=(
        SIGN_IN_AGAIN,
        ONE_ACCOUNT,
        APPLE_SUPPORT,
        ENTER_NEW_PASSWORD,
        GET_CODE,
        UPDATE_TRUSTED_NUMBER,
        VERIFY_NEW_DEVICE,
        UPDATE_PAYMENT,
    ),
    rules=RULES + triage.ACCOUNT_ROWS + triage.ACCOUNT_NOTICED_ROWS,
    check_rules=CHECK_RULES,
)
