"""Pseudonyms that stand for sealed people everywhere outside the sealed compartment.

Reporters and informants get letters (報告人A, 告發人B), victims and others numbers (被害人1), as in
court documents. The pseudonym is derived from the role and the order of entry in the case, so it is
stable and reveals nothing.
"""

from __future__ import annotations

import string

from app.core.models import Role

_PREFIX_ZH = {
    Role.REPORTER: "報告人",
    Role.INFORMANT: "告發人",
    Role.VICTIM: "被害人",
    Role.SUSPECT: "犯嫌",
    Role.WITNESS: "證人",
}
_LETTER_ROLES = frozenset({Role.REPORTER, Role.INFORMANT})


def ordinal_label(role: Role, ordinal: int) -> str:
    """The part after the prefix: A, B, … Z, AA, AB … for letter roles; 1, 2, … otherwise."""
    if ordinal < 1:
        raise ValueError("ordinals start at 1")
    if role not in _LETTER_ROLES:
        return str(ordinal)
    letters = ""
    value = ordinal
    while value:
        value, rest = divmod(value - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


def pseudonym(role: Role, ordinal: int) -> str:
    """報告人A, 被害人1 … (zh-TW is the language of the case file; English views translate the prefix)."""
    return _PREFIX_ZH[role] + ordinal_label(role, ordinal)
