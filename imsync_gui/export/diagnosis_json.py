"""The diagnosis as JSON-ready data (``imsync-gui diagnose --json``), and reading it back.

Shape (version 2)::

    {"schema": "imsync-gui-diagnosis", "version": 2,
     "summary": {"problem": int, "warning": int, "fine": int, "not_checked": int},
     "latest_os": {"source": str, "data_date": "YYYY-MM-DD", "offline": bool, "versions": {...}},
     "findings": [{"cause", "title", "verdict", "confidence": "low|medium|high",
                   "probability": float, "prior": float, "band": str,
                   "blocking": bool, "explanation", "evidence": [str],
                   "weighted_evidence": [{"text", "likelihood_ratio": float, "counted": bool,
                                          "devices": [device id]}],
                   "strongest_for": [str], "strongest_against": [str],
                   "fixes": [fix id], "devices": [device id]}],   # most probable first
     "plan": [{"rank": int, "fix": fix id, "title", "effort": "seconds|minutes|purchase|support",
               "minutes": int, "needs_someone": bool, "needs_money": bool, "reset": bool,
               "chance_of_fixing": float,
               "done": bool, "causes": [cause id], "devices": [device id],
               "mobile": [str], "mac": [str], "general": [str], "verify": str}]}

``probability`` is the chance that the cause is a reason for the pause; ``band`` is the verdict
in words ("likely problem" from 0.5, "worth checking" from 0.2, "looks fine" below, "not looked
at" without evidence); ``weighted_evidence`` lists every piece of evidence that bore on the cause
with its likelihood ratio, the counted ones strongest first (see ``model/weighing.py``).
Version 1 (before probabilities) had no ``probability``, ``prior``, ``band``, weighted evidence or
step minutes; :func:`read_diagnosis` reads both.

Texts are in the active language (``--lang``). Device ids refer to the session's devices; nothing
personal (accounts, addresses) is included.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from imsync_gui.i18n import render
from imsync_gui.model import knowledge
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import Verdict

SCHEMA = "imsync-gui-diagnosis"
VERSION = 2


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
                "probability": round(f.probability, 4),
                "prior": f.prior,
                "band": f.verdict.band,
                "blocking": f.blocking,
                "explanation": render(f.explanation),
                "evidence": [render(e) for e in f.evidence],
                "weighted_evidence": [
                    {
                        "text": render(w.text),
                        "likelihood_ratio": round(w.lr, 4),
                        "counted": w.counted,
                        "devices": list(w.signal.devices),
                    }
                    for w in f.weighed
                ],
                "strongest_for": [render(w.text) for w in f.strongest_for],
                "strongest_against": [render(w.text) for w in f.strongest_against],
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
                "minutes": s.fix.minutes,
                "needs_someone": s.fix.needs_someone,
                "needs_money": s.fix.needs_money,
                "reset": s.fix.reset,
                "chance_of_fixing": round(s.chance, 4),
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


def read_diagnosis(data: Mapping[str, Any]) -> dict[str, Any]:
    """A saved diagnosis of version 1 or 2 in the version-2 shape. Version 1 findings get
    ``probability`` and ``prior`` None, their band from the verdict and no weighted evidence;
    its steps get no minutes. ValueError for anything else."""
    if data.get("schema") != SCHEMA or data.get("version") not in (1, VERSION):
        raise ValueError("not an imsync-gui diagnosis of version 1 or 2")
    if data["version"] == VERSION:
        return dict(data)
    findings = [
        {
            "probability": None,
            "prior": None,
            "band": Verdict(f["verdict"]).band,
            "weighted_evidence": [],
            "strongest_for": [],
            "strongest_against": [],
        }
        | dict(f)
        for f in data.get("findings", [])
    ]
    plan = [
        {"minutes": None, "needs_someone": s.get("effort") == "support",
         "needs_money": s.get("effort") == "purchase", "reset": False, "chance_of_fixing": None}
        | dict(s)
        for s in data.get("plan", [])
    ]  # fmt: skip
    return dict(data) | {"version": VERSION, "findings": findings, "plan": plan}
