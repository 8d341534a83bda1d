"""``diagnose --json`` of every example session matches its recorded golden file.

The golden files were recorded before the structure work (issue 12) so that moving rules into
tables, typing ids and changing how text is stored cannot change a diagnosis by accident. A change
of diagnosis that is meant re-records them with ``python -m tests.model.test_golden_diagnosis``
and says why in the commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from imsync_gui.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "assets" / "examples").glob("*.json"))
GOLDEN = Path(__file__).resolve().parent / "golden"


def _golden_path(example: Path) -> Path:
    return GOLDEN / f"{example.stem}.diagnose.json"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_diagnosis_matches_golden(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnose", "--json", str(example)]) == 0
    produced = json.loads(capsys.readouterr().out)
    expected = json.loads(_golden_path(example).read_text(encoding="utf-8"))
    assert produced == expected


def test_every_example_has_a_golden_file() -> None:
    assert EXAMPLES
    assert {p.stem for p in EXAMPLES} == {
        p.name.removesuffix(".diagnose.json") for p in GOLDEN.glob("*.diagnose.json")
    }


if __name__ == "__main__":  # re-record: python -m tests.model.test_golden_diagnosis
    import contextlib
    import io

    for example in EXAMPLES:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            main(["diagnose", "--json", str(example)])
        _golden_path(example).write_text(buffer.getvalue(), encoding="utf-8")
        print(f"recorded {_golden_path(example).relative_to(ROOT)}", file=sys.stderr)
