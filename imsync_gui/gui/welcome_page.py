"""The first page: what the troubleshooter does, and the choice to run the live checks or not.

Built in code rather than from a ``.ui`` form: it is the page painted before anything else
loads, and the generated form imports two dozen Qt classes it never uses (about 20 ms).
The list of what is contacted, for IT, is folded away under "What exactly is checked".
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from imsync_gui.checks.config import EndpointConfig, split_target
from imsync_gui.gui.language import Retranslatable
from imsync_gui.gui.style import plain_label
from imsync_gui.i18n import _


def contacted_hosts(config: EndpointConfig) -> list[tuple[str, str]]:
    """(what is contacted, why) for every network check, taken from the live configuration."""

    def hosts(urls: tuple[str, ...]) -> str:
        return ", ".join(dict.fromkeys(urlsplit(u).hostname or u for u in urls))

    push = config.push_host.replace("{n}", "N")
    return [
        (hosts((config.captive_url,)), _("whether this network shows a sign-in page first")),
        (_("your network’s name servers"), _("whether Apple’s server names can be looked up")),
        (hosts(config.account_urls), _("whether Apple Account sign-in can be reached securely")),
        (hosts(config.icloud_urls), _("whether iCloud can be reached securely")),
        (
            ", ".join(dict.fromkeys(split_target(t)[0] for t in config.tls_targets)),
            _("who vouches for the secure connection, to spot traffic inspection"),
        ),
        (
            _(
                "{host} (ports {port} and {fallback})",
                host=push,
                port=str(config.push_port),
                fallback=str(config.push_fallback_port),
            ),
            _(
                "whether the push service that delivers iMessages can be reached (N is a number "
                "from 1 to 50); it only opens a connection and sends nothing"
            )
            if "{n}" in config.push_host
            else _(
                "whether the push service that delivers iMessages can be reached; it only opens a "
                "connection and sends nothing"
            ),
        ),
        (", ".join(config.ntp_servers), _("how far this computer’s clock is off")),
        (hosts((config.status_url,)), _("Apple’s System Status, for outages")),
        (hosts((config.gdmf_url,)), _("the newest iOS, iPadOS and macOS versions")),
    ]


class WelcomePage(Retranslatable, QWizardPage):
    """Explains the tool and asks whether to run the live checks; either answer goes on."""

    checks_chosen = Signal(bool)
    """The person chose to run the live checks (True) or to skip them (False)."""

    def __init__(self, config: EndpointConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = config
        layout = QVBoxLayout(self)
        self._intro = plain_label("", self)
        self._privacy = plain_label("", self)
        layout.addWidget(self._intro)
        layout.addWidget(self._privacy)
        question = self._question = plain_label("", self)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        layout.addSpacing(question.fontMetrics().height() // 2)
        layout.addWidget(question)
        self.run_checks = QRadioButton(self)
        self.skip_checks = QRadioButton(self)
        self._choice = QButtonGroup(self)
        for button, choice in ((self.run_checks, True), (self.skip_checks, False)):
            self._choice.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(lambda on, choice=choice: self._chosen(on, choice))
        self.hint = plain_label("", self)
        layout.addWidget(self.hint)
        self.details_button = QToolButton(self)
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.toggled.connect(self._fold)
        layout.addWidget(self.details_button)
        self.details = plain_label("", self)
        self.details.hide()
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the active language."""
        self.setTitle(_("Find out why Messages stopped syncing with iCloud"))
        self.setSubTitle(_("A short guided check-up for your iPhone, iPad and Mac."))
        self._intro.setText(
            _(
                "We ask what you already know, test what we can from this computer, then "
                "ask only the questions that matter most, and end with a short plan, easiest "
                "steps first. It takes a few minutes: keep your devices nearby. Your answers "
                "are saved as you go."
            )
        )
        self._privacy.setText(
            _(
                "We never ask for a password or a code, and nothing you type leaves this "
                "computer unless you share the plan yourself."
            )
        )
        self._question.setText(_("Shall this computer test its connection to Apple now?"))
        self.run_checks.setText(_("&Yes, run the checks (recommended)"))
        self.skip_checks.setText(_("&No, skip the checks and only answer questions"))
        self.hint.setText(_("Choose one to go on."))
        self.details_button.setText(_("What exactly is checked"))
        if self.details.text():
            self.details.setText(self._details_text())

    @property
    def chosen(self) -> bool | None:
        """True to run the checks, False to skip them, None before the person has chosen."""
        if self.run_checks.isChecked():
            return True
        return False if self.skip_checks.isChecked() else None

    def forget_choice(self) -> None:
        """Back to no choice."""
        self._choice.setExclusive(False)
        for button in (self.run_checks, self.skip_checks):
            button.setChecked(False)
        self._choice.setExclusive(True)
        self.hint.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next needs a choice, either one."""
        return self.chosen is not None

    def cleanupPage(self) -> None:
        """Start over forgets the choice."""
        self.forget_choice()

    def _chosen(self, on: bool, choice: bool) -> None:
        self.hint.setVisible(self.chosen is None)
        self.completeChanged.emit()
        if on:
            self.checks_chosen.emit(choice)

    def _fold(self, unfolded: bool) -> None:
        if unfolded and not self.details.text():
            self.details.setText(self._details_text())
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        )
        self.details.setVisible(unfolded)

    def _details_text(self) -> str:
        rows = [f"• {what}: {why}" for what, why in contacted_hosts(self._config)]
        intro = _(
            "Only these, and only from this computer. No personal data is sent: each check "
            "opens a connection or reads public data."
        )
        return "\n".join([intro, *rows])
