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
# The patrol browser's page menu (right click: back, open link in new tab, save link …) comes from
# QtWebEngine's catalogue, which Qt ships in Simplified Chinese but not in Traditional: it was English in
# the zh_TW interface (seen in session 20). The names of RenderViewContextMenuQt::getMenuItemName.
WEB_PAGE_MENU = (
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Back"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Forward"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Reload"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Cut"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Copy"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Paste"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Undo"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Redo"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Select all"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Paste and match style"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Open link in new window"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Open link in new tab"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Copy link address"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Save link"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Copy image"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Copy image address"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Save image"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Copy media address"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Show controls"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Loop"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Save media"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Inspect"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Exit full screen"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "Save page"),
    QT_TRANSLATE_NOOP("RenderViewContextMenuQt", "View page source"),
)


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
