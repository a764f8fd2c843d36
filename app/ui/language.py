"""Switch the interface language at run time: ours and Qt's own strings (OK, Cancel, Next …).

``app.infra.translations.load`` installs NetPatrol's translator; Qt's standard buttons and dialogs
come from Qt's catalogue (``qtbase_zh_TW.qm``), installed here next to it. Installing a translator
sends every widget a LanguageChange event, on which each screen re-translates itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.i18n import QT_TRANSLATE_NOOP
from app.infra import translations

_qt_translator: QTranslator | None = None
LANGUAGE_NAMES = {"zh_TW": "繁體中文", "en": "English"}  # each in its own language, whatever the interface's
OFFICIAL_LANGUAGE = "zh_TW"  # what documents for agencies and the case file are written in, by default
# Qt's own file dialog (used where the system offers none, as on Linux) labels these with mnemonics, which
# Qt's catalogue has only without: they come from ours, searched after Qt's.
QT_CATALOGUE_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def apply_language(language: str | None) -> str:
    """Load ``language`` (zh_TW or en) for our strings and Qt's; returns the language in force."""
    global _qt_translator
    language = translations.load(language)
    if _qt_translator is not None:
        QCoreApplication.removeTranslator(_qt_translator)
        _qt_translator = None
    qt = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", folder):
        QCoreApplication.installTranslator(qt)
        _qt_translator = qt
    return language


def current_language() -> str:
    """zh_TW or en: what :func:`apply_language` last loaded (QLocale's default follows it)."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh_TW"
