"""The last page: the findings, most likely first, and the ranked fix plan."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget, QWizardPage

from imsync_gui.export.plain_text import diagnosis_text, summary_line
from imsync_gui.gui.generated.ui_plan_page import Ui_PlanPage
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.i18n import translate
from imsync_gui.model.diagnosis import Diagnosis


class PlanPage(QWizardPage):
    """Shows the diagnosis as it stands; it follows every change in the model."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPage()
        self.ui.setupUi(self)
        self._model = model
        self.plan_text = QPlainTextEdit(self)
        self.plan_text.setReadOnly(True)
        self.plan_text.setAccessibleName("Findings and fix plan")
        self.ui.planLayout.addWidget(self.plan_text)
        self.setFinalPage(True)
        model.diagnosis_changed.connect(self._show)
        self._show(model.diagnosis)

    def _show(self, diagnosis: Diagnosis) -> None:
        self.ui.summaryLabel.setText(translate(summary_line(diagnosis)))
        self.plan_text.setPlainText(diagnosis_text(diagnosis))
