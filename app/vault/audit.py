"""The hash-chained audit log.

Every action is one appended entry whose hash covers all its fields and the previous entry's hash,
so changing, deleting or reordering any entry breaks the chain from that point on. Rows that are
evidence (cases, revisions, people, artifacts) carry the sequence number of the entry that created
them, and the entry carries the hash of the row, so a row changed behind our back shows too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.core.hashing import sha256_bytes
from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.core.models import AuditEntry
from app.core.timeutil import Clock, iso_utc, parse_iso
from app.vault.connection import Database

GENESIS = "0" * 64
# An entry's columns, in the order _entry (and the chain's walk) reads them.
ENTRY_COLUMNS = "seq, at, officer, workstation, action, case_id, subject, details, prev_hash, entry_hash"
HeadWatcher = Callable[[int, str], None]
# How far an entry may be recorded before the one ahead of it in the chain without being told: the system
# clock's own corrections (Windows Time steps a drifting clock by seconds) are not a clock set back.
CLOCK_TOLERANCE = timedelta(minutes=1)


def canonical(value: Any) -> bytes:
    """The one byte form we hash: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def row_hash(fields: dict[str, Any]) -> str:
    return sha256_bytes(canonical(fields))


def entry_hash(seq: int, at: str, officer: str, workstation: str, action: str,
               case_id: str | None, subject: str | None, details: str, prev_hash: str) -> str:
    return sha256_bytes(canonical([seq, at, officer, workstation, action, case_id, subject, details, prev_hash]))


@dataclass(frozen=True)
class Actor:
    """Who acts: recorded with every entry."""

    officer: str
    workstation: str


class AuditLog:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._watchers: list[HeadWatcher] = []

    def watch(self, watcher: HeadWatcher) -> None:
        """Call ``watcher(seq, entry_hash)`` with the new head each time an entry is committed (on the
        committing thread), so the status bar shows the head an officer would find printed at once."""
        self._watchers.append(watcher)

    def unwatch(self, watcher: HeadWatcher) -> None:
        if watcher in self._watchers:
            self._watchers.remove(watcher)

    def _tell(self, seq: int, digest: str) -> None:
        for watcher in list(self._watchers):
            watcher(seq, digest)

    def head(self) -> tuple[int, str]:
        """(sequence number, hash) of the last entry; (0, GENESIS) for an empty log."""
        row = self._db.one("SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1")
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

    def append(self, actor: Actor, action: str, *, case_id: str | None = None,
               subject: str | None = None, details: dict[str, Any] | None = None,
               at: datetime | None = None) -> AuditEntry:
        """Append one entry inside the caller's transaction (or its own)."""
        with self._db.transaction():
            seq, prev = self.head()
            seq += 1
            moment = iso_utc(at or self._clock())
            body = canonical(details or {}).decode("utf-8")
            digest = entry_hash(seq, moment, actor.officer, actor.workstation, action, case_id, subject, body, prev)
            self._db.execute(
                "INSERT INTO audit (seq, at, officer, workstation, action, case_id, subject, details, "
                "prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (seq, moment, actor.officer, actor.workstation, action, case_id, subject, body, prev, digest),
            )
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (f"{seq}:{digest}",),
            )
            self._db.after_commit(lambda: self._tell(seq, digest))
        return AuditEntry(seq, parse_iso(moment), actor.officer, actor.workstation, action, case_id, subject,
                          json.loads(body), prev, digest)

    def clock_behind(self) -> timedelta | None:
        """How far the workstation's clock now reads before the last entry's time, beyond the tolerance
        (None: it does not). One of the two times is wrong, and what is recorded now would carry it."""
        last = self._db.scalar("SELECT at FROM audit ORDER BY seq DESC LIMIT 1")
        if last is None:
            return None
        behind = parse_iso(str(last)) - self._clock()
        return behind if behind > CLOCK_TOLERANCE else None

    def entries(self, case_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        sql = f"SELECT {ENTRY_COLUMNS} FROM audit"
        params: tuple[Any, ...] = ()
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params = (case_id,)
        sql += " ORDER BY seq LIMIT ?"
        return [_entry(row) for row in self._db.all(sql, (*params, limit))]

    def on_subject(self, case_id: str, action: str, subject: str) -> list[AuditEntry]:
        """One case's entries of one action on one subject, oldest first: the transcripts printed of a
        case's chats, say (read along the case's index, whose entries are few beside the chain's)."""
        return [_entry(row) for row in self._db.all(
            f"SELECT {ENTRY_COLUMNS} FROM audit WHERE case_id = ? AND action = ? AND subject = ? ORDER BY seq",
            (case_id, action, subject))]

    def between(self, start: str, end: str, limit: int | None = None,
                actions: Collection[str] | None = None) -> tuple[list[AuditEntry], int]:
        """The entries recorded in [start, end) (stored UTC text), newest first, at most ``limit`` of
        them (None: all), and how many there are in all (the whole vault's, not one case's).
        ``actions`` keeps only the entries of those actions (None: every entry).

        The indexes on time and action give the period's first and last sequence numbers and its
        count; the entries are then read backwards along the chain from the last, so a week of a
        long chain and a period that holds all of it are both quick (11 ms and 45 ms at 300,000
        entries, where one plan or the other alone took 240 or 580 ms)."""
        params = [start, end, *sorted(actions or ())]

        def condition(column_prefix: str) -> str:  # "+" keeps SQLite from reading through an index
            text = f"{column_prefix}at >= ? AND {column_prefix}at < ?"
            if actions is not None:
                text += f" AND {column_prefix}action IN ({','.join('?' * len(actions))})"
            return text

        first, last, total = self._db.one(f"SELECT min(seq), max(seq), count(*) FROM audit WHERE {condition('')}",
                                          tuple(params)) or (None, None, 0)
        if not total:
            return [], 0
        rows = self._db.all(
            f"SELECT {ENTRY_COLUMNS} FROM audit WHERE seq BETWEEN ? AND ? AND {condition('+')} ORDER BY seq DESC LIMIT ?",
            (first, last, *params, -1 if limit is None else limit))  # SQLite reads LIMIT -1 as no limit
        return [_entry(row) for row in rows], int(total)


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    seq, at, officer, workstation, action, case_id, subject, details, prev, digest = row
    return AuditEntry(int(seq), parse_iso(at), officer, workstation, action, case_id, subject,
                      json.loads(details), prev, digest)


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: Message


def _break(at_entry: int, text: str, **args: object) -> ChainBreak:
    return ChainBreak(at_entry, Message("verify", text, tuple(sorted(args.items()))))


def walk_chain(db: Database) -> ChainWalk:
    """Walk the whole chain once, in order: each entry's link and hash, and its time against the time of
    the entry before it (fixed-width UTC text compares as it stands). It stops at the first break."""
    prev, before_at, count = GENESIS, "", 0
    steps: list[ClockStep] = []
    for row in db.execute(f"SELECT {ENTRY_COLUMNS} FROM audit ORDER BY seq"):
        count += 1
        broken = _entry_break(count, row, prev)
        if broken is not None:
            return ChainWalk(count, broken, tuple(steps))
        seq, at = row[0], str(row[1])
        if at < before_at and (step := _clock_step(seq, at, before_at)) is not None:
            steps.append(step)
        prev, before_at = row[-1], at
    return ChainWalk(count, _head_break(db, count, prev), tuple(steps))


def _clock_step(seq: int, at: str, before_at: str) -> ClockStep | None:
    """The step back from ``before_at`` to ``at`` when it is beyond the tolerance (a time that is no time, which
    only a chain rewritten whole could carry, is left to the other checks)."""
    try:
        step = ClockStep(seq, parse_iso(at), parse_iso(before_at))
    except ValueError:
        return None
    return step if step.back_by > CLOCK_TOLERANCE else None


def _entry_break(expected: int, row: tuple[Any, ...], prev: str) -> ChainBreak | None:
    seq, at, officer, workstation, action, case_id, subject, details, prev_hash, digest = row
    if seq != expected:
        return _break(expected, QT_TRANSLATE_NOOP("verify", "entry {expected} is missing (the next present is "
                                                            "{seq})."), expected=expected, seq=seq)
    if prev_hash != prev:
        return _break(seq, QT_TRANSLATE_NOOP("verify", "entry {seq} does not follow entry {before} (its "
                                                       "previous-entry hash differs)."), seq=seq, before=seq - 1)
    if entry_hash(seq, at, officer, workstation, action, case_id, subject, details, prev_hash) != digest:
        return _break(seq, QT_TRANSLATE_NOOP("verify", "entry {seq} was altered (its hash does not match its "
                                                       "content)."), seq=seq)
    return None


def _head_break(db: Database, last: int, prev: str) -> ChainBreak | None:
    """The head recorded in meta against the chain's last entry: entries cut from the end show here."""
    head = db.scalar("SELECT value FROM meta WHERE key = 'audit_head'")
    if head is None or head == f"{last}:{prev}":
        return None
    recorded = int(str(head).split(":")[0])
    return _break(min(recorded, last + 1), QT_TRANSLATE_NOOP(
        "verify", "the chain ends at entry {last} but the recorded head is entry {recorded}: entries were "
        "removed from the end."), last=last, recorded=recorded)


@dataclass(frozen=True)
class ClockStep:
    """An entry recorded earlier than the one before it: the workstation's clock was set back between
    them (or had been ahead before). The chain stays intact, for the order is the sequence, not the time;
    but the times on either side rest on a clock that was wrong on one side, and a court will ask."""

    seq: int
    at: datetime
    before_at: datetime

    @property
    def back_by(self) -> timedelta:
        return self.before_at - self.at


@dataclass(frozen=True)
class ChainWalk:
    """The chain walked once: the entries read, the first break (None: intact) and the clock's steps back."""

    entries: int
    broken: ChainBreak | None
    clock_steps: tuple[ClockStep, ...] = ()
