"""A clock the tests move: the vault's time in the unit tests that count by it (steps, clocks, periods)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.core.timeutil import parse_iso
from app.vault import Vault
from tests.conftest import PASSPHRASE


class FixedClock:
    """Now is ``now`` until the test moves it (``clock.now += timedelta(hours=2)``)."""

    def __init__(self, start: str) -> None:
        self.now = parse_iso(start)  # a time without a zone is Taipei time

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2025-07-08T10:00")


@pytest.fixture
def clocked_vault(vault_path: Path, clock: FixedClock) -> Iterator[Vault]:
    """The empty test vault on ``clock``'s time, for the tests that count by it (steps, clocks, periods)."""
    opened = Vault.open(vault_path, PASSPHRASE, clock=clock)
    yield opened
    opened.lock()
