"""Starts the takedown re-check by itself when a platform-removal deadline has passed.

Every ``interval_ms`` it reads the running clocks (on the task runner's pool when given) and looks
for a clock that a re-check would stop (its ``stopped_by`` step is completed by the
``recheck.removed`` event: the procedure file says which clocks these are, no id is hard-coded)
whose deadline has passed, in a case with no re-check at or after that deadline. For each it calls
``start(case_id)``, which asks the officer (persona or not) and starts the re-check; it returns
False when it could not start now (another re-check is running, or a question is open), and the
case comes up again at the next check. One case is offered per check, so that the officer answers
one question at a time. A case is offered once per deadline per session: an officer who says "later" is
not asked every minute (the clock stays red on the dashboard).

Time is read from the injected clock, like the reminders, so a machine that slept catches up at
the next check. While the vault is locked the source has no clocks and nothing starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.checklist.clocks import ClockStatus
from app.checklist.procedure import Procedure
from app.core.timeutil import Clock, utc_now
from app.infra.periodic import PeriodicCheck
from app.infra.tasks import TaskRunner
from app.ui.casework.source import VaultChecklist
from app.vault.captures import captures_in_case

log = logging.getLogger(__name__)
REMOVED_EVENT = "recheck.removed"
INTERVAL_MS = 60_000


@dataclass(frozen=True)
class DueRecheck:
    case_id: str
    clock_id: str
    deadline: datetime


def removal_clock_ids(procedure: Procedure) -> frozenset[str]:
    """The clocks a successful re-check stops (the platform-removal deadline in the Taipei procedure)."""
    stoppers = {step.id for step in procedure.steps if REMOVED_EVENT in step.completion.events}
    return frozenset(clock.id for clock in procedure.clocks if stoppers & set(clock.stopped_by))


def due_rechecks(source: VaultChecklist, now: datetime) -> list[DueRecheck]:
    """The cases with captured content whose removal deadline passed with no re-check since (reads the
    vault: worker thread)."""
    if not source.unlocked:
        return []
    ids = removal_clock_ids(source.procedure)
    passed: list[ClockStatus] = [c for c in source.running_clocks(now)
                                 if c.clock.id in ids and c.deadline is not None and c.deadline <= now]
    due = []
    for status in passed:
        assert status.deadline is not None
        captures = captures_in_case(source.vault, status.case_id)
        rechecks = [c.started_at for c in captures if c.kind == "recheck"]
        has_content = any(c.kind != "recheck" for c in captures)  # nothing captured: nothing to re-check
        if has_content and not any(at >= status.deadline for at in rechecks):
            due.append(DueRecheck(status.case_id, status.clock.id, status.deadline))
    return due


class AutoRecheckScheduler(PeriodicCheck):
    """Signal ``offered(DueRecheck)`` each time ``start`` asks the officer about a case."""

    offered = Signal(object)

    def __init__(self, source: VaultChecklist, start: Callable[[DueRecheck], bool], *, clock: Clock = utc_now,
                 interval_ms: int = INTERVAL_MS, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(lambda now: due_rechecks(source, now), clock, interval_ms, runner, parent)
        self._source = source
        self._start = start
        self._handled: set[tuple[str, str, datetime]] = set()

    def forget(self) -> None:
        """Forget what was offered (another vault was opened)."""
        self._handled.clear()

    def handle(self, due: list[DueRecheck]) -> None:
        for item in due:
            key = (item.case_id, item.clock_id, item.deadline)
            if key in self._handled or not self._source.unlocked:
                continue
            if not self._start(item):
                return  # a question or a re-check is under way: the next check offers the next case
            log.info("removal deadline passed for case %s: offered a re-check", item.case_id)
            self._handled.add(key)
            self.offered.emit(item)
            return  # one question at a time
