"""People in a case. Sealed roles keep their identity only in the sealed compartment; the row holds
the role, the order of entry (for the pseudonym) and the age-encrypted identity."""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from app.core.errors import KnownError, NotFound, RevealWrongPassphrase, UsageError, WrongPassphrase
from app.core.hashing import sha256_bytes
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.ids import new_id
from app.core.models import Person, RevealedIdentity, Role
from app.core.pseudonyms import english_pseudonym, pseudonym, shown_pseudonym
from app.core.sealed_marks import SealedHandles, marks_of
from app.core.timeutil import iso_utc, parse_iso
from app.vault import sealing
from app.vault.audit import Actor, AuditLog, row_hash
from app.vault.connection import Database

QT_NAME_REQUIRED = QT_TRANSLATE_NOOP("errors", "A person needs a name (or an alias if the name is unknown).")
QT_REASON_REQUIRED = QT_TRANSLATE_NOOP("errors", "State why this identity must be revealed.")
QT_HAND_OVER_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "errors", "State why the sealed identities must go with this case file.")
# A person's sealed identity is in its row, or (received later in a case file) in received_identities.
_COLUMNS = "id, case_id, role, ordinal, name, details, COALESCE(people.sealed, received_identities.sealed), created_at"
_SEALED = "COALESCE(people.sealed, received_identities.sealed)"
_PEOPLE = "people LEFT JOIN received_identities ON received_identities.person_id = people.id"


def _person(row: tuple[Any, ...]) -> Person:
    person_id, case_id, role, ordinal, name, details, sealed, created = row
    role = Role(role)
    return Person(person_id, case_id, role, pseudonym(role, int(ordinal)), parse_iso(created), name,
                  json.loads(details), identity_here=not role.sealed or sealed is not None)


def insert_person_row(db: Database, fields: dict[str, Any], sealed: bytes | None, seq: int) -> None:
    """Write a people row from the fields its audit entry hashed (which hold the sealed blob's hash, the
    row the blob itself): a person added here and one received in a case file are written the same way."""
    db.execute("INSERT INTO people (id, case_id, role, ordinal, name, details, sealed, created_at, audit_seq) "
               "VALUES (?,?,?,?,?,?,?,?,?)",
               (fields["id"], fields["case_id"], fields["role"], fields["ordinal"], fields["name"],
                json.dumps(fields["details"], ensure_ascii=False), sealed, fields["created_at"], seq))


def record_marks(db: Database, person_id: str, case_id: str, identity: dict[str, str]) -> None:
    """The marks of a sealed identity (``app.core.sealed_marks``), so documents print the person's
    pseudonym where a captured account or chat sender is theirs. Call it inside the transaction that
    adds the person."""
    key = mark_key(db, create=True)
    for mark in sorted(marks_of(key, (value for value in identity.values() if value))):
        db.execute("INSERT INTO sealed_marks (person_id, case_id, mark) VALUES (?, ?, ?)", (person_id, case_id, mark))


def mark_key(db: Database, *, create: bool = False) -> bytes:
    """The vault's key for marks; made when the first sealed person is added (a reader never writes)."""
    value = db.scalar("SELECT value FROM meta WHERE key = 'mark_key'")
    if value is None and create:
        value = secrets.token_hex(32)
        db.execute("INSERT INTO meta (key, value) VALUES ('mark_key', ?)", (value,))
    return bytes.fromhex(value) if value else b""


def sealed_handles(db: Database, case_id: str) -> SealedHandles:
    """The case's marks with their pseudonyms, for its documents."""
    rows = db.all("SELECT m.mark, p.role, p.ordinal FROM sealed_marks m JOIN people p ON p.id = m.person_id "
                  "WHERE m.case_id = ?", (case_id,))
    return SealedHandles(mark_key(db), {mark: pseudonym(Role(role), int(ordinal)) for mark, role, ordinal in rows})


def insert_received_identity(db: Database, person_id: str, sealed: bytes, seq: int) -> None:
    """A sealed identity received for a person held here without one; its audit entry hashes
    ``received_identity_fields``."""
    db.execute("INSERT INTO received_identities (person_id, sealed, audit_seq) VALUES (?,?,?)", (person_id, sealed, seq))


def received_identity_fields(person_id: str, sealed: bytes) -> dict[str, Any]:
    """The row as hashed into its audit entry (and re-hashed by ``verify``): the blob's hash, not the blob."""
    return {"person_id": person_id, "sealed": sha256_bytes(sealed)}


class IdentityNotHandedOver(KnownError):
    text = QT_TRANSLATE_NOOP(
        "errors", "The identity of {pseudonym} stayed with the unit that handed over this case (its case file did not "
        "carry the sealed identities): ask that unit.")


class HandOverWrongPassphrase(WrongPassphrase):
    text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is wrong. No case file was written, the identities stay sealed, and the attempt is "
        "recorded in the audit log.")


class PeopleStore:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def add(self, actor: Actor, case_id: str, role: Role, name: str, details: dict[str, str],
            recipient: str, moment: datetime) -> Person:
        """Add a person; for a sealed role the name and details go only into the sealed blob."""
        if not name.strip():
            raise UsageError(QT_NAME_REQUIRED)
        person_id = new_id("P")
        at = iso_utc(moment)
        sealed_blob: bytes | None = None
        identity = {"name": name, **details}
        if role.sealed:
            sealed_blob = sealing.seal(recipient, identity)
            name, details = "", {}
        with self._db.transaction():
            ordinal = 1 + int(self._db.scalar(
                "SELECT count(*) FROM people WHERE case_id = ? AND role = ?", (case_id, str(role))))
            fields = {"id": person_id, "case_id": case_id, "role": str(role), "ordinal": ordinal, "name": name,
                      "details": details, "sealed": sha256_bytes(sealed_blob) if sealed_blob else None,
                      "created_at": at}
            entry = self._audit.append(actor, "person.add", case_id=case_id, subject=person_id,
                                       details={"role": str(role), "pseudonym": pseudonym(role, ordinal),
                                                "row": row_hash(fields)}, at=moment)
            insert_person_row(self._db, fields, sealed_blob, entry.seq)
            if sealed_blob is not None:
                record_marks(self._db, person_id, case_id, identity)
        return self.get(person_id)

    def get(self, person_id: str) -> Person:
        row = self._db.one(f"SELECT {_COLUMNS} FROM {_PEOPLE} WHERE id = ?", (person_id,))
        if row is None:
            raise NotFound(what=translate("errors", "Person"), ident=person_id)
        return _person(row)

    def find(self, case_id: str, ref: str) -> Person:
        """A person by id or by pseudonym within a case (officers type 被害人1, or "Victim 1" as the English
        interface shows it)."""
        for person in self.in_case(case_id):
            if ref in (person.id, person.pseudonym) or ref == english_pseudonym(person.pseudonym):
                return person
        raise NotFound(what=translate("errors", "Person"), ident=ref)

    def in_case(self, case_id: str) -> list[Person]:
        rows = self._db.all(f"SELECT {_COLUMNS} FROM {_PEOPLE} WHERE case_id = ? ORDER BY created_at, id", (case_id,))
        return [_person(row) for row in rows]

    def reveal(self, actor: Actor, person: Person, reason: str, passphrase: str, wrapped: bytes,
               minutes: int, moment: datetime) -> RevealedIdentity:
        """Open a sealed identity for a stated reason; the reveal is audited before it is returned."""
        if not reason.strip():
            raise UsageError(QT_REASON_REQUIRED)
        if not person.sealed:
            return RevealedIdentity(person.id, person.pseudonym, person.name, person.details, reason,
                                    moment + timedelta(minutes=minutes))
        blob = self._db.scalar(f"SELECT {_SEALED} FROM {_PEOPLE} WHERE id = ?", (person.id,))
        if blob is None:
            raise IdentityNotHandedOver(pseudonym=shown_pseudonym(person.pseudonym))
        try:
            identity = sealing.unseal(bytes(blob), wrapped, passphrase)
        except WrongPassphrase:
            # A failed attempt on a victim's identity matters as much as a successful one (Art. 7).
            self._audit.append(actor, "person.reveal_denied", case_id=person.case_id, subject=person.id,
                               details={"pseudonym": person.pseudonym, "reason": reason}, at=moment)
            raise RevealWrongPassphrase() from None
        with self._db.transaction():
            self._audit.append(actor, "person.reveal", case_id=person.case_id, subject=person.id,
                               details={"pseudonym": person.pseudonym, "reason": reason, "minutes": minutes}, at=moment)
            if not self._db.scalar("SELECT 1 FROM sealed_marks WHERE person_id = ? LIMIT 1", (person.id,)):
                # sealed before marks existed, or received: the reveal is the first time it can be read
                record_marks(self._db, person.id, person.case_id, identity)
        name = identity.pop("name", "")
        return RevealedIdentity(person.id, person.pseudonym, name, identity, reason,
                                moment + timedelta(minutes=minutes))

    def mark_sealed_before_marks(self, passphrase: str, wrapped: bytes) -> int:
        """Record the marks of every sealed person who has none: people sealed by a NetPatrol older than
        the marks (migration 7), whose names and accounts the documents printed after an upgrade, in the
        transcript of a victim's own chat too, until someone revealed each of them. The vault's unlock has
        the passphrase, so they are marked then, in its transaction; no one sees an identity. Returns how
        many were marked (0, with no scrypt, once every sealed person is)."""
        rows = self._db.all(
            f"SELECT people.id, people.case_id, {_SEALED} FROM {_PEOPLE} WHERE {_SEALED} IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM sealed_marks m WHERE m.case_id = people.case_id AND m.person_id = people.id) "
            "ORDER BY people.id")
        if not rows:
            return 0
        try:
            identities = sealing.unseal_each([bytes(blob) for _, _, blob in rows], wrapped, passphrase)
        except WrongPassphrase:  # the sealing key does not open with it: a reveal will say so, the unlock goes on
            return 0
        marked = 0
        for (person_id, case_id, _), identity in zip(rows, identities, strict=True):
            if identity is not None:  # a record that does not open is left: its reveal says what is wrong
                record_marks(self._db, person_id, case_id, identity)
                marked += 1
        return marked

    def open_for_hand_over(self, actor: Actor, case_id: str, reason: str, passphrase: str, wrapped: bytes,
                           moment: datetime) -> dict[str, dict[str, str]]:
        """The sealed identities of a case held here (person id -> identity), opened to travel in a case
        file. Like a reveal it needs a reason and the passphrase again, and a wrong passphrase is audited;
        the hand-over itself is audited by the export once the file exists."""
        if not reason.strip():
            raise UsageError(QT_HAND_OVER_REASON_REQUIRED)
        rows = self._db.all(f"SELECT id, {_SEALED} FROM {_PEOPLE} WHERE case_id = ? AND {_SEALED} IS NOT NULL "
                            "ORDER BY id", (case_id,))
        try:
            identities = sealing.unseal_all([bytes(blob) for _, blob in rows], wrapped, passphrase)
        except WrongPassphrase:
            self._audit.append(actor, "person.hand_over_denied", case_id=case_id, subject=case_id,
                               details={"reason": reason}, at=moment)
            raise HandOverWrongPassphrase() from None
        return {person_id: identity for (person_id, _), identity in zip(rows, identities, strict=True)}
