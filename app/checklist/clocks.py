"""Statutory clocks: when each started, when it is due, and whether it was met.

A clock starts at the moment its starting step *happened* (``happened_at``, as the officer
recorded it, not when it was typed in) and stops when one of its stopping steps, or the case's
closing step, is done. Everything is computed in UTC from stored UTC times; Asia/Taipei appears
only for *calendar* periods (data retention "at least 180 days" is counted in Taipei dates, as the
order states a start and an end date) and in what is shown. The machine's own time zone is never
consulted, so a workstation set to the wrong zone cannot move a statutory deadline.

Hour deadlines are elapsed time (24 h after 23:30 is 23:30 the next day, across a month or year end).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.checklist.events import StepEvent
from app.checklist.procedure import ClockDef, Condition, Duration, DurationRule, Label, Procedure
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.timeutil import TAIPEI, span_text, taipei, to_utc


class ClockState(StrEnum):
    NOT_STARTED = "not-started"
    RUNNING = "running"
    DUE = "due"  # running, and inside its "due within" window
    OVERDUE = "overdue"  # running past its deadline
    MET = "met"  # stopped in time
    LATE = "late"  # stopped after the deadline
    NOT_APPLICABLE = "not-applicable"

    @property
    def running(self) -> bool:
        return self in {ClockState.RUNNING, ClockState.DUE, ClockState.OVERDUE}

    def label(self) -> str:
        return translate("clocks", _STATE_LABELS[self])


_STATE_LABELS = {
    ClockState.NOT_STARTED: QT_TRANSLATE_NOOP("clocks", "Not started"),
    ClockState.RUNNING: QT_TRANSLATE_NOOP("clocks", "Running"),
    ClockState.DUE: QT_TRANSLATE_NOOP("clocks", "Due soon"),
    ClockState.OVERDUE: QT_TRANSLATE_NOOP("clocks", "Overdue"),
    ClockState.MET: QT_TRANSLATE_NOOP("clocks", "Met"),
    ClockState.LATE: QT_TRANSLATE_NOOP("clocks", "Met late"),
    ClockState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("clocks", "Does not apply"),
}


_RETENTION_LABELS = {
    ClockState.DUE: QT_TRANSLATE_NOOP("clocks", "Retention ends soon"),
    ClockState.OVERDUE: QT_TRANSLATE_NOOP("clocks", "Retention period ended, data not requested"),
}


@dataclass(frozen=True)
class ClockStatus:
    case_id: str
    clock: ClockDef
    state: ClockState
    now: datetime
    started_at: datetime | None = None
    deadline: datetime | None = None
    stopped_at: datetime | None = None
    basis: Label | None = None  # the law of the rule that applies to this case (an override's), if not the clock's

    @property
    def basis_label(self) -> Label:
        """The legal basis of this case's deadline, in both languages: an adult-image case's removal clock rests
        on the sexual-assault act, not on the child act the clock itself names (what the dashboard shows)."""
        return self.basis if self.basis is not None else self.clock.basis_label

    @property
    def state_label(self) -> str:
        """The state in the reader's language, in the words of the clock's kind: a retention period that has
        ended is not "overdue" (seen: 「已逾期」 beside a platform's retention period that had simply run out)."""
        if self.clock.kind == "retention" and self.state in _RETENTION_LABELS:
            return translate("clocks", _RETENTION_LABELS[self.state])
        return self.state.label()

    @property
    def remaining(self) -> timedelta | None:
        """Time left (negative when overdue) while the clock runs; None otherwise."""
        if not self.state.running or self.deadline is None:
            return None
        return self.deadline - self.now

    @property
    def start_date(self) -> date | None:
        """The start as a Taipei date (what a retention order states)."""
        return taipei(self.started_at).date() if self.started_at else None

    @property
    def end_date(self) -> date | None:
        """The last Taipei day the clock covers (for retention: the last day data must be kept)."""
        if self.deadline is None:
            return None
        return taipei(self.deadline - timedelta(microseconds=1)).date()


def matches(condition: Condition, facts: Mapping[str, str]) -> bool | None:
    """True/False when every fact named is known; None while one is still unrecorded."""
    unknown = False
    for fact, values in condition:
        if fact not in facts:
            unknown = True
        elif facts[fact] not in values:
            return False
    return None if unknown else True


def rule_for(clock: ClockDef, facts: Mapping[str, str]) -> DurationRule | None:
    """The first override whose condition holds for this case; None when the clock's default applies."""
    return next((rule for rule in clock.overrides if matches(rule.when, facts)), None)


def duration_for(clock: ClockDef, facts: Mapping[str, str]) -> Duration:
    """The clock's length for this case: the first override whose condition holds, else the default."""
    rule = rule_for(clock, facts)
    return rule.duration if rule is not None else clock.duration


def basis_label_for(clock: ClockDef, facts: Mapping[str, str]) -> Label:
    """The legal basis of the rule that applies (an override's own, else the clock's), in both languages: a
    notice names the law whose deadline it states (seen: an adult-image notice citing the child act), an
    English one in English."""
    rule = rule_for(clock, facts)
    return rule.basis_label if rule is not None and rule.basis else clock.basis_label


def deadline_for(clock: ClockDef, started_at: datetime, facts: Mapping[str, str]) -> datetime:
    """The moment (UTC) the clock runs out."""
    duration = duration_for(clock, facts)
    start = to_utc(started_at)
    if clock.kind == "retention":
        # Calendar days in Taipei: kept from the start date through start date + N days, inclusive.
        last_day = taipei(start).date() + timedelta(days=duration.days)
        return to_utc(datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=TAIPEI))
    return start + duration.delta


def _stopped_at(clock: ClockDef, closing_step: str, latest: Mapping[str, StepEvent]) -> datetime | None:
    stops = [latest[s].happened_at for s in (*clock.stopped_by, closing_step)
             if s in latest and latest[s].action.completes]
    return min(stops) if stops else None


def clock_status(procedure: Procedure, clock: ClockDef, case_id: str, latest: Mapping[str, StepEvent],
                 facts: Mapping[str, str], now: datetime) -> ClockStatus:
    """One clock of one case, as of ``now``."""
    now = to_utc(now)
    starter = procedure.starting_step(clock.id)
    # A clock started by a step that does not apply to the case (its facts corrected after the tick: no images
    # spread after all, the rescued child an adult) does not run: seen, 「已逾期」 above the order's 「不適用」.
    if matches(clock.applies_when, facts) is False or matches(starter.applies_when, facts) is False:
        return ClockStatus(case_id, clock, ClockState.NOT_APPLICABLE, now)
    basis = basis_label_for(clock, facts)
    start = latest.get(starter.id)
    if start is None or not start.action.completes:
        return ClockStatus(case_id, clock, ClockState.NOT_STARTED, now, basis=basis)
    deadline = deadline_for(clock, start.happened_at, facts)
    stopped = _stopped_at(clock, procedure.closing_step, latest)
    if stopped is not None:
        state = ClockState.MET if stopped <= deadline else ClockState.LATE
    elif now > deadline:
        state = ClockState.OVERDUE
    elif now >= deadline - clock.due_within.delta:
        state = ClockState.DUE
    else:
        state = ClockState.RUNNING
    return ClockStatus(case_id, clock, state, now, to_utc(start.happened_at), deadline, stopped, basis)


def case_clocks(procedure: Procedure, case_id: str, latest: Mapping[str, StepEvent], facts: Mapping[str, str],
                now: datetime) -> tuple[ClockStatus, ...]:
    return tuple(clock_status(procedure, clock, case_id, latest, facts, now) for clock in procedure.clocks)


def clock_step_ids(procedure: Procedure) -> frozenset[str]:
    """The steps whose events decide any clock (starts, stops, the closing step, and fact-recording
    steps that change durations): all a cross-case clock query needs to read."""
    ids = {procedure.closing_step}
    for clock in procedure.clocks:
        ids.add(procedure.starting_step(clock.id).id)
        ids.update(clock.stopped_by)
    ids.update(step.id for step, _field in procedure.fact_fields().values())
    return frozenset(ids)


def format_remaining(remaining: timedelta, *, unbroken_amount: bool = False) -> str:
    """'3 d 4 h left', '2 h 05 min left', 'overdue by 1 h 10 min' in the interface language.

    ``unbroken_amount`` joins the amount with no-break spaces, for a narrow table cell that wraps:
    seen in the Clocks tab, 'overdue by 8 d 15' on one line and 'h' alone on the next. Only
    the screen asks for it; the command's output stays in plain spaces, which every console encodes."""
    overdue = remaining < timedelta(0)
    amount = span_text(remaining)
    if unbroken_amount:
        amount = amount.replace(" ", "\u00a0")
    if overdue:
        return translate("clocks", "overdue by {amount}").format(amount=amount)
    return translate("clocks", "{amount} left").format(amount=amount)
