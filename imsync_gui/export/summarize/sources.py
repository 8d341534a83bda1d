"""The files named on the command line: files, folders (searched for ``*.json``) and globs.

Everything is listed lazily, one name at a time, so a folder of a million reports costs no
more memory than a folder of ten.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from imsync_gui.export.summarize.facts import ReportFacts, Unreadable, read_facts
from imsync_gui.export.summarize.tally import Tally
from imsync_gui.i18n import _

SUFFIX = ".json"
GLOB_CHARACTERS = frozenset("*?[")

SkipHandler = Callable[[Path, str], None]
ProgressHandler = Callable[[int], None]


def expand(arguments: Iterable[str]) -> Iterator[Path | tuple[Path, str]]:
    """Each file to read, or (path, reason) for an argument that names nothing readable."""
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif GLOB_CHARACTERS & set(argument):
            matched = False
            for name in glob.iglob(argument, recursive=True):
                matched = True
                yield from _walk(Path(name)) if os.path.isdir(name) else (Path(name),)
            if not matched:
                yield path, _("no file matches this pattern")
        else:
            yield path, _("no such file or folder")


def _walk(folder: Path) -> Iterator[Path | tuple[Path, str]]:
    try:
        entries = os.scandir(folder)
    except OSError as exc:
        yield folder, _("cannot be read: {reason}", reason=exc.strerror or str(exc))
        return
    with entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.name.endswith(SUFFIX) and not entry.name.startswith("."):
                yield Path(entry.path)


def count_files(arguments: Iterable[str]) -> int:
    """How many files :func:`expand` will name (a cheap first pass, for a progress bar)."""
    return sum(1 for _item in expand(arguments))


def summarize(
    arguments: Iterable[str],
    *,
    reader: Callable[[Path], ReportFacts] = read_facts,
    on_skip: SkipHandler | None = None,
    on_progress: ProgressHandler | None = None,
    tally: Tally | None = None,
) -> Tally:
    """Read every file the *arguments* name into one tally, one file at a time."""
    result = tally or Tally()
    for done, item in enumerate(expand(arguments), start=1):
        path, reason = item if isinstance(item, tuple) else (item, None)
        if reason is None:
            try:
                result.add(reader(path))
            except Unreadable as exc:
                reason = str(exc)
        if reason is not None:
            result.skip()
            if on_skip:
                on_skip(path, reason)
        if on_progress:
            on_progress(done)
    return result
