"""Writing an export to disk atomically, with failures turned into one clear message."""

from __future__ import annotations

import errno
from pathlib import Path

from imsync_gui.i18n import N_, _
from imsync_gui.model.atomic import write_bytes_atomic

EXISTS = N_("{path} already exists. Choose another name, or allow replacing it.")
IS_FOLDER = N_("{path} is a folder. Choose a file name inside it.")
NO_FOLDER = N_("The folder {folder} does not exist. Choose another place.")
NO_PERMISSION = N_("You do not have permission to save in {folder}. Choose another place.")
READ_ONLY = N_("{folder} cannot be written to (it is read-only). Choose another place.")
DISK_FULL = N_("The disk is full, so {path} could not be saved. Free some space and try again.")
SHAREABLE = 0o644
"""Exports are meant to be passed on, unlike the private temporary file they start as."""
OTHER = N_("{path} could not be saved: {reason}. Try again, or choose another place.")


class ExportError(Exception):
    """An export could not be written; the message says why and what to do. Nothing was lost."""


def write_export(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write *data* to *path* atomically; raise ExportError with a plain reason on failure.

    An existing file is only replaced when *overwrite* is true; on any failure the old file
    (if any) is left as it was.
    """
    if path.is_dir():
        raise ExportError(_(IS_FOLDER, path=str(path)))
    if path.exists() and not overwrite:
        raise ExportError(_(EXISTS, path=str(path)))
    try:
        write_bytes_atomic(path, data)
        path.chmod(SHAREABLE)
    except OSError as exc:
        raise ExportError(_reason(exc, path)) from exc


def _reason(exc: OSError, path: Path) -> str:
    folder = path.parent if str(path.parent) else Path(".")
    messages = {
        errno.ENOSPC: DISK_FULL,
        errno.EDQUOT: DISK_FULL,
        errno.EACCES: NO_PERMISSION,
        errno.EPERM: NO_PERMISSION,
        errno.EROFS: READ_ONLY,
        errno.ENOENT: NO_FOLDER,
        errno.EISDIR: IS_FOLDER,
    }
    template = messages.get(exc.errno or 0, OTHER)
    if template is NO_FOLDER and folder.is_dir():
        template = OTHER
    return _(template, path=str(path), folder=str(folder), reason=exc.strerror or str(exc))
