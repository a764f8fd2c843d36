"""Files written for the officer (an evidence file, a case file) appear whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.core.errors import StorageFull, StorageReadOnly, TargetIsFolder, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP

# The files SQLite keeps beside a vault while it is open (WAL mode) or was left by a crash (rollback journal).
VAULT_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputIsTheVault(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "{path} is a file of the vault itself: name another file to write. "
                                       "Nothing was written.")


class OutputExists(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "{path} already exists: name another file, or add --force to replace it. "
                                       "Nothing was written.")


def check_output(destination: Path, vault: Path, *, replace: bool) -> None:
    """Refuse, before any work, an output file that would destroy something: the vault itself or one of its
    working files (seen: `export -o` naming the vault replaced it, every case lost, exit 0), or any existing
    file unless the officer said ``replace`` (the window asks; a command cannot, so it needs --force)."""
    if any(_same_file(destination, Path(f"{vault}{suffix}")) for suffix in VAULT_COMPANIONS):
        raise OutputIsTheVault(path=str(destination))
    if destination.exists() and not destination.is_dir() and not replace:
        raise OutputExists(path=str(destination))


def _same_file(first: Path, second: Path) -> bool:
    """The same file however it is named (a link, another spelling of the path); by name when one is missing."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


@contextlib.contextmanager
def atomic_file(destination: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``destination``, renamed onto it only when the block ends normally.

    Any exception (ours, a failed hash check, a full disk) removes the temporary file, so a half-written
    file never appears under the destination name. Disk errors become the officer's one sentence."""
    if destination.is_dir():
        raise TargetIsFolder(path=str(destination))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".netpatrol-", dir=destination.parent)
    except OSError as exc:  # a read-only share or medium (EROFS) as much as a folder without permission
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise StorageReadOnly(path=str(destination.parent)) from None
    try:
        with os.fdopen(handle, "w+b") as out:  # readable too: a passphrase case file is hashed as written
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, destination)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from exc
        raise StorageReadOnly(path=str(destination)) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
