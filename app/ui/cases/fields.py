"""The optional details recorded with a person, with their translated labels.

The keys are stored (sealed or not) in the person's details; labels are translated when shown, so
a case recorded in Chinese reads correctly in the English interface too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import QT_TRANSLATE_NOOP

CTX = "person"
DETAIL_FIELDS: tuple[tuple[str, str], ...] = (
    ("account", QT_TRANSLATE_NOOP("person", "Account or alias")),
    ("birth_date", QT_TRANSLATE_NOOP("person", "Date of birth")),
    ("id_number", QT_TRANSLATE_NOOP("person", "ID number")),
    ("contact", QT_TRANSLATE_NOOP("person", "Phone or contact")),
    ("note", QT_TRANSLATE_NOOP("person", "Note")),
)
_LABELS = dict(DETAIL_FIELDS)


def detail_label(key: str) -> str:
    """The translated label of a details key (unknown keys, e.g. from the command line, as they are)."""
    source = _LABELS.get(key)
    return QCoreApplication.translate(CTX, source) if source else key


def with_colon(label: str) -> str:
    """``label:`` in English, ``label：`` (full-width) in Chinese."""
    return QCoreApplication.translate("person", "{label}:").format(label=label)
