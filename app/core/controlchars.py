"""Invisible characters in a name a web site chose, made visible where the officer reads it.

A site chooses a download's name. Unicode's format characters (category Cf) steer how text is drawn without being
drawn themselves: a right-to-left override (U+202E) makes ``invoice<U+202E>fdp.exe`` appear as ``invoiceexe.pdf``,
a program dressed as a document, and reverses the rest of the sentence it stands in. Control characters (Cc) break
lines. Shown as ``[U+202E]`` they can be read and tell what was done; the vault keeps the name as it came (it is
evidence), so only what is displayed changes.
"""

from __future__ import annotations

import unicodedata

HIDDEN_CATEGORIES = ("Cc", "Cf")


def hidden(character: str) -> bool:
    """A control or format character: one that is not drawn, or steers how the text around it is drawn."""
    return unicodedata.category(character) in HIDDEN_CATEGORIES


def with_controls_visible(text: str) -> str:
    """``text`` with each control and format character written as ``[U+XXXX]``."""
    return "".join(f"[U+{ord(character):04X}]" if hidden(character) else character for character in text)


def without_controls(text: str) -> str:
    """``text`` with its control and format characters left out (a file name made from it, say)."""
    return "".join(character for character in text if not hidden(character))
