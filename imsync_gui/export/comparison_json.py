"""Before and after as JSON-ready data (``imsync-gui diagnose --compare --json``).

Shape (version 1)::

    {"schema": "imsync-gui-comparison", "version": 1,
     "trend": "better|worse|mixed|same", "evidence_known": bool,
     "before": {"round": int, "started_at", "ended_at", "done_steps": [{"fix", "done_at"}]},
     "after": {"round": int, "started_at", "ended_at"},
     "causes": [{"cause", "headline": "new_problem|still_a_problem|fixed|not_checked_again|
                 unchanged", "before": state|null, "after": state|null,
                 "changes": [{"kind": "answer|check", "id", "device", "before", "after"}]}],
     "still_paused": {device id: "yes|no|not_sure"}}

A state is ``{"verdict", "confidence", "probability", "band"}``. Causes are ordered by headline
(new problems first). Device ids refer to the session's devices; nothing personal is included.
"""

from __future__ import annotations

from typing import Any

from imsync_gui.model.comparison import Comparison
from imsync_gui.model.history import CauseState

SCHEMA = "imsync-gui-comparison"
VERSION = 1


def state_to_dict(state: CauseState | None) -> dict[str, Any] | None:
    """One cause's state in a round, or None when the round did not record it."""
    if state is None:
        return None
    return {
        "verdict": state.verdict.value,
        "confidence": state.confidence.name.lower(),
        "probability": state.probability,
        "band": state.band,
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON types."""
    before, after = comparison.before, comparison.after
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "trend": comparison.trend.value,
        "evidence_known": comparison.evidence_known,
        "before": {
            "round": before.number,
            "started_at": before.started_at.isoformat(),
            "ended_at": before.ended_at.isoformat(),
            "done_steps": [
                {"fix": fix, "done_at": at.isoformat()} for fix, at in before.done_steps.items()
            ],
        },
        "after": {
            "round": after.number,
            "started_at": after.started_at.isoformat(),
            "ended_at": after.ended_at.isoformat(),
        },
        "causes": [
            {
                "cause": c.cause.value,
                "headline": c.headline.value,
                "before": state_to_dict(c.before),
                "after": state_to_dict(c.after),
                "changes": [
                    {
                        "kind": change.kind,
                        "id": change.id,
                        "device": change.device,
                        "before": change.before,
                        "after": change.after,
                    }
                    for change in c.changes
                ],
            }
            for c in comparison.causes
        ],
        "still_paused": dict(comparison.still_paused),
    }
