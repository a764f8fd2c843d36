"""Where a file came from, by its SHA-256: did this vault issue it (a document, a copied text), send or
receive it (a case file), or hold it as evidence? And where a printed page came from, by the audit
chain head in its footer.

A prosecutor, a court or the receiving unit is handed a PDF, an exported screenshot or a case file
and asks whether it is the one the unit produced, unchanged. Every file NetPatrol writes out is
hashed as it is written and the hash goes into the audit chain (``document.generated``,
``document.copied``, ``case.export``, ``case.import``, ``case.import_update``), and every evidence file was hashed when it
was acquired. So the file's own SHA-256 answers: a match names the audit entry or the evidence file;
no match means this vault never wrote, received or held these bytes (a copy changed by one byte
reads the same as a stranger's file). Reading is not audited, like ``netpatrol verify``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.errors import KnownError, UsageError, why_unreadable
from app.core.hashing import sha256_file
from app.core.i18n import QT_TRANSLATE_NOOP, enumerated, translate
from app.core.timeutil import parse_iso
from app.vault.vault import Vault

# The audit actions whose entries record the SHA-256 of a file that left or entered the vault (an
# evidence file written out carries its own SHA-256: the file is the evidence, and who wrote it out when
# is part of its custody).
WRITTEN_OUT = ("document.generated", "document.copied", "case.export", "artifact.export")
RECEIVED = ("case.import", "case.import_update")  # a new case, or one already here (it came back)


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
    sha256: str       # the file's SHA-256 as recorded


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


class FilesUnreadable(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{count} files could not be read, so none was checked: {files}.")


def file_sha256(path: Path) -> str:
    """The SHA-256 of the file as it is on disk; a FileUnreadable names a missing or unreadable one."""
    try:
        return sha256_file(path)
    except OSError as exc:
        raise FileUnreadable(path=str(path), reason=why_unreadable(path, exc)) from exc


def files_sha256(paths: list[Path]) -> list[str]:
    """The SHA-256 of each file, in order; every file that cannot be read is named in one error. Seen: of three
    files, the first missing one stopped the command, and the next run stopped at the next one."""
    digests: list[str] = []
    unreadable: list[tuple[Path, str]] = []
    for path in paths:
        try:
            digests.append(sha256_file(path))
        except OSError as exc:
            unreadable.append((path, why_unreadable(path, exc)))
    if len(unreadable) == 1:
        raise FileUnreadable(path=str(unreadable[0][0]), reason=unreadable[0][1])
    if unreadable:
        raise FilesUnreadable(count=len(unreadable), files=enumerated(
            translate("errors", "{path} ({reason})").format(path=path, reason=reason) for path, reason in unreadable))
    return digests


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
    recorded = json.loads(details)
    return Recorded(int(seq), parse_iso(str(at)), str(officer), str(action),
                    numbers.get(str(case_id), str(case_id)) if case_id else "", str(subject or ""),
                    str(recorded.get("file", "")), str(recorded.get("sha256") or recorded.get("file_sha256") or ""))


# -- a printed page --------------------------------------------------------------------------------
# Every page NetPatrol prints carries the audit chain head as it was when the document was made
# ("576:b2283c1e…"). A paper copy comes back: the head typed from its footer names the entry, and the
# document issued right after it is the one the page belongs to.
HEAD_TYPED = re.compile(r"#?\s*(\d+)\s*:\s*([0-9a-fA-F]{8,64})")
ISSUED_WITHIN = 5  # entries after the head in which the document's own entry is looked for


class HeadUnreadable(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "{typed} is not a chain head as pages print it: write the entry number, a "
                                       "colon and at least the first 8 characters of the hash (576:b2283c1e).")


@dataclass(frozen=True)
class PageCheck:
    seq: int
    typed: str                   # the hash's first characters, as typed (lower case)
    found: str | None            # entry #seq's hash, None when the chain is shorter
    last: int                    # the chain's last entry
    issued: Recorded | None      # the document issued right after it

    @property
    def matches(self) -> bool:
        return self.found is not None and self.found.startswith(self.typed)


def page_check(vault: Vault, typed: str) -> PageCheck:
    """Was a page with this chain head printed from this vault, and as part of which document?"""
    parsed = HEAD_TYPED.fullmatch(typed.strip())
    if parsed is None:
        raise HeadUnreadable(typed=typed.strip())
    seq, prefix = int(parsed.group(1)), parsed.group(2).lower()
    found = vault.db.scalar("SELECT entry_hash FROM audit WHERE seq = ?", (seq,))
    last = vault.audit.head()[0]
    issued = None
    if found is not None and str(found).startswith(prefix):
        rows = vault.db.all("SELECT seq, at, officer, action, case_id, subject, details FROM audit "
                            "WHERE seq > ? AND seq <= ? AND action = 'document.generated' ORDER BY seq LIMIT 1",
                            (seq, seq + ISSUED_WITHIN))
        numbers = vault.cases.numbers([row[4] for row in rows if row[4]])
        issued = _recorded(rows[0], numbers) if rows else None
    return PageCheck(seq, prefix, str(found) if found is not None else None, last, issued)
