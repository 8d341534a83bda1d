"""The exit codes of every ``imsync-gui`` command, in one place (the README lists them too)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a command's exit status means."""

    OK = 0
    """Done; for ``check``: no check failed (warnings allowed); for ``--self-test``: passed."""
    PROBLEMS = 1
    """``check``: some check failed or could not run; ``--self-test``: a step failed."""
    BAD_INPUT = 2
    """A file or argument cannot be used; a one-line reason goes to stderr."""
    INTERRUPTED = 130
    """Stopped with Ctrl+C."""
