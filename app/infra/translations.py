"""Load the interface language: zh_TW first, English second.

Compiled ``.qm`` files come from ``pyside6-lrelease`` at set-up. When they are missing (a source
checkout that skipped set-up) they are compiled once into the cache folder from ``i18n/*.ts``,
so the interface is never silently English for an officer who expects Chinese.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core import i18n
from app.infra import paths

LANGUAGES = ("zh_TW", "en")
DEFAULT_LANGUAGE = "zh_TW"
log = logging.getLogger(__name__)

_current: QTranslator | None = None
_catalogues: dict[str, QTranslator] = {}


def _qm_file(language: str) -> Path | None:
    name = f"netpatrol_{language}.qm"
    for folder in (paths.I18N, paths.cache_dir() / "i18n"):
        if (folder / name).is_file():
            return folder / name
    return _compile(language)


def _compile(language: str) -> Path | None:
    """Build a missing .qm from its .ts (a source checkout without ``installer/i18n.py build``).
    The process tools are imported here: starting the app must not pay for them."""
    import shutil
    import subprocess

    source = paths.I18N / f"netpatrol_{language}.ts"
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if not source.is_file() or not lrelease:
        log.warning("no compiled translation for %s and no way to build one", language)
        return None
    target = paths.cache_dir() / "i18n" / f"netpatrol_{language}.qm"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lrelease, str(source), "-qm", str(target)], check=True, capture_output=True)
    return target


def normalise(language: str | None) -> str:
    if not language:
        return DEFAULT_LANGUAGE
    language = language.replace("-", "_")
    if language in LANGUAGES:
        return language
    return "en" if language.lower().startswith("en") else DEFAULT_LANGUAGE


def load(language: str | None) -> str:
    """Switch the interface language (also at run time); returns the language now in force.

    Works with or without a QCoreApplication: the pure layers translate through ``core.i18n``,
    which calls the translator directly; when an application exists the translator is installed too,
    so widgets get a LanguageChange event and re-translate themselves.
    """
    global _current
    language = normalise(language)
    translator = QTranslator()
    qm = _qm_file(language)
    if qm is None or not translator.load(str(qm)):
        log.warning("translation %s could not be loaded; showing English", language)
        translator = QTranslator()
    app = QCoreApplication.instance()
    if app is not None:
        if _current is not None:
            QCoreApplication.removeTranslator(_current)
        QCoreApplication.installTranslator(translator)
    _current = translator
    QLocale.setDefault(QLocale(language))
    i18n.install_translator(_as_function(translator))
    if language != "en" and not translator.isEmpty():
        _catalogues[language] = translator  # loaded already: in_language() uses this one
    _install_catalogues()
    return language


def _as_function(translator: QTranslator) -> i18n.Translator:
    return lambda context, text: translator.translate(context, text) or text


def _install_catalogues() -> None:
    """Every language's catalogue for ``i18n.in_language`` (documents in Chinese from an English
    interface), loaded once and kept: a translator is read-only once loaded, so any thread may use it."""
    for language in LANGUAGES:
        if language == "en":
            continue
        translator = _catalogues.get(language)
        if translator is None:
            translator = QTranslator()
            qm = _qm_file(language)
            if qm is None or not translator.load(str(qm)):
                continue
            _catalogues[language] = translator
        i18n.install_catalogue(language, _as_function(translator))
