"""Files written for the officer (an evidence file, a case file) appear whole or not at all, readable by the
officer's own account only, and never over a file that appeared meanwhile unless the officer said to replace.

Owner-only: on POSIX every file holding case data (the vault and its working files, a case file, an exported
evidence file, a printed document) is created with mode 0600 by the call that creates it, whatever the umask of
the process (which a library must not change: the browser and Qt create files too). On Windows, file modes do not
restrict reading: there the folder's ACLs decide, which the officer's profile folder keeps to its owner.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.core.errors import KnownError, StorageReadOnly, TargetIsFolder, UsageError, write_failure
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


OWNER_ONLY = 0o600


def owner_only(target: int | Path) -> None:
    """Make a file (an open descriptor, or a path) readable and writable by its owner only. POSIX only: on Windows
    a mode does not keep others from reading, the folder's ACLs do (see the module text)."""
    if os.name != "posix":
        return
    if isinstance(target, int):
        os.fchmod(target, OWNER_ONLY)
    else:
        os.chmod(target, OWNER_ONLY)


def create_owner_only(path: Path) -> None:
    """Create ``path`` empty and owner-only, failing (FileExistsError) if it exists: a new vault (SQLite takes an
    empty file for a new database, and creates its write-ahead log, shared-memory index and journal with the mode
    of the database file, so the whole vault stays owner-only, whatever the process's umask), its rekeyed copy,
    or the claim on an output's name (:func:`publish_file`)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), OWNER_ONLY))
    owner_only(path)  # O_CREAT's mode is masked by the umask, which may keep the owner out too


def is_owner_only(path: Path) -> bool:
    """No permission for group or others (always true where modes do not apply)."""
    return os.name != "posix" or not stat.S_IMODE(path.stat().st_mode) & 0o077


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


def publish_file(temp: Path, destination: Path, *, replace: bool) -> None:
    """Give the finished file ``temp`` (beside ``destination``) the destination's name, in one step.

    With ``replace`` (the officer said so: --force, or yes in the window's save dialog) an existing file is replaced
    atomically. Without, an existing file is never replaced, not even one that appeared after the early
    :func:`check_output` (seen possible: another program, or a second `netpatrol` run, writing the same name
    meanwhile): the name is taken by a hard link, which fails if it exists, and the temporary name then removed.
    Where there are no hard links (a FAT/exFAT stick, some shares), the name is first claimed by creating it
    exclusively, then replaced by the finished file. Either way an existing file raises :class:`OutputExists`, and
    ``temp`` is left for the caller to remove."""
    if replace:
        os.replace(temp, destination)
        return
    try:
        os.link(temp, destination)
    except FileExistsError:
        raise OutputExists(path=str(destination)) from None
    except OSError:  # no hard links on this medium
        _claim_then_replace(temp, destination)
        return
    try:
        temp.unlink()
    except OSError:
        destination.unlink(missing_ok=True)  # both names, or neither: the caller removes the temporary one
        raise


def _claim_then_replace(temp: Path, destination: Path) -> None:
    try:
        create_owner_only(destination)
    except FileExistsError:
        raise OutputExists(path=str(destination)) from None
    try:
        os.replace(temp, destination)
    except BaseException:
        destination.unlink(missing_ok=True)  # our own empty claim, never the officer's file
        raise


class StagedFile:
    """A file being written beside its destination; it takes the destination's name only by :meth:`publish`."""

    def __init__(self, out: BinaryIO, temp: Path, destination: Path, *, replace: bool = True) -> None:
        self.out, self.temp, self.destination = out, temp, destination
        self.replace = replace
        self.published = False

    def publish(self) -> None:
        """Flush it to the disk and give it the destination's name (see :func:`publish_file`). Called inside the
        transaction that records it, so that a failed commit (a full disk) removes it again: see
        :func:`staged_file`."""
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()  # Windows renames no open file
        publish_file(self.temp, self.destination, replace=self.replace)
        self.published = True

    def discard(self) -> None:
        """Remove what was written, under whichever name it has by now. Closing writes out what is still buffered,
        which on a full disk fails again (seen: a `.netpatrol-…` file left beside the case file that was said not
        to be written); the file is closed all the same, and it is being removed, so that failure is no news."""
        with contextlib.suppress(OSError):
            self.out.close()
        self.temp.unlink(missing_ok=True)
        if self.published:
            self.destination.unlink(missing_ok=True)


@contextlib.contextmanager
def staged_file(destination: Path, *, replace: bool = True) -> Iterator[StagedFile]:
    """A temporary file beside ``destination``, which the block names by ``publish()``; owner-only (see the
    module text). ``replace``: whether an existing file may be replaced (see :func:`publish_file`); the window's
    save dialogs ask, a command replaces only with --force.

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
        raise write_failure(destination.parent, exc) from None
    try:
        owner_only(handle)  # mkstemp's own 0600 is CPython's choice; the evidence relies on it, so it is said here
    except OSError:
        os.close(handle)
        Path(temp_name).unlink(missing_ok=True)
        raise StorageReadOnly(path=str(destination.parent)) from None
    staged = StagedFile(os.fdopen(handle, "w+b"), Path(temp_name), destination,  # readable: a passphrase case
                        replace=replace)                                        # file is hashed as written
    try:
        yield staged
    except BaseException as exc:
        _discard(staged)
        if isinstance(exc, OSError):
            raise write_failure(destination, exc) from exc
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
def atomic_file(destination: Path, *, replace: bool = True) -> Iterator[BinaryIO]:
    """A temporary file beside ``destination``, renamed onto it only when the block ends normally, for
    a file that nothing records (a half-written file never appears under the destination name)."""
    with staged_file(destination, replace=replace) as staged:
        yield staged.out
        staged.publish()
