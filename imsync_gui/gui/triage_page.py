"""The first questions: what a person knows without looking anything up.

Where the message shows (ticking a kind of device lists one of that kind on the next page, so
the person only has to name it), since when, what changed recently, and what they have noticed.
Every answer is an ordinary answer of the session (see ``model/knowledge/triage.py``); "Not
sure" is always there. The live checks the person agreed to run meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.question_editors import AnswerEditor, editor_for
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import N_, _, translate
from imsync_gui.model import knowledge
from imsync_gui.model.answers import NO, YES, Answer
from imsync_gui.model.devices import KIND_LABELS, Device
from imsync_gui.model.enums import DeviceKind
from imsync_gui.model.ids import QuestionId
from imsync_gui.model.knowledge import triage
from imsync_gui.model.session import now

CHANGES: tuple[tuple[QuestionId, str], ...] = (
    (QuestionId.ACCOUNT_NEW_DEVICE, N_("A new device, or one that was erased or reset")),
    (QuestionId.ACCOUNT_PASSWORD_CHANGED, N_("The Apple Account password was changed")),
    (QuestionId.NETWORK_NEW_PLACE, N_("Travel, or a Wi-Fi network not used before")),
    (QuestionId.SOFTWARE_RECENT_UPDATE, N_("A software update")),
    (QuestionId.STORAGE_FULL_ALERT, N_("An alert that iCloud storage is full")),
)
"""The "what changed recently" list: each box answers one yes/no question."""
NOTICED: tuple[tuple[QuestionId, str], ...] = (
    (QuestionId.CLOCK_LOOKS_WRONG, N_("The date or the time looks wrong on a device")),
    (QuestionId.ACCOUNT_KEEPS_ASKING, N_("A device keeps asking for the Apple Account password")),
    (
        QuestionId.SERVICE_STATUS_OTHERS_REPORT,
        N_("Other people have trouble with iMessage or iCloud too"),
    ),
)
"""The "have you noticed" list: what a person sees without looking anything up."""


class TriagePage(Retranslatable, QWizardPage):
    """Where the message shows, since when, what changed recently, and what was noticed."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._headings: list[tuple[QLabel, Callable[[], str]]] = []
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

        intro = self._intro = QLabel(contents)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(intro)
        self._heading(lambda: _("On which devices do you see “Syncing with iCloud paused”?"))
        row = QHBoxLayout()
        self.where: dict[DeviceKind, QCheckBox] = {}
        for kind in DeviceKind:
            box = QCheckBox(KIND_LABELS[kind], contents)
            row.addWidget(box)
            self.where[kind] = box
        row.addStretch(1)
        self._layout.addLayout(row)

        self.editors: list[AnswerEditor] = []
        self._ask(triage.SINCE.id)
        self._heading(lambda: _("What changed recently? Tick all that apply."))
        self.changes = TickList(model, CHANGES, N_("None of these changed recently"), contents)
        self._layout.addWidget(self.changes)
        self._heading(lambda: _("Have you noticed any of these? Tick all that apply."))
        self.noticed = TickList(model, NOTICED, N_("None of these happened"), contents)
        self._layout.addWidget(self.noticed)
        self._layout.addStretch(1)
        model.replaced.connect(self._refresh)
        model.answers_changed.connect(self._refresh)
        model.devices_changed.connect(self._tick_listed_kinds)
        self._tick_listed_kinds()
        self.retranslate()

    def retranslate(self) -> None:
        """The page in the active language; the answer editors are made again."""
        self.setTitle(_("What you already know"))
        self._intro.setText(
            _("No need to look anything up: answer what you know, choose Not sure for the rest.")
        )
        for label, text in self._headings:
            label.setText(text())
        for kind, box in self.where.items():
            box.setAccessibleName(
                _("I see the message on an {device}", device=KIND_LABELS[kind])
                if kind is not DeviceKind.MAC
                else _("I see the message on a Mac")
            )
        for number, editor in enumerate(self.editors):
            again = editor_for(self._model, editor.question, None, self)
            self._describe(again)
            self._layout.replaceWidget(editor, again)
            editor.deleteLater()
            self.editors[number] = again
        self.changes.retranslate()
        self.noticed.retranslate()

    def _heading(self, text: Callable[[], str]) -> None:
        label = QLabel(text(), self)
        self._headings.append((label, text))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._layout.addWidget(label)

    def _ask(self, question_id: QuestionId) -> None:
        question = knowledge.question(question_id)
        self._heading(lambda: translate(question.text))
        editor = editor_for(self._model, question, None, self)
        self._describe(editor)
        self.editors.append(editor)
        self._layout.addWidget(editor)

    @staticmethod
    def _describe(editor: AnswerEditor) -> None:
        editor.setToolTip(translate(editor.question.help))
        editor.setAccessibleDescription(translate(editor.question.help))

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
        self.changes.refresh()
        self.noticed.refresh()
        self._tick_listed_kinds()

    def _tick_listed_kinds(self) -> None:
        listed = {d.kind for d in self._model.session.devices}
        for kind, box in self.where.items():
            if kind in listed:
                box.setChecked(True)


class BoxLabel(QLabel):
    """A tick box's text on lines of its own: it wraps where a long one would not (a
    QCheckBox keeps its text on one line, which scrolls the page sideways in large text), and
    a click on it ticks the box as a click on the box's own text would."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Tick or untick the box, and give it the keyboard focus."""
        if event.button() is Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


class TickList(Retranslatable, QWidget):
    """Tick all that apply: one box per yes/no question, and "None of these".

    A ticked box answers its question "yes"; unticking returns it to unanswered (not "no": a
    box left empty may just be something the person does not know). "None of these" answers
    every question "no", and is shown ticked while all of them are "no". *none_name* is what a
    screen reader says for it.
    """

    def __init__(
        self,
        model: SessionModel,
        items: tuple[tuple[QuestionId, str], ...],
        none_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._items = items
        self._none_name = none_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[QuestionId, QCheckBox] = {}
        self._labels: dict[QuestionId, QLabel] = {}
        for question_id, _label in items:
            box = QCheckBox(self)
            box.toggled.connect(lambda on, q=question_id: self._ticked(q, on))
            self.boxes[question_id] = box
            self._labels[question_id] = self._add_row(layout, box)
        self.none = QCheckBox(self)
        self.none.toggled.connect(self._none_ticked)
        self._none_label = self._add_row(layout, self.none)
        self.retranslate()
        self.refresh()

    def _add_row(self, layout: QVBoxLayout, box: QCheckBox) -> BoxLabel:
        """A box with its text beside it, wrapping (see :class:`BoxLabel`)."""
        row = QHBoxLayout()
        row.setSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        label = BoxLabel(box, self)
        row.addWidget(label, 1)
        layout.addLayout(row)
        return label

    def retranslate(self) -> None:
        """The boxes' labels in the active language."""
        for question_id, label in self._items:
            box = self.boxes[question_id]
            self._labels[question_id].setText(translate(label))
            box.setAccessibleName(translate(label))
            box.setToolTip(translate(knowledge.question(question_id).help))
            self._labels[question_id].setToolTip(box.toolTip())
        self._none_label.setText(_("None of these"))
        self.none.setAccessibleName(translate(self._none_name))

    def _ticked(self, question_id: QuestionId, on: bool) -> None:
        if on:
            self._model.set_answer(Answer(question_id, YES, now()))
        else:
            self._model.clear_answer(question_id)

    def _none_ticked(self, on: bool) -> None:
        for question_id in self.boxes:
            answer = self._model.session.answer(question_id)
            if on:
                self._model.set_answer(Answer(question_id, NO, now()))
            elif answer is not None and answer.value == NO:
                self._model.clear_answer(question_id)

    def refresh(self) -> None:
        """Show the answers the session holds."""
        values = {q: self._model.session.answer(q) for q in self.boxes}
        for question_id, box in self.boxes.items():
            answer = values[question_id]
            box.blockSignals(True)
            box.setChecked(answer is not None and answer.value == YES)
            box.blockSignals(False)
        self.none.blockSignals(True)
        self.none.setChecked(all(a is not None and a.value == NO for a in values.values()))
        self.none.blockSignals(False)
