"""Diagnosis: one recompute of a full three-device session, and how it grows with devices.

Run alone: ``python -m tests.benchmarks.bench_diagnosis``. The baseline of the full session is
writing the same session as autosave text (``session_to_text``, which follows every change
too); the larger households are compared with the three-device one.
"""

from __future__ import annotations

from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.session_io import session_to_text
from tests.benchmarks.measure import Figure, per_call_seconds, table
from tests.benchmarks.sessions import household

FULL_DEVICES = 3
GROWTH = (10, 100, 1000)
TARGET_S = 0.002
HUNDRED_DEVICES_TARGET_S = 0.020
"""Issue 14: the weighed diagnosis stays at or under 2 ms for three devices, under 20 ms for 100."""


def measure() -> list[Figure]:
    """The full-session figure, then one figure per household size in GROWTH."""
    full = household(FULL_DEVICES)
    full_s = per_call_seconds(lambda: diagnose(full))
    figures = [
        Figure(
            f"diagnosis: recompute, full session ({FULL_DEVICES} devices)",
            "s",
            full_s,
            per_call_seconds(lambda: session_to_text(full)),
            "autosave text",
            limit=TARGET_S,
            on_ratio=False,
        )
    ]
    for devices in GROWTH:
        bigger = household(devices)
        figures.append(
            Figure(
                f"diagnosis: recompute, {devices} devices",
                "s",
                per_call_seconds(lambda s=bigger: diagnose(s)),  # type: ignore[misc]
                full_s,
                f"{FULL_DEVICES} devices",
                limit=HUNDRED_DEVICES_TARGET_S if devices == 100 else None,
                on_ratio=False,
            )
        )
    return figures


if __name__ == "__main__":
    print(table(measure()))
