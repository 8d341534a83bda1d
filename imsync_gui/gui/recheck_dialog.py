"""After "I've done these steps, check again": ask again only what the steps could have changed.

The dialog lists, per device, "Is the message still there?", then the questions whose answers
the done steps could have changed (each fix step names them, as data), then device details
worth a second look. Every answer goes straight into the session, like on the cause pages.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imsync_gui.gui.question_editors import AnswerEditor, editor_for
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.style import plain_label
from imsync_gui.i18n import N_, _, render, translate
from imsync_gui.model import knowledge
from imsync_gui.model.knowledge.followup import STILL_PAUSED
from imsync_gui.model.recheck import Recheck

DEVICE_DETAILS = {
    "messages_in_icloud": N_("Messages in iCloud"),
    "addresses": N_("Send & Receive addresses"),
    "apple_account": N_("Apple Account"),
    "os_version": N_("software version"),
}
"""The device details a fix step can change, as the device dialog names them."""


class RecheckDialog(QDialog):
    """The questions to answer again after a check again; the live checks run meanwhile."""

    def __init__(self, model: SessionModel, recheck: Recheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recheckDialog")
        self.setWindowTitle(_("Check again"))
        self.editors: list[AnswerEditor] = []
        session = model.session
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            plain_label(
                _(
                    "The live checks are running again. Answer these again now that the "
                    "steps are done; everything else you said is kept."
                )
            )
        )
        keys = [(STILL_PAUSED.id, d.id) for d in session.devices]
        keys += [k for k in recheck.ask_again if k[0] != STILL_PAUSED.id]
        for question_id, device_id in keys:
            question = knowledge.question(question_id)
            device = session.device(device_id) if device_id else None
            if device_id and device is None:
                continue
            title = render(question.text)
            if device is not None:
                title = _("{question} ({device})", question=title, device=device.label)
            column.addWidget(plain_label(title, bold=True))
            editor = editor_for(model, question, device, body)
            self.editors.append(editor)
            column.addWidget(editor)
        details = [
            _(
                "{detail} on {device}",
                detail=translate(DEVICE_DETAILS.get(field, field)),
                device=device.label,
            )
            for device_id, field in recheck.device_details
            if (device := session.device(device_id)) is not None
        ]
        if details:
            column.addWidget(
                plain_label(_("Also look again at: {details}.", details="; ".join(details)))
            )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Done"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(640, 520)
