"""A workstation clock set back: told at unlock, recorded in the unlock's entry, and found by verify.

The chain's order is its sequence, so a clock set back breaks nothing; but every time recorded after it
rests on a clock that was wrong on one side or the other, and a prosecutor will be asked about it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.core.audit_actions import details_text
from app.core.timeutil import time_text
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.conftest import FixedClock


def _last_entry_at(vault_path: Path, clock: FixedClock) -> FixedClock:
    """Open and lock the vault on ``clock``: its last entry (the lock) is then at clock's time."""
    Vault.open(vault_path, PASSPHRASE, clock=clock).lock()
    return clock


def test_unlocking_on_a_clock_behind_the_last_entry_is_told_and_recorded(vault_path: Path) -> None:
    clock = _last_entry_at(vault_path, FixedClock("2027-01-10T09:00"))
    clock.now -= timedelta(days=2, hours=3)
    vault = Vault.open(vault_path, PASSPHRASE, clock=clock)
    try:
        assert vault.clock_behind == timedelta(days=2, hours=3)
        unlock = vault.audit.entries(limit=10_000)[-1]
        assert unlock.action == "vault.unlock" and unlock.details == {"clock_behind_seconds": 2 * 86400 + 3 * 3600}
        assert details_text(unlock.details, unlock.action) == "Clock behind the last entry by: 2 d 3 h"
        assert vault.clock_warning() == (
            "The workstation's clock reads 2027-01-08 06:00 (UTC+8), 2 d 3 h earlier than the vault's last entry. One "
            "of the two is wrong: check the date and time before you capture evidence, for every time recorded now "
            "rests on this clock. The unlock is recorded with the difference.")

        report = vault.verify()
        assert report.ok  # no damage: the chain's order holds
        assert [step.seq for step in report.clock_steps] == [unlock.seq]
        assert report.clock_notes() == [
            f"Entry {unlock.seq} ({time_text(clock.now, 'en')}) is recorded 2 d 3 h earlier than entry "
            f"{unlock.seq - 1} (2027-01-10 09:00 (UTC+8)): the workstation's clock was set back, or had been ahead. "
            "The chain's order is intact; check the times around it against another record."]
        assert report.as_dict()["clock_steps"] == [{"seq": unlock.seq, "at": "2027-01-07T22:00:00.000000Z",
                                                    "before_at": "2027-01-10T01:00:00.000000Z",
                                                    "back_by_seconds": 183600}]
        assert vault.record_verification(report).details["clock_steps"] == 1
    finally:
        vault.lock()


def test_a_clock_that_agrees_within_a_minute_is_not_told(vault_path: Path) -> None:
    """Windows Time corrects a drifting clock by a few seconds: that is not a clock set back."""
    clock = _last_entry_at(vault_path, FixedClock("2027-01-10T09:00"))
    clock.now -= timedelta(seconds=50)
    vault = Vault.open(vault_path, PASSPHRASE, clock=clock)
    try:
        assert vault.clock_behind is None and vault.clock_warning() is None
        assert vault.audit.entries(limit=10_000)[-1].details == {}
        assert vault.verify().clock_steps == []
    finally:
        vault.lock()


def test_many_steps_back_are_named_three_then_counted(vault_path: Path) -> None:
    clock = FixedClock("2027-01-10T09:00")
    for _ in range(6):  # each unlock an hour before the lock before it: five steps back
        _last_entry_at(vault_path, clock)
        clock.now -= timedelta(hours=1)
    vault = Vault.open(vault_path, PASSPHRASE, clock=clock, read_only=True)
    try:
        report = vault.verify()
        assert len(report.clock_steps) == 5 and all(step.back_by == timedelta(hours=1) for step in report.clock_steps)
        notes = report.clock_notes()
        assert len(notes) == 4 and all(" is recorded 1 h 00 min earlier than entry " in note for note in notes[:3])
        assert notes[3] == "…and 2 more steps back of the clock."
    finally:
        vault.lock()


def test_printed_chain_checks_say_the_clock_was_set_back() -> None:
    """The audit log and the evidence list print the chain's check: a clock set back is said beside "Intact"."""
    from app.reports.model import ChainCheck

    assert ChainCheck(40).text() == ("Intact: entries #1 to #40 each carry the hash of the one before, and their own "
                                     "hashes match.")
    assert ChainCheck(40, clock_steps=(12, 30, 31)).text().endswith(
        "hashes match. The workstation's clock was set back 3 times, first at entry #12: 'netpatrol verify' says "
        "where and by how much.")
