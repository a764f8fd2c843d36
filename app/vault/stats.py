"""The unit's figures for a period, for the performance evaluation (績效評核, guideline 壹.四, 伍.一).

Everything is counted from what the vault already records, never typed in again: patrols and the pages
they visited (勤務紀錄), cases opened here and cases received from another unit, captures, the
procedure's steps done in the period, and the statutory clocks that ended in it (on time or late) or
whose deadline passed in it while they were still open.

A period is a range of Taipei calendar days, both ends included. What counts as "in the period":
a patrol by its start, a case by the moment it was opened (or received), a capture by when it ended,
a step by when it happened (as the officer recorded it), a clock by when it was stopped. A clock not
stopped by the end of the period (or by now, for a period not over) whose deadline fell in the period
counts as open past its deadline: a sheet that listed only the clocks that ended would read as all
well while reports were overdue. A step that was undone afterwards does not count, nor does a step
whose latest event is not a completion.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.checklist.clocks import ClockState, ClockStatus, case_clocks
from app.checklist.engine import recorded_facts
from app.checklist.events import StepEvent, latest_by_step
from app.checklist.procedure import Procedure
from app.core.errors import UsageError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.timeutil import TAIPEI, iso_utc, parse_day, parse_iso
from app.vault.patrols import PatrolStore
from app.vault.steps import StepStore

if TYPE_CHECKING:
    from app.vault.vault import Vault

ORIGIN_STEP, ORIGIN_FIELD = "record-origin", "origin"
NO_ORIGIN = ""  # a case whose origin step is not done yet


def day_of(text: str) -> date:
    """A day as officers type it (114/07/08, 2025-07-08, 民國114年7月8日), or their one sentence."""
    day = parse_day(text)
    if day is None:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "{given} is not a day: write 114/07/08 or 2025-07-08."),
                         given=text.strip() or "-")
    return day


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise UsageError(QT_TRANSLATE_NOOP("errors", "The period ends ({last}) before it begins ({first})."),
                             first=self.first.isoformat(), last=self.last.isoformat())

    @cached_property
    def bounds(self) -> tuple[str, str]:
        """[start, end) in stored UTC text: midnight Taipei of the first day to midnight after the last."""
        start = datetime.combine(self.first, time(0), TAIPEI)
        end = datetime.combine(self.last + timedelta(days=1), time(0), TAIPEI)
        return iso_utc(start), iso_utc(end)

    def holds(self, moment: datetime) -> bool:
        start, end = self.bounds
        return start <= iso_utc(moment) < end


@dataclass
class ClockOutcome:
    met: int = 0
    late: int = 0
    overdue: int = 0  # deadline passed in the period, still open at its end

    def __bool__(self) -> bool:
        return bool(self.met or self.late or self.overdue)


@dataclass
class UnitStatistics:
    period: Period
    patrols: int = 0
    patrol_seconds: int = 0
    pages_visited: int = 0
    patrol_officers: list[str] = field(default_factory=list)
    cases_opened: int = 0
    cases_received: int = 0
    cases_by_origin: dict[str, int] = field(default_factory=dict)  # origin value ("" when not recorded)
    cases_by_platform: dict[str, int] = field(default_factory=dict)
    captures: int = 0
    partial_captures: int = 0
    steps_done: dict[str, int] = field(default_factory=dict)  # step id -> cases, in procedure order
    clocks: dict[str, ClockOutcome] = field(default_factory=dict)  # clock id -> met / late / overdue
    case_files_sent: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"from": self.period.first.isoformat(), "to": self.period.last.isoformat(),
                "patrols": self.patrols, "patrol_seconds": self.patrol_seconds, "pages_visited": self.pages_visited,
                "patrol_officers": self.patrol_officers, "cases_opened": self.cases_opened,
                "cases_received": self.cases_received, "cases_by_origin": self.cases_by_origin,
                "cases_by_platform": self.cases_by_platform, "captures": self.captures,
                "partial_captures": self.partial_captures, "steps_done": self.steps_done,
                "clocks": {key: {"met": value.met, "late": value.late, "overdue": value.overdue}
                           for key, value in self.clocks.items()},
                "case_files_sent": self.case_files_sent}


def unit_statistics(vault: Vault, procedure: Procedure, period: Period) -> UnitStatistics:
    stats = UnitStatistics(period)
    _patrols(vault, period, stats)
    # the latest event of every step in every case: one query serves origins, steps and clocks
    latest = StepStore(vault.db, vault.audit).latest_across_cases([step.id for step in procedure.steps])
    _cases(vault, procedure, period, stats, latest)
    _captures(vault, period, stats)
    _steps_and_clocks(procedure, period, stats, latest, min(parse_iso(period.bounds[1]), vault.clock()))
    return stats


def _patrols(vault: Vault, period: Period, stats: UnitStatistics) -> None:
    """A patrol counts by its start; its length runs to its stop (or, cut short by a crash, to the last
    thing it logged: ``Patrol.active_until``, as in the printed log), less the time the vault stood locked."""
    officers: set[str] = set()
    for patrol in PatrolStore(vault.db, vault.audit).started_between(*period.bounds):
        stats.patrols += 1
        stats.pages_visited += patrol.navigations
        officers.add(patrol.officer)
        stats.patrol_seconds += int(patrol.seconds_on_patrol)
    stats.patrol_officers = sorted(officers)


def _cases(vault: Vault, procedure: Procedure, period: Period, stats: UnitStatistics,
           latest: dict[str, list[StepEvent]]) -> None:
    received = {case_id for (case_id,) in vault.db.all(
        "SELECT case_id FROM audit WHERE action = 'case.import' AND at >= ? AND at < ?", period.bounds)}
    cases = vault.cases.opened_between(*period.bounds)
    stats.cases_received = len(received)
    stats.cases_opened = len(cases) - len(received & {case.id for case in cases})
    platforms: Counter[str] = Counter()
    by_origin: Counter[str] = Counter()
    for case in cases:
        platforms.update(case.platforms)
        by_origin[_origin(latest.get(case.id, []))] += 1
    stats.cases_by_platform = dict(sorted(platforms.items(), key=lambda item: (-item[1], item[0])))
    choices = [c.value for s in procedure.steps if s.id == ORIGIN_STEP for f in s.fields if f.id == ORIGIN_FIELD
               for c in f.choices]
    stats.cases_by_origin = {key: by_origin[key] for key in [*choices, NO_ORIGIN] if by_origin[key]}
    stats.cases_by_origin.update({key: n for key, n in by_origin.items() if key not in stats.cases_by_origin})


def _origin(events: list[StepEvent]) -> str:
    """How the case came in, from its record-origin step while that step stands done."""
    event = next((e for e in events if e.step_id == ORIGIN_STEP), None)
    if event is not None and event.action.completes and isinstance(event.data.get(ORIGIN_FIELD), str):
        return str(event.data[ORIGIN_FIELD])
    return NO_ORIGIN


def _captures(vault: Vault, period: Period, stats: UnitStatistics) -> None:
    row = vault.db.one("SELECT count(*), COALESCE(sum(1 - complete), 0) FROM captures WHERE ended_at >= ? AND "
                       "ended_at < ?", period.bounds)
    stats.captures, stats.partial_captures = (int(row[0]), int(row[1])) if row else (0, 0)
    stats.case_files_sent = int(vault.db.scalar(
        "SELECT count(*) FROM audit WHERE action = 'case.export' AND at >= ? AND at < ?", period.bounds))


def _steps_and_clocks(procedure: Procedure, period: Period, stats: UnitStatistics,
                      latest: dict[str, list[StepEvent]], moment: datetime) -> None:
    """``moment``: the end of the period, or now for a period not over."""
    done: Counter[str] = Counter()
    for events in latest.values():
        done.update(e.step_id for e in events if e.action.completes and period.holds(e.happened_at))
    stats.steps_done = {step.id: done[step.id] for step in procedure.steps if done[step.id]}
    outcomes = {clock.id: ClockOutcome() for clock in procedure.clocks}
    for case_id, events in latest.items():
        by_step = latest_by_step(events)
        for status in case_clocks(procedure, case_id, by_step, recorded_facts(procedure, by_step), moment):
            _count_clock(outcomes[status.clock.id], status, period, moment)
    stats.clocks = {key: value for key, value in outcomes.items() if value}


def _count_clock(outcome: ClockOutcome, status: ClockStatus, period: Period, moment: datetime) -> None:
    if status.stopped_at is not None and period.holds(status.stopped_at):
        if status.state is ClockState.MET:
            outcome.met += 1
        elif status.state is ClockState.LATE:
            outcome.late += 1
        return
    # stopped only after the moment (a later report) still stood open at it
    open_then = status.state.running or (status.stopped_at is not None and status.stopped_at > moment)
    if open_then and status.deadline is not None and period.holds(status.deadline) and status.deadline < moment:
        outcome.overdue += 1
