"""``imsync-gui summarize PATH...``: one summary for IT over many reports and session files."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.export.files import ExportError, write_export
from imsync_gui.export.outside_text import visible_controls
from imsync_gui.export.summarize.render import SummaryFormat, render
from imsync_gui.export.summarize.sources import count_files, summarize
from imsync_gui.i18n import _

PROGRESS_EVERY_S = 0.1
BAR_WIDTH = 30


def register(parser: argparse.ArgumentParser) -> None:
    """Describe the ``summarize`` subcommand: its description, arguments and ``func``."""
    parser.description = _(
        "Summarize many exported reports (JSON) and session files: the most common causes, "
        "the live checks that failed on each kind of network, devices behind the latest "
        "software, and reports per week. Files that cannot be read are skipped with a line "
        "saying why. Exit codes: 0 at least one file was read, 2 nothing could be read or "
        "the output cannot be written."
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=_("a file, a folder (searched for .json) or a glob"),
    )
    parser.add_argument(
        "--format",
        choices=[f.value for f in SummaryFormat],
        default=SummaryFormat.TABLE.value,
        help=_("output format (default: a table for the terminal)"),
    )
    parser.add_argument("--out", type=Path, help=_("write to this file instead of the terminal"))
    parser.add_argument(
        "--force", action="store_true", help=_("replace the output file if it exists")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Summarize the files named on the command line."""
    progress = Progress(sys.stderr, count_files(args.paths)) if sys.stderr.isatty() else None

    def skipped(path: Path, reason: str) -> None:
        if progress:
            progress.clear()
        print(
            visible_controls(
                _("imsync-gui: skipped {path}: {reason}", path=str(path), reason=reason)
            ),
            file=sys.stderr,
        )

    tally = summarize(
        args.paths, on_skip=skipped, on_progress=progress.update if progress else None
    )
    if progress:
        progress.clear()
    if not tally.read:
        print(_("imsync-gui: no report or session could be read."), file=sys.stderr)
        return ExitCode.BAD_INPUT
    text = render(tally, SummaryFormat(args.format))
    if args.out is None:
        sys.stdout.write(text)
        return ExitCode.OK
    try:
        write_export(args.out, text.encode("utf-8"), overwrite=args.force)
    except ExportError as exc:
        print(f"imsync-gui: {visible_controls(str(exc))}", file=sys.stderr)
        return ExitCode.BAD_INPUT
    return ExitCode.OK


class Progress:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream, self.total, self._shown_at = stream, max(total, 1), 0.0

    def update(self, done: int) -> None:
        """Show that *done* files of the total have been read."""
        now = time.monotonic()
        if now - self._shown_at < PROGRESS_EVERY_S and done < self.total:
            return
        self._shown_at = now
        filled = BAR_WIDTH * min(done, self.total) // self.total
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total}")
        self.stream.flush()

    def clear(self) -> None:
        """Remove the bar so that other lines print cleanly."""
        self.stream.write("\r" + " " * (BAR_WIDTH + 30) + "\r")
        self.stream.flush()
