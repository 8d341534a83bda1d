"""One editor per question kind; each reads its answer from the model and writes it back at once.

Every editor offers "Not sure". Editors hold no answer of their own: ``refresh()`` shows what
the session holds, and every edit goes straight to ``SessionModel.set_answer``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QDoubleValidator, QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from imsync_gui.export.wording import ANSWER_WORDS
from imsync_gui.gui.reference_clock import reference_now
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.style import problem_label
from imsync_gui.gui.wording import VERSION_EXAMPLES, literal
from imsync_gui.i18n import N_, _, render, translate
from imsync_gui.model.answers import (
    NO,
    NOT_SURE,
    READ_FROM_THIS_COMPUTER,
    YES,
    Answer,
    AnswerValue,
)
from imsync_gui.model.calculators import CalculationError, parse_time_of_day
from imsync_gui.model.devices import Device
from imsync_gui.model.enums import QuestionKind
from imsync_gui.model.knowledge_types import Question
from imsync_gui.model.session import now
from imsync_gui.model.versions import read_version


def not_sure_label() -> str:
    """ "Not sure" in the active language."""
    return translate(ANSWER_WORDS[NOT_SURE])


ROW_CHARACTERS = 40
"""Choices whose labels add up to more than this stand one under another: in a row they would
push the page sideways at a large text size or in a narrow window."""


def read_note(parent: QWidget) -> QLabel:
    """The italic note "Read from this computer" beside an answer or version the app filled."""
    note = QLabel(literal(_("Read from this computer")), parent)
    note.setTextFormat(Qt.TextFormat.PlainText)
    italic = note.font()
    italic.setItalic(True)  # a note about the answer, not one more choice
    note.setFont(italic)
    return note


def show_read(note: QLabel, control: QWidget, read: bool) -> None:
    """Show *note* while the value was read from this computer, and tell screen readers too
    (the *control*'s description), since the note itself is not where their focus goes."""
    note.setVisible(read)
    control.setAccessibleDescription(note.text() if read else "")


class AnswerEditor(QWidget):
    """Base of all editors: knows its question, device and model."""

    def __init__(
        self,
        model: SessionModel,
        question: Question,
        device: Device | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.question = question
        self.device = device
        self.setAccessibleName(self.spoken_name)
        self.build()
        self.source_note = read_note(self)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            # Right after the answer, before a row's closing stretch: not adrift at the far end.
            last = layout.itemAt(layout.count() - 1)
            trailing_stretch = last is not None and last.spacerItem() is not None
            layout.insertWidget(layout.count() - trailing_stretch, self.source_note)
        model.changed.connect(self.show_source)
        self.refresh()
        self.show_source()

    def show_source(self) -> None:
        """The note "Read from this computer" shows while the app, not the person, answered."""
        answer = self.answer
        read = answer is not None and answer.source == READ_FROM_THIS_COMPUTER
        show_read(self.source_note, self, read)

    @property
    def spoken_name(self) -> str:
        """The question, with the device it is about."""
        text = render(self.question.text)
        if self.device:
            return _("{question} ({device})", question=text, device=self.device.label)
        return text

    @property
    def answer(self) -> Answer | None:
        """The answer the session holds for this question and device."""
        return self.model.session.answer(self.question.id, self.device_id)

    @property
    def device_id(self) -> str | None:
        """The id of the device this answer is about, if any."""
        return self.device.id if self.device else None

    def commit(self, value: AnswerValue, reference: datetime | None = None) -> None:
        """Record *value* as the answer, now."""
        self.model.set_answer(
            Answer(self.question.id, value, now(), device=self.device_id, reference=reference)
        )

    def build(self) -> None:
        """Create the editor's widgets (called once, before the first refresh)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the answer the session holds."""
        raise NotImplementedError


class ChoiceEditor(AnswerEditor):
    """Yes / No / Not sure, or the question's options plus Not sure, as radio buttons."""

    def build(self) -> None:
        question = self.question
        if question.kind is QuestionKind.YES_NO:
            choices = [(YES, translate(ANSWER_WORDS[YES])), (NO, translate(ANSWER_WORDS[NO]))]
        else:
            choices = [(o.id, render(o.label)) for o in question.options]
        choices.append((NOT_SURE, not_sure_label()))
        in_a_row = len(choices) <= 4 and sum(len(label) for _v, label in choices) <= ROW_CHARACTERS
        direction = (
            QBoxLayout.Direction.LeftToRight if in_a_row else QBoxLayout.Direction.TopToBottom
        )
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QRadioButton] = {}
        for value, label in choices:
            button = QRadioButton(literal(label), self)
            button.setAccessibleName(label)
            button.setAccessibleDescription(self.spoken_name)
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.toggled.connect(lambda on, v=value: self._chosen(on, v))
        layout.addStretch(1)

    def _chosen(self, on: bool, value: str) -> None:
        if on:
            self.commit(value)

    def button(self, value: str) -> QRadioButton:
        """The radio button that records *value* (an option id, yes, no or not_sure)."""
        return self._buttons[value]

    def refresh(self) -> None:
        answer = self.answer
        chosen = self._buttons.get(str(answer.value)) if answer else None
        self._group.setExclusive(False)
        for button in self._buttons.values():
            button.blockSignals(True)
            button.setChecked(button is chosen)
            button.blockSignals(False)
        self._group.setExclusive(True)


class _NotSureRow(AnswerEditor):
    """An input plus a "Not sure" box; ticking the box records "Not sure" and disables the input."""

    def build(self) -> None:
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.not_sure = QCheckBox(not_sure_label(), self)
        self.not_sure.setAccessibleName(
            _("{label}: {question}", label=not_sure_label(), question=self.spoken_name)
        )
        self.not_sure.toggled.connect(self._not_sure_toggled)
        self.problem = problem_label(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        outer.addWidget(self.problem)
        self.build_input()
        self.row.addWidget(self.not_sure)
        self.row.addStretch(1)
        self.problem.hide()

    def build_input(self) -> None:
        """Add the input widgets to ``self.row`` (before the Not sure box)."""
        raise NotImplementedError

    def _not_sure_toggled(self, on: bool) -> None:
        if on:
            self.commit(NOT_SURE)
        else:
            self.model.clear_answer(self.question.id, self.device_id)

    def show_problem(self, text: str) -> None:
        """Explain why the input was not taken (empty *text* hides the note)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def refresh_not_sure(self) -> bool:
        """Tick the box when the answer is "Not sure"; return whether it is."""
        answer = self.answer
        unsure = answer is not None and not answer.is_sure
        self.not_sure.blockSignals(True)
        self.not_sure.setChecked(unsure)
        self.not_sure.blockSignals(False)
        return unsure


SIZE_UNITS: dict[str, float] = {"GB": 1.0, "MB": 0.001}
"""Storage sizes as Apple shows them (decimal units), in GB; a size question offers both."""


class LineEditor(_NotSureRow):
    """A number (with unit and range), a version as the device shows it, or free text.

    A size in GB can also be typed in MB, the unit iPhones often show for Messages.
    """

    def build_input(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.spoken_name)
        self.edit.setMaximumWidth(260)
        self._locale = QLocale()
        self.edit.setValidator(self._validator())
        self.edit.editingFinished.connect(self._take)
        self.edit.textEdited.connect(lambda _text: self.show_problem(""))
        self.row.addWidget(self.edit)
        self.unit: QComboBox | None = None
        if self.question.unit in SIZE_UNITS:
            self.unit = QComboBox(self)
            self.unit.addItems(list(SIZE_UNITS))
            self.unit.setAccessibleName(_("Unit: {question}", question=self.spoken_name))
            self.unit.activated.connect(lambda _index: self._take())
            self.row.addWidget(self.unit)
        elif self.question.unit:
            self.row.addWidget(QLabel(render(self.question.unit), self))
        self.edit.setPlaceholderText(self._placeholder())

    def _validator(self) -> QValidator:
        if self.question.kind is QuestionKind.NUMBER:
            validator = QDoubleValidator(self)  # the range is checked in the question's unit
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(self._locale)
            return validator
        return QRegularExpressionValidator(QRegularExpression(r".{0,200}"), self)

    def _placeholder(self) -> str:
        if self.question.kind is QuestionKind.OS_VERSION:
            return _("e.g. 17.5")
        if self.question.kind is QuestionKind.NUMBER:
            low, high = self.question.minimum, self.question.maximum
            if low is not None and high is not None and self.unit is None:
                return _("{low} to {high}", low=f"{low:g}", high=f"{high:g}")
        return ""

    def _take(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        if self.question.kind is QuestionKind.OS_VERSION:
            try:
                self.commit(str(read_version(text)))
            except ValueError as exc:
                self.show_problem(_("{reason}.", reason=str(exc)))
            return
        if self.question.kind is not QuestionKind.NUMBER:
            self.commit(text)
            return
        number, ok = self._locale.toDouble(text)
        if ok and self.unit is not None:
            number = round(number * SIZE_UNITS[self.unit.currentText()], 6)
        low, high = self.question.minimum, self.question.maximum
        if not ok or (low is not None and number < low) or (high is not None and number > high):
            self.show_problem(_("Please type a number as the device shows it."))
            return
        self.commit(number)

    def refresh(self) -> None:
        unsure = self.refresh_not_sure()
        answer = self.answer
        self.edit.setEnabled(not unsure)
        if self.unit is not None:
            self.unit.setEnabled(not unsure)
        if self.edit.hasFocus() and answer is not None and answer.is_sure:
            return  # the person is typing; their text is the answer being recorded
        value = answer.value if answer is not None and answer.is_sure else ""
        if isinstance(value, int | float) and self.unit is not None:
            unit = "MB" if 0 < value < 1 else "GB"  # shown as the phone would show it
            self.unit.setCurrentText(unit)
            value = value / SIZE_UNITS[unit]
        text = (
            self._locale.toString(float(value), "g", 6) if isinstance(value, int | float) else value
        )
        if self.edit.text() != text:
            self.edit.setText(str(text))


class TimeEditor(_NotSureRow):
    """The time (and date) a device's clock shows, recorded as soon as it is typed, together
    with the accurate time at that moment. Nothing is filled in for the person: a pre-filled
    time would be left as it is."""

    def build_input(self) -> None:
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(_("e.g. 14:05"))
        self.time.setMaximumWidth(120)
        self.time.setAccessibleName(self.spoken_name)
        self.time.editingFinished.connect(self._take)
        self.time.textEdited.connect(lambda _text: self.show_problem(""))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(_("Date shown: {question}", question=self.spoken_name))
        self.date.dateChanged.connect(lambda _day: self._take())
        self.recorded = QLabel(self)
        self.recorded.setTextFormat(Qt.TextFormat.PlainText)
        self.row.addWidget(self.time)
        self.row.addWidget(QLabel(_("on"), self))
        self.row.addWidget(self.date)
        self.row.addWidget(self.recorded)

    def _take(self) -> None:
        text = self.time.text().strip()
        if not text:
            return
        try:
            parse_time_of_day(text)
        except CalculationError as exc:
            self.show_problem(exc.message.render())
            return
        reference, _corrected = reference_now(self.model.session)
        day = self.date.date().toPython()
        value = text if day == reference.date() else f"{day.isoformat()} {text}"
        self.commit(value, reference=reference)

    def refresh(self) -> None:
        unsure = self.refresh_not_sure()
        self.time.setEnabled(not unsure)
        self.date.setEnabled(not unsure)
        answer = self.answer
        if answer is None or not answer.is_sure or not isinstance(answer.value, str):
            self.recorded.setText("")
            return
        day, _space, shown = answer.value.rpartition(" ")
        if not self.time.hasFocus() and self.time.text().strip() != shown:
            self.time.setText(shown)
        reference = answer.reference.astimezone() if answer.reference else None
        when = QDate.fromString(day, "yyyy-MM-dd") if day else None
        self.date.blockSignals(True)
        if when is not None and when.isValid():
            self.date.setDate(when)
        elif reference is not None:
            self.date.setDate(QDate(reference.year, reference.month, reference.day))
        self.date.blockSignals(False)
        then = f"{reference:%H:%M:%S}" if reference else "?"
        self.recorded.setText(_("Recorded (accurate time then: {time})", time=then))


class DeviceVersionEditor(QWidget):
    """The system version installed on one device (the device's ``os_version``), typed the
    way Settings shows it; the same field as in the device dialog."""

    def __init__(self, model: SessionModel, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.device_id = device.id
        self.edit = QLineEdit(self)
        self.edit.setFixedWidth(260)  # as wide on every row, the note beside it or not
        self.edit.setPlaceholderText(
            _("e.g. {example} (leave empty if unsure)", example=VERSION_EXAMPLES[device.kind])
        )
        self.edit.setAccessibleName(_("Installed version ({device})", device=device.label))
        self.edit.editingFinished.connect(self._take)
        self.problem = problem_label(self)
        self.source_note = read_note(self)
        self.edit.textEdited.connect(self._edited)
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.source_note)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.refresh()

    def _edited(self, text: str) -> None:
        self.problem.hide()
        device = self.model.session.device(self.device_id)
        read = device is not None and device.version_was_read and text == device.os_version
        show_read(self.source_note, self.edit, read)

    def _take(self) -> None:
        device = self.model.session.device(self.device_id)
        text = self.edit.text().strip()
        if device is None:
            return
        try:
            version = str(read_version(text)) if text else None
        except ValueError as exc:
            self.problem.setText(_("{reason}.", reason=str(exc)))
            self.problem.show()
            return
        if version != device.os_version:
            self.model.put_device(device.with_typed_version(version))

    def refresh(self) -> None:
        """Show the version the session holds for the device, and whether it was read."""
        device = self.model.session.device(self.device_id)
        if device is not None and not self.edit.hasFocus():
            self.edit.setText(device.os_version or "")
        show_read(self.source_note, self.edit, device is not None and device.version_was_read)


class ReferenceClockLabel(QLabel):
    """Shows the accurate time, ticking every second while visible."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # in German at 14 pt it alone made the page scroll sideways
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self.tick()

    def showEvent(self, event: object) -> None:
        self.tick()
        self._timer.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def tick(self) -> None:
        """Show the accurate time now."""
        reference, corrected = reference_now(self._model.session)
        template = (
            N_("Accurate time now: {time} — this computer’s clock, corrected by the time check")
            if corrected
            else N_(
                "Accurate time now: {time} — this computer’s clock "
                "(the time check has not measured it yet)"
            )
        )
        self.setText(_(template, time=f"{reference:%H:%M:%S}"))


EDITORS: dict[QuestionKind, type[AnswerEditor]] = {
    QuestionKind.YES_NO: ChoiceEditor,
    QuestionKind.CHOICE: ChoiceEditor,
    QuestionKind.NUMBER: LineEditor,
    QuestionKind.OS_VERSION: LineEditor,
    QuestionKind.TEXT: LineEditor,
    QuestionKind.TIME_OF_DAY: TimeEditor,
}


def editor_for(
    model: SessionModel, question: Question, device: Device | None, parent: QWidget | None = None
) -> AnswerEditor:
    """The editor that suits the question's kind."""
    return EDITORS[question.kind](model, question, device, parent)
