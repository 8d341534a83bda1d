"""Render every page of the wizard to PNG files, for the README and to look at the app.

Run under a display server, e.g. ``xvfb-run -a python packaging/render_screenshots.py``. The
wizard opens a sample session from ``assets/examples/``, runs the real live checks against
loopback stand-ins for Apple's services (``tests/gui/lab.py``; nothing leaves this computer),
then visits each page and saves ``QWidget.grab()`` of the window, plus the device dialog and
the Start over question, and the session as it ends (live checks and two rounds) as
``session.json``, to render a report from. Options render a variant: ``--dark``, ``--scale 2`` (200 %),
``--font-pt 14`` (large system text), ``--size 1024x700``, ``--offline`` (every check fails
as on a computer without a connection). ``--all DIR`` renders every variant into its own
folder, plus the PDF pages of each example session (needs ``pdftoppm``). Each run prints the
words on every page.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette, QTextDocumentFragment  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from imsync_gui.checks.config import EndpointConfig  # noqa: E402
from imsync_gui.gui.app_settings import name_application  # noqa: E402
from imsync_gui.gui.cause_page import CausePage  # noqa: E402
from imsync_gui.gui.check_card import CheckCard  # noqa: E402
from imsync_gui.gui.core import open_window  # noqa: E402
from imsync_gui.gui.device_dialog import DeviceDialog  # noqa: E402
from imsync_gui.gui.language import apply_language  # noqa: E402
from imsync_gui.gui.question_editors import ChoiceEditor, LineEditor  # noqa: E402
from imsync_gui.gui.recheck_dialog import RecheckDialog  # noqa: E402
from imsync_gui.gui.style import apply_style  # noqa: E402
from imsync_gui.gui.wizard import PageId, TroubleshooterWizard  # noqa: E402
from imsync_gui.model.answers import YES, Answer  # noqa: E402
from imsync_gui.model.devices import Device  # noqa: E402
from imsync_gui.model.enums import DeviceKind  # noqa: E402
from imsync_gui.model.ids import QuestionId  # noqa: E402
from imsync_gui.model.session import Session, now  # noqa: E402
from imsync_gui.model.session_io import load_session, save_session  # noqa: E402
from tests.gui.lab import apple_lab, unreachable  # noqa: E402

SAMPLE = ROOT / "assets" / "examples" / "storage-full-family.json"
WINDOW = (960, 860)


async def render(
    welcome: TroubleshooterWizard, wizard: TroubleshooterWizard, out: Path
) -> list[Path]:
    """Save the welcome page of *welcome* (real endpoints, never agreed to, so nothing is
    contacted), then every page of *wizard* after its checks ran against the lab."""
    app = QApplication.instance()
    assert app is not None
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out / f"{len(written) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
        page = widget.currentPage() if isinstance(widget, QWizard) else widget
        WORDS.setdefault(name, count_words(page))

    shoot(welcome, "welcome")
    welcome.welcome.details_button.setChecked(True)
    shoot(welcome, "welcome-details")
    welcome.close()
    wizard.welcome.run_checks.setChecked(True)
    while wizard.service.is_running():
        await asyncio.sleep(0.05)
    wizard.next()
    shoot(wizard, "triage")
    wizard.next()
    wizard.devices.ui.deviceTable.selectRow(0)
    shoot(wizard, "devices")
    wizard.devices.edit_selected()
    await asyncio.sleep(0.1)
    [dialog] = [d for d in wizard.findChildren(DeviceDialog) if d.isVisible()]
    dialog.ui.versionEdit.setText("the newest")
    dialog.ui.buttonBox.accepted.emit()
    shoot(dialog, "device-dialog")
    dialog.reject()
    wizard.next()
    await asyncio.sleep(0.1)
    shoot(wizard, "next-question")
    wizard.pages.next_question.every_page_requested.emit()  # then every cause page in order
    assert isinstance(wizard.currentPage(), CausePage)
    while True:
        page = wizard.currentPage()
        name = str(getattr(getattr(page, "cause", None), "id", "plan")).replace("_", "-")
        WORDS[name] = count_words(page)  # as the page opens, technical details folded
        for card in page.findChildren(CheckCard)[:1]:
            card.ui.detailsButton.setChecked(True)  # one card's technical details unfolded
        shoot(wizard, name)
        contents = getattr(getattr(page, "ui", None), "scrollContents", None)
        if isinstance(contents, QWidget):
            shoot(contents, f"{name}-all")  # the whole page, scrolled parts too
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        wizard.next()
    await check_again(wizard, shoot)
    save_session(wizard.model.session, out / "session.json")  # checks and two rounds, for a PDF
    wizard.session_actions.confirm_start_over()
    await asyncio.sleep(0.1)
    [box] = [b for b in wizard.findChildren(QMessageBox) if b.isVisible()]
    shoot(box, "start-over")
    box.reject()
    await asking(wizard, shoot)
    about = wizard.show_about()
    shoot(about, "about")
    about.reject()
    return written


async def asking(wizard: TroubleshooterWizard, shoot: Callable[[QWidget, str], None]) -> None:
    """The next-question page with a question on it: an iPhone and an iPad, one of whose
    clocks looks wrong (the sample session's plan is ready at once, so it never asks)."""
    session = Session(
        devices=[
            Device(id="p", kind=DeviceKind.IPHONE, name="iPhone"),
            Device(id="t", kind=DeviceKind.IPAD, name="iPad"),
        ]
    )
    session.set_answer(Answer(QuestionId.CLOCK_LOOKS_WRONG, YES, now()))
    wizard.model.replace_session(session)
    wizard.restart()
    while wizard.currentId() != PageId.NEXT_QUESTION:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            raise RuntimeError(f"could not go on from page {before}")
    page = wizard.pages.next_question
    while page.choosing:
        await asyncio.sleep(0.05)
    shoot(wizard, "next-question-asking")


async def check_again(wizard: TroubleshooterWizard, shoot: Callable[[QWidget, str], None]) -> None:
    """Tick "Make room in iCloud", check again, answer what is asked again as a person whose
    storage is now fine, then shoot the plan page with the before/after comparison."""
    wizard.plan.view.findChild(QCheckBox, "done_free_up_icloud_storage").click()
    wizard.plan.check_again.click()
    [dialog] = [d for d in wizard.findChildren(RecheckDialog) if d.isVisible()]
    used = QLocale().toString(2.5)  # typed as the person's phone shows it: 2,5 in German
    answers = {"storage.used_gb": used, "storage.full_alert": "no"}
    for editor in dialog.editors:
        if isinstance(editor, ChoiceEditor):
            value = answers.get(editor.question.id, "yes" if editor.device_id == "d2" else "no")
            editor.button(value).click()
        elif isinstance(editor, LineEditor) and editor.question.id in answers:
            editor.edit.setText(answers[editor.question.id])
            editor.edit.editingFinished.emit()
    while wizard.service.is_running():  # shooting pumps events: not while a check runs
        await asyncio.sleep(0.05)
    shoot(dialog, "check-again")
    dialog.accept()
    shoot(wizard, "plan-after")
    shoot(wizard.plan.comparison, "comparison")


WORDS: dict[str, int] = {}
"""Words of text on each page rendered (shown or scrolled out of view), for the notes."""


def count_words(root: QWidget) -> int:
    """The words a person can read on *root*: titles, labels, buttons and group titles."""
    texts = [root.title(), root.subTitle()] if isinstance(root, QWizardPage) else []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            texts.append(QTextDocumentFragment.fromHtml(widget.text()).toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return sum(len(text.replace("&", "").split()) for text in texts)


def dark_palette() -> QPalette:
    """A dark system palette like the ones desktops hand to Qt, to check contrast."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7eea",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#353535", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Light: "#505050", QPalette.ColorRole.Mid: "#3a3a3a",
        QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Link: "#7aa7f5",
    }  # fmt: skip
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7a7a7a"))
    return palette


VARIANTS: dict[str, list[str]] = {
    "light": [],
    "dark": ["--dark"],
    "light-200": ["--scale", "2"],
    "dark-200": ["--dark", "--scale", "2"],
    "large-text": ["--font-pt", "14"],
    "small-window": ["--size", "1024x700"],
    "offline": ["--offline"],
    "german": ["--lang", "de"],
    "spanish": ["--lang", "es"],
    "pseudo": ["--lang", "pseudo"],
}
"""What ``--all`` renders, one folder each."""


def render_all(out: Path) -> int:
    """Every variant in a child process of its own (the scale is fixed per process), then the
    PDF pages of every example session."""
    for name, options in VARIANTS.items():
        env = dict(os.environ)
        command = [sys.executable, __file__, "--out", str(out / name), *options]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        words = [line for line in done.stdout.splitlines() if line.startswith("words")]
        print(name, "ok" if done.returncode == 0 else done.stderr[-2000:], *words)
    render_pdfs(out / "pdf")
    return 0


def render_pdfs(out: Path) -> None:
    """Each example session's PDF report, one PNG per page (pdftoppm)."""
    from imsync_gui.export.content import build_report
    from imsync_gui.model.diagnosis import diagnose
    from imsync_gui.report.headless import document_application
    from imsync_gui.report.pdf import render_pdf

    out.mkdir(parents=True, exist_ok=True)
    _app = document_application(["render_screenshots"])
    for example in sorted((ROOT / "assets" / "examples").glob("*.json")):
        session = load_session(example)
        pdf = out / f"{example.stem}.pdf"
        pdf.write_bytes(render_pdf(build_report(session, diagnose(session), reveal_contacts=False)))
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", str(pdf), str(out / example.stem)], check=False
        )
        print(pdf, len(list(out.glob(f"{example.stem}-*.png"))), "pages")


def main(argv: list[str] | None = None) -> int:
    """Render the pages into the chosen folder; print the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "screenshots")
    parser.add_argument(
        "--dark", action="store_true", help="render with a dark palette (Fusion style)"
    )
    parser.add_argument("--scale", type=float, help="QT_SCALE_FACTOR, e.g. 2 for 200 %%")
    parser.add_argument("--font-pt", type=float, help="the system text size, e.g. 14")
    parser.add_argument("--size", default="x".join(map(str, WINDOW)), help="window WxH")
    parser.add_argument("--offline", action="store_true", help="every check as if offline")
    parser.add_argument("--all", type=Path, metavar="DIR", help="every variant and the PDFs")
    parser.add_argument("--lang", default="en", help="the language: en, de, es or pseudo")
    args = parser.parse_args(argv)
    if args.all:
        return render_all(args.all)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    for name in [n for n in os.environ if n.lower().endswith("_proxy")]:
        del os.environ[name]  # the lab is on loopback; a proxy must not reroute it
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    name_application(app)
    apply_language(args.lang)
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    if args.font_pt:
        font = app.font()
        font.setPointSizeF(args.font_pt)
        app.setFont(font)
    apply_style(app)
    size = tuple(int(n) for n in args.size.split("x"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as scratch, apple_lab(Path(scratch)) as config:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        welcome = open_window(EndpointConfig(), Path(scratch) / "welcome", settings)
        checks = unreachable(config) if args.offline else config
        wizard = open_window(checks, Path(scratch) / "sample", settings)
        for window in (welcome, wizard):
            window.resize(*size)
            window.show()
        wizard.model.replace_session(load_session(SAMPLE))
        with loop:
            written = loop.run_until_complete(render(welcome, wizard, args.out))
            loop.run_until_complete(wizard.service.shutdown())
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    print("words per page:", ", ".join(f"{name} {n}" for name, n in WORDS.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
