"""About this app: its name, version and licence, what it does with your data, where it saves.

Reached from the Language menu ("About this app") and with F1 on every page. The version and
the licence come from the installed package's metadata; every text is plain, never rich text.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from imsync_gui import APP_NAME, __version__
from imsync_gui.gui.style import plain_label
from imsync_gui.i18n import _


@dataclass(frozen=True)
class PackageFacts:
    """The version and licence the installed package declares (licence None if unsaid)."""

    version: str
    licence: str | None


def package_facts(distribution: str = APP_NAME) -> PackageFacts:
    """The package metadata of *distribution*; the module's version if it is not installed."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return PackageFacts(__version__, None)
    licence = meta.get("License-Expression") or meta.get("License")
    return PackageFacts(meta["Version"], licence or None)


class AboutDialog(QDialog):
    """A small window of plain facts, closed with Close, Escape or Enter."""

    def __init__(self, sessions_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_("About this app"))
        facts = package_facts()
        column = QVBoxLayout(self)
        column.addWidget(plain_label(_("iMessage Sync Troubleshooter"), bold=True))
        version = _("{name}, version {version}", name=APP_NAME, version=facts.version)
        column.addWidget(plain_label(version, selectable=True))
        column.addWidget(
            plain_label(
                _(
                    "This app never asks for a password or a code. Nothing is sent anywhere except "
                    "the checks you agreed to, which contact Apple’s public servers. Exports "
                    "hide e-mail addresses and phone numbers unless you choose to show them."
                )
            )
        )
        if facts.licence:
            column.addWidget(plain_label(_("Licence: {licence}", licence=facts.licence)))
        column.addWidget(plain_label(_("Your answers are saved as you go in this folder:")))
        column.addWidget(plain_label(str(sessions_folder), selectable=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_("Close"))
        close.setDefault(True)
        column.addWidget(buttons)
        self.setMinimumWidth(420)
        close.setFocus()
