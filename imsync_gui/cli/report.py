"""``imsync-gui report SESSION.json -o plan.pdf``: the fix plan as PDF, JSON or a web page, no display needed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from imsync_gui.cli.exit_codes import ExitCode
from imsync_gui.export.content import ReportContent, build_report
from imsync_gui.export.files import ExportError, write_export
from imsync_gui.export.json_export import report_to_json
from imsync_gui.export.outside_text import visible_controls
from imsync_gui.i18n import _, current_language, language, selectable
from imsync_gui.model.diagnosis import diagnose
from imsync_gui.model.session_io import SessionError, load_session


def register(parser: argparse.ArgumentParser) -> None:
    """Describe the ``report`` subcommand: its description, arguments and ``func``."""
    parser.description = _(
        "Write the fix plan of a session file as a PDF, as JSON (--format json, or --json) "
        "or as one accessible web page (--format html). "
        "E-mail addresses and phone numbers are masked unless --include-contact-details is "
        "given. Exit codes: 0 success, 2 the session cannot be used or the file cannot be "
        "written."
    )
    parser.add_argument("session", type=Path, help=_("a session file saved by imsync-gui"))
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help=_("the file to write (JSON and HTML: '-' or none for stdout)"),
    )
    parser.add_argument(
        "--format",
        choices=("pdf", "json", "html"),
        default="pdf",
        help=_("pdf (the default), json for IT tools, or html: one accessible web page"),
    )
    parser.add_argument("--json", action="store_true", help=_("the same as --format json"))
    parser.add_argument(
        "--include-contact-details",
        action="store_true",
        help=_("show Apple Account e-mails and phone numbers in full"),
    )
    parser.add_argument(
        "--force", action="store_true", help=_("replace the output file if it exists")
    )
    parser.add_argument(
        "--report-lang",
        choices=selectable(),
        help=_("the language of the report, for its reader (default: the same as --lang)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the report for the session and write it."""
    kind = "json" if args.json else args.format
    to_stdout = args.output is None or str(args.output) == "-"
    if to_stdout and kind == "pdf":
        return _fail(_("a PDF needs an output file: add -o plan.pdf (or use --json)."))
    try:
        session = load_session(args.session)
    except SessionError as exc:
        return _fail(str(exc))
    with language(args.report_lang or current_language()):
        report = build_report(
            session, diagnose(session), reveal_contacts=args.include_contact_details
        )
        if kind != "pdf":
            text = report_to_json(report) if kind == "json" else _web_page(report)
            if to_stdout:
                sys.stdout.write(text)
                return ExitCode.OK
            data = text.encode("utf-8")
        else:
            data = _pdf(report)
    try:
        write_export(args.output, data, overwrite=args.force)
    except ExportError as exc:
        hint = " " + _("(add --force to replace it)") if args.output.exists() else ""
        return _fail(f"{exc}{hint}")
    return ExitCode.OK


def _web_page(report: ReportContent) -> str:
    """The accessible web page (no Qt needed)."""
    from imsync_gui.report.web_page import report_web_page

    return report_web_page(report)


def _pdf(report: ReportContent) -> bytes:
    """Render the PDF, starting an offscreen Qt application when there is no display."""
    from imsync_gui.report.headless import document_application
    from imsync_gui.report.pdf import render_pdf

    _app = document_application(["imsync-gui"])
    return render_pdf(report)


def _fail(reason: str) -> int:
    print(f"imsync-gui: {visible_controls(reason)}", file=sys.stderr)
    return ExitCode.BAD_INPUT
