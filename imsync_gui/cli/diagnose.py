"""``imsync-gui diagnose SESSION.json``: findings and the ranked plan, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.export.diagnosis_json import diagnosis_to_dict
from imsync_gui.export.plain_text import diagnosis_text
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.session_io import SessionError, load_session


def register(parser: argparse.ArgumentParser) -> None:
    """Describe the ``diagnose`` subcommand: its description, arguments and ``func``."""
    parser.description = (
        "Read a session file and print what is most likely wrong and what to do. "
        "Exit codes: 0 success, 2 the session file cannot be used."
    )
    parser.add_argument("session", type=Path, help="a session file saved by imsync-gui")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Diagnose the session named on the command line."""
    try:
        session = load_session(args.session)
    except SessionError as exc:
        print(f"imsync-gui: cannot diagnose {exc}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    diagnosis = diagnose(session)
    if args.json:
        json.dump(
            diagnosis_to_dict(diagnosis), sys.stdout, indent=2, ensure_ascii=False, allow_nan=False
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(diagnosis_text(diagnosis))
    return ExitCode.OK
