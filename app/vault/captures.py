"""Captures and their identifiers in the vault: one capture, one transaction.

``store_capture`` writes the capture row, every artifact (hashed by the artifact store as it is
written), a metadata.json artifact that names every other artifact with its SHA-256, the
identifiers, the captured text for search, and the audit entries, all inside one transaction: a
failure at any point (disk full, a crash of our own) leaves nothing half-stored.

Identifiers are append-only like everything else: an officer's correction is a new row that
``supersedes`` the old one; a retraction is a new row with ``retracted = 1``. The current set is the
rows nobody supersedes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.core.capture import CapturedFile, CaptureKind, Completeness, PageCapture
from app.core.chat import ChatCapture
from app.core.errors import KnownError, NotFound
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.identifiers import ENTERED_BY_OFFICER, FoundIdentifier, IdentifierKind, Origin, corrected_source
from app.core.ids import new_id
from app.core.models import Artifact, ArtifactKind
from app.core.timeutil import iso_utc, parse_iso, taipei
from app.vault.audit import row_hash
from app.vault.connection import Database

if TYPE_CHECKING:
    from app.vault.vault import Vault

CAPTURE_COLUMNS = ("id, case_id, kind, url, final_url, title, started_at, ended_at, persona, complete, "
                    "completeness, metadata")
IDENT_COLUMNS = "id, case_id, capture_id, kind, value, source, origin, supersedes, retracted, at"


class IdentifierInvalid(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "An identifier needs a kind and a value; {detail}")


@dataclass(frozen=True)
class StoredCapture:
    id: str
    case_id: str
    kind: CaptureKind
    url: str
    final_url: str
    title: str
    started_at: datetime
    ended_at: datetime
    persona: str
    completeness: Completeness
    metadata: dict[str, Any]

    @property
    def complete(self) -> bool:
        return self.completeness.complete


@dataclass(frozen=True)
class StoredIdentifier:
    id: int
    case_id: str
    capture_id: str | None
    kind: IdentifierKind
    value: str
    source: str
    origin: Origin
    supersedes: int | None
    retracted: bool
    at: datetime


_CAPTURE_KEYS = [k.strip() for k in CAPTURE_COLUMNS.split(",")]
_IDENT_KEYS = [k.strip() for k in IDENT_COLUMNS.split(",")]


def capture_fields(row: tuple[Any, ...]) -> dict[str, Any]:
    """The fields of a captures row as they were hashed into its audit entry (verify uses this too)."""
    fields = dict(zip(_CAPTURE_KEYS, row, strict=True))
    fields["completeness"] = json.loads(fields["completeness"])
    fields["metadata"] = json.loads(fields["metadata"])
    fields["complete"] = bool(fields["complete"])
    return fields


def identifier_fields(row: tuple[Any, ...]) -> dict[str, Any]:
    fields = dict(zip(_IDENT_KEYS, row, strict=True))
    fields["retracted"] = bool(fields["retracted"])
    return fields


def _stored_capture(row: tuple[Any, ...]) -> StoredCapture:
    f = capture_fields(row)
    return StoredCapture(f["id"], f["case_id"], CaptureKind(f["kind"]), f["url"], f["final_url"], f["title"],
                         parse_iso(f["started_at"]), parse_iso(f["ended_at"]), f["persona"],
                         Completeness.from_dict(f["completeness"]), f["metadata"])


def _stored_identifier(row: tuple[Any, ...]) -> StoredIdentifier:
    f = identifier_fields(row)
    return StoredIdentifier(int(f["id"]), f["case_id"], f["capture_id"], IdentifierKind(f["kind"]), f["value"],
                            f["source"], Origin(f["origin"]), f["supersedes"], f["retracted"], parse_iso(f["at"]))


def _metadata_file(vault: Vault, capture: PageCapture, case_id: str, capture_id: str) -> bytes:
    """metadata.json: who, where, when, with what, and the SHA-256 of every other artifact."""
    data = dict(capture.metadata)
    data.update({
        "capture_id": capture_id, "case_id": case_id, "kind": str(capture.kind),
        "officer": vault.actor.officer, "workstation": vault.actor.workstation, "persona": capture.persona,
        "completeness": capture.completeness.as_dict(),
        "completeness_statement": capture.completeness.statement(),
        "identifiers": [{"kind": str(i.kind), "value": i.value, "source": i.source, "origin": str(i.origin)}
                        for i in capture.identifiers],
        "artifacts": [{"name": f.name, "role": str(f.role), "mime": f.mime, "size": f.size, "sha256": f.sha256}
                      for f in capture.files],
    })
    data.setdefault("started_at_taipei", taipei(capture.started_at).isoformat())
    data.setdefault("ended_at_taipei", taipei(capture.ended_at).isoformat())
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


DerivedFiles = Callable[[Mapping[str, tuple[str, str]]], Sequence[CapturedFile]]
"""Files made from the stored artifacts, given name -> (artifact id, sha256): a chat's ``chat.json``
names each picture by the artifact id the vault just gave it."""


def store_capture(vault: Vault, case_ref: str, capture: PageCapture,
                  derived: DerivedFiles | None = None) -> tuple[StoredCapture, list[Artifact]]:
    """Store everything a capture produced in one transaction; returns the row and its artifacts.

    ``derived``: files computed from the stored artifacts, stored after them in the same transaction
    and listed in metadata.json like the others."""
    case = vault.case(case_ref)
    capture_id = new_id("K")  # K for capture: C is taken by cases
    moment = vault.clock()
    fields = {
        "id": capture_id, "case_id": case.id, "kind": str(capture.kind), "url": capture.url,
        "final_url": capture.final_url, "title": capture.title, "started_at": iso_utc(capture.started_at),
        "ended_at": iso_utc(capture.ended_at), "persona": capture.persona, "complete": capture.completeness.complete,
        "completeness": capture.completeness.as_dict(), "metadata": capture.metadata,
    }
    artifacts: list[Artifact] = []
    with vault.db.transaction():
        entry = vault.audit.append(vault.actor, "capture.add", case_id=case.id, subject=capture_id, details={
            "kind": str(capture.kind), "complete": capture.completeness.complete, "files": len(capture.files),
            "row": row_hash(fields)}, at=moment)
        insert_capture_row(vault.db, fields, entry.seq)
        for item in capture.files:
            artifacts.append(vault.artifacts.add(vault.actor, case.id, item.kind, item.name, item.mime, item.data,
                                                 capture.ended_at, capture_id))
        extra = list(derived({a.name: (a.id, a.sha256) for a in artifacts})) if derived else []
        for item in extra:
            artifacts.append(vault.artifacts.add(vault.actor, case.id, item.kind, item.name, item.mime, item.data,
                                                 capture.ended_at, capture_id))
        if extra:
            capture = replace(capture, files=capture.files + tuple(extra))
        metadata = _metadata_file(vault, capture, case.id, capture_id)
        artifacts.append(vault.artifacts.add(vault.actor, case.id, ArtifactKind.JSON, "metadata.json",
                                             "application/json", metadata, capture.ended_at, capture_id))
        found_at = vault.clock()  # after the artifacts' entries, so that the chain's times keep their order
        for found in capture.identifiers:
            _insert_identifier(vault, case.id, capture_id, found.kind, found.value, found.source, found.origin,
                               None, False, found_at)
        vault.index.add(case.id, "capture", capture_id, "\n".join([capture.title, capture.final_url, capture.text]))
    return get_capture(vault, capture_id), artifacts


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def insert_capture_row(db: Database, fields: dict[str, Any], seq: int) -> None:
    """Write a captures row from the fields its audit entry hashed (``capture_fields`` reads them back):
    a capture made here and one received in a case file are written the same way."""
    row = {**fields, "complete": int(fields["complete"]), "completeness": _json(fields["completeness"]),
           "metadata": _json(fields["metadata"])}
    db.execute(f"INSERT INTO captures ({CAPTURE_COLUMNS}, audit_seq) VALUES ({_marks(len(_CAPTURE_KEYS) + 1)})",
               (*(row[key] for key in _CAPTURE_KEYS), seq))


def insert_identifier_row(db: Database, fields: dict[str, Any], seq: int) -> None:
    """Write an identifiers row from the fields its audit entry hashed (``identifier_fields`` reads them back)."""
    row = {**fields, "retracted": int(fields["retracted"])}
    db.execute(f"INSERT INTO identifiers ({IDENT_COLUMNS}, audit_seq) VALUES ({_marks(len(_IDENT_KEYS) + 1)})",
               (*(row[key] for key in _IDENT_KEYS), seq))


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _insert_identifier(vault: Vault, case_id: str, capture_id: str | None, kind: IdentifierKind, value: str,
                       source: str, origin: Origin, supersedes: int | None, retracted: bool,
                       moment: datetime) -> int:
    with vault.db.transaction():
        ident = int(vault.db.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM identifiers"))
        fields = {"id": ident, "case_id": case_id, "capture_id": capture_id, "kind": str(kind), "value": value,
                  "source": source, "origin": str(origin), "supersedes": supersedes, "retracted": retracted,
                  "at": iso_utc(moment)}
        action = "identifier.retract" if retracted else ("identifier.correct" if supersedes else "identifier.add")
        entry = vault.audit.append(vault.actor, action, case_id=case_id, subject=str(ident), details={
            "kind": str(kind), "origin": str(origin), "supersedes": supersedes, "row": row_hash(fields)}, at=moment)
        insert_identifier_row(vault.db, fields, entry.seq)
    return ident


def get_capture(vault: Vault, capture_id: str) -> StoredCapture:
    row = vault.db.one(f"SELECT {CAPTURE_COLUMNS} FROM captures WHERE id = ?", (capture_id,))
    if row is None:
        raise NotFound(what=translate("errors", "Capture"), ident=capture_id)
    return _stored_capture(row)


def captures_in_case(vault: Vault, case_ref: str) -> list[StoredCapture]:
    case = vault.case(case_ref)
    rows = vault.db.all(f"SELECT {CAPTURE_COLUMNS} FROM captures WHERE case_id = ? ORDER BY started_at, id",
                        (case.id,))
    return [_stored_capture(row) for row in rows]


def all_identifiers(vault: Vault, case_id: str, capture_id: str | None = None) -> list[StoredIdentifier]:
    """Every row, history included, in order."""
    sql = f"SELECT {IDENT_COLUMNS} FROM identifiers WHERE case_id = ?"
    params: tuple[Any, ...] = (case_id,)
    if capture_id is not None:
        sql += " AND capture_id = ?"
        params = (case_id, capture_id)
    return [_stored_identifier(row) for row in vault.db.all(sql + " ORDER BY id", params)]


def current_identifiers(vault: Vault, case_id: str, capture_id: str | None = None) -> list[StoredIdentifier]:
    """The identifiers as they stand: rows not superseded by a later one, retractions left out."""
    rows = all_identifiers(vault, case_id, capture_id)
    superseded = {r.supersedes for r in rows if r.supersedes is not None}
    return [r for r in rows if r.id not in superseded and not r.retracted]


def _identifier(vault: Vault, ident: int) -> StoredIdentifier:
    row = vault.db.one(f"SELECT {IDENT_COLUMNS} FROM identifiers WHERE id = ?", (ident,))
    if row is None:
        raise NotFound(what=translate("errors", "Identifier"), ident=str(ident))
    return _stored_identifier(row)


def _check(kind: IdentifierKind | str, value: str) -> IdentifierKind:
    try:
        checked = IdentifierKind(kind)
    except ValueError:
        raise IdentifierInvalid(detail=f"unknown kind {kind!r}") from None
    if not value.strip():
        raise IdentifierInvalid(detail="the value is empty")
    return checked


def add_identifier(vault: Vault, case_ref: str, capture_id: str | None, kind: IdentifierKind | str, value: str,
                   note: str = "") -> StoredIdentifier:
    """An identifier the officer adds by hand (for instance read off the image)."""
    case = vault.case(case_ref)
    if capture_id is not None:
        get_capture(vault, capture_id)
    checked = _check(kind, value)
    ident = _insert_identifier(vault, case.id, capture_id, checked, value.strip(), note or ENTERED_BY_OFFICER,
                               Origin.OFFICER, None, False, vault.clock())
    return _identifier(vault, ident)


def correct_identifier(vault: Vault, ident: int, value: str, note: str = "",
                       kind: IdentifierKind | str | None = None) -> StoredIdentifier:
    """A corrected value: a new row superseding ``ident``; the old one stays in the history."""
    old = _identifier(vault, ident)
    checked = _check(kind or old.kind, value)
    new = _insert_identifier(vault, old.case_id, old.capture_id, checked, value.strip(),
                             note or corrected_source(old.source), Origin.OFFICER, old.id, False,
                             vault.clock())
    return _identifier(vault, new)


def retract_identifier(vault: Vault, ident: int, note: str = "") -> StoredIdentifier:
    """The officer says this is not an identifier (a false match): a retraction row supersedes it."""
    old = _identifier(vault, ident)
    new = _insert_identifier(vault, old.case_id, old.capture_id, old.kind, old.value,
                             note or "retracted by the officer", Origin.OFFICER, old.id, True, vault.clock())
    return _identifier(vault, new)


def capture_files(vault: Vault, capture_id: str) -> list[Artifact]:
    get_capture(vault, capture_id)  # an unknown capture is an error, not an empty list
    return vault.artifacts.of_capture(capture_id)


def stored_hashes(artifacts: list[Artifact]) -> dict[str, str]:
    return {a.name: a.sha256 for a in artifacts}


def found_identifiers(rows: list[StoredIdentifier]) -> tuple[FoundIdentifier, ...]:
    """Stored rows back as findings (for the initial-evidence check after a correction)."""
    return tuple(FoundIdentifier(r.kind, r.value, r.source, r.origin) for r in rows)


def capture_rows(db: Database) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """(table, row id, audit seq, hashed fields) of captures and identifiers, for ``verify``."""
    for row in db.execute(f"SELECT {CAPTURE_COLUMNS}, audit_seq FROM captures ORDER BY id"):
        yield "captures", str(row[0]), int(row[-1]), capture_fields(row[:-1])
    for row in db.execute(f"SELECT {IDENT_COLUMNS}, audit_seq FROM identifiers ORDER BY id"):
        yield "identifiers", str(row[0]), int(row[-1]), identifier_fields(row[:-1])


def store_chat(vault: Vault, case_ref: str, chat: ChatCapture) -> tuple[StoredCapture, list[Artifact]]:
    """A chat capture: its files, then ``chat.json`` naming each picture by its new artifact id, then
    metadata.json, all in the one transaction of :func:`store_capture`."""
    return store_capture(vault, case_ref, chat.capture, lambda stored: [chat.chat_file(stored)])
