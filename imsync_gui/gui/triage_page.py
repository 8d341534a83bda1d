"""The first questions: what a person knows without looking anything up.

Where the message shows (ticking a kind of device lists one of that kind on the next page, so
the person only has to name it), since when, and what changed recently. Every answer is an
ordinary answer of the session (see ``model/knowledge/triage.py``); "Not sure" is always there.
The live checks the person agreed to run meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from imsync_gui.gui.question_editors import AnswerEditor, editor_for
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import _, translate
from imsync_gui.model import knowledge
from imsync_gui.model.devices import KIND_LABELS, Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge import triage

CHANGES = (
    QuestionId.ACCOUNT_NEW_DEVICE,
    QuestionId.ACCOUNT_PASSWORD_CHANGED,
    QuestionId.NETWORK_NEW_PLACE,
    QuestionId.SOFTWARE_RECENT_UPDATE,
    QuestionId.STORAGE_FULL_ALERT,
)
"""The "what changed recently" questions, in the order asked."""


class TriagePage(QWizardPage):
    """Where the message shows, since when, and what changed recently."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setTitle(_("What you already know"))
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        contents = QWidget(scroll)
        self._layout = QVBoxLayout(contents)
        self._layout.setSpacing(8)
        scroll.setWidget(contents)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        intro = QLabel(
            _("No need to look anything up: answer what you know, choose Not sure for the rest."),
            contents,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(intro)
        self._heading(_("On which devices do you see “Syncing with iCloud paused”?"))
        row = QHBoxLayout()
        self.where: dict[DeviceKind, QCheckBox] = {}
        for kind in DeviceKind:
            box = QCheckBox(KIND_LABELS[kind], contents)
            box.setAccessibleName(
                _("I see the message on an {device}", device=KIND_LABELS[kind])
                if kind is not DeviceKind.MAC
                else _("I see the message on a Mac")
            )
            row.addWidget(box)
            self.where[kind] = box
        row.addStretch(1)
        self._layout.addLayout(row)

        self.editors: list[AnswerEditor] = []
        self._ask(triage.SINCE.id)
        self._heading(_("What changed recently?"))
        for question_id in CHANGES:
            self._ask(question_id, bold=False)
        self._layout.addStretch(1)
        model.replaced.connect(self._refresh)
        model.answers_changed.connect(self._refresh)
        model.devices_changed.connect(self._tick_listed_kinds)
        self._tick_listed_kinds()

    def _heading(self, text: str) -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._layout.addWidget(label)

    def _ask(self, question_id: QuestionId, *, bold: bool = True) -> None:
        question = knowledge.question(question_id)
        if bold:
            self._heading(translate(question.text))
        else:
            label = QLabel(translate(question.text), self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.addWidget(label)
        editor = editor_for(self._model, question, None, self)
        editor.setToolTip(translate(question.help))
        editor.setAccessibleDescription(translate(question.help))
        self.editors.append(editor)
        self._layout.addWidget(editor)

    def validatePage(self) -> bool:
        """List a device of each kind ticked that is not listed yet, for the devices page."""
        session = self._model.session
        for kind, box in self.where.items():
            if box.isChecked() and not any(d.kind is kind for d in session.devices):
                self._model.put_device(Device(id=session.new_device_id(), kind=kind, name=""))
        return True

    def _refresh(self) -> None:
        for editor in self.editors:
            editor.refresh()
        self._tick_listed_kinds()

    def _tick_listed_kinds(self) -> None:
        listed = {d.kind for d in self._model.session.devices}
        for kind, box in self.where.items():
            if kind in listed:
                box.setChecked(True)
