"""Files written for the officer (an evidence file, a case file) appear whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.core.errors import KnownError, StorageFull, StorageReadOnly, TargetIsFolder, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP

# The files SQLite keeps beside a vault while it is open (WAL mode) or was left by a crash (rollback journal).
VAULT_COMPANIONS = ("", "-wal", "-shm", "-journal")


class OutputIsTheVault(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "{path} is a file of the vault itself: name another file to write. "
                                       "Nothing was written.")


class OutputExists(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "{path} already exists: name another file, or add --force to replace it. "
                                       "Nothing was written.")


class OutputFolderMissing(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist: create it first, or name a file in a "
                                       "folder that exists. Nothing was written.")


def check_output(destination: Path, vault: Path, *, replace: bool) -> None:
    """Refuse, before any work, an output file that would destroy something: the vault itself or one of its
    working files (seen: `export -o` naming the vault replaced it, every case lost, exit 0), or any existing
    file unless the officer said ``replace`` (the window asks; a command cannot, so it needs --force)."""
    refuse_the_vault(destination, vault)
    if destination.exists() and not destination.is_dir() and not replace:
        raise OutputExists(path=str(destination))
    _folder_exists(destination)


def refuse_the_vault(destination: Path, vault: Path) -> None:
    """Refuse the vault itself or one of its working files as an output, however the path is written. The
    window's save dialogs ask before replacing a file, and a yes to the vault's own name lost every case."""
    if any(_same_file(destination, Path(f"{vault}{suffix}")) for suffix in VAULT_COMPANIONS):
        raise OutputIsTheVault(path=str(destination))


def _folder_exists(destination: Path) -> None:
    """A folder is never made for the officer: a typo in the path (seen: `export -o typo/dir/x.npcase`) would put
    a case file where nobody looks for it."""
    if not destination.parent.is_dir():
        raise OutputFolderMissing(folder=str(destination.parent))


def _same_file(first: Path, second: Path) -> bool:
    """The same file however it is named (a link, another spelling of the path); by name when one is missing."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


class OutputNotRecorded(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{path} was written but could not be recorded in the vault's audit log, nor "
                                       "removed: delete it and do not hand it over, then try again.")


class StagedFile:
    """A file being written beside its destination; it takes the destination's name only by :meth:`publish`."""

    def __init__(self, out: BinaryIO, temp: Path, destination: Path) -> None:
        self.out, self.temp, self.destination = out, temp, destination
        self.published = False

    def publish(self) -> None:
        """Flush it to the disk and rename it onto the destination. Called inside the transaction that records
        it, so that a failed commit (a full disk) removes it again: see :func:`staged_file`."""
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()  # Windows renames no open file
        os.replace(self.temp, self.destination)
        self.published = True

    def discard(self) -> None:
        """Remove what was written, under whichever name it has by now."""
        self.out.close()
        (self.destination if self.published else self.temp).unlink(missing_ok=True)


@contextlib.contextmanager
def staged_file(destination: Path) -> Iterator[StagedFile]:
    """A temporary file beside ``destination``, which the block names by ``publish()``.

    Any exception in the block removes the file, published or not: a file that leaves the vault is recorded
    in the audit chain, or it is not there (seen: with the vault's disk full, a case file was renamed into
    place, its record then failed, and the officer was told that nothing was written). Disk errors become
    the officer's one sentence."""
    if destination.is_dir():
        raise TargetIsFolder(path=str(destination))
    _folder_exists(destination)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".netpatrol-", dir=destination.parent)
    except OSError as exc:  # a read-only share or medium (EROFS) as much as a folder without permission
        if exc.errno == errno.ENOSPC:
            raise StorageFull() from None
        raise StorageReadOnly(path=str(destination.parent)) from None
    staged = StagedFile(os.fdopen(handle, "w+b"), Path(temp_name), destination)  # readable: a passphrase case
    try:                                                                        # file is hashed as written
        yield staged
    except BaseException as exc:
        _discard(staged)
        if isinstance(exc, OSError):
            raise (StorageFull() if exc.errno == errno.ENOSPC else StorageReadOnly(path=str(destination))) from exc
        raise
    if not staged.published:
        staged.discard()


def _discard(staged: StagedFile) -> None:
    try:
        staged.discard()
    except OSError:
        if staged.published:  # named and not recorded: the officer must know, and remove it
            raise OutputNotRecorded(path=str(staged.destination)) from None


@contextlib.contextmanager
def atomic_file(destination: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``destination``, renamed onto it only when the block ends normally, for
    a file that nothing records (a half-written file never appears under the destination name)."""
    with staged_file(destination) as staged:
        yield staged.out
        staged.publish()
