"""Whoever watches the audit chain (the status bar) hears of an entry once it is committed, with the
head it made, and never of one that was rolled back: the head shown is always one the vault holds."""

from __future__ import annotations

import threading

import pytest

from app.vault import Vault


def test_a_committed_entry_is_told_with_its_head(vault: Vault) -> None:
    heard: list[tuple[int, str]] = []
    vault.audit.watch(lambda seq, digest: heard.append((seq, digest)))
    vault.record("patrol.view_log", details={"day": "2025-07-08"})
    assert heard == [tuple(vault.audit.head())]
    assert vault.audit_head() == f"{heard[0][0]}:{heard[0][1]}"


def test_entries_in_a_transaction_are_told_after_the_commit_and_never_after_a_rollback(vault: Vault) -> None:
    heard: list[int] = []
    vault.audit.watch(lambda seq, _digest: heard.append(seq))
    start = vault.audit.head()[0]
    with vault.db.transaction():
        vault.record("case.create")
        with vault.db.transaction():  # nested: joins the outer one
            vault.record("case.edit")
        assert heard == []  # nothing is committed yet
    assert heard == [start + 1, start + 2]

    class Refused(Exception):
        pass

    with pytest.raises(Refused), vault.db.transaction():
        vault.record("case.create")
        raise Refused
    vault.record("case.edit")  # the next commit does not carry the rolled-back entry with it
    assert heard == [start + 1, start + 2, start + 3] and vault.audit.head()[0] == start + 3


def test_the_watcher_hears_on_the_committing_thread_and_can_stop(vault: Vault) -> None:
    threads: list[str] = []

    def watcher(_seq: int, _digest: str) -> None:
        threads.append(threading.current_thread().name)

    vault.audit.watch(watcher)
    worker = threading.Thread(target=lambda: vault.record("patrol.view_log"), name="worker")
    worker.start()
    worker.join()
    vault.audit.unwatch(watcher)
    vault.record("patrol.view_log")
    assert threads == ["worker"]
