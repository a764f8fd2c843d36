"""One NetPatrol window per account (``app.infra.single_instance``); the real program started twice is in
``test_second_start``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.infra.single_instance import InstanceGuard, server_name


def test_a_second_guard_is_refused_and_asks_the_first_to_come_forward(qtbot, tmp_path: Path) -> None:
    first = InstanceGuard(tmp_path)
    second = InstanceGuard(tmp_path)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.come_forward, timeout=5000):
            assert not second.claim()
        assert second.answered
    finally:
        first.release()
    third = InstanceGuard(tmp_path)  # the first window closed: the next start is the window
    try:
        assert third.claim()
    finally:
        third.release()


def test_a_lock_left_by_a_killed_window_does_not_keep_netpatrol_from_starting(qtbot, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
                               "assert lock.tryLock(0); print('HELD', flush=True); sys.stdin.readline()",
         str(tmp_path / "instance.lock")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        stuck = InstanceGuard(tmp_path)  # a window that holds the lock and does not answer (here: no server)
        assert not stuck.claim()
        assert not stuck.answered  # the second start then says so, instead of ending without a word
    finally:
        holder.kill()
        holder.wait()
    assert (tmp_path / "instance.lock").exists()  # killed: nothing removed it
    guard = InstanceGuard(tmp_path)
    try:
        assert guard.claim()
    finally:
        guard.release()


def test_two_accounts_homes_use_two_names(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a" / "instance.lock") != server_name(tmp_path / "b" / "instance.lock")


def test_the_running_window_hears_which_vault_a_second_start_was_given(qtbot, tmp_path: Path) -> None:
    """The request carries the vault the second start named (``--vault``), "" for none, so the running window can
    say that it keeps its own (see ``app.main._bring_forward``)."""
    first = InstanceGuard(tmp_path)
    try:
        assert first.claim()
        for asked, heard in ((tmp_path / "其他 保管庫.npv", str(tmp_path / "其他 保管庫.npv")), (None, "")):
            with qtbot.waitSignal(first.come_forward, timeout=5000) as request:
                assert not InstanceGuard(tmp_path).claim(asked)
            assert request.args == [heard]
    finally:
        first.release()
