"""Every user-facing text in gui/, report/, export/ and cli/ goes through the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.i18n.convention import bypasses

ROOT = Path(__file__).resolve().parents[2] / "imsync_gui"
PACKAGES = ("gui", "report", "export", "cli")


def _sources() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).glob("*.py"))


def test_no_text_bypasses_the_catalogue() -> None:
    found = [str(b) for path in _sources() for b in bypasses(path)]
    assert not found, "shown without _()/translate()/render():\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("Running…")',
        'QLabel("Add a device", parent)',
        'print(f"Running checks (at most {seconds} s)…")',
        'box = tell(self, "Not saved", text)',
        'parser.add_argument("--json", help="print JSON")',
        'parser.description = "Check this computer"',
        'heading = f"Step {number} of the plan"',
        'self.setWindowTitle("Edit device" if named else "Add a device")',
        'button.setText(N_("Done"))',
        'status.setText("Saved to " + str(path))',
    ],
)
def test_bypasses_are_found(source: str, tmp_path: Path) -> None:
    path = tmp_path / "module.py"
    path.write_text(source + "\n", "utf-8")
    assert list(bypasses(path)), source


@pytest.mark.parametrize(
    "source",
    [
        'label.setText(_("Running…"))',
        "QLabel(translate(ADD_DEVICE), parent)",
        'print(_("Running checks (at most {seconds} s)…", seconds=s))',
        'tell(self, _("Not saved"), result.message.render())',
        'parser.add_argument("--json", action="store_true", help=_("print JSON"))',
        'label.setText(f"<b>{escape(title)}</b>")',
        'card.setObjectName(f"step_{fix_id}")',
        'STYLE = f"h1 {{ font-size: 20pt; color: {INK}; }}\\n.label {{ color: {ACCENT}; }}"',
        'print(f"imsync-gui: {reason}")',
        'html = f\'<td width="{size}%" style="color:{ink}">{cell}</td>\'',
    ],
)
def test_translated_or_technical_text_passes(source: str, tmp_path: Path) -> None:
    path = tmp_path / "module.py"
    path.write_text(source + "\n", "utf-8")
    assert not list(bypasses(path)), source
