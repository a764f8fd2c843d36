"""Pseudonyms that stand for sealed people everywhere outside the sealed compartment.

Reporters and informants get letters (報告人A, 告發人B), victims and others numbers (被害人1), as in
court documents. The pseudonym is derived from the role and the order of entry in the case, so it is
stable and reveals nothing.
"""

from __future__ import annotations

import string

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.models import Role

_PREFIX_ZH = {
    Role.REPORTER: "報告人",
    Role.INFORMANT: "告發人",
    Role.VICTIM: "被害人",
    Role.SUSPECT: "犯嫌",
    Role.WITNESS: "證人",
}
_LETTER_ROLES = frozenset({Role.REPORTER, Role.INFORMANT})
# How a reader sees a pseudonym in the interface's (or a document's) language; the zh_TW catalogue gives
# back exactly the stored Chinese form, so the case file and the Chinese screen always agree.
_SHOWN = {
    Role.REPORTER: QT_TRANSLATE_NOOP("pseudonyms", "Reporter {label}"),
    Role.INFORMANT: QT_TRANSLATE_NOOP("pseudonyms", "Informant {label}"),
    Role.VICTIM: QT_TRANSLATE_NOOP("pseudonyms", "Victim {label}"),
    Role.SUSPECT: QT_TRANSLATE_NOOP("pseudonyms", "Suspect {label}"),
    Role.WITNESS: QT_TRANSLATE_NOOP("pseudonyms", "Witness {label}"),
}


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


def shown_pseudonym(pseudonym: str) -> str:
    """A stored pseudonym as the reader's language says it: 被害人1 is "Victim 1" in English.

    The vault and case files keep the Chinese form (the language of the file, and what other units'
    workstations expect); only what is shown or printed is translated. Anything that is not one of our
    own forms (an older or foreign case file's) is shown as it was received, never guessed at.
    """
    parts = _parts(pseudonym)
    return translate("pseudonyms", _SHOWN[parts[0]]).format(label=parts[1]) if parts else pseudonym


def english_pseudonym(pseudonym: str) -> str:
    """The English form whatever the interface's language, for finding a person by what an English screen showed."""
    parts = _parts(pseudonym)
    return _SHOWN[parts[0]].format(label=parts[1]) if parts else pseudonym


def _parts(pseudonym: str) -> tuple[Role, str] | None:
    """The role and the label after its prefix, if ``pseudonym`` is one of our own forms."""
    for role, prefix in _PREFIX_ZH.items():
        label = pseudonym[len(prefix):]
        if pseudonym.startswith(prefix) and _is_ordinal_label(role, label):
            return role, label
    return None


def _is_ordinal_label(role: Role, label: str) -> bool:
    if role in _LETTER_ROLES:
        return bool(label) and all(letter in string.ascii_uppercase for letter in label)
    return label.isascii() and label.isdigit() and not label.startswith("0")
