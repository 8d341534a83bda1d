"""The app's language: chosen at start, switched from the Language menu without losing answers.

One catalogue serves everything: :class:`CatalogTranslator` answers Qt's
``QCoreApplication.translate`` (which the forms compiled from ``ui/*.ui`` call) from the
gettext catalogue of :mod:`imsync_gui.i18n`. Switching sends Qt's ``LanguageChange`` event;
every widget that shows text is :class:`Retranslatable` and sets its texts again, reading the
answers from the session model, so nothing the person entered is lost.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from imsync_gui.i18n import (
    ENGLISH,
    LANGUAGES,
    N_,
    PSEUDO,
    _,
    current_language,
    selectable,
    set_language,
    translate,
)

SETTINGS_LANGUAGE: Final = "ui/language"
PSEUDO_NAME = N_("Pseudo-language (for testing)")
_QT_LOCALES = {"de": "de_DE", "es": "es_ES"}


class CatalogTranslator(QTranslator):
    """Qt's translation hook, answered from the app's gettext catalogue."""

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return translate(source_text)  # the source itself when there is none: never empty


_translator: CatalogTranslator | None = None


def apply_language(code: str) -> None:
    """Make *code* the language of every text, Qt's included, and tell every widget."""
    global _translator
    set_language(code)
    qt_locale = _QT_LOCALES.get(current_language())
    QLocale.setDefault(QLocale(qt_locale) if qt_locale else QLocale.system())
    app = QCoreApplication.instance()
    if app is None:
        return
    if _translator is None:
        _translator = CatalogTranslator(app)
        app.installTranslator(_translator)
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def startup_language(settings: QSettings) -> str:
    """The language chosen last time, else the system's if we speak it, else English."""
    saved = settings.value(SETTINGS_LANGUAGE, "", type=str)
    if saved in selectable():
        return str(saved)
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def language_name(code: str) -> str:
    """A language as it calls itself (the pseudo-language in the active language)."""
    return translate(PSEUDO_NAME) if code == PSEUDO else LANGUAGES[code]


class Retranslatable:
    """A widget that sets its texts in :meth:`retranslate`, again on every language change."""

    def retranslate(self) -> None:
        """Set every text the widget shows, in the active language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class LanguageMenu(Retranslatable, QMenu):
    """Language ▸ English / Deutsch / Español / pseudo; the choice is remembered."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._group = QActionGroup(self)
        self.choices: dict[str, QAction] = {}
        for code in selectable():
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self._group.addAction(action)
            self.addAction(action)
            self.choices[code] = action
        self.retranslate()

    def choose(self, code: str) -> None:
        """Switch to *code* now and remember it for the next start."""
        self._settings.setValue(SETTINGS_LANGUAGE, code)
        apply_language(code)

    def retranslate(self) -> None:
        """Name the menu and its languages."""
        self.setTitle(_("&Language"))
        for code, action in self.choices.items():
            action.setText(language_name(code))
            action.setChecked(code == current_language())
