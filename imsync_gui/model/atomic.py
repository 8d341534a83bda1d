"""The one atomic file writer, for every layer: exports (PDF, JSON, HTML, summaries), session
files ("Save session as", ``check --save``) and the autosave.

A reader sees the old file or the complete new one, never a mix: the data goes to a hidden
temporary file beside the target, is flushed to disk, then renamed over the target. The
temporary file's name carries the writing process's id (``.plan.pdf.4711-k3j9.tmp``); a process
killed mid-write leaves it behind, and the next write to the same folder removes every such file
whose process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
from pathlib import Path
from typing import Final

TEMP_SUFFIX: Final = ".tmp"
_NEW_PRIVATE_FILE: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
"""Readable by its owner only, like the temporary files it replaces: sessions hold contacts."""
_TEMP_NAME: Final = re.compile(r"\..+\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file in the same folder, then rename it.

    Raises OSError (for example a full disk or a read-only folder) with the original file
    untouched and no temporary file left behind. Leftovers of writers killed earlier in the
    same folder are removed first.
    """
    folder = path.parent if str(path.parent) else Path(".")
    remove_leftovers(folder)
    temp = folder / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        with os.fdopen(os.open(temp, _NEW_PRIVATE_FILE, 0o600), "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _sync_folder(folder)


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 *text* to *path* atomically (see :func:`write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"))


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary files of writers in *folder* whose process no longer runs; return
    them. Files of running writers (this process included) and any other file are left alone."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            found = _TEMP_NAME.fullmatch(entry.name)
            if found is None or _running(int(found["pid"])):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    """True when a process with this id exists (or might: when unsure, keep its file)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def _running_on_windows(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(kernel.GetLastError() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and (
            code.value == still_active
        )
    finally:
        kernel.CloseHandle(handle)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
