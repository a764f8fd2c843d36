"""Case numbers at the Taipei new year: 31 December 16:00 UTC is already 民國116年 in Taipei, and the cases opened
in the night shift of 1 January count toward that year, as the same cases opened in the day do."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.vault import Vault
from tests.unit.conftest import FixedClock


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2026-12-31T23:30")  # Taipei time: the last half hour of 民國115年


def test_the_night_shift_numbers_in_the_new_taipei_year(clocked_vault: Vault, clock: FixedClock) -> None:
    assert clocked_vault.create_case("年末（虛構）").number == "NP-115-0001"
    clock.now += timedelta(hours=1)  # 00:30 on 1 January in Taipei, still 31 December in UTC
    assert clocked_vault.create_case("元旦凌晨（虛構）").number == "NP-116-0001"


def test_a_number_in_use_is_skipped_in_the_night_as_in_the_day(clocked_vault: Vault, clock: FixedClock) -> None:
    """As ``test_a_number_in_use_is_skipped_not_given_twice``, in the first hours of 1 January (Taipei). Seen:
    the count of the year's cases was taken by their UTC year, which left out this night's cases; after 0001 and a
    case numbered 0003 by hand, the next case got 0002, a number the day gives no later case."""
    clock.now += timedelta(hours=1, minutes=30)  # 01:00 on 1 January in Taipei
    assert clocked_vault.create_case("a").number == "NP-116-0001"
    clocked_vault.create_case("typed", number="NP-116-0003")
    clock.now += timedelta(hours=2)  # 03:00
    assert clocked_vault.create_case("c").number == "NP-116-0004"
    clock.now += timedelta(hours=6)  # 09:00, the same day in UTC as in Taipei: the count goes on
    assert clocked_vault.create_case("d").number == "NP-116-0005"
