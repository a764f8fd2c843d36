"""The whole vault's audit entries for a period (Tools → Vault audit log): Taipei days, newest first,
the total beside a cut list, and the case numbers of the cases they concern."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.vault import Vault
from app.vault.stats import Period
from tests.unit.conftest import FixedClock


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2025-07-08T23:30")  # Taipei time: 15:30 UTC


@pytest.fixture
def vault(clocked_vault: Vault) -> Vault:
    return clocked_vault  # the tests count by the clock


def test_a_period_lists_the_vaults_entries_newest_first(vault: Vault, clock: FixedClock) -> None:
    first = vault.create_case("稽核期間甲（虛構）")
    clock.now += timedelta(hours=1)  # 7/9 00:30 in Taipei, still 7/8 in UTC
    second = vault.create_case("稽核期間乙（虛構）")
    vault.record("patrol.view_log", details={"day": "2025-07-09"})
    july_8 = Period(date(2025, 7, 8), date(2025, 7, 8))
    entries, total = vault.audit.between(*july_8.bounds, 100)
    assert [e.action for e in entries] == ["case.create", "vault.unlock"] and total == 2  # newest first
    assert entries[0].case_id == first.id
    entries, total = vault.audit.between(*Period(date(2025, 7, 9), date(2025, 7, 9)).bounds, 1)
    assert [e.action for e in entries] == ["patrol.view_log"] and total == 2  # cut to one, the total says two
    assert vault.cases.numbers([first.id, second.id, first.id]) == {first.id: first.number, second.id: second.number}


def test_case_numbers_are_read_in_parts(vault: Vault) -> None:
    cases = [vault.create_case(f"編號{n}（虛構）") for n in range(205)]  # three queries of at most a hundred
    numbers = vault.cases.numbers(case.id for case in cases)
    assert numbers == {case.id: case.number for case in cases}
    assert vault.cases.numbers([]) == {}


def test_a_group_of_actions_keeps_only_its_entries_and_counts_them(vault: Vault) -> None:
    case = vault.create_case("稽核分類（虛構）")
    vault.record("person.reveal_denied", case_id=case.id, subject="P1")
    vault.record("document.generated", subject="statistics")
    vault.record("person.reveal", case_id=case.id, subject="P1")
    day = Period(date(2025, 7, 8), date(2025, 7, 8)).bounds
    entries, total = vault.audit.between(*day, 1, {"person.reveal", "person.reveal_denied"})
    assert [e.action for e in entries] == ["person.reveal"] and total == 2  # the total is the group's
    entries, total = vault.audit.between(*day, 100, set())
    assert entries == [] and total == 0
    assert vault.audit.between(*day, 100)[1] == 5  # unlock, case, and the three above
    everything, total = vault.audit.between(*day)  # no limit: every entry (a printed log leaves none out)
    assert len(everything) == total == 5 and everything[0].action == "person.reveal"


def test_a_clock_set_back_loses_no_entry_of_the_period(vault: Vault, clock: FixedClock) -> None:
    """The period's entries are found by time, then read along the chain: an entry recorded after the
    workstation's clock was set back (later in the chain, earlier in time) is still listed, in chain order."""
    vault.record("patrol.view_log", subject="A")  # 7/8 23:30 Taipei
    clock.now -= timedelta(days=2)
    vault.record("patrol.view_log", subject="B")  # 7/6 23:30: the clock went back
    clock.now += timedelta(days=2, minutes=5)
    vault.record("patrol.view_log", subject="C")  # 7/8 23:35
    july_8 = Period(date(2025, 7, 8), date(2025, 7, 8))
    entries, total = vault.audit.between(*july_8.bounds, 100)
    assert [e.subject for e in entries if e.action == "patrol.view_log"] == ["C", "A"] and total == 3  # and the unlock
    entries, total = vault.audit.between(*Period(date(2025, 7, 6), date(2025, 7, 8)).bounds, 100)
    assert [e.subject for e in entries][:3] == ["C", "B", "A"] and total == 4
    entries, _ = vault.audit.between(*Period(date(2025, 7, 6), date(2025, 7, 6)).bounds, 100, {"patrol.view_log"})
    assert [e.subject for e in entries] == ["B"]
