"""Artifact bytes inside the vault, in chunks, hashed as they arrive and re-verifiable at any time."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.errors import IntegrityFailure, NotFound
from app.core.hashing import CHUNK, sha256_chunks
from app.core.i18n import translate
from app.core.ids import new_id
from app.core.models import Artifact, ArtifactKind
from app.core.timeutil import iso_utc, parse_iso
from app.vault.atomic import staged_file
from app.vault.audit import Actor, AuditLog, row_hash
from app.vault.connection import Database

_COLUMNS = "id, case_id, capture_id, kind, name, mime, size, sha256, acquired_at"


def _artifact(row: tuple[Any, ...]) -> Artifact:
    artifact_id, case_id, capture_id, kind, name, mime, size, digest, acquired = row
    return Artifact(artifact_id, case_id, capture_id, ArtifactKind(kind), name, mime, int(size), digest,
                    parse_iso(acquired))


def _rechunk(data: bytes | Iterable[bytes]) -> Iterator[bytes]:
    """Whatever the producer hands us, store chunks of at most CHUNK bytes."""
    source = [data] if isinstance(data, bytes | bytearray | memoryview) else data
    for piece in source:
        view = memoryview(piece)
        for start in range(0, len(view), CHUNK):
            yield bytes(view[start : start + CHUNK])


_KEYS = [k.strip() for k in _COLUMNS.split(",")]


def insert_chunk(db: Database, artifact_id: str, index: int, chunk: bytes) -> None:
    db.execute("INSERT INTO artifact_chunks (artifact_id, idx, data) VALUES (?,?,?)", (artifact_id, index, chunk))


def insert_artifact_row(db: Database, fields: dict[str, Any], seq: int) -> None:
    """Write an artifacts row from the fields its audit entry hashed: a file acquired here and one received
    in a case file are written the same way."""
    db.execute(f"INSERT INTO artifacts ({_COLUMNS}, audit_seq) VALUES ({','.join('?' * (len(_KEYS) + 1))})",
               (*(fields[key] for key in _KEYS), seq))


class ArtifactStore:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def add(self, actor: Actor, case_id: str, kind: ArtifactKind, name: str, mime: str,
            data: bytes | Iterable[bytes], moment: datetime, capture_id: str | None = None) -> Artifact:
        """Store the bytes and their SHA-256 in one transaction with the audit entry."""
        artifact_id = new_id("A")
        digest = hashlib.sha256()
        size = 0
        at = iso_utc(moment)
        with self._db.transaction():
            for index, chunk in enumerate(_rechunk(data)):
                digest.update(chunk)
                size += len(chunk)
                insert_chunk(self._db, artifact_id, index, chunk)
            fields = {"id": artifact_id, "case_id": case_id, "capture_id": capture_id, "kind": str(kind),
                      "name": name, "mime": mime, "size": size, "sha256": digest.hexdigest(), "acquired_at": at}
            # The entry is dated when it is written, like every other: ``moment`` (when the bytes were
            # acquired, e.g. a capture's end) is in the row and its hash. Dating the entry with it made
            # the chain's times run backwards after each capture's own entry.
            entry = self._audit.append(actor, "artifact.add", case_id=case_id, subject=artifact_id,
                                       details={"kind": str(kind), "name": name, "size": size,
                                                "sha256": digest.hexdigest(), "row": row_hash(fields)})
            insert_artifact_row(self._db, fields, entry.seq)
        return self.get(artifact_id)

    def get(self, artifact_id: str) -> Artifact:
        row = self._db.one(f"SELECT {_COLUMNS} FROM artifacts WHERE id = ?", (artifact_id,))
        if row is None:
            raise NotFound(what=translate("errors", "Artifact"), ident=artifact_id)
        return _artifact(row)

    def in_case(self, case_id: str) -> list[Artifact]:
        """The case's files in the order they were acquired. The files of one capture share their time: they
        come in the order the capture took them (rowid, the order of the inserts; a copy of the database keeps
        it), not by their random ids, which printed a transcript's chat-image-0002 before its 0001."""
        rows = self._db.all(f"SELECT {_COLUMNS} FROM artifacts WHERE case_id = ? ORDER BY acquired_at, rowid",
                            (case_id,))
        return [_artifact(row) for row in rows]

    def of_capture(self, capture_id: str) -> list[Artifact]:
        """One capture's files, through the capture index: a case's gallery asks once per capture, and
        reading the whole case each time made a 1,000-capture case take minutes to list. In the order taken
        (:meth:`in_case`)."""
        rows = self._db.all(f"SELECT {_COLUMNS} FROM artifacts WHERE capture_id = ? ORDER BY acquired_at, rowid",
                            (capture_id,))
        return [_artifact(row) for row in rows]

    def chunks(self, artifact_id: str) -> Iterator[bytes]:
        """The bytes, chunk by chunk, without loading a large artifact whole."""
        index = 0
        while True:
            row = self._db.one("SELECT data FROM artifact_chunks WHERE artifact_id = ? AND idx = ?",
                               (artifact_id, index))
            if row is None:
                return
            yield bytes(row[0])
            index += 1

    def read(self, artifact_id: str) -> bytes:
        return b"".join(self.chunks(artifact_id))

    def rehash(self, artifact_id: str) -> tuple[str, int]:
        return sha256_chunks(self.chunks(artifact_id))

    def verify(self, artifact: Artifact) -> bool:
        return self.rehash(artifact.id) == (artifact.sha256, artifact.size)

    def verified_chunks(self, artifact: Artifact) -> Iterator[bytes]:
        """The bytes on their way out of the vault (an exported file, a case file), refused at the end when
        they no longer match the size and SHA-256 taken at acquisition: nothing leaves the vault that its
        own record contradicts."""
        digest, size = hashlib.sha256(), 0
        for chunk in self.chunks(artifact.id):
            digest.update(chunk)
            size += len(chunk)
            yield chunk
        if (digest.hexdigest(), size) != (artifact.sha256, artifact.size):
            raise IntegrityFailure(detail=translate("errors", "evidence file {id} no longer matches its SHA-256; "
                                                              "run 'netpatrol verify'").format(id=artifact.id))

    def read_verified(self, artifact_id: str) -> bytes:
        """The whole file for what is printed from it (a chat transcript), refused (IntegrityFailure) when it
        no longer matches its SHA-256: paper must not carry altered content under the original's hash."""
        return b"".join(self.verified_chunks(self.get(artifact_id)))

    def export(self, actor: Actor, artifact: Artifact, destination: Path, moment: datetime, *,
               replace: bool = True) -> None:
        """Write the bytes to ``destination`` atomically, checking the hash on the way out.

        A half-written file never appears under the destination name; a hash mismatch leaves no file. The
        file is named inside the transaction that audits it: if that does not commit, the file is removed.
        ``replace``: see :func:`app.vault.atomic.publish_file`.
        """
        with staged_file(destination, replace=replace) as staged:
            for chunk in self.verified_chunks(artifact):
                staged.out.write(chunk)
            with self._db.transaction():
                self._audit.append(actor, "artifact.export", case_id=artifact.case_id, subject=artifact.id,
                                   details={"sha256": artifact.sha256, "file": destination.name}, at=moment)
                staged.publish()
