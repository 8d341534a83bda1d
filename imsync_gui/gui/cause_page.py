"""The page design shared by all nine causes: the verdict so far in a banner at the top (with the
strongest evidence pointing to the cause and away from it), then the questions and the live-check
cards."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QStyle, QVBoxLayout, QWidget, QWizardPage

from imsync_gui.gui.check_card import CheckCard, state_icon
from imsync_gui.gui.check_service import CheckService
from imsync_gui.gui.generated.ui_cause_page import Ui_CausePage
from imsync_gui.gui.illustration import Illustration
from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.question_editors import (
    AnswerEditor,
    DeviceVersionEditor,
    ReferenceClockLabel,
    editor_for,
)
from imsync_gui.gui.same_answer import same_answer_button
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.style import accent_strip, plain_label, set_accent, surface
from imsync_gui.gui.wording import literal, verdict_line
from imsync_gui.i18n import _, render
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import CauseId, CheckStatus, QuestionKind, Verdict
from imsync_gui.model.findings import Finding
from imsync_gui.model.knowledge import applicable_questions
from imsync_gui.model.knowledge_types import Cause

VERDICT_STATES = {
    Verdict.PROBLEM: CheckStatus.FAIL,
    Verdict.WARNING: CheckStatus.WARN,
    Verdict.FINE: CheckStatus.PASS,
    Verdict.NOT_CHECKED: CheckStatus.SKIPPED,
}
"""Which state icon the verdict banner shows."""

QuestionKey = tuple[str, str | None, str]
"""(question id, device id, device label): when these change, the form is rebuilt."""


class CausePage(Retranslatable, QWizardPage):
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
        self._version_editors: list[DeviceVersionEditor] = []
        self._blocks: list[QWidget] = []
        self._keys: list[QuestionKey] = []
        self._shown: Finding | None = None
        """The finding the banner shows: a diagnosis that leaves it as it was redraws nothing."""
        self._name_cause()
        self.ui.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.illustrationLayout.addWidget(Illustration(cause.illustration, 96, self))
        self.ui.verdictBanner.setObjectName("banner")
        surface(self.ui.verdictBanner)
        self._strip = accent_strip(self.ui.verdictBanner, Verdict.NOT_CHECKED.value)
        self.ui.bannerLayout.insertWidget(0, self._strip)
        self.ui.bannerLayout.setStretch(2, 1)
        bold = self.ui.verdictLabel.font()
        bold.setBold(True)
        self.ui.verdictLabel.setFont(bold)
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

    def retranslate(self) -> None:
        """The page in the active language; the questions are rebuilt from the session."""
        self.ui.retranslateUi(self)
        self._name_cause()
        self._keys = []
        self._rebuild_questions()
        self._shown = None
        self._show_finding(self._model.diagnosis)

    def _name_cause(self) -> None:
        self.setTitle(render(self.cause.title))
        self.ui.summaryLabel.setText(render(self.cause.summary))

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
        self._blocks, self._editors, self._version_editors = [], [], []
        layout = self.ui.questionsLayout
        for question, group in groupby(asked, key=lambda pair: pair[0]):
            block = QWidget(self.ui.questionsGroup)
            block_layout = QVBoxLayout(block)
            block_layout.setContentsMargins(0, 6, 0, 6)
            block_layout.addWidget(plain_label(render(question.text), block, bold=True))
            block_layout.addWidget(plain_label(render(question.help), block))
            if question.kind is QuestionKind.TIME_OF_DAY:
                block_layout.addWidget(ReferenceClockLabel(self._model, block))
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            block_layout.addLayout(form)
            pairs = list(group)
            for _question, device in pairs:
                editor = editor_for(self._model, question, device, block)
                self._editors.append(editor)
                if device is None:
                    form.addRow(editor)
                else:
                    label = QLabel(literal(_("{device}:", device=device.label)), block)
                    label.setTextFormat(Qt.TextFormat.PlainText)
                    label.setBuddy(editor)
                    form.addRow(label, editor)
            devices = [device for _question, device in pairs if device is not None]
            if len(devices) > 1:
                same = same_answer_button(self._model, question, devices, block)
                block_layout.addWidget(same, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(block)
            self._blocks.append(block)
        if self.cause.id is CauseId.SOFTWARE and self._model.session.devices:
            self._blocks.append(self._versions_block())
            layout.addWidget(self._blocks[-1])
        self.ui.noQuestionsLabel.setVisible(not self._blocks)

    def _versions_block(self) -> QWidget:
        """Software page: the installed version of each device, entered right here (the same
        field as in the device dialog)."""
        block = QWidget(self.ui.questionsGroup)
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 6, 0, 6)
        block_layout.addWidget(
            plain_label(_("Which version is installed on each device?"), block, bold=True)
        )
        block_layout.addWidget(
            plain_label(
                _(
                    "iPhone and iPad: Settings > General > About > iOS Version. Mac: Apple "
                    "menu > About This Mac. Type it as it is shown, for example iOS 18.5."
                ),
                block,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        block_layout.addLayout(form)
        for device in self._model.session.devices:
            editor = DeviceVersionEditor(self._model, device, block)
            self._version_editors.append(editor)
            label = QLabel(literal(_("{device}:", device=device.label)), block)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(editor.edit)
            form.addRow(label, editor)
        return block

    def _refresh_answers(self) -> None:
        for editor in [*self._editors, *self._version_editors]:
            editor.refresh()

    def _show_finding(self, diagnosis: Diagnosis) -> None:
        finding = diagnosis.finding(self.cause.id)
        if finding == self._shown:
            return
        self._shown = finding
        line = verdict_line(finding.verdict, finding.confidence)
        self.ui.verdictLabel.setText(_("So far: {verdict}", verdict=line))
        self.ui.explanationLabel.setText(render(finding.explanation))
        evidence = _strongest_evidence(finding)
        self.ui.evidenceLabel.setText(evidence)
        self.ui.evidenceLabel.setVisible(bool(evidence))
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
        icon = state_icon(VERDICT_STATES[finding.verdict])
        self.ui.verdictIcon.setPixmap(icon.pixmap(QSize(side, side), self.devicePixelRatioF()))
        set_accent(self._strip, finding.verdict.value)
        self.ui.verdictBanner.setAccessibleName(
            f"{self.ui.verdictLabel.text()}. {self.ui.explanationLabel.text()}"
        )


def _strongest_evidence(finding: Finding) -> str:
    """Plain text: up to three pieces of evidence pointing to the cause, then up to three
    pointing away from it, each list under its heading and left out when empty."""
    lines: list[str] = []
    for heading, weighed in (
        (_("Points to it:"), finding.strongest_for),
        (_("Points away from it:"), finding.strongest_against),
    ):
        if weighed:
            lines.append(heading)
            lines.extend(f"• {render(w.text)}" for w in weighed)
    return "\n".join(lines)
