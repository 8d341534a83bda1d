"""The ``imsync-gui`` command: the wizard when run bare, or a headless subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from imsync_gui import __version__
from imsync_gui.cli import check, diagnose, report

EXIT_OK = 0
EXIT_BAD_INPUT = 2

SUBCOMMANDS = (diagnose, check, report)
"""Each module adds its parser with ``register(subparsers)`` and sets ``func``."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="imsync-gui",
        description="Find out why Messages stopped syncing with iCloud, and what to do about it. "
        "Run without a subcommand to open the guided troubleshooter.",
    )
    parser.add_argument("--version", action="version", version=f"imsync-gui {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (no display or network needed) and exit: "
        "0 passed, 1 failed with the reason",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in SUBCOMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args = build_parser().parse_args(argv)
    if args.self_test:
        from imsync_gui.selftest import main as self_test

        return self_test()
    if args.command is None:
        return _open_wizard()
    code: int = args.func(args)
    return code


def _open_wizard() -> int:
    try:
        from imsync_gui.gui.app import run_app
    except ImportError:
        print(
            "The guided troubleshooter is not part of this build yet. "
            "Use 'imsync-gui diagnose SESSION.json' meanwhile.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return run_app()
