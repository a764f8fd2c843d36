"""The patrol duty log (勤務紀錄): who patrolled, when, and every page visited.

A patrol is one row in ``patrols`` (audited when it starts) and a stream of rows in
``patrol_events``: start, each top-level navigation, captures, TLS overrides, downloads, stop.

Why navigation rows are not audited one by one: an officer opens hundreds of pages a shift, and
each audit entry costs a chain step. Instead each event is committed on its own (the vault runs
``synchronous=FULL``), so a crash keeps everything up to the crash; and when the patrol stops, the
audit entry records the SHA-256 of the whole log, so ``verify`` notices a log altered afterwards.
The tables are append-only (SQL triggers), so a stop is a new event, never an edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from app.core.errors import NotFound, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.ids import new_id
from app.core.timeutil import TAIPEI, iso_utc, parse_iso
from app.vault.audit import Actor, AuditLog, row_hash
from app.vault.connection import Database

QT_ALREADY_STOPPED = QT_TRANSLATE_NOOP("errors", "Patrol {ident} has already ended.")


class PatrolEventKind(StrEnum):
    START = "start"
    NAVIGATE = "navigate"
    CAPTURE = "capture"
    DOWNLOAD = "download"
    TLS_OVERRIDE = "tls_override"
    PAUSE = "pause"    # the vault was locked while the patrol ran: nothing can be logged until it is unlocked
    RESUME = "resume"  # ... and unlocked again
    STOP = "stop"


class StopReason(StrEnum):
    OFFICER = "officer"
    INTERRUPTED = "interrupted"  # the app ended without stopping the patrol (crash, power loss)


_EVENT_LABELS = {
    PatrolEventKind.START: QT_TRANSLATE_NOOP("patrol", "Patrol started"),
    PatrolEventKind.NAVIGATE: QT_TRANSLATE_NOOP("patrol", "Visited"),
    PatrolEventKind.CAPTURE: QT_TRANSLATE_NOOP("patrol", "Captured"),
    PatrolEventKind.DOWNLOAD: QT_TRANSLATE_NOOP("patrol", "Downloaded into the vault"),
    PatrolEventKind.TLS_OVERRIDE: QT_TRANSLATE_NOOP("patrol", "Proceeded despite TLS error"),
    PatrolEventKind.PAUSE: QT_TRANSLATE_NOOP("patrol", "Paused: the vault was locked"),
    PatrolEventKind.RESUME: QT_TRANSLATE_NOOP("patrol", "Resumed: the vault was unlocked"),
    PatrolEventKind.STOP: QT_TRANSLATE_NOOP("patrol", "Patrol ended"),
}
QT_CLOSED_AFTER_CRASH = QT_TRANSLATE_NOOP("patrol", "Closed after the application ended unexpectedly")


@dataclass(frozen=True)
class PatrolEvent:
    id: int
    patrol_id: str
    kind: PatrolEventKind
    at: datetime
    url: str
    title: str
    tab: str
    persona: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Patrol:
    id: str
    officer: str
    workstation: str
    started_at: datetime
    ended_at: datetime | None
    stop_reason: StopReason | None
    navigations: int
    last_logged_at: datetime  # its latest event other than the stop (its start, when nothing else was logged)
    locked: tuple[tuple[datetime, datetime], ...] = ()  # pause to resume: the officer was not patrolling

    @property
    def running(self) -> bool:
        return self.ended_at is None

    @property
    def cut_short(self) -> bool:
        """Never stopped, or closed by an officer after the application had ended: either way its stop
        time (if any) is not when the patrol ended."""
        return self.ended_at is None or self.stop_reason is StopReason.INTERRUPTED

    @property
    def active_until(self) -> datetime:
        """When the patrol's activity ended: its stop, or for a patrol cut short its last logged event
        (not the time an officer closed it, hours later). The printed log and the statistics both
        count a patrol's length to here."""
        if self.cut_short or self.ended_at is None:
            return self.last_logged_at
        return self.ended_at

    @property
    def paused_seconds(self) -> float:
        return sum((resumed - paused).total_seconds() for paused, resumed in self.locked)

    @property
    def seconds_on_patrol(self) -> float:
        """From its start to ``active_until``, less the time the vault stood locked: a patrol left running over a
        lunch break with the vault locked counted the lunch as time on patrol in the unit's statistics."""
        return self.seconds_on_patrol_within(self.started_at, self.active_until)

    def seconds_on_patrol_within(self, start: datetime, end: datetime) -> float:
        """Time on patrol between ``start`` and ``end`` (a printed day's log counts its own day only)."""
        start, end = max(start, self.started_at), min(end, self.active_until)
        locked = sum(max(0.0, (min(end, resumed) - max(start, paused)).total_seconds()) for paused, resumed in self.locked)
        return max(0.0, (end - start).total_seconds() - locked)


_EVENT_COLUMNS = "id, patrol_id, kind, at, url, title, tab, persona, data"


def event_label(event: PatrolEvent) -> str:
    """What happened, in the officer's language (the log view and the printed log). An interrupted
    patrol is closed later by an officer: its end row must not read as a normal end at that later
    time (seen: "Patrol ended" 21 minutes after the crash)."""
    if event.kind is PatrolEventKind.STOP and event.data.get("reason") == str(StopReason.INTERRUPTED):
        return translate("patrol", QT_CLOSED_AFTER_CRASH)
    return translate("patrol", _EVENT_LABELS[event.kind])


def _event(row: tuple[Any, ...]) -> PatrolEvent:
    event_id, patrol_id, kind, at, url, title, tab, persona, data = row
    return PatrolEvent(int(event_id), patrol_id, PatrolEventKind(kind), parse_iso(at), url, title, tab, persona,
                       json.loads(data))


def log_fields(events: list[PatrolEvent]) -> dict[str, Any]:
    """The form of a patrol log that the stop entry hashes (and ``verify`` recomputes)."""
    return {"events": [[e.id, str(e.kind), iso_utc(e.at), e.url, e.title, e.tab, e.persona, e.data]
                       for e in events]}


def day_bounds(day: date) -> tuple[str, str]:
    """The UTC range of one Asia/Taipei calendar day, as stored text (officers think in local days)."""
    start = datetime.combine(day, time(0), TAIPEI)
    return iso_utc(start), iso_utc(start + timedelta(days=1))


class PatrolStore:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    # -- writing -----------------------------------------------------------------------------------
    def start(self, actor: Actor, moment: datetime, persona: str) -> Patrol:
        """Open a patrol: the row, its audit entry and the start event commit together."""
        patrol_id = new_id("T")  # T for tour of duty: P is taken by people
        at = iso_utc(moment)
        fields = {"id": patrol_id, "officer": actor.officer, "workstation": actor.workstation, "started_at": at}
        with self._db.transaction():
            entry = self._audit.append(actor, "patrol.start", subject=patrol_id,
                                       details={"persona": persona, "row": row_hash(fields)}, at=moment)
            self._db.execute("INSERT INTO patrols (id, officer, workstation, started_at, audit_seq) VALUES (?,?,?,?,?)",
                             (patrol_id, actor.officer, actor.workstation, at, entry.seq))
            self._insert(patrol_id, PatrolEventKind.START, moment, persona=persona)
        return self.get(patrol_id)

    def record(self, patrol_id: str, kind: PatrolEventKind, moment: datetime, *, url: str = "", title: str = "",
               tab: str = "", persona: str = "", data: dict[str, Any] | None = None) -> PatrolEvent:
        """Append one event and commit it at once, so a crash right after keeps it."""
        if kind in (PatrolEventKind.START, PatrolEventKind.STOP):
            raise ValueError("start and stop go through start() and stop(), which audit them")
        with self._db.transaction():
            self._require_running(patrol_id)
            event_id = self._insert(patrol_id, kind, moment, url=url, title=title, tab=tab, persona=persona,
                                    data=data)
        return self.event(event_id)

    def navigate(self, patrol_id: str, moment: datetime, url: str, title: str, tab: str, persona: str) -> PatrolEvent:
        return self.record(patrol_id, PatrolEventKind.NAVIGATE, moment, url=url, title=title, tab=tab, persona=persona)

    def stop(self, actor: Actor, patrol_id: str, moment: datetime,
             reason: StopReason = StopReason.OFFICER) -> Patrol:
        """Close a patrol; the audit entry carries the hash of the whole log up to here."""
        with self._db.transaction():
            self._require_running(patrol_id)
            events = self.events(patrol_id)
            details = {"reason": str(reason), "events": len(events), "row": row_hash(log_fields(events))}
            entry = self._audit.append(actor, "patrol.stop", subject=patrol_id, details=details, at=moment)
            self._insert(patrol_id, PatrolEventKind.STOP, moment,
                         data={"reason": str(reason), "audit_seq": entry.seq, "last_event": events[-1].id})
        return self.get(patrol_id)

    def _insert(self, patrol_id: str, kind: PatrolEventKind, moment: datetime, *, url: str = "", title: str = "",
                tab: str = "", persona: str = "", data: dict[str, Any] | None = None) -> int:
        cursor = self._db.execute(
            "INSERT INTO patrol_events (patrol_id, kind, at, url, title, tab, persona, data) VALUES (?,?,?,?,?,?,?,?)",
            (patrol_id, str(kind), iso_utc(moment), url, title, tab, persona,
             json.dumps(data or {}, ensure_ascii=False, sort_keys=True)))
        return int(cursor.lastrowid)

    def _require_running(self, patrol_id: str) -> None:
        if not self.get(patrol_id).running:
            raise UsageError(QT_ALREADY_STOPPED, ident=patrol_id)

    # -- reading -----------------------------------------------------------------------------------
    def get(self, patrol_id: str) -> Patrol:
        rows = self._patrols("WHERE p.id = ?", (patrol_id,))
        if not rows:
            raise NotFound(what=translate("errors", "Patrol"), ident=patrol_id)
        return rows[0]

    def event(self, event_id: int) -> PatrolEvent:
        row = self._db.one(f"SELECT {_EVENT_COLUMNS} FROM patrol_events WHERE id = ?", (event_id,))
        if row is None:
            raise NotFound(what=translate("errors", "Patrol event"), ident=str(event_id))
        return _event(row)

    def events(self, patrol_id: str) -> list[PatrolEvent]:
        """A session's log, in the order it happened."""
        return _events(self._db, patrol_id)

    def events_on(self, day: date) -> list[PatrolEvent]:
        """Every event of one Taipei calendar day, across sessions."""
        start, end = day_bounds(day)
        rows = self._db.all(f"SELECT {_EVENT_COLUMNS} FROM patrol_events WHERE at >= ? AND at < ? ORDER BY at, id",
                            (start, end))
        return [_event(row) for row in rows]

    def sessions(self, day: date | None = None) -> list[Patrol]:
        """All patrols, newest first; with ``day``, those with any event on that Taipei day."""
        if day is None:
            return self._patrols("", ())
        start, end = day_bounds(day)
        return self._patrols("WHERE p.id IN (SELECT patrol_id FROM patrol_events WHERE at >= ? AND at < ?)",
                             (start, end))

    def unfinished(self) -> list[Patrol]:
        """Patrols with no stop event: running now, or cut short by a crash."""
        return [p for p in self.sessions() if p.running]

    def days(self) -> list[date]:
        """The Taipei days on which anything was logged, newest first."""
        seen: dict[date, None] = {}
        for (at,) in self._db.all("SELECT at FROM patrol_events ORDER BY at DESC"):
            seen.setdefault(parse_iso(at).astimezone(TAIPEI).date(), None)
        return list(seen)

    def started_between(self, start: str, end: str) -> list[Patrol]:
        """The patrols that started in [start, end) (stored UTC text), newest first."""
        return self._patrols("WHERE p.started_at >= ? AND p.started_at < ?", (start, end))

    def _patrols(self, where: str, params: tuple[Any, ...]) -> list[Patrol]:
        sql = (
            "SELECT p.id, p.officer, p.workstation, p.started_at, s.at, s.data, "
            "(SELECT count(*) FROM patrol_events n WHERE n.patrol_id = p.id AND n.kind = 'navigate'), "
            "(SELECT max(at) FROM patrol_events n WHERE n.patrol_id = p.id AND n.kind != 'stop') "
            "FROM patrols p LEFT JOIN patrol_events s ON s.patrol_id = p.id AND s.kind = 'stop' "
            f"{where} ORDER BY p.started_at DESC, p.id"
        )
        patrols = [_patrol(row) for row in self._db.all(sql, params)]
        locked = self._locked_spans(where, params)
        return [replace(p, locked=tuple(locked[p.id])) if p.id in locked else p for p in patrols]

    def _locked_spans(self, where: str, params: tuple[Any, ...]) -> dict[str, list[tuple[datetime, datetime]]]:
        """Each patrol's pause-to-resume spans. A pause never resumed (the application ended while the vault was
        locked) is the patrol's last logged event, where its time on patrol ends anyway: it has no span."""
        rows = self._db.all(f"SELECT e.patrol_id, e.kind, e.at FROM patrol_events e WHERE e.kind IN ('pause', 'resume') "
                            f"AND e.patrol_id IN (SELECT p.id FROM patrols p {where}) ORDER BY e.id", params)
        spans: dict[str, list[tuple[datetime, datetime]]] = {}
        since: dict[str, datetime] = {}
        for patrol_id, kind, at in rows:
            if kind == str(PatrolEventKind.PAUSE):
                since.setdefault(patrol_id, parse_iso(at))
            elif patrol_id in since:
                spans.setdefault(patrol_id, []).append((since.pop(patrol_id), parse_iso(at)))
        return spans


def _events(db: Database, patrol_id: str) -> list[PatrolEvent]:
    rows = db.all(f"SELECT {_EVENT_COLUMNS} FROM patrol_events WHERE patrol_id = ? ORDER BY id", (patrol_id,))
    return [_event(row) for row in rows]


def _patrol(row: tuple[Any, ...]) -> Patrol:
    patrol_id, officer, workstation, started, ended, stop_data, navigations, last_logged = row
    reason = StopReason(json.loads(stop_data)["reason"]) if stop_data else None
    return Patrol(patrol_id, officer, workstation, parse_iso(started), parse_iso(ended) if ended else None,
                  reason, int(navigations), parse_iso(last_logged or started))


def verify_rows(db: Database) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """For ``verify``: each patrol row against its start entry, each closed log against its stop entry."""
    for patrol_id, officer, workstation, started, seq in db.execute(
        "SELECT id, officer, workstation, started_at, audit_seq FROM patrols ORDER BY id"
    ):
        yield "patrols", patrol_id, seq, {"id": patrol_id, "officer": officer, "workstation": workstation,
                                          "started_at": started}
    for patrol_id, data in db.all("SELECT patrol_id, data FROM patrol_events WHERE kind = 'stop' ORDER BY id"):
        stop = json.loads(data)
        logged = [e for e in _events(db, patrol_id) if e.id <= int(stop["last_event"])]
        yield "patrol_events", patrol_id, int(stop["audit_seq"]), log_fields(logged)
