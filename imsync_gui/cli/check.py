"""``imsync-gui check``: run the live checks headless and print a table, or JSON for IT tools.

Exit codes: 0 every check ran and none failed (warnings allowed); 1 at least one check failed
or could not run; 2 bad input (endpoints file, session file, unknown check id), with a
one-line reason; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from imsync_gui.checks.config import ENV_VAR, ConfigError, EndpointConfig, load_config
from imsync_gui.checks.runner import run_checks, select
from imsync_gui.checks.summary import summary_line
from imsync_gui.checks.titles import TITLES
from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.export.labels import CHECK_STATUS_LABELS
from imsync_gui.export.outside_text import json_visible_controls, visible_controls
from imsync_gui.i18n import _, number_text, translate
from imsync_gui.model.check_result import CheckResult
from imsync_gui.model.enums import CheckStatus
from imsync_gui.model.recheck import start_new_round
from imsync_gui.model.session import Session
from imsync_gui.model.session_io import SessionError, check_to_dict, load_session, save_session


def register(parser: argparse.ArgumentParser) -> None:
    """Describe the ``check`` subcommand: its description, arguments and ``func``."""
    parser.description = _(
        "Check this computer's network, Apple's services, the clock and the latest "
        "OS versions. Exit codes: 0 no check failed (warnings allowed), 1 some check failed or "
        "could not run, 2 bad input, 130 interrupted."
    )
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    parser.add_argument(
        "--save",
        type=Path,
        metavar="SESSION.json",
        help=_(
            "record the results in this session file (created if missing) for 'diagnose'; "
            "when it already holds check results, they are kept in its history and a new round "
            "starts"
        ),
    )
    parser.add_argument(
        "--endpoints",
        type=Path,
        metavar=_("FILE"),
        help=_(
            "a TOML file overriding hosts, ports, URLs and timeouts (default: ${variable})",
            variable=ENV_VAR,
        ),
    )
    parser.add_argument(
        "--only", metavar="ID[,ID...]", help=_("run only these checks, by id, comma-separated")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the checks named on the command line and report them."""
    try:
        config = load_config(args.endpoints)
        only = _only(args.only)
        session = _session(args.save) if args.save else None
    except (ConfigError, SessionError, ValueError) as exc:
        print(f"imsync-gui: {visible_controls(str(exc))}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    if not args.json:
        print(
            _("Running checks (at most {seconds:g} s)…", seconds=float(config.deadline_s)),
            file=sys.stderr,
        )
    try:
        results = asyncio.run(_run(config, only))
    except KeyboardInterrupt:
        print("imsync-gui: " + _("stopped."), file=sys.stderr)
        return ExitCode.INTERRUPTED
    if session is not None:
        if session.checks:
            start_new_round(session)
        session.record_checks(results)
        try:
            save_session(session, args.save)
        except OSError as exc:
            reason = _(
                "cannot save {path}: {reason}", path=str(args.save), reason=exc.strerror or str(exc)
            )
            print(f"imsync-gui: {reason}", file=sys.stderr)
            return ExitCode.BAD_INPUT
    sys.stdout.write(_as_json(results) if args.json else table(results))
    ran_clean = all(r.status in (CheckStatus.PASS, CheckStatus.WARN) for r in results)
    return ExitCode.OK if ran_clean else ExitCode.PROBLEMS


async def _run(config: EndpointConfig, only: list[str] | None) -> list[CheckResult]:
    return await run_checks(config, only=only)


def _only(text: str | None) -> list[str] | None:
    if text is None:
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    return [c.value for c in select(ids)]


def _session(path: Path) -> Session:
    """The session to merge into: the existing file, or a new session if there is none."""
    if not path.exists():
        return Session()
    session = load_session(path)
    for entry in session.unreadable_rounds:
        print(f"imsync-gui: {entry.message.render()}", file=sys.stderr)
    return session


def table(results: Sequence[CheckResult]) -> str:
    """The results as an aligned text table followed by the summary line."""
    rows = [
        (
            translate(TITLES.get(r.check_id, r.check_id)),
            _status_word(r.status),
            number_text(f"{r.duration_s:.2f}") + " s",
            visible_controls(r.message.render()),
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)] if rows else [0, 0, 0]
    lines = [
        f"{title:<{widths[0]}}  {status:<{widths[1]}}  {took:>{widths[2]}}  {message}"
        for title, status, took, message in rows
    ]
    return "\n".join([*lines, "", summary_line(results).render()]) + "\n"


def _status_word(status: CheckStatus) -> str:
    """The status label, in capitals where it calls for attention (warning, failed)."""
    label = translate(CHECK_STATUS_LABELS[status])
    return label.upper() if status in (CheckStatus.WARN, CheckStatus.FAIL) else label


def _as_json(results: Sequence[CheckResult]) -> str:
    document = {
        "summary": summary_line(results).render(),
        "counts": {s.value: sum(1 for r in results if r.status is s) for s in CheckStatus},
        "checks": [{**check_to_dict(r), "message": r.message.render()} for r in results],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)
    return json_visible_controls(text) + "\n"
