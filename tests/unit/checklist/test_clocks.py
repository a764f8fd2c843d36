"""Clock arithmetic: 24/72-hour deadlines across midnight, month and year ends, 180-day retention in
Taipei calendar days, states, and no dependence on the machine's own time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.checklist.clocks import ClockState, ClockStatus, case_clocks, clock_step_ids, deadline_for, format_remaining
from app.checklist.engine import recorded_facts
from app.checklist.events import StepAction, StepEvent, latest_by_step
from app.checklist.procedure import ClockDef
from app.core.timeutil import TAIPEI, taipei
from tests.unit.checklist.helpers import CASE, at, event, procedure

PROCEDURE = procedure()


def clocks(events: list[StepEvent], now: str) -> dict[str, ClockStatus]:
    latest = latest_by_step(events)
    facts = recorded_facts(PROCEDURE, latest)
    return {c.clock.id: c for c in case_clocks(PROCEDURE, CASE, latest, facts, at(now))}


def clock_def(clock_id: str) -> ClockDef:
    clock = PROCEDURE.clock(clock_id)
    assert clock is not None
    return clock


@pytest.mark.parametrize(("start", "deadline"), [
    ("2025-07-08T23:30", "2025-07-09T23:30"),  # across midnight
    ("2025-01-31T22:00", "2025-02-01T22:00"),  # month end
    ("2024-02-28T23:59", "2024-02-29T23:59"),  # leap day
    ("2025-02-28T12:00", "2025-03-01T12:00"),  # February without a leap day
    ("2025-12-31T20:00", "2026-01-01T20:00"),  # year end
    ("2025-07-08T00:00", "2025-07-09T00:00"),  # exactly midnight
])
def test_24_hour_deadlines_in_taipei_time(start: str, deadline: str) -> None:
    assert deadline_for(clock_def("social-report"), at(start), {}) == at(deadline)
    assert taipei(at(deadline)).strftime("%H:%M") == start[-5:]


def test_adult_images_get_72_hours_from_the_procedure_file() -> None:
    removal = clock_def("platform-removal")
    order = at("2025-12-30T18:00")
    assert deadline_for(removal, order, {"image_kind": "child"}) == at("2025-12-31T18:00")
    assert deadline_for(removal, order, {"image_kind": "adult"}) == at("2026-01-02T18:00")


@pytest.mark.parametrize(("order", "start_date", "end_date"), [
    ("2025-07-08T23:30", date(2025, 7, 8), date(2026, 1, 4)),
    # 00:30 on 9 July in Taipei is still 8 July in UTC: the order's date is the Taipei date.
    ("2025-07-09T00:30", date(2025, 7, 9), date(2026, 1, 5)),
    ("2025-12-31T09:00", date(2025, 12, 31), date(2026, 6, 29)),
])
def test_retention_is_180_taipei_calendar_days(order: str, start_date: date, end_date: date) -> None:
    events = [event("platform-order", order, image_kind="child")]
    retention = clocks(events, order)["retention"]
    assert retention.start_date == start_date
    assert retention.end_date == end_date
    # the data must be kept through the whole end date: the deadline is the next Taipei midnight
    deadline = retention.deadline
    assert deadline == datetime.combine(end_date + timedelta(days=1), datetime.min.time(), tzinfo=TAIPEI)
    assert (end_date - start_date).days == 180


def test_a_retention_period_that_ran_out_is_not_called_overdue() -> None:
    """Seen: 「已逾期」 (overdue) beside a platform's retention period that had simply run out; a deadline clock
    keeps its words."""
    events = [event("platform-order", "2025-07-08T10:00", image_kind="child")]
    ended = clocks(events, "2026-02-01T10:00")
    assert ended["retention"].state is ClockState.OVERDUE
    assert ended["retention"].state_label == "Retention period ended, data not requested"
    assert ended["platform-removal"].state_label == ClockState.OVERDUE.label() == "Overdue"
    assert clocks(events, "2025-12-20T10:00")["retention"].state_label == "Retention ends soon"


def test_states_through_a_clock_life() -> None:
    start = [event("assess-elements", "2025-07-08T23:30")]
    assert clocks([], "2025-07-08T23:00")["social-report"].state is ClockState.NOT_STARTED
    assert clocks(start, "2025-07-09T10:00")["social-report"].state is ClockState.RUNNING
    due = clocks(start, "2025-07-09T18:00")["social-report"]
    assert due.state is ClockState.DUE
    assert due.remaining == timedelta(hours=5, minutes=30)
    overdue = clocks(start, "2025-07-10T00:00")["social-report"]
    assert overdue.state is ClockState.OVERDUE
    assert overdue.remaining == -timedelta(minutes=30)
    met = clocks([*start, event("report-social-authority", "2025-07-09T23:30")], "2025-07-12T00:00")
    assert met["social-report"].state is ClockState.MET
    late = clocks([*start, event("report-social-authority", "2025-07-09T23:31")], "2025-07-12T00:00")
    assert late["social-report"].state is ClockState.LATE
    assert late["social-report"].remaining is None


def test_undoing_the_stop_restarts_the_clock() -> None:
    events = [event("assess-elements", "2025-07-08T10:00"),
              event("report-social-authority", "2025-07-08T12:00"),
              event("report-social-authority", "2025-07-08T13:00", StepAction.UNDO)]
    assert clocks(events, "2025-07-09T11:00")["social-report"].state is ClockState.OVERDUE


def test_the_art7_clock_starts_when_the_case_is_assessed_and_stops_only_for_an_adult_victim() -> None:
    """Art 7 I counts 24 hours from learning of a (suspected) child victim: the assessment that the content is a
    case under the Act. Seen: it started only when the victim was identified, which can take days, and until
    then no clock ran; nor did it for a child not identified, whom guideline 肆.二(二) reports all the same."""
    assessed = [event("assess-elements", "2025-07-08T10:00")]
    assert clocks(assessed, "2025-07-09T11:00")["social-report"].state is ClockState.OVERDUE  # victim not yet known
    assert clocks([event("identify-victim", "2025-07-08T10:00", victim_age="minor", images_spread="no")],
                  "2025-07-09T11:00")["social-report"].state is ClockState.NOT_STARTED  # identifying starts nothing
    for age, state in (("minor", ClockState.OVERDUE), ("none", ClockState.OVERDUE),
                       ("adult", ClockState.NOT_APPLICABLE)):
        events = [*assessed, event("identify-victim", "2025-07-12T10:00", victim_age=age, images_spread="yes")]
        clock = clocks(events, "2025-07-12T11:00")["social-report"]
        assert clock.state is state, age
        assert state is ClockState.NOT_APPLICABLE or clock.started_at == at("2025-07-08T10:00")


def test_closing_the_case_stops_every_clock() -> None:
    events = [event("assess-elements", "2025-07-08T10:00"),
              event("platform-order", "2025-07-08T11:00", image_kind="child"),
              event("close-case", "2025-07-08T12:00")]
    states = {cid: c.state for cid, c in clocks(events, "2026-07-01T00:00").items()}
    assert not any(state.running for state in states.values())


def test_clock_query_reads_only_the_steps_that_matter() -> None:
    ids = clock_step_ids(PROCEDURE)
    assert {"identify-victim", "report-social-authority", "platform-order", "recheck-removed", "subscriber-data",
            "close-case", "suspect-known", "minor-rescued"} <= ids
    assert "record-poster" not in ids


@pytest.fixture
def machine_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The workstation's clock set to another zone (as a misconfigured Windows machine would be)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("machine_zone")
def test_machine_time_zone_does_not_shift_deadlines() -> None:
    assert time.localtime(0).tm_hour != 8  # the zone really changed for this process
    assert deadline_for(clock_def("social-report"), at("2025-12-31T23:30"), {}) == datetime(2026, 1, 1, 15, 30,
                                                                                           tzinfo=UTC)
    events = [event("platform-order", "2025-07-09T00:30", image_kind="child")]
    assert clocks(events, "2025-07-09T01:00")["retention"].start_date == date(2025, 7, 9)


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)))
def test_hour_deadlines_are_elapsed_time_and_same_wall_clock(start: datetime) -> None:
    deadline = deadline_for(clock_def("social-report"), start, {})
    assert deadline - start == timedelta(hours=24)
    assert taipei(deadline).time() == taipei(start).time()  # no daylight saving in Asia/Taipei
    assert taipei(deadline).date() == taipei(start).date() + timedelta(days=1)


@pytest.mark.parametrize(("remaining", "text"), [
    (timedelta(hours=5, minutes=30), "5 h 30 min left"),
    (timedelta(minutes=9, seconds=59), "9 min left"),
    (timedelta(days=179, hours=3), "179 d 3 h left"),
    (-timedelta(hours=1, minutes=5), "overdue by 1 h 05 min"),
])
def test_remaining_time_text(remaining: timedelta, text: str) -> None:
    assert format_remaining(remaining) == text


def test_the_amount_can_be_kept_on_one_line() -> None:
    overdue = -timedelta(days=8, hours=15, minutes=2)
    assert format_remaining(overdue, unbroken_amount=True) == "overdue by 8\u00a0d\u00a015\u00a0h"
    assert format_remaining(overdue) == "overdue by 8 d 15 h"  # the command's output: plain spaces


def test_an_override_names_its_own_legal_basis() -> None:
    """Adult images are removed within 72 hours under the sexual-assault act (procedure file): a document
    stating that deadline must not cite the child act, the clock's own basis."""
    from app.checklist.clocks import basis_label_for

    removal = procedure().clock("platform-removal")
    assert removal is not None
    assert basis_label_for(removal, {"image_kind": "adult"}).zh_TW == "性侵害犯罪防治法第13條"
    assert basis_label_for(removal, {"image_kind": "child"}).zh_TW == removal.basis
    assert basis_label_for(removal, {}).zh_TW == removal.basis  # not yet recorded: the clock's default rule


def test_a_cases_clock_names_the_law_of_its_own_rule() -> None:
    """What the deadlines dashboard and `netpatrol clocks` show beside a clock: an adult-image case's removal and
    retention periods rest on the sexual-assault act (their override), not on the child act the clock names
    (seen: the dashboard cited 「本條例第8條」 beside an adult case's 72-hour deadline)."""
    started = [event("assess-elements", "2025-07-08T20:00"), event("report-social-authority", "2025-07-08T21:00"),
               event("identify-victim", "2025-07-08T21:10", victim_age="adult", images_spread="yes")]
    adult = clocks([*started, event("platform-order", "2025-07-08T22:00", image_kind="adult")], "2025-07-09T10:00")
    for clock_id in ("platform-removal", "retention"):
        assert adult[clock_id].state is ClockState.RUNNING
        assert adult[clock_id].basis_label.zh_TW == "性侵害犯罪防治法第13條"
        assert adult[clock_id].basis_label.en == "Sexual Assault Crime Prevention Act Article 13"
    child = clocks([*started, event("platform-order", "2025-07-08T22:00", image_kind="child")], "2025-07-09T10:00")
    assert child["platform-removal"].basis_label == clock_def("platform-removal").basis_label
    assert clocks([], "2025-07-09T10:00")["platform-removal"].basis_label == clock_def("platform-removal").basis_label


def test_a_clock_whose_starting_step_no_longer_applies_does_not_run() -> None:
    """Seen in the Checklist tab: 「社會局函令平臺…」 marked 「不適用」 (the victim's step was corrected to "no images
    spread") while the removal clock above it said 「已逾期」 and the reminders kept calling it overdue. The order's
    tick stays in the record, but a clock started by a step that does not apply to the case does not run."""
    spread = [event("identify-victim", "2025-07-08T09:00", victim_age="minor", images_spread="yes"),
              event("platform-order", "2025-07-08T10:00", image_kind="child")]
    assert clocks(spread, "2025-07-09T11:00")["platform-removal"].state is ClockState.OVERDUE
    corrected = [*spread, event("identify-victim", "2025-07-09T10:30", StepAction.UNDO),
                 event("identify-victim", "2025-07-09T10:31", victim_age="minor", images_spread="no")]
    now = clocks(corrected, "2025-07-09T11:00")
    assert now["platform-removal"].state is ClockState.NOT_APPLICABLE
    assert now["retention"].state is ClockState.NOT_APPLICABLE
    assert now["social-report"].state is ClockState.NOT_STARTED  # the others are as they were
    # a rescued child handed over later found to be an adult: no 24-hour hand-over clock either
    rescued = [event("identify-victim", "2025-07-08T09:00", victim_age="minor", images_spread="no"),
               event("minor-rescued", "2025-07-08T10:00", rescued="yes")]
    assert clocks(rescued, "2025-07-09T11:00")["hand-over"].state is ClockState.OVERDUE
    adult = [*rescued, event("identify-victim", "2025-07-09T10:31", victim_age="adult", images_spread="no")]
    assert clocks(adult, "2025-07-09T11:00")["hand-over"].state is ClockState.NOT_APPLICABLE
