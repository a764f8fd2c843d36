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

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_active: Translator = _identity
_catalogues: dict[str, Translator] = {"en": _identity}  # English is the source text
# Set by in_language() for one block on one thread: a document built on the task pool in Chinese must
# not turn the interface (or another task) Chinese meanwhile.
_override: ContextVar[Translator | None] = ContextVar("translation_override", default=None)


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores the English source and
    forgets the catalogues of :func:`install_catalogue`)."""
    global _active
    _active = translator or _identity
    if translator is None:
        _catalogues.clear()
        _catalogues["en"] = _identity


def install_catalogue(language: str, translator: Translator) -> None:
    """Make ``language`` available to :func:`in_language` (the composition root loads the catalogues)."""
    _catalogues[language] = translator


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Translate in ``language`` inside the block, on this thread only, whatever the interface's
    language: documents for agencies are written in Chinese even for an officer working in English.
    A language whose catalogue is not installed leaves the interface's language in force."""
    translator = _catalogues.get(language)
    token = _override.set(translator) if translator is not None else None
    try:
        yield
    finally:
        if token is not None:
            _override.reset(token)


def current_language() -> str:
    """The interface language in force, for choosing between a procedure's zh-TW and English labels.

    The pure layers (and the command line) cannot ask Qt, so they ask the installed translation: the
    zh-TW catalogue translates this marker to ``LANGUAGE=zh_TW``; the English one (or none at all)
    leaves it as is, and then the English labels match the untranslated English sentences around them.
    """
    marker = translate("checklist", "LANGUAGE=en")
    return "en" if marker.endswith("=en") else "zh_TW"


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` for the current interface language (or the one
    :func:`in_language` chose for this block)."""
    return (_override.get() or _active)(context, text) or text


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


def labelled(label: str, value: str) -> str:
    """「label：value」 in Chinese, "label: value" in English: no space after a full-width colon. Seen:
    「電話： 0900-000-000」, 「網站: https://…」 in a Chinese document, 「…: 計時中」."""
    return translate("common", "{label}: {value}").format(label=label, value=value)


def enumerated(items: Iterable[str]) -> str:
    """Names one after another: 「甲、乙」 in Chinese, "A, B" in English. Seen: "Victim 1、Victim 2" in an
    English document."""
    return translate("common", ", ").join(items)


def counted(count: int, one: str, many: str, **values: object) -> str:
    """A count said in words: ``one`` when ``count`` is 1, else ``many`` (both translated, ``many`` with
    ``{count}``), filled in with the count and ``values``. Seen: "1 file(s) in the encrypted vault",
    "End of transcript: 1 messages."

    Qt's own plural forms ("numerus") are not reachable here: pyside6-lupdate marks them only in
    ``self.tr(text, "", n)``, never in ``translate(context, text)``, which the pure layers must use.
    So a count is written as two messages, singular and plural, each a literal lupdate extracts.
    English is the only interface language that inflects (Chinese translates both alike); a sentence
    with several counts takes each as a phrase from here, so every count agrees with its own noun.
    """
    return (one if count == 1 else many).format(count=count, **values)


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
