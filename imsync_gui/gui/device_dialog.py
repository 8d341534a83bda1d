"""The dialog that adds or edits one iPhone, iPad or Mac."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from imsync_gui.gui.generated.ui_device_dialog import Ui_DeviceDialog
from imsync_gui.gui.question_editors import show_read
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


FIELD_CHARACTERS = 28
"""Each text field shows at least this many average characters: a whole e-mail address."""


class DeviceDialog(QDialog):
    """Edits a copy of a device; ``device()`` returns the result once accepted.

    With *offer_tick* (the app runs on macOS), a Mac gets the tick "This is the Mac I'm using
    now", pre-ticked when no other Mac is listed (*others*: the session's other devices) and the
    person has not answered it before. A version read from this computer says so until edited.
    """

    def __init__(
        self,
        device: Device,
        parent: QWidget | None = None,
        *,
        offer_tick: bool = False,
        others: Sequence[Device] = (),
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DeviceDialog()
        self.ui.setupUi(self)
        self._original = device
        self._offer_tick = offer_tick
        for kind in DeviceKind:
            self.ui.kindCombo.addItem(KIND_LABELS[kind], kind)
        for label, value in MESSAGES_CHOICES:
            self.ui.messagesCombo.addItem(translate(label), value)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(device.kind))
        self.ui.nameEdit.setText(device.name)
        alone = not any(d.kind is DeviceKind.MAC for d in others if d.id != device.id)
        ticked = device.this_computer if device.this_computer is not None else alone
        self.ui.thisMacCheck.setChecked(ticked)
        self.ui.versionEdit.setText(device.os_version or "")
        show_read(self.ui.versionSourceLabel, self.ui.versionEdit, device.version_was_read)
        self.ui.accountEdit.setText(device.apple_account or "")
        self.ui.addressesEdit.setText(", ".join(device.addresses))
        self.ui.messagesCombo.setCurrentIndex(
            next(i for i, (_, v) in enumerate(MESSAGES_CHOICES) if v is device.messages_in_icloud)
        )
        room = self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
        fields = (self.ui.nameEdit, self.ui.versionEdit, self.ui.accountEdit, self.ui.addressesEdit)
        for edit in fields:
            edit.setMinimumWidth(room)  # beside long German labels the fields were squeezed
        self.ui.problemLabel.setObjectName("problem")
        problem_text(self.ui.problemLabel)
        self.ui.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.problemLabel.hide()
        self.ui.versionEdit.textEdited.connect(self._version_edited)
        self.ui.kindCombo.currentIndexChanged.connect(self._show_where)
        self.ui.buttonBox.accepted.connect(self._accept_if_valid)
        self._show_where()
        self.setWindowTitle(_("Edit device") if device.name else _("Add a device"))

    def device(self) -> Device:
        """The device as entered: a version typed differently becomes the person's."""
        addresses = (a.strip() for a in self.ui.addressesEdit.text().split(","))
        kind = DeviceKind(self.ui.kindCombo.currentData())
        edited = replace(
            self._original,
            kind=kind,
            name=self.ui.nameEdit.text().strip(),
            apple_account=self.ui.accountEdit.text().strip() or None,
            addresses=tuple(a for a in addresses if a),
            messages_in_icloud=self.ui.messagesCombo.currentData(),
            this_computer=self._this_computer(kind),
        )
        return edited.with_typed_version(self._version())

    def _this_computer(self, kind: DeviceKind) -> bool | None:
        """The tick as shown; kept as it was when not offered; none for an iPhone or iPad."""
        if kind is not DeviceKind.MAC:
            return None
        if self._offer_tick:
            return self.ui.thisMacCheck.isChecked()
        return self._original.this_computer if self._original.kind is DeviceKind.MAC else None

    def _version(self) -> str | None:
        """The version as typed, read the way the device shows it ("iOS 17.5" → "17.5")."""
        text = self.ui.versionEdit.text().strip()
        return str(read_version(text)) if text else None

    def _version_edited(self, text: str) -> None:
        self.ui.problemLabel.hide()
        read = self._original.version_was_read and text.strip() == self._original.os_version
        show_read(self.ui.versionSourceLabel, self.ui.versionEdit, read)

    def _show_where(self) -> None:
        kind = DeviceKind(self.ui.kindCombo.currentData())
        tick = self._offer_tick and kind is DeviceKind.MAC
        self.ui.thisMacCheck.setVisible(tick)
        self.ui.thisMacNote.setVisible(tick)
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
