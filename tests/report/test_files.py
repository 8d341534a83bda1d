"""Writing exports: atomic, no silent overwrite, clear messages, nothing lost."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from imsync_gui.export import files
from imsync_gui.export.files import ExportError, write_export


def test_writes_new_file_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_export(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert target.stat().st_mode & 0o777 == 0o644


def test_existing_file_is_kept_unless_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        write_export(target, b"new")
    assert target.read_bytes() == b"old"
    write_export(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_folder_and_missing_folder_are_explained(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        write_export(tmp_path, b"x", overwrite=True)
    with pytest.raises(ExportError, match="does not exist"):
        write_export(tmp_path / "nope" / "plan.pdf", b"x")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disk is full"),
        (errno.EACCES, "permission"),
        (errno.EROFS, "read-only"),
        (errno.EIO, "could not be saved"),
    ],
)
def test_os_errors_become_clear_messages_and_keep_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def failing(path: Path, data: bytes) -> None:
        raise OSError(code, "simulated")

    monkeypatch.setattr(files, "write_bytes_atomic", failing)
    with pytest.raises(ExportError, match=words):
        write_export(target, b"new", overwrite=True)
    assert target.read_bytes() == b"old"


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real atomic writer: a write failing half-way leaves neither file nor temp file."""
    import os

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: int, mode: str) -> None:
            self._stream = real_fdopen(handle, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._stream.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("imsync_gui.model.atomic.os.fdopen", FullDisk)
    with pytest.raises(ExportError, match="disk is full"):
        write_export(tmp_path / "plan.pdf", b"data")
    assert list(tmp_path.iterdir()) == []
