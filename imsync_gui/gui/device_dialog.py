"""The dialog that adds or edits one iPhone, iPad or Mac."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from imsync_gui.gui.generated.ui_device_dialog import Ui_DeviceDialog
from imsync_gui.gui.style import problem_text
from imsync_gui.gui.wording import VERSION_EXAMPLES
from imsync_gui.i18n import N_, _, translate
from imsync_gui.model.devices import KIND_LABELS, Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.versions import read_version

MESSAGES_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (N_("Not sure"), None),
    (N_("On"), True),
    (N_("Off"), False),
)
"""Labels marked with ``N_``; translated where shown."""

_WHERE_ON_MOBILE = N_(
    "The version is under Settings > General > About. Messages in iCloud is "
    "under Settings > [your name] > iCloud > Show All > Messages in iCloud."
)
WHERE_TO_LOOK: dict[DeviceKind, str] = {
    DeviceKind.IPHONE: _WHERE_ON_MOBILE,
    DeviceKind.IPAD: _WHERE_ON_MOBILE,
    DeviceKind.MAC: N_(
        "The version is under Apple menu > About This Mac. Messages in iCloud is in "
        "Messages > Settings > iMessage."
    ),
}


class DeviceDialog(QDialog):
    """Edits a copy of a device; ``device()`` returns the result once accepted."""

    def __init__(self, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeviceDialog()
        self.ui.setupUi(self)
        self._id = device.id
        for kind in DeviceKind:
            self.ui.kindCombo.addItem(KIND_LABELS[kind], kind)
        for label, value in MESSAGES_CHOICES:
            self.ui.messagesCombo.addItem(translate(label), value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(device.kind))
        self.ui.nameEdit.setText(device.name)
        self.ui.versionEdit.setText(device.os_version or "")
        self.ui.accountEdit.setText(device.apple_account or "")
        self.ui.addressesEdit.setText(", ".join(device.addresses))
        self.ui.messagesCombo.setCurrentIndex(
            next(i for i, (_, v) in enumerate(MESSAGES_CHOICES) if v is device.messages_in_icloud)
        )
        self.ui.problemLabel.setObjectName("problem")
        problem_text(self.ui.problemLabel)
        self.ui.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.problemLabel.hide()
        self.ui.versionEdit.textEdited.connect(lambda _text: self.ui.problemLabel.hide())
        self.ui.kindCombo.currentIndexChanged.connect(self._show_where)
        self.ui.buttonBox.accepted.connect(self._accept_if_valid)
        self._show_where()
        self.setWindowTitle(_("Edit device") if device.name else _("Add a device"))

    def device(self) -> Device:
        """The device as entered."""
        addresses = (a.strip() for a in self.ui.addressesEdit.text().split(","))
        return Device(
            id=self._id,
            kind=DeviceKind(self.ui.kindCombo.currentData()),
            name=self.ui.nameEdit.text().strip(),
            os_version=self._version(),
            apple_account=self.ui.accountEdit.text().strip() or None,
            addresses=tuple(a for a in addresses if a),
            messages_in_icloud=self.ui.messagesCombo.currentData(),
        )

    def _version(self) -> str | None:
        """The version as typed, read the way the device shows it ("iOS 17.5" → "17.5")."""
        text = self.ui.versionEdit.text().strip()
        return str(read_version(text)) if text else None

    def _show_where(self) -> None:
        kind = DeviceKind(self.ui.kindCombo.currentData())
        self.ui.whereLabel.setText(translate(WHERE_TO_LOOK[kind]))
        self.ui.versionEdit.setPlaceholderText(
            _("e.g. {example} (leave empty if unsure)", example=VERSION_EXAMPLES[kind])
        )

    def _accept_if_valid(self) -> None:
        try:
            self._version()
        except ValueError as exc:
            self.ui.problemLabel.setText(
                _("{reason}. Type it as Settings shows it, or leave it empty.", reason=str(exc))
            )
            self.ui.problemLabel.show()
            self.ui.versionEdit.setFocus()
            return
        self.accept()
