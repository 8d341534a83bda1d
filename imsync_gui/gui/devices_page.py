"""The inventory page: add, edit and remove the person's iPhones, iPads and Macs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget, QWizardPage

from imsync_gui.export.wording import READ_HERE
from imsync_gui.gui.device_dialog import MESSAGES_CHOICES, DeviceDialog
from imsync_gui.gui.generated.ui_devices_page import Ui_DevicesPage
from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.question_editors import not_sure_label
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import _, translate
from imsync_gui.model.devices import KIND_LABELS, Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.read_self import offers_the_tick


class DevicesPage(Retranslatable, QWizardPage):
    """Shows the devices of the session; complete once at least one is listed."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DevicesPage()
        self.ui.setupUi(self)
        self._model = model
        header = self.ui.deviceTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._name_buttons()
        self.ui.addButton.clicked.connect(self.add_device)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.deviceTable.itemSelectionChanged.connect(self._enable_buttons)
        self.ui.deviceTable.itemActivated.connect(lambda _item: self.edit_selected())
        model.devices_changed.connect(self._refresh)
        model.replaced.connect(self._refresh)
        self._refresh()

    def retranslate(self) -> None:
        """The form's texts, the buttons' spoken names and the table, in the active language."""
        self.ui.retranslateUi(self)
        self._name_buttons()
        self._refresh()

    def _name_buttons(self) -> None:
        self.ui.addButton.setAccessibleName(_("Add a device"))
        self.ui.editButton.setAccessibleName(_("Edit the selected device"))
        self.ui.removeButton.setAccessibleName(_("Remove the selected device"))

    def isComplete(self) -> bool:
        """At least one device is needed for the questions that follow."""
        return bool(self._model.session.devices)

    def selected_device(self) -> Device | None:
        """The device on the selected row, if any."""
        row = self.ui.deviceTable.currentRow()
        devices = self._model.session.devices
        return devices[row] if 0 <= row < len(devices) and self._has_selection() else None

    def add_device(self) -> None:
        """Open the dialog for a new device (an iPhone unless one is already listed)."""
        session = self._model.session
        kind = (
            DeviceKind.MAC if any(d.kind.is_mobile for d in session.devices) else DeviceKind.IPHONE
        )
        self._open_dialog(Device(id=session.new_device_id(), kind=kind, name=""))

    def edit_selected(self) -> None:
        """Open the dialog for the selected device."""
        device = self.selected_device()
        if device is not None:
            self._open_dialog(device)

    def remove_selected(self) -> None:
        """Remove the selected device and the answers given about it."""
        device = self.selected_device()
        if device is not None:
            self._model.remove_device(device.id)

    def _open_dialog(self, device: Device) -> None:
        session = self._model.session
        offer = offers_the_tick(session, self._model.system_is_mac)
        dialog = DeviceDialog(device, self, offer_tick=offer, others=session.devices)
        dialog.finished.connect(lambda result: self._dialog_closed(dialog, result))
        dialog.open()

    def _dialog_closed(self, dialog: DeviceDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            edited = dialog.device()
            self._model.put_device(edited)
            ids = [d.id for d in self._model.session.devices]
            self.ui.deviceTable.selectRow(ids.index(edited.id))
        dialog.deleteLater()

    def _refresh(self) -> None:
        table = self.ui.deviceTable
        devices = self._model.session.devices
        table.setRowCount(len(devices))
        messages = {value: translate(label) for label, value in MESSAGES_CHOICES}
        for row, device in enumerate(devices):
            cells = (
                device.label,
                KIND_LABELS[device.kind],
                _version_text(device),
                messages[device.messages_in_icloud],
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        self._enable_buttons()
        self.completeChanged.emit()

    def _has_selection(self) -> bool:
        return bool(self.ui.deviceTable.selectionModel().selectedRows())

    def _enable_buttons(self) -> None:
        chosen = self._has_selection()
        self.ui.editButton.setEnabled(chosen)
        self.ui.removeButton.setEnabled(chosen)


def _version_text(device: Device) -> str:
    """The version as the table shows it: marked when read from this computer."""
    if not device.os_version:
        return not_sure_label()
    if device.version_was_read:
        return f"{device.os_version} {translate(READ_HERE)}"
    return device.os_version
