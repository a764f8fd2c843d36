"""A clock the tests move: the vault's time in the unit tests that count by it (steps, clocks, periods)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.core.timeutil import parse_iso


class FixedClock:
    """Now is ``now`` until the test moves it (``clock.now += timedelta(hours=2)``)."""

    def __init__(self, start: str) -> None:
        self.now = parse_iso(start)  # a time without a zone is Taipei time

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2025-07-08T10:00")
