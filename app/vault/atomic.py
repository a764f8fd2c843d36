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
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.core.errors import KnownError, StorageReadOnly, TargetIsFolder, UsageError, write_failure
from app.core.i18n import QT_TRANSLATE_NOOP

try:
    import fcntl
except ImportError:  # Windows: a file open for writing cannot be removed there, which is what keeps it safe
    fcntl = None  # type: ignore[assignment]

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

# Windows' rename refuses an existing name (FileExistsError); a POSIX rename replaces it.
RENAME_REFUSES_EXISTING = os.name == "nt"

TEMP_PREFIX = ".netpatrol-"
# A temporary name of ours (tempfile's eight characters), a document's ".part", and SQLite's companions of a backup.
_TEMP_NAME = re.compile(r"\.netpatrol-[a-z0-9_]{8}(?:\.part)?(?P<companion>-wal|-shm|-journal)?")
# Younger than this, a temporary file may be one that another writer has just made and not yet marked as held.
LEFTOVER_AFTER_SECONDS = 60.0


def owner_only(target: int | Path) -> None:
    """Make a file (an open descriptor, or a path) readable and writable by its owner only. POSIX only: on Windows
    a mode does not keep others from reading, the folder's ACLs do (see the module text)."""
    if os.name != "posix":
        return
    if isinstance(target, int):
        os.fchmod(target, OWNER_ONLY)
    else:
        os.chmod(target, OWNER_ONLY)


def narrow_to_owner(path: Path) -> None:
    """Take away what group and others may do with ``path``, keeping the owner's own permissions (a read-only file
    stays read-only). POSIX only; any error (a file not ours, one gone meanwhile) is left: this narrows, it never
    stops the officer's work."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)


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
    if any(same_file(destination, Path(f"{vault}{suffix}")) for suffix in VAULT_COMPANIONS):
        raise OutputIsTheVault(path=str(destination))


def _folder_exists(destination: Path) -> None:
    """A folder is never made for the officer: a typo in the path (seen: `export -o typo/dir/x.npcase`) would put
    a case file where nobody looks for it."""
    if not destination.parent.is_dir():
        raise OutputFolderMissing(folder=str(destination.parent))


def same_file(first: Path, second: Path) -> bool:
    """The same file however it is named (a link, another spelling of the path); by name when one is missing."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.normcase(os.path.realpath(first)) == os.path.normcase(os.path.realpath(second))


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to the disk, so that a name just given (a rename, a hard link) survives a power cut,
    not only a killed process: without it a file the audit chain records as written could be missing after the cut.
    Where a folder cannot be opened (Windows: NTFS journals the rename itself) or flushed (some shares), nothing
    more can be done, and the write goes on."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


class OutputNotRecorded(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "{path} was written but could not be recorded in the vault's audit log, nor "
                                       "removed: delete it and do not hand it over, then try again.")


# Windows' answers while another program has the file open: access denied, sharing and lock violations.
WINDOWS_BUSY = (5, 32, 33)
# How long a name is tried again while a scanner holds a just-written file (about 1.5 s in all).
BUSY_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)


def retried_while_busy(operation: Callable[[], None]) -> None:
    """Run ``operation`` (a rename, a replace, a removal), trying again for a moment while Windows says another program
    holds the file. Why: an antivirus scanner (Windows Defender's real-time protection) opens every file just written
    to scan it, and a rename or removal meanwhile is refused (access denied, sharing violation); the officer's export
    or document then failed with "open in another program" for a file no program of theirs had open. Any other
    error, and one that lasts, is raised as it came."""
    for delay in (*BUSY_RETRY_DELAYS, None):
        try:
            operation()
            return
        except PermissionError as exc:
            if delay is None or getattr(exc, "winerror", None) not in WINDOWS_BUSY:
                raise
            time.sleep(delay)


def publish_file(temp: Path, destination: Path, *, replace: bool) -> None:
    """Give the finished file ``temp`` (beside ``destination``) the destination's name, in one step.

    With ``replace`` (the officer said so: --force, or yes in the window's save dialog) an existing file is replaced
    atomically. Without, an existing file is never replaced, not even one that appeared after the early
    :func:`check_output` (seen possible: another program, or a second `netpatrol` run, writing the same name
    meanwhile): the name is taken by a hard link, which fails if it exists, and the temporary name then removed.
    Where there are no hard links (a FAT/exFAT stick, some shares), Windows renames without replacing, in one step;
    elsewhere the name is first claimed by creating it exclusively, then replaced by the finished file. Either way
    an existing file raises :class:`OutputExists`, and ``temp`` is left for the caller to remove. Once the name is
    given, the folder is flushed (:func:`fsync_folder`), before the caller's transaction records the file."""
    _give_name(temp, destination, replace=replace)
    fsync_folder(destination.parent)


def _give_name(temp: Path, destination: Path, *, replace: bool) -> None:
    if replace:
        retried_while_busy(lambda: os.replace(temp, destination))
        return
    try:
        os.link(temp, destination)
    except FileExistsError:
        raise OutputExists(path=str(destination)) from None
    except OSError:  # no hard links on this medium
        _name_without_links(temp, destination)
        return
    try:
        retried_while_busy(temp.unlink)
    except OSError:
        destination.unlink(missing_ok=True)  # both names, or neither: the caller removes the temporary one
        raise


def _name_without_links(temp: Path, destination: Path) -> None:
    """Windows' rename never replaces a file (FileExistsError): the name is taken in one step. The empty claim is
    for systems whose rename replaces, and it is a window: a process killed (or a power cut) between the claim and
    the rename left an empty file under the destination's name (seen: a 0-byte case file on a stick, and the next
    export refused as "already exists")."""
    if RENAME_REFUSES_EXISTING:
        try:
            retried_while_busy(lambda: os.rename(temp, destination))
        except FileExistsError:
            raise OutputExists(path=str(destination)) from None
        return
    try:
        create_owner_only(destination)
    except FileExistsError:
        raise OutputExists(path=str(destination)) from None
    try:
        retried_while_busy(lambda: os.replace(temp, destination))
    except BaseException:
        destination.unlink(missing_ok=True)  # our own empty claim, never the officer's file
        raise


def flock_exclusive(path: Path) -> int | None:
    """A descriptor of ``path`` of its own, holding an exclusive flock (dropped when it is closed, or when the process
    dies, however it dies); None where there is no flock (Windows) or the file cannot be opened. Raises OSError when
    the lock cannot be had: another descriptor holds it (another process's, or this one's)."""
    if fcntl is None:
        return None
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def hold(temp: Path) -> int | None:
    """Mark the temporary file ``temp`` as being written by this process, until :func:`let_go`: its flock
    outlives the closing of the file before its rename. None where it cannot be had."""
    try:
        return flock_exclusive(temp)
    except OSError:
        return None


def temp_beside(destination: Path, suffix: str = "") -> tuple[int, Path, int | None]:
    """A new temporary file beside ``destination``: its open descriptor, its path, and the guard that holds it for
    this process until :func:`let_go` (see :func:`hold`). What writers killed half-way left in that folder is swept
    first (:func:`sweep_leftovers`). Raises OSError when the folder takes no new file."""
    sweep_leftovers(destination.parent)
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=destination.parent)
    return handle, Path(name), hold(Path(name))


def let_go(guard: int | None) -> None:
    if guard is not None:
        with contextlib.suppress(OSError):
            os.close(guard)


def sweep_leftovers(folder: Path) -> int:
    """Remove the temporary files that a process killed while writing (the power cut, Windows Update's restart,
    Task Manager) left in ``folder``: part of a case file, of a backup, of an exported evidence file or of a
    document, in clear for the last two, under a name nobody looks at and which nothing else removed (seen: one
    `.netpatrol-…` file per kill of an export, for good). Done before writing the next file there. A file another
    writer still holds (:func:`hold`), a recent one, one of another user's, or one that cannot be removed is left.
    Returns how many were removed; never raises: this tidies, it never stops the officer's work."""
    try:
        names = [entry for entry in folder.iterdir() if entry.name.startswith(TEMP_PREFIX)]
    except OSError:
        return 0
    removed = 0
    for entry in names:
        if _abandoned(entry):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed += 1
    return removed


def _abandoned(entry: Path) -> bool:
    matched = _TEMP_NAME.fullmatch(entry.name)
    if matched is None:
        return False
    try:
        info = entry.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or time.time() - info.st_mtime < LEFTOVER_AFTER_SECONDS:
        return False
    if os.name == "posix" and info.st_uid != os.geteuid():
        return False
    if matched["companion"]:  # SQLite's journal of a backup: abandoned with the backup, or when it is gone
        base = entry.with_name(entry.name.removesuffix(matched["companion"]))
        return not base.exists() or not _held(base)
    return not _held(entry)


def _held(temp: Path) -> bool:
    """Whether a living process holds ``temp`` (see :func:`hold`); True when that cannot be told."""
    if fcntl is None:
        return False  # Windows refuses to remove a file open for writing: the removal itself is the test
    try:
        descriptor = flock_exclusive(temp)
    except OSError:
        return True
    if descriptor is None:
        return True
    os.close(descriptor)
    return False


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
        handle, temp, guard = temp_beside(destination)
    except OSError as exc:  # a read-only share or medium (EROFS) as much as a folder without permission
        raise write_failure(destination.parent, exc) from None
    try:
        owner_only(handle)  # mkstemp's own 0600 is CPython's choice; the evidence relies on it, so it is said here
    except OSError:
        os.close(handle)
        temp.unlink(missing_ok=True)
        let_go(guard)
        raise StorageReadOnly(path=str(destination.parent)) from None
    staged = StagedFile(os.fdopen(handle, "w+b"), temp, destination,  # readable: a passphrase case
                        replace=replace)                              # file is hashed as written
    try:
        try:
            yield staged
        except BaseException as exc:
            _discard(staged)
            if isinstance(exc, OSError):
                raise write_failure(destination, exc) from exc
            raise
        if not staged.published:
            staged.discard()
    finally:
        let_go(guard)


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
