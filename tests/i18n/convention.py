"""Find user-facing text that bypasses the translation convention, by walking the source's AST.

A text reaches a person through a *sink*: a Qt text setter or widget constructor, ``print``,
the notice helpers, argparse help, an exception whose message is shown. A string literal, an
f-string or a concatenation with words in it passed straight to a sink bypasses the catalogue.
So does any f-string with words anywhere in these packages: sentences are ``_()`` templates.
Text that comes from a call (``_``, ``_n``, ``translate``, ``render``, ``Msg.render``) or a
variable is not judged here; ``N_("...")`` handed straight to a sink is (it is not translated).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SINK_METHODS = frozenset(
    {
        "setText", "setTitle", "setSubTitle", "setWindowTitle", "setToolTip", "setStatusTip",
        "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setPlaceholderText",
        "setButtonText", "addItem", "addItems", "addButton", "addAction", "addMenu", "addTab",
        "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "setInformativeText",
        "setDetailedText", "setLabelText", "setPrefix", "setSuffix", "setSpecialValueText",
        "setApplicationDisplayName", "write",
        "setHtml", "setPlainText", "appendPlainText", "getSaveFileName", "getOpenFileName",
        "setNameFilter", "setNameFilters",
    }
)  # fmt: skip
SINK_FUNCTIONS = frozenset(
    {
        "print", "tell", "ask", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
        "QAction", "QGroupBox", "QMessageBox", "QMenu", "QFileDialog", "QTableWidgetItem",
        "ExportError", "SessionError", "_fail", "ArgumentParser",
    }
)  # fmt: skip
SINK_KEYWORDS = frozenset({"help", "description", "text", "title", "yes", "no", "epilog"})
TRANSLATING = frozenset({"_", "_n", "translate", "translate_plural", "render", "pseudo"})
ALLOWED_WORDS = frozenset({"imsync", "gui", "HTTP", "UTC", "ms", "pt", "px"})

_TAG = re.compile(r"<[^<>]*>|&\w+;|&#\d+;|\w[\w-]*=\"[^\"]*\"")
_CSS_RULE = re.compile(r"[^{}]*\{[^{}]*:[^{}]*\}")
_IDENT = re.compile(r"\w*_\w*")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Bypass:
    """One text that reaches a person without going through the catalogue."""

    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def words(text: str) -> list[str]:
    """The words a person would read in *text* (markup, identifiers and units removed)."""
    unstyled = _CSS_RULE.sub(" ", text.replace("{}", "\0"))
    visible = _IDENT.sub(" ", _TAG.sub(" ", unstyled))
    return [w for w in _WORD.findall(visible) if w not in ALLOWED_WORDS]


def literal_text(node: ast.AST) -> str | None:
    """The text of a literal, an f-string (values as ``{}``) or a concatenation; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [literal_text(node.left), literal_text(node.right)]
        return " ".join(p if p is not None else "{}" for p in parts)
    if isinstance(node, ast.IfExp):
        parts = [literal_text(node.body), literal_text(node.orelse)]
        return " ".join(p for p in parts if p is not None) or None
    if isinstance(node, ast.Call) and _name(node.func) == "N_":
        return literal_text(node.args[0]) if node.args else None
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def bypasses(path: Path) -> Iterator[Bypass]:
    """Every text in *path* shown to a person without the catalogue."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    seen: set[int] = set()
    found: dict[tuple[int, str], Bypass] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
            seen.update(id(n) for arg in node.args for n in ast.walk(arg))
            seen.update(id(n) for kw in node.keywords for n in ast.walk(kw.value))
    for node in ast.walk(tree):
        for shown in _shown(node):
            text = literal_text(shown)
            if text is not None and id(shown) not in seen and words(text):
                found[shown.lineno, text] = Bypass(path, shown.lineno, text)
        if isinstance(node, ast.JoinedStr) and id(node) not in seen:
            text = literal_text(node) or ""
            sentence = any(ch.isspace() for ch in text.replace("{}", ""))
            if sentence and words(text) and not _in_logging(node, tree):
                found[node.lineno, text] = Bypass(path, node.lineno, text)
    yield from found.values()


def _shown(node: ast.AST) -> Iterator[ast.expr]:
    """The expressions *node* hands to a person, if it is a sink."""
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in SINK_METHODS or name in SINK_FUNCTIONS:
            yield from node.args
            yield from (kw.value for kw in node.keywords if kw.arg != "metavar")
        else:
            yield from (kw.value for kw in node.keywords if kw.arg in SINK_KEYWORDS)
    elif isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Attribute) and t.attr in SINK_KEYWORDS for t in node.targets
    ):
        yield node.value


def _in_logging(node: ast.AST, tree: ast.AST) -> bool:
    for call in ast.walk(tree):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr in {"debug", "info", "warning", "exception", "error"}
            and any(node is n for arg in call.args for n in ast.walk(arg))
        ):
            return True
    return False
