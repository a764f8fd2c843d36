"""`netpatrol verify` for the vault: page authentication, SQLite structure, the audit chain, each
evidence row against the entry that created it, and every artifact's bytes against its SHA-256.

It reads only. The first problem of each kind is named; the report says what was checked, so a
clean result is a statement, not an absence of output.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.core.hashing import sha256_bytes
from app.core.i18n import QT_TRANSLATE_NOOP, Message, counted, current_language, translate
from app.core.timeutil import iso_utc, span_text, time_text
from app.vault.artifacts import ArtifactStore
from app.vault.audit import ClockStep, row_hash, walk_chain
from app.vault.captures import capture_rows
from app.vault.connection import Database
from app.vault.migrations import APPEND_ONLY_TABLES
from app.vault.patrols import verify_rows as patrol_rows
from app.vault.people import received_identity_fields
from app.vault.steps import step_event_rows

CTX = "verify"
SHOWN_CLOCK_STEPS = 3  # the clock's steps back named one by one; the rest are counted


def _msg(text: str, **args: object) -> Message:
    return Message(CTX, text, tuple(sorted(args.items())))


@dataclass
class VerifyReport:
    audit_entries: int = 0
    rows_checked: int = 0
    artifacts_checked: int = 0
    bytes_checked: int = 0
    head: str = ""
    problems: list[Message] = field(default_factory=list)
    first_broken_entry: int | None = None
    clock_steps: list[ClockStep] = field(default_factory=list)  # not damage: the chain's order holds
    unreadable: bool = False  # the file's pages or structure failed: nothing further could be counted or checked

    @property
    def ok(self) -> bool:
        return not self.problems

    def clock_notes(self) -> list[str]:
        """The workstation clock's steps back, as the officer reads them: the first few, then how many more."""
        language = current_language()
        notes = [translate(CTX, QT_TRANSLATE_NOOP(
            "verify", "Entry {seq} ({at}) is recorded {by} earlier than entry {before} ({before_at}): the "
            "workstation's clock was set back, or had been ahead. The chain's order is intact; check the times "
            "around it against another record.")).format(
                seq=step.seq, at=time_text(step.at, language), by=span_text(step.back_by), before=step.seq - 1,
                before_at=time_text(step.before_at, language)) for step in self.clock_steps[:SHOWN_CLOCK_STEPS]]
        more = len(self.clock_steps) - SHOWN_CLOCK_STEPS
        if more > 0:
            notes.append(counted(more, translate(CTX, QT_TRANSLATE_NOOP("verify", "…and 1 more step back of the clock.")),
                                 translate(CTX, QT_TRANSLATE_NOOP("verify", "…and {count} more steps back of the clock."))))
        return notes

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "unreadable": self.unreadable, "audit_entries": self.audit_entries,
                "rows_checked": self.rows_checked, "artifacts_checked": self.artifacts_checked,
                "bytes_checked": self.bytes_checked, "audit_head": self.head, "first_broken_entry": self.first_broken_entry,
                "problems": [p.render() for p in self.problems],
                "clock_steps": [{"seq": step.seq, "at": iso_utc(step.at), "before_at": iso_utc(step.before_at),
                                 "back_by_seconds": int(step.back_by.total_seconds())} for step in self.clock_steps]}


def verify_vault(db: Database, artifacts: ArtifactStore, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    if not _pages_and_structure(db, report):
        return report
    _triggers(db, report)
    _chain(db, report)
    _rows(db, report)
    _artifacts(db, artifacts, report, progress)
    return report


def _pages_and_structure(db: Database, report: VerifyReport) -> bool:
    bad_pages = db.all("PRAGMA cipher_integrity_check")
    if bad_pages:  # SQLCipher says "HMAC verification failed for page 25": the page is said in the officer's words
        first = re.search(r"\d+", str(bad_pages[0][0]))
        report.problems.append(_msg(QT_TRANSLATE_NOOP("verify", "Pages of the file that failed authentication: "
                                                      "{count} (first: page {first})."), count=len(bad_pages),
                                    first=first.group() if first else "?"))
        report.unreadable = True
        return False
    structure = [row[0] for row in db.all("PRAGMA integrity_check")]
    if structure != ["ok"]:
        report.problems.append(_msg(QT_TRANSLATE_NOOP("verify", "The database structure is damaged: {detail}"),
                                    detail=structure[0]))
        report.unreadable = True
        return False
    return True


def _triggers(db: Database, report: VerifyReport) -> None:
    present = {row[0] for row in db.all("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    tables = {row[0] for row in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (t for t in APPEND_ONLY_TABLES if t in tables):
        for guard in (f"{table}_no_update", f"{table}_no_delete"):
            if guard not in present:
                report.problems.append(_msg(QT_TRANSLATE_NOOP(
                    "verify", "The append-only guard {guard} was removed: records may have been edited."), guard=guard))


def _chain(db: Database, report: VerifyReport) -> None:
    walk = walk_chain(db)
    report.audit_entries, broken, report.clock_steps = walk.entries, walk.broken, list(walk.clock_steps)
    head = db.one("SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1")
    report.head = f"{head[0]}:{head[1]}" if head else "0:" + "0" * 64
    if broken is not None:
        report.first_broken_entry = broken.seq
        report.problems.append(_msg(QT_TRANSLATE_NOOP("verify", "Audit chain broken at entry {seq}: {reason}"),
                                    seq=broken.seq, reason=broken.reason.render()))


def _row_sources(db: Database) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """(table, row id, audit seq, fields as hashed when written) for every evidence row."""
    for rev_id, case_id, number, title, platforms, status, officer, unit, notes, at, seq in db.execute(
        "SELECT rev_id, case_id, number, title, platforms, status, officer, unit, notes, at, audit_seq "
        "FROM case_revisions ORDER BY rev_id"
    ):
        yield "case_revisions", f"{case_id}#{rev_id}", seq, {
            "number": number, "title": title, "platforms": json.loads(platforms), "status": status,
            "officer": officer, "unit": unit, "notes": notes, "at": at}
    for person_id, case_id, role, ordinal, name, details, sealed, created, seq in db.execute(
        "SELECT id, case_id, role, ordinal, name, details, sealed, created_at, audit_seq FROM people ORDER BY id"
    ):
        yield "people", person_id, seq, {
            "id": person_id, "case_id": case_id, "role": role, "ordinal": ordinal, "name": name,
            "details": json.loads(details), "sealed": sha256_bytes(bytes(sealed)) if sealed else None,
            "created_at": created}
    for person_id, sealed, seq in db.execute("SELECT person_id, sealed, audit_seq FROM received_identities "
                                             "ORDER BY person_id"):
        yield "received_identities", person_id, seq, received_identity_fields(person_id, bytes(sealed))
    for row in db.execute("SELECT id, case_id, capture_id, kind, name, mime, size, sha256, acquired_at, audit_seq "
                          "FROM artifacts ORDER BY id"):
        keys = ("id", "case_id", "capture_id", "kind", "name", "mime", "size", "sha256", "acquired_at")
        yield "artifacts", row[0], row[9], dict(zip(keys, row[:9], strict=True))
    yield from capture_rows(db)
    yield from step_event_rows(db)
    yield from patrol_rows(db)


def _rows(db: Database, report: VerifyReport) -> None:
    recorded = {int(seq): json.loads(details).get("row") for seq, details in db.all("SELECT seq, details FROM audit")}
    for table, ident, seq, fields in list(_row_sources(db)):
        report.rows_checked += 1
        if seq not in recorded:
            report.problems.append(_msg(QT_TRANSLATE_NOOP(
                "verify", "{table} row {ident} refers to audit entry {seq}, which is missing."),
                table=table, ident=ident, seq=seq))
        elif recorded[seq] != row_hash(fields):
            report.problems.append(_msg(QT_TRANSLATE_NOOP(
                "verify", "{table} row {ident} differs from what audit entry {seq} recorded."),
                table=table, ident=ident, seq=seq))


def _artifacts(db: Database, artifacts: ArtifactStore, report: VerifyReport,
               progress: Callable[[int, int], None] | None) -> None:
    rows = db.all("SELECT id, sha256, size FROM artifacts ORDER BY id")
    for index, (artifact_id, digest, size) in enumerate(rows):
        actual, actual_size = artifacts.rehash(artifact_id)
        report.artifacts_checked += 1
        report.bytes_checked += actual_size
        if (actual, actual_size) != (digest, size):
            report.problems.append(_msg(QT_TRANSLATE_NOOP(
                "verify", "Artifact {ident}: its bytes no longer match the SHA-256 taken at acquisition."),
                ident=artifact_id))
        if progress:
            progress(index + 1, len(rows))
