"""The optional details recorded with a person, with their translated labels.

The keys are stored (sealed or not) in the person's details; labels are translated when shown, so
a case recorded in Chinese reads correctly in the English interface too, on screen and in the
command line's output.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP, translate

CTX = "person"
DETAIL_FIELDS: tuple[tuple[str, str], ...] = (
    ("account", QT_TRANSLATE_NOOP("person", "Account or alias")),
    ("birth_date", QT_TRANSLATE_NOOP("person", "Date of birth")),
    ("id_number", QT_TRANSLATE_NOOP("person", "ID number")),
    ("contact", QT_TRANSLATE_NOOP("person", "Phone or contact")),
    ("note", QT_TRANSLATE_NOOP("person", "Note")),
)
# Recorded by ``netpatrol person add --phone/--address``; the dialog asks for "contact" instead.
_COMMAND_LINE_FIELDS = (
    ("phone", QT_TRANSLATE_NOOP("person", "Phone")),
    ("address", QT_TRANSLATE_NOOP("person", "Address")),
)
_LABELS = dict(DETAIL_FIELDS + _COMMAND_LINE_FIELDS)


def detail_label(key: str) -> str:
    """The translated label of a details key (unknown keys, e.g. from the command line, as they are)."""
    source = _LABELS.get(key)
    return translate(CTX, source) if source else key


def with_colon(label: str) -> str:
    """``label:`` in English, ``label：`` (full-width) in Chinese."""
    return translate("person", "{label}:").format(label=label)  # literal context: lupdate must see it
