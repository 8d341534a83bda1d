"""The one atomic writer under kill -9 (issue 13, finding 9; issue 12, item 2): every layer
writes through it, a killed writer never leaves a half-written target, and the hidden temporary
files it leaves are removed by the next write to the folder."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from imsync_gui.model.atomic import remove_leftovers, write_bytes_atomic

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")

SIZE = 1024 * 1024
WRITER = """
import os, sys, time
from pathlib import Path
import imsync_gui.model.atomic as atomic
target, mode = Path(sys.argv[1]), sys.argv[2]
if mode == "stall":  # stop for good between writing and renaming: a kill lands mid-write
    real_fsync = os.fsync
    def stalled(fd):
        real_fsync(fd)
        print("writing", flush=True)
        time.sleep(60)
    atomic.os.fsync = stalled
print("ready", flush=True)
n = 0
while True:
    if sys.argv[3] == "export":
        from imsync_gui.export.files import write_export
        write_export(target, bytes([65 + n % 2]) * {size}, overwrite=True)
    else:
        atomic.write_bytes_atomic(target, bytes([65 + n % 2]) * {size})
    n += 1
""".replace("{size}", str(SIZE))


def _writer(target: Path, mode: str, layer: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), mode, layer],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert child.stdout is not None
    child.stdout.close()


def _temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


def _assert_whole(target: Path) -> None:
    if target.exists():
        data = target.read_bytes()
        assert len(data) == SIZE and data in (b"A" * SIZE, b"B" * SIZE), "a half-written file"


@pytest.mark.parametrize("layer", ["export", "session"])
def test_writers_killed_mid_write_leave_temporary_files_the_next_write_removes(
    tmp_path: Path, layer: str
) -> None:
    target = tmp_path / ("plan.pdf" if layer == "export" else "session.json")
    for _ in range(5):
        child = _writer(target, "stall", layer)
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n" and child.stdout.readline() == "writing\n"
        _kill(child)
        _assert_whole(target)
        assert len(_temps(tmp_path)) == 1, "the kill left one; the next writer removed older ones"
    write_bytes_atomic(target, b"A" * SIZE)
    assert _temps(tmp_path) == [] and target.read_bytes() == b"A" * SIZE


def test_repeated_random_kills_never_leave_a_broken_file_or_lasting_temporary_files(
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    rng = random.Random(13)
    for _ in range(25):
        child = _writer(target, "run", "export")
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.1))
        _kill(child)
        _assert_whole(target)
    remove_leftovers(tmp_path)
    assert _temps(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir()] in ([], ["plan.pdf"])


def test_a_running_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    child = _writer(tmp_path / "plan.pdf", "stall", "export")
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n" and child.stdout.readline() == "writing\n"
    try:
        write_bytes_atomic(tmp_path / "other.pdf", b"x")
        assert len(_temps(tmp_path)) == 1, "another process is still writing it"
    finally:
        _kill(child)
    assert remove_leftovers(tmp_path) and _temps(tmp_path) == []


def test_an_unrelated_hidden_file_is_never_touched(tmp_path: Path) -> None:
    keep = [tmp_path / ".notes.tmp", tmp_path / ".plan.pdf.abc.tmp", tmp_path / ".x.1-zz.tmp"]
    for path in keep:
        path.write_text("mine")
    write_bytes_atomic(tmp_path / "plan.pdf", b"x")
    assert all(path.read_text() == "mine" for path in keep)


def test_a_new_file_is_private_until_an_export_shares_it(tmp_path: Path) -> None:
    from imsync_gui.export.files import write_export

    write_bytes_atomic(tmp_path / "session.json", b"{}")
    write_export(tmp_path / "plan.pdf", b"%PDF")
    assert (tmp_path / "session.json").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "plan.pdf").stat().st_mode & 0o777 == 0o644
