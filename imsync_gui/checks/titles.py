"""What each live check is called on screen, in the CLI table and in the PDF appendix.

Kept apart from the checks themselves so that naming a check imports no network code.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from imsync_gui.i18n import N_
from imsync_gui.model.enums import CheckId

TITLES: Mapping[str, str] = MappingProxyType(
    {
        CheckId.CAPTIVE_PORTAL: N_("Wi-Fi sign-in page"),
        CheckId.DNS: N_("Looking up Apple’s server names"),
        CheckId.HTTPS_ACCOUNT: N_("Secure connection to Apple Account"),
        CheckId.HTTPS_ICLOUD: N_("Secure connection to iCloud"),
        CheckId.TLS_INTERCEPTION: N_("Inspection of encrypted traffic"),
        CheckId.PUSH: N_("Connection to the iMessage push service"),
        CheckId.PROXY: N_("Proxy settings"),
        CheckId.CLOCK: N_("This computer’s clock against Apple’s time"),
        CheckId.SERVICE_STATUS: N_("Outages on Apple’s System Status"),
        CheckId.OS_VERSIONS: N_("Newest iOS, iPadOS and macOS versions"),
        CheckId.THIS_COMPUTER: N_("This computer’s system and power"),
    }
)
"""Short names of the checks, marked for translation; translate them where shown."""
