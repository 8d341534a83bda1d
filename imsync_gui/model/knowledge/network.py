"""Cause 1: the device cannot reach iCloud well enough to sync."""

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
    MOBILE,
    AnswerRule,
    Cause,
    CheckRule,
    Fix,
    Option,
    Question,
    status_weights,
)

CONNECTION = Question(
    id=QuestionId.NETWORK_CONNECTION,
    cause=CauseId.NETWORK,
    kind=QuestionKind.CHOICE,
    text=N_("How is this device connected to the internet right now?"),
    help=N_(
        "Look at the top of the screen or in Control Center: a fan-shaped symbol means Wi-Fi, "
        "bars with 5G, LTE or 4G mean mobile data, and a plane means Airplane Mode is on."
    ),
    devices=MOBILE,
    options=(
        Option("wifi", N_("Wi-Fi")),
        Option("cellular", N_("Mobile data only")),
        Option("offline", N_("No connection, or Airplane Mode")),
    ),
)
PAGES_LOAD = Question(
    id=QuestionId.NETWORK_PAGES_LOAD,
    cause=CauseId.NETWORK,
    kind=QuestionKind.YES_NO,
    text=N_("Do web pages open normally on this device right now?"),
    help=N_(
        "Open Safari and visit a site you know. If it loads quickly, the basic connection works."
    ),
    devices=ALL_DEVICES,
)
LOW_DATA_MODE = Question(
    id=QuestionId.NETWORK_LOW_DATA_MODE,
    cause=CauseId.NETWORK,
    kind=QuestionKind.YES_NO,
    text=N_("Is Low Data Mode switched on?"),
    help=N_(
        "For Wi-Fi: Settings > Wi-Fi, then the (i) next to your network. For mobile data: "
        "Settings > Cellular > Cellular Data Options > Data Mode. Low Data Mode holds back "
        "background work such as syncing."
    ),
    devices=MOBILE,
)
SAME_NETWORK = Question(
    id=QuestionId.NETWORK_SAME_NETWORK,
    cause=CauseId.NETWORK,
    kind=QuestionKind.YES_NO,
    text=N_("Is this computer on the same Wi-Fi network as your iPhone or iPad?"),
    help=N_(
        "The live checks test this computer's connection. When your phone uses mobile data or "
        "another network, those results say less about the phone."
    ),
)

SIGNAL = Question(
    id=QuestionId.NETWORK_SIGNAL,
    cause=CauseId.NETWORK,
    kind=QuestionKind.CHOICE,
    text=N_("How steady is this device's connection where you use it most?"),
    help=N_(
        "Watch the Wi-Fi symbol and the signal bars at the top of the screen for a minute. "
        "Syncing needs a connection that stays put."
    ),
    devices=MOBILE,
    options=(
        Option("strong", N_("Strong and steady")),
        Option("weak", N_("Weak or slow")),
        Option("switching", N_("Switches between Wi-Fi and mobile data")),
    ),
)
WIFI_PLACE = Question(
    id=QuestionId.NETWORK_WIFI_PLACE,
    cause=CauseId.NETWORK,
    kind=QuestionKind.CHOICE,
    text=N_("Which kind of Wi-Fi network is this device on?"),
    help=N_(
        "Networks shared by many people, as in hotels, cafés, schools and offices, are often "
        "busy, limited or filtered."
    ),
    devices=ALL_DEVICES,
    options=(
        Option("home", N_("Home or private")),
        Option("shared", N_("Shared: hotel, café, school, office")),
        Option("none", N_("Not on Wi-Fi")),
    ),
)

CONNECT = Fix(
    id=FixId.CONNECT_TO_INTERNET,
    minutes=5,
    repairs={CauseId.NETWORK: 0.6},
    title=N_("Get the device back online"),
    effort=Effort.MINUTES,
    illustration="connect_to_internet",
    affects_questions=(QuestionId.NETWORK_CONNECTION, QuestionId.NETWORK_PAGES_LOAD),
    affects_checks=(
        CheckId.CAPTIVE_PORTAL,
        CheckId.DNS,
        CheckId.HTTPS_ACCOUNT,
        CheckId.HTTPS_ICLOUD,
        CheckId.PUSH,
    ),
    verify=N_(
        "A web page opens on the device, and the paused note in Messages clears within a few minutes."
    ),
    mobile=(
        N_("Open Control Center and make sure Airplane Mode (the plane) is off."),
        N_("Open Settings > Wi-Fi, switch Wi-Fi on and choose your usual network."),
        N_(
            "If pages still do not open, restart the router: unplug it for 30 seconds, plug it back in and wait two minutes."
        ),
    ),
    mac=(
        N_("Open System Settings > Wi-Fi (or Network) and check that the Mac is connected."),
        N_("Open a web page in Safari to confirm the connection works."),
    ),
)
LOW_DATA_OFF = Fix(
    id=FixId.TURN_OFF_LOW_DATA_MODE,
    minutes=1,
    repairs={CauseId.NETWORK: 0.3, CauseId.BACKGROUND_REFRESH: 0.2},
    title=N_("Switch off Low Data Mode"),
    effort=Effort.SECONDS,
    illustration="turn_off_low_data_mode",
    affects_questions=(QuestionId.NETWORK_LOW_DATA_MODE,),
    verify=N_("The Low Data Mode switch is grey, and Data Mode for mobile data reads Standard."),
    mobile=(
        N_("Open Settings > Wi-Fi and tap the (i) next to the network you use."),
        N_("Switch off Low Data Mode."),
        N_(
            "For mobile data, open Settings > Cellular > Cellular Data Options > Data Mode and choose Standard."
        ),
    ),
)
WIFI_SIGN_IN = Fix(
    id=FixId.FINISH_WIFI_SIGN_IN,
    minutes=3,
    repairs={CauseId.NETWORK: 0.3},
    title=N_("Finish signing in to the Wi-Fi network"),
    effort=Effort.MINUTES,
    illustration="finish_wifi_sign_in",
    affects_questions=(QuestionId.NETWORK_PAGES_LOAD,),
    affects_checks=(
        CheckId.CAPTIVE_PORTAL,
        CheckId.DNS,
        CheckId.HTTPS_ACCOUNT,
        CheckId.HTTPS_ICLOUD,
        CheckId.PUSH,
    ),
    verify=N_(
        "Websites open without a sign-in page, and the sign-in page check passes when run again."
    ),
    general=(
        N_("Open Safari and try to visit any website."),
        N_(
            "If a sign-in or terms page appears, as it often does in hotels, cafés, trains and offices, complete it."
        ),
        N_(
            "If nothing appears but sites still fail, forget the network in Wi-Fi settings and join it again."
        ),
    ),
)
OPEN_PORTS = Fix(
    id=FixId.OPEN_APPLE_PORTS,
    minutes=30,
    repairs={CauseId.NETWORK: 0.4},
    title=N_("Ask the network's administrator to let Apple's services through"),
    effort=Effort.SUPPORT,
    illustration="open_apple_ports",
    affects_checks=(
        CheckId.HTTPS_ACCOUNT,
        CheckId.HTTPS_ICLOUD,
        CheckId.TLS_INTERCEPTION,
        CheckId.PUSH,
        CheckId.PROXY,
    ),
    verify=N_("Run the checks again: the push, secure connection and inspection checks all pass."),
    general=(
        N_(
            "Save this plan as a PDF and give it to whoever runs the network (at work, at school or in a hotel): its pages for IT list exactly what was blocked and what Apple's services need."
        ),
        N_(
            "Ask them to let Apple's message service through, and to leave Apple's servers out of any inspection of secure traffic."
        ),
    ),
)

STEADY = Fix(
    id=FixId.STEADY_CONNECTION,
    minutes=10,
    repairs={CauseId.NETWORK: 0.4},
    title=N_("Give the device one steady connection while it syncs"),
    effort=Effort.MINUTES,
    illustration="steady_connection",
    affects_questions=(QuestionId.NETWORK_SIGNAL,),
    verify=N_("The Wi-Fi symbol stays full while you use the device, and Messages catches up."),
    mobile=(
        N_(
            "Move closer to the Wi-Fi router, or put the router somewhere more central and higher up."
        ),
        N_(
            "If a weak network keeps pulling the device back, open Settings > Wi-Fi, tap (i) next to it and switch off Auto-Join."
        ),
        N_(
            "Where Wi-Fi is poor, switch Wi-Fi off in Control Center for a while, so the device stays on mobile data."
        ),
    ),
    mac=(
        N_(
            "Move the Mac closer to the router, or connect it with a network cable if it has a port or an adapter."
        ),
    ),
)
QUIETER_NETWORK = Fix(
    id=FixId.AVOID_BUSY_WIFI,
    minutes=10,
    repairs={CauseId.NETWORK: 0.3},
    title=N_("Let the device sync away from a busy shared network"),
    effort=Effort.MINUTES,
    illustration="avoid_busy_wifi",
    affects_questions=(QuestionId.NETWORK_WIFI_PLACE,),
    verify=N_("On the other network, Messages catches up within an hour."),
    general=(
        N_(
            "Hotel, café, school and office networks are shared by many people and are often slow or limited."
        ),
        N_(
            "Leave the device on your home Wi-Fi, or on mobile data if your plan allows it, for an hour."
        ),
        N_(
            "If you have to stay on the shared network, try at a quiet time, such as early in the morning."
        ),
    ),
)

RULES = (
    AnswerRule(
        QuestionId.NETWORK_CONNECTION,
        ("offline",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("you said it has no connection, or Airplane Mode is on."),
        (FixId.CONNECT_TO_INTERNET,),
        blocking=True,
        weights={CauseId.NETWORK: 50},
        fact="network.device_online",
    ),
    AnswerRule(
        QuestionId.NETWORK_CONNECTION,
        ("wifi", "cellular"),
        Verdict.FINE,
        Confidence.HIGH,
        N_("it has a connection."),
        weights={CauseId.NETWORK: 0.6},
        fact="network.device_online",
    ),
    AnswerRule(
        QuestionId.NETWORK_LOW_DATA_MODE,
        ("yes",),
        Verdict.PROBLEM,
        Confidence.MEDIUM,
        N_("Low Data Mode is on, which holds back background syncing."),
        (FixId.TURN_OFF_LOW_DATA_MODE,),
        weights={CauseId.NETWORK: 8},
    ),
    AnswerRule(
        QuestionId.NETWORK_LOW_DATA_MODE,
        ("no",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("Low Data Mode is off."),
        weights={CauseId.NETWORK: 0.85},
    ),
    AnswerRule(
        QuestionId.NETWORK_PAGES_LOAD,
        ("no",),
        Verdict.PROBLEM,
        Confidence.HIGH,
        N_("web pages do not open, so it cannot reach iCloud either."),
        (FixId.FINISH_WIFI_SIGN_IN, FixId.CONNECT_TO_INTERNET),
        blocking=True,
        weights={CauseId.NETWORK: 30},
        fact="network.device_online",
    ),
    AnswerRule(
        QuestionId.NETWORK_PAGES_LOAD,
        ("yes",),
        Verdict.FINE,
        Confidence.HIGH,
        N_("web pages open normally."),
        weights={CauseId.NETWORK: 0.6},
        fact="network.device_online",
    ),
    AnswerRule(
        QuestionId.NETWORK_SIGNAL,
        ("switching",),
        Verdict.PROBLEM,
        Confidence.MEDIUM,
        N_("it keeps switching between Wi-Fi and mobile data, which interrupts syncing."),
        (FixId.STEADY_CONNECTION,),
        weights={CauseId.NETWORK: 5.0},
    ),
    AnswerRule(
        QuestionId.NETWORK_SIGNAL,
        ("weak",),
        Verdict.PROBLEM,
        Confidence.MEDIUM,
        N_("its signal is weak, so uploads to iCloud keep breaking off."),
        (FixId.STEADY_CONNECTION,),
        weights={CauseId.NETWORK: 4.0},
    ),
    AnswerRule(
        QuestionId.NETWORK_SIGNAL,
        ("strong",),
        Verdict.FINE,
        Confidence.MEDIUM,
        N_("its connection is strong and steady."),
        weights={CauseId.NETWORK: 0.6},
    ),
    AnswerRule(
        QuestionId.NETWORK_WIFI_PLACE,
        ("shared",),
        Verdict.WARNING,
        Confidence.MEDIUM,
        N_("it is on a shared network, which is often busy, limited or filtered."),
        (FixId.AVOID_BUSY_WIFI,),
        weights={CauseId.NETWORK: 6},
    ),
    AnswerRule(
        QuestionId.NETWORK_WIFI_PLACE,
        ("home",),
        Verdict.FINE,
        Confidence.LOW,
        N_("it is on a home or private network."),
        weights={CauseId.NETWORK: 0.8},
    ),
    AnswerRule(
        QuestionId.NETWORK_WIFI_PLACE,
        ("none",),
        Verdict.NOT_CHECKED,
        Confidence.LOW,
        N_("it is not on Wi-Fi."),
    ),
)
_NETWORK_CHECK_WEIGHTS = status_weights(CauseId.NETWORK, fail=20, warn=2.5, passed=0.7)
# The six checks all read one fact, this computer's connection: they count once together.
THIS_COMPUTER = "network.this_computer"

# Each of this computer's connection checks, and the step its failure calls for.
CHECK_RULES = tuple(
    CheckRule(
        check,
        Confidence.MEDIUM,
        (fix,),
        measured_here=True,
        weights=_NETWORK_CHECK_WEIGHTS,
        fact=THIS_COMPUTER,
    )
    for check, fix in (
        (CheckId.CAPTIVE_PORTAL, FixId.FINISH_WIFI_SIGN_IN),
        (CheckId.DNS, FixId.CONNECT_TO_INTERNET),
        (CheckId.HTTPS_ICLOUD, FixId.OPEN_APPLE_PORTS),
        (CheckId.TLS_INTERCEPTION, FixId.OPEN_APPLE_PORTS),
        (CheckId.PUSH, FixId.OPEN_APPLE_PORTS),
        (CheckId.PROXY, FixId.OPEN_APPLE_PORTS),
    )
)

CAUSE = Cause(
    id=CauseId.NETWORK,
    # Prior 0.2: Apple's own strings pair the banner with "No Internet Connection" and
    # "In Airplane Mode": losing the connection is one of the two reasons Apple names itself.
    prior=0.2,
    title=N_("Network connection"),
    summary=N_(
        "Syncing needs a steady connection to Apple's servers. No signal, a Wi-Fi network that "
        "wants you to sign in, Low Data Mode, or a firewall that blocks Apple can each pause it."
    ),
    illustration="network",
    questions=(
        CONNECTION,
        PAGES_LOAD,
        LOW_DATA_MODE,
        SAME_NETWORK,
        SIGNAL,
        WIFI_PLACE,
        triage.NEW_PLACE,
    ),
    checks=tuple(rule.check for rule in CHECK_RULES),
    fixes=(CONNECT, LOW_DATA_OFF, WIFI_SIGN_IN, OPEN_PORTS, STEADY, QUIETER_NETWORK),
    rules=RULES + triage.NETWORK_ROWS,
    check_rules=CHECK_RULES,
)
