"""Fonts for every PDF, registered from ``resources/fonts`` only.

Output must not depend on what the host has installed: a document printed on an officer's Windows
machine and one printed in CI must carry the same glyphs. reportlab embeds TrueType outlines only
(CFF OpenType such as Noto Sans CJK cannot be embedded), so we ship AR PL UMing (TrueType, Taiwan
forms, subfont 2 of the collection is "AR PL UMing TW") and DejaVu Sans Mono for hashes and URLs.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from app.core.installdir import install_root

FONTS_DIR = install_root() / "resources" / "fonts"
TEXT_FONT = "NPMingTW"
MONO_FONT = "NPMono"
_UMING_TW_SUBFONT = 2
_lock = threading.Lock()


def register_fonts(fonts_dir: Path = FONTS_DIR) -> None:
    """Register the shipped fonts once per process (idempotent, thread-safe)."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        if TEXT_FONT not in registered:
            pdfmetrics.registerFont(TTFont(TEXT_FONT, str(fonts_dir / "uming.ttc"), subfontIndex=_UMING_TW_SUBFONT))
        if MONO_FONT not in registered:
            pdfmetrics.registerFont(TTFont(MONO_FONT, str(fonts_dir / "DejaVuSansMono.ttf")))
        for name in (TEXT_FONT, MONO_FONT):
            # One face per family: <b> and <i> in markup keep the face instead of failing.
            registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
