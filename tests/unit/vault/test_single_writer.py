"""One writer per vault file: a second process that would open it read-write is refused while the first has it.

Seen (a tester's session, reproduced): the window's process lost SQLite's POSIX locks on the vault when a Qt file
dialog listed the vault's folder (it opens and closes every file to guess its type, and closing any descriptor
drops a process's fcntl locks on that file). A `netpatrol` command run next then closed as "the last
connection", checkpointed and deleted the write-ahead log the window was still writing to, and everything the
window committed afterwards was gone once it was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.errors import VaultInUse
from app.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
WINDOW = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.vault import Vault
    path = Path(sys.argv[1])
    vault = Vault.open(path, sys.argv[2])
    vault.create_case("before the file dialog")
    for name in (path, Path(str(path) + "-shm")):  # what a file dialog listing the folder does to each file
        with open(name, "rb") as sniffed:
            sniffed.read(64)
    print("READY", flush=True)
    sys.stdin.readline()
    vault.create_case("after the command")
    print("DONE", flush=True)
    sys.stdin.readline()  # killed here, as the tester's window was
""")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX fcntl locks")
def test_a_second_writer_is_refused_and_nothing_the_first_commits_is_lost(vault_path: Path) -> None:
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(vault_path), PASSPHRASE], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout is not None and window.stdin is not None
        assert window.stdout.readline().strip() == "READY"
        with pytest.raises(VaultInUse):  # the command, refused instead of deleting the window's log
            Vault.open(vault_path, PASSPHRASE)
        reader = Vault.open(vault_path, PASSPHRASE, read_only=True)  # verify, stats, audit: they only read
        assert [c.title for c in reader.list_cases()] == ["before the file dialog"]
        reader.lock()
        window.stdin.write("write\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "DONE"
    finally:
        os.kill(window.pid, signal.SIGKILL)
        window.wait()
    vault = Vault.open(vault_path, PASSPHRASE)  # the writer is gone: the vault is free again
    try:
        assert sorted(c.title for c in vault.list_cases()) == ["after the command", "before the file dialog"]
    finally:
        vault.lock()


def test_the_vault_is_free_again_once_locked(vault_path: Path) -> None:
    first = Vault.open(vault_path, PASSPHRASE)
    first.check_passphrase(PASSPHRASE)  # the salt read at open: the file is not read again while connected
    first.lock()
    second = Vault.open(vault_path, PASSPHRASE)
    second.lock()
