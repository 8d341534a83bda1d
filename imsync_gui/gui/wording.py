"""How verdicts, confidence and check outcomes are named on screen."""

from __future__ import annotations

from collections.abc import Mapping

from imsync_gui.export.labels import CONFIDENCE_LABELS, VERDICT_LABELS
from imsync_gui.i18n import _, msg, number_text, translate
from imsync_gui.model.check_result import CheckResult, JsonValue
from imsync_gui.model.enums import Confidence, Verdict

_UNITS = (("_ms", "ms", 0), ("_s", "s", 2), ("_percent", "%", 0))
_ACRONYMS = {
    "http": "HTTP",
    "https": "HTTPS",
    "dns": "DNS",
    "tls": "TLS",
    "ntp": "NTP",
    "os": "OS",
    "ip": "IP",
}


def verdict_line(verdict: Verdict, confidence: Confidence) -> str:
    """ "Problem (high confidence)"; a cause not checked yet has no confidence to state."""
    label = translate(VERDICT_LABELS[verdict])
    if verdict is Verdict.NOT_CHECKED:
        return label
    return _(
        "{verdict} ({confidence})", verdict=label, confidence=msg(CONFIDENCE_LABELS[confidence])
    )


def measured_values(values: Mapping[str, JsonValue], limit: int = 6) -> str:
    """The first few measured numbers and names as "name: value" pairs, units from the key."""
    shown = []
    for key, value in values.items():
        if isinstance(value, dict | bool) or value is None or value == [] or value == "":
            continue  # yes/no flags repeat what the message already says
        shown.append(f"{_label(key)}: {_value(key, value)}")
        if len(shown) == limit:
            break
    return " · ".join(shown)


def when_and_how_long(result: CheckResult) -> str:
    """ "at 14:02:11, took 0.4 s"."""
    local = result.started_at.astimezone()
    return _("at {time}, took {seconds:.1f} s", time=f"{local:%H:%M:%S}", seconds=result.duration_s)


def _label(key: str) -> str:
    for suffix, _unit, _digits in _UNITS:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    words = key.replace("_", " ").split()
    label = " ".join(_ACRONYMS.get(w.lower(), w) for w in words)
    return label[:1].upper() + label[1:]


def _value(key: str, value: JsonValue) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    for suffix, unit, digits in _UNITS:
        if key.endswith(suffix) and isinstance(value, int | float):
            return number_text(f"{value:.{digits}f}") + f" {unit}"
    return str(value)
