"""The last page: what was found about each cause, and the ranked, illustrated fix plan."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QApplication, QWidget, QWizardPage

from imsync_gui.export.plain_text import summary_line
from imsync_gui.gui.generated.ui_plan_page import Ui_PlanPage
from imsync_gui.gui.plan_view import PlanView
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wording import verdict_line
from imsync_gui.i18n import N_, _, render
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import Verdict
from imsync_gui.model.knowledge import cause


class PlanPage(QWizardPage):
    """Findings (most likely first) above the PlanView; ticks go straight into the model.

    The step cards are rebuilt only while the page is shown: answering on earlier pages does
    not pay for a plan nobody is looking at.
    """

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPage()
        self.ui.setupUi(self)
        self._model = model
        self.view = PlanView(self)
        self.view.done_changed.connect(model.set_step_done)
        self.view.setAccessibleName(_("Fix plan"))
        self.ui.planLayout.addWidget(self.view)
        self.setFinalPage(True)
        model.diagnosis_changed.connect(self._follow)

    def initializePage(self) -> None:
        """Show the diagnosis as it is when the person arrives."""
        self._show(self._model.diagnosis)

    def _follow(self, diagnosis: Diagnosis) -> None:
        if self.isVisible():
            self._show(diagnosis)

    def _show(self, diagnosis: Diagnosis) -> None:
        focused = QApplication.focusWidget()
        keep = focused.objectName() if focused and self.view.isAncestorOf(focused) else ""
        self.ui.summaryLabel.setText(findings_html(diagnosis))
        self.view.set_diagnosis(diagnosis, self._model.session)
        again = self.view.findChild(QWidget, keep) if keep else None
        if again is not None:
            again.setFocus()  # a keyboard user ticking "Done" keeps their place


def findings_html(diagnosis: Diagnosis) -> str:
    """The summary line, each cause that needs action with its verdict, then the rest by name."""
    lines = [f"<p><b>{escape(summary_line(diagnosis))}</b></p>"]
    for finding in diagnosis.likely:
        title = escape(render(cause(finding.cause).title))
        verdict = escape(verdict_line(finding.verdict, finding.confidence))
        lines.append(f"<p>{title}: <b>{verdict}</b>. {escape(render(finding.explanation))}</p>")
    headings = (
        (Verdict.FINE, N_("Look fine: {causes}.")),
        (Verdict.NOT_CHECKED, N_("Not known yet: {causes}.")),
    )
    for verdict, heading in headings:
        names = [render(cause(f.cause).title) for f in diagnosis.findings if f.verdict is verdict]
        if names:
            lines.append(f"<p>{escape(_(heading, causes=', '.join(names)))}</p>")
    return "".join(lines)
