"""Translation marker for the pure layers.

The pure layers (core, checklist, vault, reports) may not import Qt, yet every sentence an officer
reads must go through Qt Linguist. They call :func:`translate` with a context and an English source
text; ``pyside6-lupdate`` recognises ``translate("ctx", "text")`` and ``QT_TRANSLATE_NOOP("ctx",
"text")`` calls, so the strings land in ``i18n/*.ts``. At start-up the composition root installs the
real translator (a ``QTranslator``) with :func:`install_translator`; until then the English source
text is returned unchanged.

Never build the source text with f-strings: lupdate needs a literal. Use ``.format(name=value)``
after translating.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_active: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores the English source)."""
    global _active
    _active = translator or _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` for the current interface language."""
    return _active(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now (it is translated when shown)."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable sentence with named arguments, translated only when it is shown."""

    context: str
    text: str
    args: tuple[tuple[str, object], ...] = ()

    def render(self) -> str:
        """The sentence in the current interface language, arguments filled in."""
        return translate(self.context, self.text).format(**dict(self.args))


_CLOSES_ITS_OWN_SPACE = "。！？；：）」』】"
_OPENS_ITS_OWN_SPACE = "（「『【"


def sentences(*parts: str) -> str:
    """Translated sentences and remarks one after another, empty ones left out: with a space where
    the text is English, none where Chinese full-width punctuation already spaces it. Seen:
    「此處連結無作用。 圖片與影片已模糊處理」 and 「記錄案件來源 （視需要）」."""
    text = ""
    for part in filter(None, parts):
        if text and text[-1] not in _CLOSES_ITS_OWN_SPACE and part[0] not in _OPENS_ITS_OWN_SPACE:
            text += " "
        text += part
    return text
