"""The patrol duty log: audited start/stop, events committed one by one, per-session and per-day views."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.core.errors import UsageError
from app.vault import Vault
from app.vault.patrols import PatrolEventKind, PatrolStore, StopReason
from tests.conftest import PASSPHRASE

T0 = datetime(2025, 7, 8, 15, 30, tzinfo=UTC)  # 23:30 in Taipei, 2025-07-08


def store(vault: Vault) -> PatrolStore:
    return PatrolStore(vault.db, vault.audit)


def test_start_and_stop_are_audited_and_navigation_is_logged_with_persona(vault: Vault) -> None:
    patrols = store(vault)
    patrol = patrols.start(vault.actor, T0, persona="off-the-record")
    patrols.navigate(patrol.id, T0 + timedelta(minutes=1), "https://example.test/a?q=援交", "頁面 A", "tab-1", "臥底甲")
    patrols.stop(vault.actor, patrol.id, T0 + timedelta(minutes=5))

    events = patrols.events(patrol.id)
    assert [e.kind for e in events] == [PatrolEventKind.START, PatrolEventKind.NAVIGATE, PatrolEventKind.STOP]
    nav = events[1]
    assert (nav.url, nav.title, nav.tab, nav.persona) == ("https://example.test/a?q=援交", "頁面 A", "tab-1", "臥底甲")
    assert nav.at == T0 + timedelta(minutes=1)
    actions = [(e.action, e.subject) for e in vault.audit.entries()]
    assert ("patrol.start", patrol.id) in actions
    assert ("patrol.stop", patrol.id) in actions
    closed = patrols.get(patrol.id)
    assert closed.ended_at == T0 + timedelta(minutes=5)
    assert closed.stop_reason is StopReason.OFFICER
    assert closed.navigations == 1


def test_a_stopped_patrol_takes_no_more_events(vault: Vault) -> None:
    patrols = store(vault)
    patrol = patrols.start(vault.actor, T0, persona="off-the-record")
    patrols.stop(vault.actor, patrol.id, T0)
    with pytest.raises(UsageError):
        patrols.navigate(patrol.id, T0, "https://example.test/", "", "tab-1", "off-the-record")
    with pytest.raises(UsageError):
        patrols.stop(vault.actor, patrol.id, T0)


def test_start_and_stop_cannot_bypass_the_audit(vault: Vault) -> None:
    patrol = store(vault).start(vault.actor, T0, persona="p")
    with pytest.raises(ValueError):
        store(vault).record(patrol.id, PatrolEventKind.STOP, T0)


def test_per_day_queries_use_the_taipei_calendar(vault: Vault) -> None:
    patrols = store(vault)
    patrol = patrols.start(vault.actor, T0, persona="p")  # 23:30 Taipei on the 8th
    patrols.navigate(patrol.id, T0 + timedelta(minutes=20), "https://example.test/1", "", "t", "p")  # 23:50 on the 8th
    patrols.navigate(patrol.id, T0 + timedelta(minutes=40), "https://example.test/2", "", "t", "p")  # 00:10 on the 9th
    assert [e.url for e in patrols.events_on(date(2025, 7, 8)) if e.url] == ["https://example.test/1"]
    assert [e.url for e in patrols.events_on(date(2025, 7, 9))] == ["https://example.test/2"]
    assert [p.id for p in patrols.sessions(date(2025, 7, 9))] == [patrol.id]
    assert patrols.sessions(date(2025, 7, 10)) == []
    assert patrols.days() == [date(2025, 7, 9), date(2025, 7, 8)]


def test_the_log_cannot_be_edited_and_verify_checks_it(vault: Vault) -> None:
    patrols = store(vault)
    patrol = patrols.start(vault.actor, T0, persona="p")
    patrols.navigate(patrol.id, T0, "https://example.test/x", "X", "t", "p")
    patrols.stop(vault.actor, patrol.id, T0)
    report = vault.verify()
    assert report.ok, [p.render() for p in report.problems]
    assert report.rows_checked >= 2  # the patrol row and its closed log
    with pytest.raises(Exception, match="append-only"):
        vault.db.execute("UPDATE patrol_events SET url = 'https://elsewhere.test/' WHERE kind = 'navigate'")


def test_verify_notices_a_log_rewritten_behind_the_triggers(vault: Vault) -> None:
    patrols = store(vault)
    patrol = patrols.start(vault.actor, T0, persona="p")
    patrols.navigate(patrol.id, T0, "https://example.test/x", "X", "t", "p")
    patrols.stop(vault.actor, patrol.id, T0)
    vault.db.execute("DROP TRIGGER patrol_events_no_update")
    vault.db.execute("UPDATE patrol_events SET url = 'https://elsewhere.test/' WHERE kind = 'navigate'")
    problems = [p.render() for p in vault.verify().problems]
    assert any("patrol_events" in p and patrol.id in p for p in problems), problems


def test_a_crash_keeps_the_log_up_to_the_crash(vault_path: Path) -> None:
    """A separate process starts a patrol, logs two pages and dies without stopping or locking."""
    script = textwrap.dedent(f"""
        import os
        from datetime import UTC, datetime
        from pathlib import Path
        from app.vault import Vault
        from app.vault.patrols import PatrolStore
        vault = Vault.open(Path({str(vault_path)!r}), {PASSPHRASE!r})
        patrols = PatrolStore(vault.db, vault.audit)
        patrol = patrols.start(vault.actor, datetime.now(UTC), persona="off-the-record")
        for n in (1, 2):
            patrols.navigate(patrol.id, datetime.now(UTC), f"https://example.test/{{n}}", "", "t", "off-the-record")
        print(patrol.id, flush=True)
        os._exit(9)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[3], check=False)
    assert done.returncode == 9, done.stderr
    patrol_id = done.stdout.strip()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        patrols = store(vault)
        assert [p.id for p in patrols.unfinished()] == [patrol_id]
        assert [e.url for e in patrols.events(patrol_id) if e.kind is PatrolEventKind.NAVIGATE] == [
            "https://example.test/1", "https://example.test/2"]
        closed = patrols.stop(vault.actor, patrol_id, datetime.now(UTC), StopReason.INTERRUPTED)
        assert closed.stop_reason is StopReason.INTERRUPTED
        assert patrols.unfinished() == []
    finally:
        vault.lock()
