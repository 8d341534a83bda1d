"""The page design shared by all nine causes: questions, live-check cards and the verdict so far."""

from __future__ import annotations

from html import escape
from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from imsync_gui.gui.check_card import CheckCard
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.generated.ui_cause_page import Ui_CausePage
from imsync_gui.gui.illustration import Illustration
from imsync_gui.gui.question_editors import AnswerEditor, ReferenceClockLabel, editor_for
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wording import verdict_line
from imsync_gui.i18n import _, render
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import QuestionKind
from imsync_gui.model.knowledge import applicable_questions
from imsync_gui.model.knowledge_types import Cause

QuestionKey = tuple[str, str | None, str]
"""(question id, device id, device label): when these change, the form is rebuilt."""


class CausePage(QWizardPage):
    """One cause: its questions for the listed devices, its checks, and the current finding."""

    def __init__(
        self,
        cause: Cause,
        model: SessionModel,
        service: CheckService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CausePage()
        self.ui.setupUi(self)
        self.cause = cause
        self._model = model
        self._editors: list[AnswerEditor] = []
        self._blocks: list[QWidget] = []
        self._keys: list[QuestionKey] = []
        self.setTitle(render(cause.title))
        self.ui.summaryLabel.setText(render(cause.summary))
        self.ui.illustrationLayout.addWidget(Illustration(cause.illustration, parent=self))
        self.cards = [CheckCard(c, model, service, self) for c in cause.checks]
        for card in self.cards:
            self.ui.checksLayout.addWidget(card)
        self.ui.noChecksLabel.setVisible(not self.cards)
        self.ui.checksGroup.setVisible(bool(self.cards))
        model.devices_changed.connect(self._rebuild_questions)
        model.replaced.connect(self._rebuild_questions)
        model.answers_changed.connect(self._refresh_answers)
        model.diagnosis_changed.connect(self._show_finding)
        self._rebuild_questions()
        self._show_finding(model.diagnosis)

    @property
    def editors(self) -> list[AnswerEditor]:
        """The answer editors now on the page, in order."""
        return list(self._editors)

    def applies(self) -> bool:
        """False when there is nothing to ask or check here for the listed devices."""
        return bool(self.cards or applicable_questions(self.cause.id, self._model.session.devices))

    def _rebuild_questions(self) -> None:
        asked = applicable_questions(self.cause.id, self._model.session.devices)
        keys = [(q.id, d.id if d else None, d.label if d else "") for q, d in asked]
        if keys == self._keys:
            self._refresh_answers()
            return
        self._keys = keys
        for block in self._blocks:
            block.deleteLater()
        self._blocks, self._editors = [], []
        layout = self.ui.questionsLayout
        for question, group in groupby(asked, key=lambda pair: pair[0]):
            block = QWidget(self.ui.questionsGroup)
            block_layout = QVBoxLayout(block)
            block_layout.setContentsMargins(0, 6, 0, 6)
            block_layout.addWidget(
                self._text_label(f"<b>{escape(render(question.text))}</b>", block)
            )
            block_layout.addWidget(self._text_label(escape(render(question.help)), block))
            if question.kind is QuestionKind.TIME_OF_DAY:
                block_layout.addWidget(ReferenceClockLabel(self._model, block))
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            block_layout.addLayout(form)
            for _question, device in group:
                editor = editor_for(self._model, question, device, block)
                self._editors.append(editor)
                if device is None:
                    form.addRow(editor)
                else:
                    name = device.label.replace("&", "&&")
                    label = QLabel(_("{device}:", device=name), block)
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setBuddy(editor)
                    form.addRow(label, editor)
            layout.addWidget(block)
            self._blocks.append(block)
        self.ui.noQuestionsLabel.setVisible(not keys)

    def _text_label(self, html: str, parent: QWidget) -> QLabel:
        label = QLabel(html, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _refresh_answers(self) -> None:
        for editor in self._editors:
            editor.refresh()

    def _show_finding(self, diagnosis: Diagnosis) -> None:
        finding = diagnosis.finding(self.cause.id)
        line = escape(verdict_line(finding.verdict, finding.confidence))
        self.ui.verdictLabel.setText(f"<b>{line}.</b> {escape(render(finding.explanation))}")
        evidence = "".join(f"<li>{escape(render(e))}</li>" for e in finding.evidence)
        why = escape(_("Why:"))
        self.ui.evidenceLabel.setText(f"{why}<ul>{evidence}</ul>" if evidence else "")
        self.ui.evidenceLabel.setVisible(bool(evidence))
