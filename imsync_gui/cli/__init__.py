"""The ``imsync-gui`` command: the wizard when run bare, or a headless subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NamedTuple

from imsync_gui import __version__
from imsync_gui.cli.argparse_words import install as install_argparse_words
from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.i18n import N_, _, selectable, set_language, system_language, translate


class Subcommand(NamedTuple):
    """One subcommand; its module's ``register(parser)`` adds the arguments and sets ``func``."""

    name: str
    help: str
    """Marked with ``N_``; translated when the parser is built."""
    module: str


SUBCOMMANDS = (
    Subcommand(
        "diagnose",
        N_("diagnose a saved session and print the ranked fix plan"),
        "imsync_gui.cli.diagnose",
    ),
    Subcommand(
        "check",
        N_("run the live network, Apple service and clock checks from this computer"),
        "imsync_gui.cli.check",
    ),
    Subcommand(
        "report",
        N_("write the illustrated fix plan of a saved session as PDF (or JSON)"),
        "imsync_gui.cli.report",
    ),
    Subcommand(
        "summarize",
        "summarize many exported reports and session files for IT",
        "imsync_gui.cli.summarize",
    ),
)
"""Only the module of the subcommand that runs is imported: the wizard starts without them."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every subcommand is listed, *command* also gets its arguments."""
    language = argparse.ArgumentParser(add_help=False)
    language.add_argument(
        "--lang",
        choices=selectable(),
        default=argparse.SUPPRESS,
        help=_("the language to speak (default: the system's language)"),
    )
    parser = argparse.ArgumentParser(
        prog="imsync-gui",
        description=_(
            "Find out why Messages stopped syncing with iCloud, and what to do about it. "
            "Run without a subcommand to open the guided troubleshooter."
        ),
        parents=[language],
    )
    parser.add_argument("--version", action="version", version=f"imsync-gui {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_(
            "check that this installation works (no display or network needed) and exit: "
            "0 passed, 1 failed with the reason"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for sub in SUBCOMMANDS:
        sub_parser = subparsers.add_parser(sub.name, help=translate(sub.help), parents=[language])
        if sub.name == command:
            import_module(sub.module).register(sub_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    set_language(language_asked(arguments) or system_language())
    install_argparse_words()
    command = next(
        (
            a
            for i, a in enumerate(arguments)
            if not a.startswith("-") and (i == 0 or arguments[i - 1] not in _VALUED)
        ),
        None,
    )
    args = build_parser(command).parse_args(arguments)
    if args.self_test:
        from imsync_gui.selftest import main as self_test

        return self_test()
    if args.command is None:
        return _open_wizard()
    code: int = args.func(args)
    return code


_VALUED = ("--lang",)
"""Options before the subcommand that take a value (the value is not the subcommand)."""


def language_asked(arguments: Sequence[str]) -> str | None:
    """The language given with ``--lang``, read before the parser is built so that its help
    texts are translated too (the parser itself rejects an unknown language)."""
    for number, argument in enumerate(arguments):
        if argument == "--lang" and number + 1 < len(arguments):
            value = arguments[number + 1]
        elif argument.startswith("--lang="):
            value = argument.partition("=")[2]
        else:
            continue
        return value if value in selectable() else None
    return None


def _open_wizard() -> int:
    try:
        from imsync_gui.gui.app import run_app
    except ImportError:
        print(
            _(
                "The guided troubleshooter is not part of this build yet. "
                "Use 'imsync-gui diagnose SESSION.json' meanwhile."
            ),
            file=sys.stderr,
        )
        return ExitCode.BAD_INPUT
    return run_app()
