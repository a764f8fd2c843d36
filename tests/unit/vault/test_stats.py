"""The unit's figures for a period: counted from what the vault records, by Taipei days, undone steps
and events outside the period left out, deadlines met or late by when they ended, or open past them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core import i18n
from app.core.errors import UsageError
from app.core.i18n import in_language
from app.core.timeutil import parse_iso
from app.reports.statistics import statistics_lines
from app.vault import Vault
from app.vault.patrols import PatrolEventKind, PatrolStore, StopReason
from app.vault.stats import Period, unit_statistics
from app.vault.steps import CaseSteps
from tests.unit.conftest import FixedClock
from tests.unit.vault.test_steps import PROCEDURE, add_capture

JULY = Period(date(2025, 7, 1), date(2025, 7, 31))


@pytest.fixture
def vault(clocked_vault: Vault) -> Vault:
    return clocked_vault  # the tests count by the clock


def minor_case(vault: Vault, steps: CaseSteps, title: str, origin: str, platforms: list[str]) -> str:
    case = vault.create_case(title, platforms)
    steps.tick(case.id, "record-origin", data={"origin": origin})
    steps.tick(case.id, "assess-elements", note="三要件皆具（虛構）")
    steps.tick(case.id, "identify-victim", data={"victim_age": "minor", "images_spread": "no"})
    return case.id


def test_a_patrol_cut_short_counts_to_its_last_logged_event(vault: Vault) -> None:
    """A patrol the application never stopped counts to what it last logged; one an officer closed the
    next morning counted to that morning (15 h, not 20 min), unlike its printed log."""
    patrols = PatrolStore(vault.db, vault.audit)
    crashed = patrols.start(vault.actor, parse_iso("2025-07-09T20:00"), "off-the-record")
    patrols.navigate(crashed.id, parse_iso("2025-07-09T20:20"), "http://127.0.0.1/", "IMG", "T1", "-")
    patrols.stop(vault.actor, crashed.id, parse_iso("2025-07-10T11:00"), StopReason.INTERRUPTED)
    running = patrols.start(vault.actor, parse_iso("2025-07-11T09:00"), "off-the-record")
    patrols.navigate(running.id, parse_iso("2025-07-11T09:05"), "http://127.0.0.1/", "IMG", "T1", "-")
    stats = unit_statistics(vault, PROCEDURE, JULY)
    assert (stats.patrols, stats.patrol_seconds, stats.pages_visited) == (2, 25 * 60, 2)


def test_the_time_the_vault_stood_locked_is_not_time_on_patrol(vault: Vault) -> None:
    """A patrol left running over a lunch break with the vault locked counted the lunch as patrol time. Two
    pauses are left out; a pause the application ended in adds nothing after it."""
    patrols = PatrolStore(vault.db, vault.audit)
    lunch = patrols.start(vault.actor, parse_iso("2025-07-09T11:00"), "off-the-record")
    patrols.record(lunch.id, PatrolEventKind.PAUSE, parse_iso("2025-07-09T11:30"))
    patrols.record(lunch.id, PatrolEventKind.RESUME, parse_iso("2025-07-09T13:00"))
    patrols.record(lunch.id, PatrolEventKind.PAUSE, parse_iso("2025-07-09T13:10"))
    patrols.record(lunch.id, PatrolEventKind.RESUME, parse_iso("2025-07-09T13:15"))
    patrols.stop(vault.actor, lunch.id, parse_iso("2025-07-09T14:00"))
    ended_locked = patrols.start(vault.actor, parse_iso("2025-07-10T09:00"), "off-the-record")
    patrols.record(ended_locked.id, PatrolEventKind.PAUSE, parse_iso("2025-07-10T09:20"))
    patrols.stop(vault.actor, ended_locked.id, parse_iso("2025-07-10T17:00"), StopReason.INTERRUPTED)
    assert patrols.get(lunch.id).paused_seconds == 95 * 60
    assert [p.paused_seconds for p in patrols.sessions(date(2025, 7, 9))] == [95 * 60]
    stats = unit_statistics(vault, PROCEDURE, JULY)
    assert stats.patrol_seconds == (30 + 10 + 45) * 60 + 20 * 60


def month_of_work(vault: Vault, clock: FixedClock) -> None:
    """July 2025: three cases (one report on time, one late, one ticked and undone), two captures and
    one from June, one patrol of 1 h 30 with three pages and one from June."""
    steps = CaseSteps(vault, lambda: PROCEDURE)
    on_time = minor_case(vault, steps, "準時通報（虛構）", "patrol", ["PTT", "Dcard"])
    late = minor_case(vault, steps, "逾時通報（虛構）", "report", ["PTT"])
    undone = minor_case(vault, steps, "撤銷通報（虛構）", "patrol", ["X"])
    add_capture(vault, on_time, "http://127.0.0.1/1", True, "2025-07-08T02:05")
    add_capture(vault, late, "http://127.0.0.1/2", False, "2025-07-08T02:06")
    add_capture(vault, late, "http://127.0.0.1/3", True, "2025-06-30T23:59")  # June
    clock.now += timedelta(hours=2)
    steps.tick(on_time, "report-social-authority", note="電話通報（虛構）")
    steps.tick(undone, "report-social-authority", note="誤勾")
    steps.undo(undone, "report-social-authority", note="撤銷")
    clock.now += timedelta(hours=30)
    steps.tick(late, "report-social-authority", note="電話通報（虛構）")
    patrols = PatrolStore(vault.db, vault.audit)
    tour = patrols.start(vault.actor, parse_iso("2025-07-09T01:00"), "off-the-record")
    for minute in range(3):
        patrols.navigate(tour.id, parse_iso(f"2025-07-09T01:0{minute + 1}"), "http://127.0.0.1/", "IMG", "T1", "-")
    patrols.stop(vault.actor, tour.id, parse_iso("2025-07-09T02:30"))
    patrols.start(vault.actor, parse_iso("2025-06-30T01:00"), "off-the-record")  # June: not counted


def test_a_month_of_work(vault: Vault, clock: FixedClock) -> None:
    month_of_work(vault, clock)
    stats = unit_statistics(vault, PROCEDURE, JULY)
    assert (stats.patrols, stats.patrol_seconds, stats.pages_visited) == (1, 90 * 60, 3)
    assert (stats.cases_opened, stats.cases_received) == (3, 0)
    assert stats.cases_by_origin == {"patrol": 2, "report": 1}
    assert stats.cases_by_platform == {"PTT": 2, "Dcard": 1, "X": 1}
    assert (stats.captures, stats.partial_captures) == (2, 1)
    assert stats.steps_done["report-social-authority"] == 2  # the undone one does not count
    assert stats.steps_done["record-origin"] == 3
    report = stats.clocks["social-report"]
    assert (report.met, report.late, report.overdue) == (1, 1, 1)  # the undone one is open past its deadline

    lines = statistics_lines(stats, PROCEDURE)
    assert lines[0] == "Period: 2025-07-01 to 2025-07-31"
    assert "Patrols: 1, 1 h 30 min in all, pages visited: 3; officers: 警員測試甲" in lines
    assert "  Report to the social authority (24 h): 1 on time, 1 late, 1 still open past the deadline" in lines
    i18n.install_catalogue("zh_TW", lambda context, text: "LANGUAGE=zh_TW" if text == "LANGUAGE=en" else text)
    with in_language("zh_TW"):  # official dates in zh-TW use the ROC calendar, labels the procedure's zh-TW
        zh = statistics_lines(stats, PROCEDURE)
    assert zh[0] == "Period: 民國114年7月1日 to 民國114年7月31日"
    assert "  通報社政主管機關（24小時）: 1 on time, 1 late, 1 still open past the deadline" in zh


def test_days_are_taipei_days(vault: Vault) -> None:
    case = vault.create_case("邊界（虛構）")
    add_capture(vault, case.id, "http://127.0.0.1/a", True, "2025-07-31T15:59:59Z")  # 7/31 23:59:59 Taipei
    add_capture(vault, case.id, "http://127.0.0.1/b", True, "2025-07-31T16:00:00Z")  # 8/1 00:00 Taipei
    assert unit_statistics(vault, PROCEDURE, JULY).captures == 1
    assert unit_statistics(vault, PROCEDURE, Period(date(2025, 8, 1), date(2025, 8, 1))).captures == 1


def test_a_period_that_ends_before_it_begins_is_refused() -> None:
    with pytest.raises(UsageError):
        Period(date(2025, 7, 31), date(2025, 7, 1))


def test_a_deadline_passed_in_the_period_counts_open_until_it_is_met_even_when_met_later(
        vault: Vault, clock: FixedClock) -> None:
    """The reminders listed overdue reports while the sheet said "-": a clock that had not ended did not
    count. It now counts in the period its deadline passed in, as it stood at the period's end (or now)."""
    steps = CaseSteps(vault, lambda: PROCEDURE)
    case_id = minor_case(vault, steps, "逾期未通報（虛構）", "patrol", ["PTT"])  # 2025-07-08 10:00, 24 h
    before_deadline = Period(date(2025, 7, 1), date(2025, 7, 8))
    deadline_day = Period(date(2025, 7, 9), date(2025, 7, 9))
    assert "social-report" not in unit_statistics(vault, PROCEDURE, deadline_day).clocks  # not passed yet
    clock.now += timedelta(hours=25)  # 07-09 11:00: past the deadline, period not over
    assert unit_statistics(vault, PROCEDURE, deadline_day).clocks["social-report"].overdue == 1
    assert "social-report" not in unit_statistics(vault, PROCEDURE, before_deadline).clocks
    clock.now += timedelta(days=2)  # reported on 07-11, late
    steps.tick(case_id, "report-social-authority", note="電話通報（虛構）")
    ended = unit_statistics(vault, PROCEDURE, deadline_day).clocks["social-report"]
    assert (ended.met, ended.late, ended.overdue) == (0, 0, 1)  # at the end of 07-09 it still stood open
    later = unit_statistics(vault, PROCEDURE, Period(date(2025, 7, 11), date(2025, 7, 11))).clocks["social-report"]
    assert (later.met, later.late, later.overdue) == (0, 1, 0)
    assert unit_statistics(vault, PROCEDURE, JULY).as_dict()["clocks"]["social-report"] == {
        "met": 0, "late": 1, "overdue": 0}  # in one period that holds both: it ended, late
