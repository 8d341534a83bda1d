"""How verdicts, confidence and check outcomes are named on screen."""

from __future__ import annotations

from imsync_gui.export.labels import CONFIDENCE_LABELS, VERDICT_LABELS
from imsync_gui.i18n import _, msg, translate
from imsync_gui.model.enums import Confidence, DeviceKind, Verdict

VERSION_EXAMPLES: dict[DeviceKind, str] = {
    DeviceKind.IPHONE: "iOS 18.5",
    DeviceKind.IPAD: "iPadOS 18.5",
    DeviceKind.MAC: "macOS Sequoia 15.5",
}
"""How each kind of device shows its version: the example in a version field."""


def literal(text: str) -> str:
    """*text* for a button or buddy label, where Qt reads ``&`` as a shortcut marker:
    "Wi-Fi & Cellular Data" must not become "Wi-Fi _Cellular Data"."""
    return text.replace("&", "&&")


def verdict_line(verdict: Verdict, confidence: Confidence) -> str:
    """ "Problem (high confidence)"; a cause not checked yet has no confidence to state."""
    label = translate(VERDICT_LABELS[verdict])
    if verdict is Verdict.NOT_CHECKED:
        return label
    return _(
        "{verdict} ({confidence})", verdict=label, confidence=msg(CONFIDENCE_LABELS[confidence])
    )
