"""The short path: one question at a time, the one that matters most next, until the plan.

After triage and the devices, this page asks the question chosen by
:func:`imsync_gui.model.next_question.next_question`. Next records nothing new (the editors
record as the person answers), picks the next question and stays on the page; once one cause
is clearly ahead, or no question left could change the plan, the page says so and Next opens
the plan. "Show my plan now", under the overview, opens it at any time; "Answer every question,
page by page" goes through the cause pages instead. A question left unanswered is not asked again.

A per-device question is asked for every device it applies to; "Same answer for all my
devices" (ticked when there are several) shows one row whose answer is given to all of them.

Choosing the question tries every answer of every open question through the real diagnosis
(tens of milliseconds), so it runs off the UI thread on a copy of the session. Meanwhile the
question on screen stays, its answers disabled, and Next waits; a choice asked for later (Next
again, Back, Start over) replaces one still under way, whose result is never shown.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.question_editors import AnswerEditor, ReferenceClockLabel, editor_for
from imsync_gui.gui.same_answer import copy_to_all
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wording import literal
from imsync_gui.i18n import _, translate
from imsync_gui.model.enums import QuestionKind
from imsync_gui.model.knowledge import cause as cause_of
from imsync_gui.model.knowledge_types import Question
from imsync_gui.model.next_question import Candidate, clearly_ahead, next_question
from imsync_gui.model.offthread import off_thread
from imsync_gui.model.session import Session


class NextQuestionPage(Retranslatable, QWizardPage):
    """One question at a time (see the module docstring)."""

    every_page_requested = Signal()
    """The person chose to answer every question, page by page."""
    chosen = Signal()
    """The next question (or the offer of the plan) is on the page."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._skipped: set[str] = set()
        self._editors: list[AnswerEditor] = []
        self.asked: Candidate | None = None
        self.count = 0
        self._choice: asyncio.Task[None] | None = None
        """The choice of the next question under way, if any."""
        layout = QVBoxLayout(self)
        self.progress = QLabel(self)
        """Above a question: which one this is, and the cause leading so far."""
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.progress)
        layout.addSpacing(4)
        self.lead = QLabel(self)
        """Under "Your plan is ready": why the plan is offered."""
        self.lead.setWordWrap(True)
        self.lead.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.question_label.setFont(font)
        layout.addWidget(self.question_label)
        layout.addWidget(self.lead)
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.help_label)
        self.same = QCheckBox(self)
        self.same.setChecked(True)
        self.same.toggled.connect(lambda _on: self._show_editors())
        layout.addWidget(self.same)
        self._form_holder = QWidget(self)
        self._form = QFormLayout(self._form_holder)
        self._form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._form_holder)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.every_button = QPushButton(self)
        self.every_button.clicked.connect(self.every_page_requested)
        buttons.addWidget(self.every_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        model.answers_changed.connect(self._same_for_all)
        model.replaced.connect(self._restart)
        self.retranslate()

    @property
    def choosing(self) -> bool:
        """True while the next question is being chosen (off the UI thread)."""
        return self._choice is not None

    def retranslate(self) -> None:
        """The page in the active language, the question on screen included."""
        self.setTitle(_("What matters next"))
        self.same.setText(_("Same answer for all my devices"))
        self.every_button.setText(_("Answer every question, page by page"))
        if self.asked is not None:
            self._show_asked()
        elif self.choosing:
            self._show_choosing()
        elif self.count or self.isVisible():
            self._offer_plan()

    @property
    def editors(self) -> list[AnswerEditor]:
        """The answer editors now on the page."""
        return list(self._editors)

    @property
    def plan_offered(self) -> bool:
        """True when there is nothing more worth asking: Next opens the plan."""
        return self.asked is None and not self.choosing

    def initializePage(self) -> None:
        """Ask the question that matters most now."""
        self.asked = None
        self._clear_editors()
        self._ask_next()

    def cleanupPage(self) -> None:
        """Back: the question being chosen is no longer wanted."""
        self._stop_choosing()
        super().cleanupPage()

    def validatePage(self) -> bool:
        """Next: move on to the next question, or to the plan once it is offered (nothing
        while the next question is still being chosen)."""
        if self.choosing:
            return False
        if self.asked is None:
            return True
        if any(e.answer is None for e in self._editors):
            self._skipped.add(self.asked.question.id)
        self._ask_next()
        return False

    def _restart(self) -> None:
        self._stop_choosing()
        self._skipped.clear()
        self.count = 0

    def _ask_next(self) -> None:
        """Start choosing the next question; the one on screen waits, disabled."""
        self._stop_choosing()
        session, skipped = self._model.session.copy(), frozenset(self._skipped)
        self._choice = asyncio.ensure_future(self._choose(session, skipped))
        self._form_holder.setEnabled(False)
        if self.asked is None:
            self._show_choosing()

    async def _choose(self, session: Session, skipped: frozenset[str]) -> None:
        chosen = await off_thread(next_question, session, skipped)
        self._choice = None  # (a choice replaced by a newer one never gets here: cancelled)
        self._form_holder.setEnabled(True)
        self.asked = chosen
        self._clear_editors()
        if chosen is None:
            self._offer_plan()
        else:
            self.count += 1
            self._show_asked()
        self.chosen.emit()

    def _stop_choosing(self) -> None:
        if self._choice is not None:
            self._choice.cancel()
            self._choice = None
        self._form_holder.setEnabled(True)

    def _show_choosing(self) -> None:
        _say(self.lead, "")
        _say(self.progress, "")
        self.question_label.setText(_("Finding the question that matters most…"))
        self.help_label.setVisible(False)
        self.same.setVisible(False)

    def _show_asked(self) -> None:
        assert self.asked is not None
        question = self.asked.question
        _say(self.lead, "")
        _say(self.progress, self._progress_text())
        self.question_label.setText(translate(question.text))
        self.help_label.setText(translate(question.help))
        self.help_label.setVisible(True)
        self.same.setVisible(len(self.asked.devices) > 1 and not _each_its_own(question))
        self._show_editors()

    def _progress_text(self) -> str:
        """Which question this is and, once a cause calls for action, which leads so far: a
        person who has answered many can judge whether to stop."""
        likely = self._model.diagnosis.likely
        if not likely:
            return _(
                "Question {number}. Answer it if you can, or choose Not sure. Your plan is one "
                "click away: Show my plan now.",
                number=self.count,
            )
        return _(
            "Question {number}. Most likely so far: {cause}. Each answer makes the plan surer; "
            "choose Not sure when you don't know, or see the plan as it stands with Show my "
            "plan now.",
            number=self.count,
            cause=translate(cause_of(likely[0].cause).title),
        )

    def _offer_plan(self) -> None:
        _say(self.progress, "")
        ahead = clearly_ahead(self._model.diagnosis)
        if ahead is not None:
            _say(
                self.lead,
                _(
                    "One cause is clearly ahead: {cause}. Your plan is ready; press Next to see "
                    "it. Each cause's page stays open to you in the list on the left.",
                    cause=translate(cause_of(ahead).title),
                ),
            )
        else:
            _say(
                self.lead,
                _(
                    "No question left could change your plan much. Press Next to see it. Each "
                    "cause's page stays open to you in the list on the left."
                ),
            )
        self.question_label.setText(_("Your plan is ready"))
        self.help_label.setVisible(False)
        self.same.setVisible(False)
        QTimer.singleShot(0, self, self._focus_first)

    def _clear_editors(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors = []

    def _show_editors(self) -> None:
        self._clear_editors()
        if self.asked is None:
            return
        question, devices = self.asked.question, self.asked.devices
        if question.kind is QuestionKind.TIME_OF_DAY:
            self._form.addRow(ReferenceClockLabel(self._model, self._form_holder))
        if not devices:
            editor = editor_for(self._model, question, None, self._form_holder)
            self._editors.append(editor)
            self._form.addRow(editor)
            QTimer.singleShot(0, self, self._focus_first)
            return
        together = self.same.isChecked() and len(devices) > 1 and not _each_its_own(question)
        shown = devices[:1] if together else devices
        for device in shown:
            editor = editor_for(self._model, question, device, self._form_holder)
            name = _("All my devices") if together else literal(f"{device.label}:")
            if together:
                editor.setAccessibleName(
                    _("{question} (all my devices)", question=translate(question.text))
                )
            label = QLabel(name, self._form_holder)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(editor)
            self._form.addRow(label, editor)
            self._editors.append(editor)
        QTimer.singleShot(0, self, self._focus_first)

    def _focus_first(self) -> None:
        """Keyboard users land on the new question's first choice (or on Next once the plan is
        offered), not nowhere: the editors of the last question are gone."""
        if not self.isVisible():
            return
        for editor in self._editors:
            for child in editor.findChildren(QWidget):
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
                    child.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def _same_for_all(self) -> None:
        """While "Same answer for all my devices" is ticked, the first device's answer is
        everyone's."""
        asked = self.asked
        if asked is None or len(asked.devices) < 2 or not self.same.isChecked():
            return
        if self._model.session.answer(asked.question.id, asked.devices[0].id) is not None:
            copy_to_all(self._model, asked.question, asked.devices)


def _say(label: QLabel, text: str) -> None:
    """Show *text*, or nothing at all (no empty line) when it is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def _each_its_own(question: Question) -> bool:
    """A clock is read on each device: one typed time is never copied to the others."""
    return question.kind is QuestionKind.TIME_OF_DAY
