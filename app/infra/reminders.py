"""Reminders for statutory clocks: a signal when a running clock passes one of its lead times
(the procedure file sets them, e.g. 6 h, 2 h and 30 min before a 24-hour deadline) and when it
becomes overdue. No widgets: the interface shows the reminders in the window and as desktop
notifications (``app.ui.checklist.ReminderNotifier``).

Every check reads the time afresh from the clock and the clocks afresh from the vault, and
reminds from *what remains*, not from how long the timer slept: a machine that slept, or whose
clock was changed, reminds correctly at the next check (every ``interval_ms``, 30 s by default).
Each lead time of each clock reminds once per session; when several were passed at once (the
application was closed) only the most urgent is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from app.checklist.clocks import ClockStatus
from app.core.timeutil import Clock, iso_utc, utc_now
from app.infra.periodic import PeriodicCheck
from app.infra.tasks import TaskRunner

log = logging.getLogger(__name__)
ClockSource = Callable[[datetime], list[ClockStatus]]  # running clocks as of a moment ([] while locked)


@dataclass(frozen=True)
class Reminder:
    """One reminder: ``lead`` is the lead time passed, or None when the clock is overdue."""

    status: ClockStatus
    lead: timedelta | None

    @property
    def overdue(self) -> bool:
        return self.lead is None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.status.case_id, self.status.clock.id, _start(self.status),
                "overdue" if self.lead is None else str(int(self.lead.total_seconds())))


def _start(status: ClockStatus) -> str:
    return iso_utc(status.started_at) if status.started_at else ""


def due_reminders(clocks: list[ClockStatus], already: set[tuple[str, str, str, str]]) -> list[Reminder]:
    """The reminders to give now for these clocks, given the ones already given (which it extends)."""
    reminders = []
    for status in clocks:
        remaining = status.remaining
        if remaining is None:
            continue
        leads = sorted((d.delta for d in status.clock.remind_before), reverse=True)
        candidates = [Reminder(status, None)] if remaining < timedelta(0) else []
        candidates += [Reminder(status, lead) for lead in leads if remaining <= lead]
        fresh = [r for r in candidates if r.key not in already]
        already.update(r.key for r in candidates)
        if fresh:
            reminders.append(fresh[0] if fresh[0].overdue else min(fresh, key=lambda r: r.lead or timedelta(0)))
    return reminders


class ReminderService(PeriodicCheck):
    """Checks the running clocks on a timer and emits ``reminder(Reminder)``."""

    reminder = Signal(object)
    checked = Signal(object)  # the running clocks of each check (list[ClockStatus]), after its reminders

    def __init__(self, source: ClockSource, clock: Clock = utc_now, interval_ms: int = 30_000,
                 parent: QObject | None = None, runner: TaskRunner | None = None) -> None:
        """With a ``runner`` the timed checks read the vault on its thread pool (the query takes
        ~50 ms at 300 open cases, ~0.3 s at 2,000), and the reminders are emitted on the UI thread."""
        super().__init__(source, clock, interval_ms, runner, parent)
        self._given: set[tuple[str, str, str, str]] = set()

    def handle(self, result: list[ClockStatus]) -> None:
        self._remind(result)

    def forget(self) -> None:
        """Forget the reminders given (a vault was locked and another opened)."""
        self._given.clear()

    def check_now(self) -> list[Reminder]:
        """Emit and return the reminders due now."""
        return self._remind(self._read(self._clock()))

    def _remind(self, clocks: list[ClockStatus]) -> list[Reminder]:
        reminders = due_reminders(clocks, self._given)
        for reminder in reminders:
            log.info("reminder: case %s clock %s %s", reminder.status.case_id, reminder.status.clock.id,
                     "overdue" if reminder.overdue else f"lead {reminder.lead}")
            self.reminder.emit(reminder)
        self.checked.emit(clocks)
        return reminders
