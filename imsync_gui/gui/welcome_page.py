"""The first page: what the troubleshooter does, what it contacts, and the agreement to start."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtWidgets import QWidget, QWizardPage

from imsync_gui.checks.config import EndpointConfig, split_target
from imsync_gui.gui.generated.ui_welcome_page import Ui_WelcomePage
from imsync_gui.i18n import _

AGREED_FIELD = "agreed*"


def contacted_hosts(config: EndpointConfig) -> list[tuple[str, str]]:
    """(what is contacted, why) for every network check, taken from the live configuration."""

    def hosts(urls: tuple[str, ...]) -> str:
        return ", ".join(dict.fromkeys(urlsplit(u).hostname or u for u in urls))

    push = config.push_host.replace("{n}", "N")
    push_why = (
        _(
            "whether the push service that delivers iMessages can be reached (N is a number "
            "from 1 to 50); it only opens a connection and sends nothing"
        )
        if "{n}" in config.push_host
        else _(
            "whether the push service that delivers iMessages can be reached; it only opens a "
            "connection and sends nothing"
        )
    )
    ports = _(
        "{host} (ports {port} and {fallback})",
        host=push,
        port=str(config.push_port),
        fallback=str(config.push_fallback_port),
    )
    return [
        (hosts((config.captive_url,)), _("whether this network shows a sign-in page first")),
        (_("your network’s name servers"), _("whether Apple’s server names can be looked up")),
        (hosts(config.account_urls), _("whether Apple Account sign-in can be reached securely")),
        (hosts(config.icloud_urls), _("whether iCloud can be reached securely")),
        (
            ", ".join(dict.fromkeys(split_target(t)[0] for t in config.tls_targets)),
            _("who vouches for the secure connection, to spot traffic inspection"),
        ),
        (ports, push_why),
        (", ".join(config.ntp_servers), _("how far this computer’s clock is off")),
        (hosts((config.status_url,)), _("Apple’s System Status, for outages")),
        (hosts((config.gdmf_url,)), _("the newest iOS, iPadOS and macOS versions")),
    ]


class WelcomePage(QWizardPage):
    """Explains the tool and asks for agreement; ticking the box starts the checks."""

    def __init__(self, config: EndpointConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        rows = "".join(
            f"<li><b>{escape(what)}</b>: {escape(why)}</li>"
            for what, why in contacted_hosts(config)
        )
        only = _(
            "Only these, and only from this computer. No personal data is sent: each check "
            "opens a connection or reads public data."
        )
        self.ui.networkLabel.setText(f"<p>{escape(only)}</p><ul>{rows}</ul>")
        self.ui.agreeCheck.setAccessibleName(_("I agree: run these checks from this computer now"))
        self.registerField(AGREED_FIELD, self.ui.agreeCheck)
