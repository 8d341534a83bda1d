"""The self-test passes on a working installation and names the reason when it cannot."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from imsync_gui import cli, selftest
from imsync_gui.selftest import PDF_NAME, SelfTestFailure, run_self_test

ROOT = Path(__file__).resolve().parents[2]


def test_every_step_passes_and_the_pdf_is_readable(qapp: QApplication, tmp_path: Path) -> None:
    lines = run_self_test(folder=tmp_path)

    assert [line.split(":")[0] for line in lines] == [
        "ok  bundled data",
        "ok  illustrations",
        "ok  TLS trust",
        "ok  proxy auto-configuration",
        "ok  fix plan PDF",
    ]
    reader = PdfReader(tmp_path / PDF_NAME)
    assert f"→ {len(reader.pages)} pages" in lines[-1]
    assert "iCloud storage" in " ".join(reader.pages[0].extract_text().split())


def test_main_prints_the_steps_and_exits_0(qapp: QApplication) -> None:
    out, err = io.StringIO(), io.StringIO()

    assert selftest.main(out, err) == 0

    assert out.getvalue().rstrip().splitlines()[-1].startswith("imsync-gui self-test passed in")
    assert err.getvalue() == ""


def test_a_missing_sample_fails_with_its_name(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "SAMPLE_SESSION", "examples/no-such-session.json")
    out, err = io.StringIO(), io.StringIO()

    assert selftest.main(out, err) == 1

    assert "self-test FAILED: fix plan PDF:" in err.getvalue()
    assert "no-such-session.json" in err.getvalue()
    assert out.getvalue() == ""


def test_a_damaged_sample_fails_with_the_reason(qapp: QApplication, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "imsync-gui-session", "version": 2, "devices": [', "utf-8")

    with pytest.raises(SelfTestFailure, match=r"^fix plan PDF: .*damaged\.json"):
        run_self_test(sample=damaged, folder=tmp_path)


def test_a_pdf_that_cannot_be_written_fails_with_the_reason(
    qapp: QApplication, tmp_path: Path
) -> None:
    absent = tmp_path / "absent"

    with pytest.raises(SelfTestFailure, match=r"^fix plan PDF: .*does not exist"):
        run_self_test(folder=absent)

    assert not absent.exists()


def test_a_broken_pdf_is_caught(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imsync_gui.report import exports

    monkeypatch.setattr(exports, "render_pdf", lambda report: b"%PDF-1.4\n1 0 obj\n")

    with pytest.raises(SelfTestFailure, match=r"^fix plan PDF: .* is broken: .*cut short"):
        run_self_test(folder=tmp_path)


def test_the_flag_runs_it_from_the_command_line(qapp: QApplication) -> None:
    assert cli.main(["--self-test"]) == 0


def test_it_starts_without_a_display_by_itself() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }

    done = subprocess.run(
        [sys.executable, "-m", "imsync_gui", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout


def test_a_bundle_without_the_package_metadata_fails(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The About box reads the version and licence from it; PyInstaller drops it unless told."""
    from importlib import metadata

    def missing(name: str) -> None:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "metadata", missing)
    with pytest.raises(SelfTestFailure, match=r"^bundled data: .*package metadata is missing"):
        run_self_test(folder=tmp_path)
