"""The last page: what to do first, the ranked, illustrated fix plan, and what was found."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizardPage

from imsync_gui.export.plain_text import summary_line
from imsync_gui.gui.comparison_view import ComparisonView
from imsync_gui.gui.generated.ui_plan_page import Ui_PlanPage
from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.plan_view import PlanView
from imsync_gui.gui.session_model import SessionModel
from imsync_gui.gui.wording import verdict_line
from imsync_gui.i18n import N_, _, render, translate
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.enums import Verdict
from imsync_gui.model.knowledge import cause

CHECK_AGAIN = N_("I’ve done these steps, check again")


class PlanPage(Retranslatable, QWizardPage):
    """The plan first (its first step leads), then the findings; ticks go straight into the model.

    The step cards are rebuilt only while the page is shown: answering on earlier pages does
    not pay for a plan nobody is looking at. After a check again, the comparison with the
    last round sits above the steps.
    """

    rechecked = Signal(object)
    """A new round started (a ``Recheck``): the owner runs the checks and asks again."""

    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPage()
        self.ui.setupUi(self)
        self._model = model
        self.view = PlanView(self)
        self.view.setAccessibleName(_("Fix plan"))
        self.view.done_changed.connect(model.set_step_done)
        self.ui.planLayout.addWidget(self.view)
        self.comparison = ComparisonView(self)
        self.view.add_section(self.comparison, above_steps=True)
        self.check_again = QPushButton(translate(CHECK_AGAIN), self)
        self.check_again.setObjectName("checkAgainButton")
        self.check_again.clicked.connect(self._check_again)
        self.view.add_section(self.check_again, above_steps=False)
        self.setFinalPage(True)
        model.diagnosis_changed.connect(self._follow)

    def retranslate(self) -> None:
        """The page in the active language (the plan is laid out again if it is shown)."""
        self.ui.retranslateUi(self)
        self.view.setAccessibleName(_("Fix plan"))
        self.check_again.setText(translate(CHECK_AGAIN))
        self._follow(self._model.diagnosis)

    def initializePage(self) -> None:
        """Show the diagnosis as it is when the person arrives."""
        self._show(self._model.diagnosis)

    def _follow(self, diagnosis: Diagnosis) -> None:
        if self.isVisible():
            self._show(diagnosis)

    def _show(self, diagnosis: Diagnosis) -> None:
        focused = QApplication.focusWidget()
        keep = focused.objectName() if focused and self.view.isAncestorOf(focused) else ""
        self.view.lead.setText(lead_text(diagnosis))
        self.view.footer.setText(findings_text(diagnosis))
        self.view.set_diagnosis(diagnosis, self._model.session)
        self.comparison.show_session(self._model.session, diagnosis)
        self.check_again.setEnabled(bool(self._model.session.done_steps))
        self.check_again.setToolTip(
            "" if self.check_again.isEnabled() else _("Tick the steps you have done first.")
        )
        again = self.view.findChild(QWidget, keep) if keep else None
        if again is not None:
            again.setFocus()  # a keyboard user ticking "Done" keeps their place

    def _check_again(self) -> None:
        recheck = self._model.start_new_round()
        if recheck is not None:
            self.rechecked.emit(recheck)


def lead_text(diagnosis: Diagnosis) -> str:
    """What is most likely wrong, in one or two sentences, above the steps."""
    if not diagnosis.likely:
        return _("Nothing you told us or we checked points to a problem. Try these steps in order.")
    finding = diagnosis.likely[0]
    return _(
        "Most likely: {cause}. {explanation} Start with step 1; the steps are in the order to "
        "try them.",
        cause=render(cause(finding.cause).title),
        explanation=render(finding.explanation),
    )


def findings_text(diagnosis: Diagnosis) -> str:
    """Below the steps: every cause that needs action with its verdict, the rest by name, and
    what happens to the answers."""
    lines = [_("What was found"), summary_line(diagnosis)]
    for finding in diagnosis.likely:
        title = render(cause(finding.cause).title)
        verdict = verdict_line(finding.verdict, finding.confidence)
        lines.append(
            _(
                "• {cause}: {verdict}. {explanation}",
                cause=title,
                verdict=verdict,
                explanation=render(finding.explanation),
            )
        )
    fine, unknown = (
        ", ".join(render(cause(f.cause).title) for f in diagnosis.findings if f.verdict is v)
        for v in (Verdict.FINE, Verdict.NOT_CHECKED)
    )
    if fine:
        lines.append(_("Look fine: {causes}.", causes=fine))
    if unknown:
        lines.append(_("Not known yet: {causes}.", causes=unknown))
    lines += ["", kept_text()]
    return "\n".join(lines)


def kept_text() -> str:
    """What happens to the answers when the window closes."""
    return _(
        "Your answers are saved on this computer as you go. Quit keeps them and offers to "
        "continue next time; Finish closes the troubleshooter and starts afresh next time "
        "(these answers stay in the app's folder as previous-session.json)."
    )
