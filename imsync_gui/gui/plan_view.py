"""The fix plan on screen: what to do first, illustrated steps with done ticks, one export menu.

The view holds no truth of its own: :meth:`PlanView.set_diagnosis` shows a diagnosis, and
ticking a step only emits ``done_changed(fix_id, done)``; the owner updates the session and
calls ``set_diagnosis`` again. Exports (PDF, JSON, copy, print) are built from the same
content as the command line's, masked unless the person ticks "Include contact details".
"""

from __future__ import annotations

import asyncio
from contextlib import AbstractContextManager
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imsync_gui.export.content import ReportContent, StepContent, build_report
from imsync_gui.export.files import ExportError, write_export
from imsync_gui.export.summary import summary_text
from imsync_gui.gui.illustration import Illustration
from imsync_gui.gui.language import Retranslatable, language_name
from imsync_gui.gui.notices import ask
from imsync_gui.gui.style import accent_strip, plain_label, surface
from imsync_gui.gui.tasks import BackgroundTasks
from imsync_gui.i18n import N_, _, current_language, language, selectable, translate
from imsync_gui.model.diagnosis import Diagnosis
from imsync_gui.model.offthread import off_thread
from imsync_gui.model.session import Session
from imsync_gui.report.document_html import NO_STEPS, WHY, WHY_SHOWN, WORKED
from imsync_gui.report.exports import ExportFormat, export_bytes

SAVE_PDF = N_("Save as PDF…")
SAVE_JSON = N_("Save for IT (JSON)…")
SAVE_WEB = N_("Save as web page…")
COPY = N_("Copy summary")
PRINT = N_("Print…")
INCLUDE_CONTACTS = N_("Include e-mail addresses and phone numbers")
DONE = N_("Done")
STEP = N_("Step {number}")
SAVED = N_("Saved to {path}.")
COPIED = N_("The summary is on the clipboard.")
NOT_SAVED = N_("Not saved")
TRY_AGAIN = N_("Choose another place…")
CANCEL = N_("Cancel")
FILTERS = {
    ExportFormat.PDF: N_("PDF documents (*.pdf)"),
    ExportFormat.JSON: N_("JSON (*.json)"),
    ExportFormat.HTML: N_("Web pages (*.html)"),
}
SAVE_TITLES = {
    ExportFormat.PDF: SAVE_PDF,
    ExportFormat.JSON: SAVE_JSON,
    ExportFormat.HTML: SAVE_WEB,
}
FILE_NAME = "imessage-fix-plan"


class PlanView(Retranslatable, QWidget):
    """Illustrated plan steps with done ticks, plus Save as PDF / JSON, Copy summary, Print."""

    exported = Signal(object)
    """The Path just written."""
    done_changed = Signal(str, bool)
    """(fix id, done): the person ticked or unticked a step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diagnosis: Diagnosis | None = None
        self._session: Session | None = None
        self._writes = BackgroundTasks()
        self.include_contacts = QCheckBox(self)
        self.report_language = QComboBox(self)
        for code in ("", *selectable()):
            self.report_language.addItem("", code)
        self._language_label = QLabel(self)
        self._language_label.setBuddy(self.report_language)
        self._share_actions: list[tuple[QAction, str]] = []
        self.status = plain_label("")
        self.share = self._share_menu()
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.lead = plain_label("", bold=True)
        self.steps_box = QWidget(content)
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.footer = plain_label("")
        for widget in (self.lead, self.steps_box, self.footer):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        actions = QHBoxLayout()  # the tick on a row of its own: beside the button, in German
        actions.addWidget(self.share)  # at 14 pt, the page would not fit a 1024-pixel screen
        actions.addStretch(1)
        reader = QHBoxLayout()  # a row of its own: long in German and Spanish
        reader.addWidget(self._language_label)
        reader.addWidget(self.report_language)
        reader.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.include_contacts)
        layout.addLayout(reader)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Buttons and choices in the active language; the step cards are laid out again."""
        self.share.setText(_("Save or share the plan"))
        for action, text in self._share_actions:
            action.setText(translate(text))
        self.include_contacts.setText(translate(INCLUDE_CONTACTS))
        self._language_label.setText(_("&Report language:"))
        for index in range(self.report_language.count()):
            code = self.report_language.itemData(index)
            name = language_name(code) if code else _("Same as the app")
            self.report_language.setItemText(index, name)
        if self._diagnosis is not None and self._session is not None:
            self.set_diagnosis(self._diagnosis, self._session)

    def reporting(self) -> AbstractContextManager[None]:
        """Render exports inside this block in the report language chosen for their reader."""
        return language(self.report_language.currentData() or current_language())

    def add_section(self, widget: QWidget, *, above_steps: bool) -> None:
        """Put *widget* in the scrolling column, just above or just below the step cards."""
        column = self.steps_box.parentWidget().layout()
        assert isinstance(column, QVBoxLayout)
        index = column.indexOf(self.steps_box)
        column.insertWidget(index if above_steps else index + 1, widget)

    def _share_menu(self) -> QPushButton:
        """One button, one menu: every way to save or pass on the plan. (A push button: it keeps
        room for its menu arrow, which a tool button drew over the end of the words.)"""
        button = QPushButton(self)
        menu = QMenu(button)
        for text, slot in (
            (SAVE_PDF, lambda: self.choose_file(ExportFormat.PDF)),
            (SAVE_JSON, lambda: self.choose_file(ExportFormat.JSON)),
            (SAVE_WEB, lambda: self.choose_file(ExportFormat.HTML)),
            (COPY, self.copy_summary),
            (PRINT, self.print_plan),
        ):
            action = menu.addAction("")
            action.triggered.connect(slot)
            self._share_actions.append((action, text))
        button.setMenu(menu)
        return button

    def set_diagnosis(self, diagnosis: Diagnosis, session: Session) -> None:
        """Show *diagnosis* for *session* (rebuilding the step cards)."""
        self._diagnosis, self._session = diagnosis, session
        while self.steps_layout.count():
            item = self.steps_layout.takeAt(0)
            if item is not None and (widget := item.widget()):
                widget.deleteLater()
        report = build_report(session, diagnosis, reveal_contacts=True)
        for step in report.steps:
            self.steps_layout.addWidget(self._card(step))
        if not report.steps:
            self.steps_layout.addWidget(plain_label(translate(NO_STEPS)))

    def report(self) -> ReportContent:
        """The content to export now, masked unless the person opted in."""
        if self._diagnosis is None or self._session is None:
            raise RuntimeError("set_diagnosis() has not been called")
        return build_report(
            self._session, self._diagnosis, reveal_contacts=self.include_contacts.isChecked()
        )

    def _card(self, step: StepContent) -> QFrame:
        card = QFrame(self.steps_box)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName(f"step_{step.fix_id}")
        surface(card)
        row = QHBoxLayout(card)
        if step.number == 1:
            row.addWidget(accent_strip(card, "first"))  # where to start
        row.addWidget(Illustration(step.illustration, 88, card), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        row.addLayout(column, 1)
        heading = _("{step} · {effort}", step=_(STEP, number=step.number), effort=step.effort)
        if step.number == 1:
            heading = _("Start here · {heading}", heading=heading)
        column.addWidget(plain_label(heading))
        title = plain_label(step.title)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        column.addWidget(title)
        for group in step.instructions:
            if group.heading:
                column.addWidget(plain_label(group.heading, bold=True))
            lines = [f"{n}. {line}" for n, line in enumerate(group.lines, start=1)]
            column.addWidget(plain_label("\n".join(lines)))
        column.addWidget(plain_label(translate(WORKED), bold=True))
        column.addWidget(plain_label(step.verify))
        if step.why:
            column.addWidget(plain_label(translate(WHY), bold=True))
            column.addWidget(plain_label("\n".join(f"• {w}" for w in step.why[:WHY_SHOWN])))
        tick = QCheckBox(translate(DONE), card)
        tick.setObjectName(f"done_{step.fix_id}")
        tick.setChecked(step.done)
        tick.toggled.connect(lambda done, fix_id=step.fix_id: self.done_changed.emit(fix_id, done))
        column.addWidget(tick)
        return card

    def choose_file(self, kind: ExportFormat) -> None:
        """Ask where to save (without blocking), then save there."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, translate(SAVE_TITLES[kind]))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate(FILTERS[kind]))
        dialog.setDefaultSuffix(kind.value)
        dialog.selectFile(str(Path(folder) / f"{FILE_NAME}.{kind.value}"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen), kind))
        dialog.open()

    def save_to(
        self, path: Path, kind: ExportFormat, *, overwrite: bool = True
    ) -> asyncio.Task[None]:
        """Render now, write off the UI thread; ``exported`` follows, or a retry offer.

        *overwrite* is true from the file dialog, which has already asked about replacing.
        """
        with self.reporting():
            data = export_bytes(self.report(), kind)
        return self._writes.start(self._write(path, kind, data, overwrite))

    async def _write(self, path: Path, kind: ExportFormat, data: bytes, overwrite: bool) -> None:
        try:
            await off_thread(write_export, path, data, overwrite=overwrite)
        except ExportError as error:
            ask(
                self,
                translate(NOT_SAVED),
                str(error),
                yes=translate(TRY_AGAIN),
                no=translate(CANCEL),
                on_yes=lambda: self.choose_file(kind),
            )
            return
        self.status.setText(_(SAVED, path=str(path)))
        self.exported.emit(path)

    def copy_summary(self) -> None:
        """Put the plain-text summary on the clipboard."""
        with self.reporting():
            text = summary_text(self.report())
        QGuiApplication.clipboard().setText(text)
        self.status.setText(translate(COPIED))

    def print_plan(self) -> None:
        """Open the print dialog (without blocking) and print the same pages as the PDF."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # loaded when first printing

        from imsync_gui.report.pdf import paint_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        with self.reporting():
            report = self.report()

        def paint() -> None:
            with self.reporting():
                paint_report(printer, report)

        dialog.accepted.connect(paint)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
