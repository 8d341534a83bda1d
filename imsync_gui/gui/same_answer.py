""" "Same answer for all my devices": one device's answer given to the others.

Used by the next-question page (a tick box, on by default) and by each per-device question on
the cause pages (a button under the devices' rows).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QWidget

from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import _, render
from imsync_gui.model.answers import Answer
from imsync_gui.model.devices import Device
from imsync_gui.model.knowledge_types import Question
from imsync_gui.model.session import now


def copy_to_all(model: SessionModel, question: Question, devices: Sequence[Device]) -> None:
    """Give every device the answer of the first device that has one (nothing when none has)."""
    session = model.session
    source = next((a for d in devices if (a := session.answer(question.id, d.id))), None)
    if source is None:
        return
    for device in devices:
        current = session.answer(question.id, device.id)
        if current is None or current.value != source.value:
            model.set_answer(
                Answer(question.id, source.value, now(), device.id, reference=source.reference)
            )


def same_answer_button(
    model: SessionModel, question: Question, devices: Sequence[Device], parent: QWidget
) -> QPushButton:
    """A button that copies the first answer given for *question* to all *devices*."""
    button = QPushButton(_("Same answer for all my devices"), parent)
    button.setAccessibleName(
        _("Same answer for all my devices: {question}", question=render(question.text))
    )
    button.setToolTip(_("Gives every device the answer of the first device answered."))
    button.clicked.connect(lambda: copy_to_all(model, question, list(devices)))
    return button
