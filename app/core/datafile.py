"""Data files officers and administrators may edit (JSON in ``resources/``), read with errors that
name the file and the line.

An administrator who mistypes a takedown pattern or an agency's e-mail must be told where, not
shown a traceback: JSON syntax errors carry their line, and a schema problem is placed on the line
of the offending key (found by walking the key path through the text).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP

KeyPath = Sequence[str | int]


class DataFileError(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{path}, line {line}: {problem}")


def read_json(path: Path) -> tuple[Any, str]:
    """The parsed document and its text (kept to place later schema errors on a line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path=str(path), line=0, problem=str(exc)) from exc
    try:
        return json.loads(text), text
    except json.JSONDecodeError as exc:
        raise DataFileError(path=str(path), line=exc.lineno, problem=exc.msg) from exc


def line_of(text: str, key_path: KeyPath) -> int:
    """The line where the last key of ``key_path`` appears (1-based), following the keys in order.

    List indexes are skipped (the line of the nearest named key is close enough for a person to
    find the entry). Returns 1 when no key is found.
    """
    position = 0
    found = 0
    for key in key_path:
        if isinstance(key, int):
            continue
        match = re.compile(r'"' + re.escape(key) + r'"\s*:').search(text, position)
        if match is None:
            break
        position = match.start()
        found = position
    return text.count("\n", 0, found) + 1


def fail(path: Path, text: str, key_path: KeyPath, problem: str) -> DataFileError:
    """An error for the key at ``key_path`` (the caller raises it)."""
    return DataFileError(path=str(path), line=line_of(text, key_path), problem=problem)
