"""Where a file came from, by its SHA-256: did this vault issue it (a document, a copied text), send or
receive it (a case file), or hold it as evidence?

A prosecutor, a court or the receiving unit is handed a PDF, an exported screenshot or a case file
and asks whether it is the one the unit produced, unchanged. Every file NetPatrol writes out is
hashed as it is written and the hash goes into the audit chain (``document.generated``,
``document.copied``, ``case.export``, ``case.import``), and every evidence file was hashed when it
was acquired. So the file's own SHA-256 answers: a match names the audit entry or the evidence file;
no match means this vault never wrote, received or held these bytes (a copy changed by one byte
reads the same as a stranger's file). Reading is not audited, like ``netpatrol verify``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.errors import KnownError
from app.core.hashing import sha256_file
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.timeutil import parse_iso
from app.vault.vault import Vault

# The audit actions whose entries record the SHA-256 of a file that left or entered the vault.
WRITTEN_OUT = ("document.generated", "document.copied", "case.export")
RECEIVED = ("case.import",)


@dataclass(frozen=True)
class Recorded:
    """An audit entry that recorded the file's SHA-256."""

    seq: int
    at: datetime
    officer: str
    action: str
    case_number: str  # "" for a document of no case (the duty log, a statistics sheet)
    subject: str      # the document's kind for documents
    file: str         # the name it was written under (or received as)


@dataclass(frozen=True)
class Held:
    """An evidence file of the vault with the same SHA-256."""

    artifact_id: str
    case_number: str
    kind: str
    name: str
    size: int
    acquired_at: datetime


@dataclass(frozen=True)
class Provenance:
    sha256: str
    recorded: tuple[Recorded, ...]
    held: tuple[Held, ...]

    @property
    def known(self) -> bool:
        return bool(self.recorded or self.held)


class FileUnreadable(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The file {path} could not be read ({reason}).")


def file_sha256(path: Path) -> str:
    """The SHA-256 of the file as it is on disk; a FileUnreadable names a missing or unreadable one."""
    try:
        return sha256_file(path)
    except OSError as exc:
        raise FileUnreadable(path=str(path), reason=exc.strerror or type(exc).__name__) from exc


def provenance(vault: Vault, sha256: str) -> Provenance:
    """Everything the vault knows of a file with this SHA-256 (lower-case hex)."""
    digest = sha256.lower()
    actions = WRITTEN_OUT + RECEIVED
    rows = vault.db.all(
        "SELECT seq, at, officer, action, case_id, subject, details FROM audit "
        f"WHERE action IN ({','.join('?' * len(actions))}) "
        "AND (json_extract(details, '$.sha256') = ? OR json_extract(details, '$.file_sha256') = ?) ORDER BY seq",
        (*actions, digest, digest))
    artifacts = vault.db.all("SELECT id, case_id, kind, name, size, acquired_at FROM artifacts WHERE sha256 = ? "
                             "ORDER BY acquired_at", (digest,))
    numbers = vault.cases.numbers([row[4] for row in rows if row[4]] + [row[1] for row in artifacts])
    return Provenance(digest, tuple(_recorded(row, numbers) for row in rows),
                      tuple(Held(str(a), numbers.get(str(c), str(c)), str(k), str(n), int(s), parse_iso(str(t)))
                            for a, c, k, n, s, t in artifacts))


def _recorded(row: tuple[Any, ...], numbers: dict[str, str]) -> Recorded:
    seq, at, officer, action, case_id, subject, details = row
    file = str(json.loads(details).get("file", ""))
    return Recorded(int(seq), parse_iso(str(at)), str(officer), str(action),
                    numbers.get(str(case_id), str(case_id)) if case_id else "", str(subject or ""), file)
