"""The diagnosis as JSON-ready data (``imsync-gui diagnose --json``).

Shape (version 1)::

    {"schema": "imsync-gui-diagnosis", "version": 1,
     "summary": {"problem": int, "warning": int, "fine": int, "not_checked": int},
     "latest_os": {"source": str, "data_date": "YYYY-MM-DD", "offline": bool, "versions": {...}},
     "findings": [{"cause", "title", "verdict", "confidence": "low|medium|high",
                   "blocking": bool, "explanation", "evidence": [str], "fixes": [fix id],
                   "devices": [device id]}],      # ranked, most likely first
     "plan": [{"rank": int, "fix": fix id, "title", "effort": "seconds|minutes|purchase|support",
               "done": bool, "causes": [cause id], "devices": [device id],
               "mobile": [str], "mac": [str], "general": [str], "verify": str}]}

Texts are in the active language (``--lang``). Device ids refer to the session's devices; nothing personal (accounts, addresses) is included.
"""

from __future__ import annotations

from typing import Any

from imsync_gui.i18n import render
from imsync_gui.model import knowledge
from imsync_gui.model.diagnosis import Diagnosis

SCHEMA = "imsync-gui-diagnosis"
VERSION = 1


def diagnosis_to_dict(diagnosis: Diagnosis) -> dict[str, Any]:
    """Findings, plan and summary counts as plain JSON types."""
    latest = diagnosis.latest
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "summary": {verdict.value: count for verdict, count in diagnosis.counts.items()},
        "latest_os": {
            "source": latest.source,
            "data_date": latest.data_date,
            "offline": latest.offline,
            "versions": {name: str(v) for name, v in latest.versions.items()},
        },
        "findings": [
            {
                "cause": f.cause.value,
                "title": render(knowledge.cause(f.cause).title),
                "verdict": f.verdict.value,
                "confidence": f.confidence.name.lower(),
                "blocking": f.blocking,
                "explanation": render(f.explanation),
                "evidence": [render(e) for e in f.evidence],
                "fixes": list(f.fixes),
                "devices": list(f.devices),
            }
            for f in diagnosis.findings
        ],
        "plan": [
            {
                "rank": rank,
                "fix": s.fix.id,
                "title": render(s.fix.title),
                "effort": s.fix.effort.name.lower(),
                "done": s.done,
                "causes": [f.cause.value for f in s.findings],
                "devices": [d.id for d in s.devices],
                "mobile": [render(t) for t in s.fix.mobile],
                "mac": [render(t) for t in s.fix.mac],
                "general": [render(t) for t in s.fix.general],
                "verify": render(s.fix.verify),
            }
            for rank, s in enumerate(diagnosis.plan.steps, 1)
        ],
    }
