"""``imsync-gui diagnose SESSION.json``: findings and the ranked plan, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.export.comparison_json import comparison_to_dict
from imsync_gui.export.comparison_table import comparison_table
from imsync_gui.export.diagnosis_json import diagnosis_to_dict
from imsync_gui.export.outside_text import json_visible_controls, map_text, visible_controls
from imsync_gui.export.plain_text import diagnosis_text
from imsync_gui.i18n import _
from imsync_gui.model.comparison import compare
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.recheck import snapshot
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import SessionError, load_session


def register(parser: argparse.ArgumentParser) -> None:
    """Describe the ``diagnose`` subcommand: its description, arguments and ``func``."""
    parser.description = _(
        "Read a session file and print what is most likely wrong and what to do. "
        "With --compare, print how the causes changed since the last round of checking. "
        "Exit codes: 0 success, 2 the session file cannot be used (or, with --compare, has "
        "no earlier round)."
    )
    parser.add_argument("session", type=Path, help=_("a session file saved by imsync-gui"))
    parser.add_argument(
        "--json", action="store_true", help=_("print machine-readable JSON instead")
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help=_("print the before/after table: the session's last round against its state now"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Diagnose the session named on the command line."""
    try:
        session = load_session(args.session)
    except SessionError as exc:
        print(f"imsync-gui: {visible_controls(str(exc))}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    for entry in session.unreadable_rounds:
        print(f"imsync-gui: {visible_controls(entry.message.render())}", file=sys.stderr)
    if not args.json:
        # Text for a terminal: every string from the file with its control characters shown
        # as escapes, so a received session cannot clear the screen or forge a line.
        session = map_text(session, visible_controls)
    if args.compare:
        return _compare(session, args)
    diagnosis = diagnose(session)
    if args.json:
        data = diagnosis_to_dict(diagnosis)
        text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)
        sys.stdout.write(json_visible_controls(text) + "\n")
    else:
        sys.stdout.write(diagnosis_text(diagnosis))
    return ExitCode.OK


def _compare(session: Session, args: argparse.Namespace) -> int:
    if not session.rounds:
        reason = _(
            "{file} has no earlier round to compare with yet: check again after doing some "
            "steps (in the app, or with 'imsync-gui check --save').",
            file=visible_controls(args.session.name),
        )
        print(f"imsync-gui: {reason}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    comparison = compare(session.rounds[-1], snapshot(session))
    if args.json:
        text = json.dumps(
            comparison_to_dict(comparison), indent=2, ensure_ascii=False, allow_nan=False
        )
        sys.stdout.write(json_visible_controls(text) + "\n")
    else:
        sys.stdout.write(comparison_table(comparison, session))
    return ExitCode.OK
