"""Checklist ticks in the vault (the append-only ``step_events`` table) and the service that records
them only when the procedure allows.

Every tick and every undo is a new row, written in one transaction with its audit entry, which
carries the SHA-256 of the row (``row``), so ``verify`` notices a row changed behind our back. An
undo never removes the tick it withdraws.

:class:`CaseSteps` is what the rest of the application uses:

- ``view(case)``: every step's state and every clock, as the engine decides them;
- ``tick(case, step, at=, note=, data=)`` / ``undo(case, step, note=)``: an officer's manual tick;
  refused with the engine's reason (:class:`~app.checklist.engine.StepRefused`) when blocked;
- ``on_event(case, kind, at=, data=)``: call it when something happens that completes steps
  (``capture.complete``, ``document.generated:<doc>``, ``recheck.removed``, ``person.sealed``);
  the procedure file says which steps each kind completes;
- ``running_clocks()``: every running clock of every case, for the dashboard and reminders.

Evidence completeness for the takedown gate (陸.二(二)) is read from the ``captures`` table here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from app.checklist.clocks import ClockStatus, case_clocks, clock_step_ids
from app.checklist.engine import (
    ChecklistView,
    StepInputError,
    check_order,
    check_tick,
    check_undo,
    evaluate,
    recorded_facts,
    steps_completed_by,
)
from app.checklist.events import EvidenceStatus, StepAction, StepEvent, latest_by_step
from app.checklist.procedure import Procedure
from app.core.i18n import QT_TRANSLATE_NOOP, current_language
from app.core.models import Case
from app.core.timeutil import Clock, iso_utc, parse_iso, time_text
from app.vault.audit import Actor, AuditLog, row_hash
from app.vault.connection import Database

STEP_COLUMNS = "id, case_id, step_id, action, happened_at, recorded_at, officer, note, data, procedure_version"
FUTURE_TOLERANCE = timedelta(minutes=5)  # workstation clocks drift; a phone call "now" may read a minute ahead


def _event(row: tuple[Any, ...]) -> StepEvent:
    event_id, case_id, step_id, action, happened, recorded, officer, note, data, version = row[:10]
    return StepEvent(int(event_id), case_id, step_id, StepAction(action), parse_iso(happened), parse_iso(recorded),
                     officer, note, json.loads(data) if data != "{}" else {}, version)


def _fields(case_id: str, step_id: str, action: str, happened_at: str, recorded_at: str, officer: str, note: str,
            data: Mapping[str, object], procedure_version: str) -> dict[str, Any]:
    """The row as hashed into its audit entry (and re-hashed by ``verify``)."""
    return {"case_id": case_id, "step_id": step_id, "action": action, "happened_at": happened_at,
            "recorded_at": recorded_at, "officer": officer, "note": note, "data": dict(data),
            "procedure_version": procedure_version}


def step_fields(row: tuple[Any, ...]) -> dict[str, Any]:
    """A ``STEP_COLUMNS`` row as hashed into its audit entry."""
    _event_id, case_id, step_id, action, happened, recorded, officer, note, data, version = row
    return _fields(case_id, step_id, action, happened, recorded, officer, note, json.loads(data), version)


_ROW_KEYS = [k.strip() for k in STEP_COLUMNS.split(",")][1:]  # the id is the database's


def insert_step_row(db: Database, fields: Mapping[str, Any], seq: int) -> int:
    """Write a step_events row from the fields its audit entry hashed (``step_fields`` reads them back);
    a tick made here and one received in a case file are written the same way. Returns the row's id."""
    row = {**fields, "data": json.dumps(fields["data"], ensure_ascii=False, sort_keys=True)}
    cursor = db.execute(f"INSERT INTO step_events ({', '.join(_ROW_KEYS)}, audit_seq) "
                        f"VALUES ({','.join('?' * (len(_ROW_KEYS) + 1))})", (*(row[key] for key in _ROW_KEYS), seq))
    return int(cursor.lastrowid)


def step_event_rows(db: Database) -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """(table, row id, audit seq, hashed fields) for ``verify``'s row check."""
    for row in db.execute(f"SELECT {STEP_COLUMNS}, audit_seq FROM step_events ORDER BY id"):
        yield "step_events", str(row[0]), int(row[-1]), step_fields(row[:-1])


class StepStore:
    """The rows: append, read per case, read the latest per step across cases, captures' completeness."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def record(self, actor: Actor, case_id: str, step_id: str, action: StepAction, happened_at: datetime,
               recorded_at: datetime, note: str, data: Mapping[str, object], procedure_version: str) -> StepEvent:
        happened, recorded = iso_utc(happened_at), iso_utc(recorded_at)
        fields = _fields(case_id, step_id, str(action), happened, recorded, actor.officer, note, data,
                         procedure_version)
        with self._db.transaction():
            entry = self._audit.append(actor, f"step.{action}", case_id=case_id, subject=step_id,
                                       details={"step": step_id, "happened_at": happened,
                                                "procedure": procedure_version, "row": row_hash(fields)},
                                       at=recorded_at)
            event_id = insert_step_row(self._db, fields, entry.seq)
        return StepEvent(event_id, case_id, step_id, action, parse_iso(happened), parse_iso(recorded), actor.officer,
                         note, fields["data"], procedure_version)

    def events(self, case_id: str) -> list[StepEvent]:
        rows = self._db.all(f"SELECT {STEP_COLUMNS} FROM step_events WHERE case_id = ? ORDER BY id", (case_id,))
        return [_event(row) for row in rows]

    def latest_across_cases(self, step_ids: Collection[str]) -> dict[str, list[StepEvent]]:
        """For every case, the latest event of each of ``step_ids`` (one indexed query, any number of cases)."""
        if not step_ids:
            return {}
        marks = ",".join("?" * len(step_ids))
        rows = self._db.all(
            f"SELECT {STEP_COLUMNS} FROM step_events WHERE id IN (SELECT max(id) FROM step_events "
            f"WHERE step_id IN ({marks}) GROUP BY case_id, step_id) ORDER BY case_id, id",
            tuple(sorted(step_ids)),
        )
        by_case: dict[str, list[StepEvent]] = {}
        for row in rows:
            by_case.setdefault(row[1], []).append(_event(row))
        return by_case

    def evidence_status(self, case_id: str) -> EvidenceStatus:
        """Per captured address, the newest capture decides: an address whose last capture is
        incomplete keeps the evidence incomplete (a retry that succeeded makes it complete)."""
        newest: dict[str, tuple[str, bool]] = {}
        for capture_id, url, complete in self._db.all(
                "SELECT id, url, complete FROM captures WHERE case_id = ? ORDER BY started_at, rowid", (case_id,)):
            newest[url] = (capture_id, bool(complete))
        incomplete = tuple(capture_id for capture_id, complete in newest.values() if not complete)
        return EvidenceStatus(len(newest), len(newest) - len(incomplete), incomplete)

    def evidence_items(self, case_id: str) -> list[EvidenceItem]:
        """The captures and artifacts a tick can be linked to (ids, kinds and times; never content)."""
        captures = [EvidenceItem(capture_id, "capture", kind, parse_iso(started), bool(complete))
                    for capture_id, kind, started, complete in self._db.all(
                        "SELECT id, kind, started_at, complete FROM captures WHERE case_id = ? ORDER BY started_at, rowid",
                        (case_id,))]
        artifacts = [EvidenceItem(artifact_id, "artifact", f"{kind} {name}", parse_iso(acquired), True)
                     for artifact_id, kind, name, acquired in self._db.all(
                         "SELECT id, kind, name, acquired_at FROM artifacts WHERE case_id = ? AND capture_id IS NULL "
                         "ORDER BY acquired_at, id", (case_id,))]
        return captures + artifacts


@dataclass(frozen=True)
class EvidenceItem:
    """A capture, or an artifact acquired outside a capture (a download, a document), to link to a tick."""

    id: str
    source: str  # "capture" or "artifact"
    description: str
    at: datetime
    complete: bool


class VaultParts(Protocol):
    """What :class:`CaseSteps` needs of a vault (``app.vault.Vault`` has it)."""

    db: Database
    audit: AuditLog
    actor: Actor
    clock: Clock

    def case(self, case_ref: str) -> Case: ...


class CaseSteps:
    """The checklist of the cases in one vault, under the procedure in force."""

    def __init__(self, vault: VaultParts, procedure: Callable[[], Procedure]) -> None:
        self._vault = vault
        self._procedure = procedure
        self.store = StepStore(vault.db, vault.audit)

    @property
    def procedure(self) -> Procedure:
        return self._procedure()

    def case(self, case_ref: str) -> Case:
        return self._vault.case(case_ref)

    def evidence_items(self, case_ref: str) -> list[EvidenceItem]:
        return self.store.evidence_items(self._vault.case(case_ref).id)

    def _now(self, now: datetime | None) -> datetime:
        return now or self._vault.clock()

    def view(self, case_ref: str, now: datetime | None = None) -> ChecklistView:
        case = self._vault.case(case_ref)
        return evaluate(self.procedure, case.id, self.store.events(case.id), self.store.evidence_status(case.id),
                        self._now(now))

    def tick(self, case_ref: str, step_id: str, *, at: datetime | None = None, note: str = "",
             data: Mapping[str, object] | None = None) -> StepEvent:
        """An officer marks a step done; ``at`` is when it happened (default: now). Raises
        ``StepRefused`` with the reason when the procedure does not allow it yet."""
        now = self._vault.clock()
        happened = at or now
        if happened > now + FUTURE_TOLERANCE:  # said in Taipei time, 民國 in Chinese (seen: 2029-12-31T16:00:00.000000Z)
            raise StepInputError(QT_TRANSLATE_NOOP("errors", "A step cannot be recorded as done in the future ({at})."),
                                 at=time_text(happened, current_language()))
        with self._vault.db.transaction():
            view = self.view(case_ref, now)
            clean = check_tick(view, step_id, note, data or {})
            check_order(view, step_id, happened)
            self._check_evidence(view.case_id, clean.get("evidence", []))
            return self.store.record(self._vault.actor, view.case_id, step_id, StepAction.DONE, happened, now,
                                     note.strip(), clean, self.procedure.version)

    def _check_evidence(self, case_id: str, evidence: object) -> None:
        """A step cites evidence of its own case: seen, a made-up id and another case's capture were both stored
        as what the step rests on."""
        for ident in evidence if isinstance(evidence, list) else []:
            if not self._vault.db.scalar("SELECT 1 FROM captures WHERE id = ? AND case_id = ? UNION ALL "
                                         "SELECT 1 FROM artifacts WHERE id = ? AND case_id = ? LIMIT 1",
                                         (ident, case_id, ident, case_id)):
                raise StepInputError(QT_TRANSLATE_NOOP("errors", "“{ident}” is no capture or evidence file of this "
                                                                 "case."), ident=ident)

    def undo(self, case_ref: str, step_id: str, *, note: str = "") -> StepEvent:
        """Withdraw a tick: a new ``undo`` event, audited; the tick stays in the record."""
        now = self._vault.clock()
        with self._vault.db.transaction():
            view = self.view(case_ref, now)
            check_undo(view, step_id)
            return self.store.record(self._vault.actor, view.case_id, step_id, StepAction.UNDO, now, now,
                                     note.strip(), {}, self.procedure.version)

    def on_event(self, case_ref: str, kind: str, *, at: datetime | None = None,
                 data: Mapping[str, object] | None = None) -> list[StepEvent]:
        """Record the steps an application event completes (none when they are done, do not apply,
        or a gate holds them back). ``data`` may carry ``evidence``: ids of the captures/artifacts."""
        now = self._vault.clock()
        recorded = []
        with self._vault.db.transaction():
            view = self.view(case_ref, now)
            for step in steps_completed_by(view, kind):
                payload: dict[str, object] = {"event": kind}
                if data and "evidence" in data:
                    evidence = data["evidence"]
                    payload["evidence"] = [str(e) for e in evidence] if isinstance(evidence, list | tuple) else [str(evidence)]
                recorded.append(self.store.record(self._vault.actor, view.case_id, step.id, StepAction.AUTO,
                                                  at or now, now, "", payload, self.procedure.version))
        return recorded

    def running_clocks(self, now: datetime | None = None) -> list[ClockStatus]:
        """Every running clock (running, due, overdue) across all cases, soonest deadline first."""
        procedure = self.procedure
        moment = self._now(now)
        running: list[ClockStatus] = []
        for case_id, events in self.store.latest_across_cases(clock_step_ids(procedure)).items():
            latest = latest_by_step(events)
            facts = recorded_facts(procedure, latest)
            running.extend(c for c in case_clocks(procedure, case_id, latest, facts, moment) if c.state.running)
        return sorted(running, key=lambda c: (c.deadline or moment, c.case_id))
