"""Fonts for every PDF, registered from ``resources/fonts`` only.

Output must not depend on what the host has installed: a document printed on an officer's Windows
machine and one printed in CI must carry the same glyphs. reportlab embeds TrueType outlines only
(CFF OpenType such as Noto Sans CJK cannot be embedded), so we ship AR PL UMing (TrueType, Taiwan
forms, subfont 2 of the collection is "AR PL UMing TW") and DejaVu Sans Mono for hashes and URLs,
with Symbola for the symbols and emoji neither has (chat messages and page titles are full of them) and
Nanum Myeongjo for Korean, which neither has either.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from app.core.installdir import install_root

FONTS_DIR = install_root() / "resources" / "fonts"
TEXT_FONT = "NPMingTW"
MONO_FONT = "NPMono"
SYMBOL_FONT = "NPSymbola"
HANGUL_FONT = "NPMyeongjo"
# Faces registered on first need (their megabytes are parsed only for a text that needs them), in the order a
# character neither of the two faces above draws looks for one: symbols and emoji, then Korean.
FALLBACK_FILES = {SYMBOL_FONT: "Symbola.ttf", HANGUL_FONT: "NanumMyeongjo.ttf"}
FALLBACK_FONTS = tuple(FALLBACK_FILES)
_UMING_TW_SUBFONT = 2
_lock = threading.Lock()


def register_fonts(fonts_dir: Path = FONTS_DIR) -> None:
    """Register the shipped fonts once per process (idempotent, thread-safe)."""
    with _lock:
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        registered = set(pdfmetrics.getRegisteredFontNames())
        if TEXT_FONT not in registered:
            pdfmetrics.registerFont(TTFont(TEXT_FONT, str(fonts_dir / "uming.ttc"), subfontIndex=_UMING_TW_SUBFONT))
        if MONO_FONT not in registered:
            pdfmetrics.registerFont(TTFont(MONO_FONT, str(fonts_dir / "DejaVuSansMono.ttf")))
        for name in (TEXT_FONT, MONO_FONT):
            _one_face_family(name)


def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` (one of ours) draws ``char``: a face without it prints an empty box."""
    return char in characters(font)


@cache
def characters(font: str) -> frozenset[str]:
    """Every character ``font`` (one of ours) draws, as a set ``str.issuperset`` can test a text against."""
    if font in FALLBACK_FILES:
        _register_fallback(font)
    else:
        register_fonts()
    return frozenset(map(chr, pdfmetrics.getFont(font).face.charToGlyph))


def _register_fallback(font: str, fonts_dir: Path = FONTS_DIR) -> None:
    with _lock:
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, str(fonts_dir / FALLBACK_FILES[font])))
            _one_face_family(font)


def _one_face_family(name: str) -> None:
    """One face per family: <b> and <i> in markup keep the face instead of failing."""
    registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


_REPORTLAB_TO_UNICODE_CMAP = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map with characters beyond U+FFFF written as UTF-16, as the PDF format wants.

    reportlab 5.1 writes U+1F495 as ``<1F495>``, which readers reject ("odd-length hex string"): the
    emoji of a chat, or a rare Chinese character of a name (U+20000 and up), are drawn, but copying,
    searching or extracting the text loses them. Installed by :func:`register_fonts` in place of the
    module's own (looked up by name when each font is written), whose output it corrects."""
    cmap: str = _REPORTLAB_TO_UNICODE_CMAP(fontname, subset)
    for code, value in enumerate(subset):
        if value > 0xFFFF:
            utf16 = chr(value).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{code:02X}> <{value:04X}>", f"<{code:02X}> <{utf16}>")
    return cmap
