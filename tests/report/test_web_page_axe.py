"""axe-core, the accessibility engine browsers' audits use, on the web page in headless Chromium.

Opt-in (CI installs neither a browser nor npm packages): runs when ``chromium`` is on the PATH
and ``IMSYNC_AXE_JS`` names axe-core's ``axe.min.js`` (``npm install axe-core``). The page
gets axe injected, Chromium runs it and prints the DOM with the result in it.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from imsync_gui.export.content import build_report
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.report.web_page import report_web_page
from tests.report.sessions import troubled_session
from tests.report.test_history_export import checked_again

AXE = os.environ.get("IMSYNC_AXE_JS", "")
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUN = (
    "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => {"
    "const p = document.createElement('pre'); p.id = 'axe';"
    "p.textContent = JSON.stringify({violations: r.violations.map(v => [v.id, v.help]),"
    " passes: r.passes.length}); document.body.appendChild(p);});"
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("chromium") and Path(AXE).is_file()),
    reason="opt-in: needs chromium and IMSYNC_AXE_JS=path/to/axe.min.js",
)


@pytest.mark.parametrize("session", [troubled_session, checked_again])
def test_axe_finds_no_violations(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made = session()
    page = report_web_page(build_report(made, diagnose(made)))
    script = f"<script>{Path(AXE).read_text('utf-8')}</script><script>{RUN % RULES}</script>"
    target = tmp_path / "page.html"
    target.write_text(page.replace("</body>", script + "</body>"), "utf-8")
    done = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--virtual-time-budget=20000", "--dump-dom", target.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    found = re.search(r'<pre id="axe">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stderr[-2000:]
    result = json.loads(html.unescape(found.group(1)))
    assert result["violations"] == [] and result["passes"] > 20, result
