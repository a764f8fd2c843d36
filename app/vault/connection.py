"""One SQLCipher connection: keying, the file checks done before touching it, transactions, and the
mapping of SQLite's errors to the officer-facing errors of ``app.core.errors``.

The key is derived here rather than by ``PRAGMA key = 'passphrase'`` so that it is derived once per
unlock (off the UI thread) and further connections reuse it. The derivation is exactly SQLCipher 4's
own default (PBKDF2-HMAC-SHA512, 256,000 iterations over the 16-byte salt in the first bytes of the
file), so the file stays openable by any SQLCipher 4 tool with the passphrase.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from app.core.errors import (
    KnownError,
    NotAVault,
    StorageFull,
    StorageReadOnly,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLockedError,
    VaultMissing,
    WrongPassphrase,
)
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.vault.atomic import VAULT_COMPANIONS, create_owner_only, flock_exclusive, let_go, narrow_to_owner

KDF_ITERATIONS = 256_000  # SQLCipher 4 default; never lower
KDF_ALGORITHM = "sha512"
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
# The openings of files officers keep beside a vault (an evidence picture, a printed document, a case file): named
# as the vault by mistake, they are "not a vault", not "damaged or altered" (exit 3, which scripts read as tampering).
# Only asked of a file whose size is no whole number of pages (a vault's always is), and only long openings: a
# vault begins with its random salt, which must never be taken for another kind of file.
OTHER_KINDS = (b"\x89PNG", b"%PDF-", b"age-encryption.org", b"\xff\xd8\xff", b"PK\x03\x04", b"GIF8", b"RIFF")
TAR_MAGIC, TAR_MAGIC_AT = b"ustar", 257
# Less free space than this beside a vault and SQLite cannot work: its shared-memory index takes 32 KiB,
# and every commit appends whole pages to the write-ahead log.
FULL_BELOW = 1024 * 1024

Row = tuple[Any, ...]


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's default KDF, computed by us so one unlock serves many connections."""
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    return hashlib.pbkdf2_hmac(KDF_ALGORITHM, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def read_salt(path: Path) -> bytes:
    """Check the file looks like a SQLCipher vault before keying it, and return its salt.

    Done before SQLCipher opens the file, because SQLCipher would happily treat an empty file as a
    new database and write to it.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise VaultMissing(path=str(path)) from None
    except OSError:
        raise StorageReadOnly(path=str(path)) from None
    if not path.is_file() or size < PAGE_SIZE:
        raise NotAVault(path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(TAR_MAGIC_AT + len(TAR_MAGIC))  # the file is a page long at least
    except PermissionError:
        raise StorageReadOnly(path=str(path)) from None
    if head.startswith(PLAIN_SQLITE_MAGIC):
        raise NotAVault(path=str(path))
    # a passphrase case file is a tar, beside the vault as often as any
    if size % PAGE_SIZE and (head.startswith(OTHER_KINDS) or head[TAR_MAGIC_AT:] == TAR_MAGIC):
        raise NotAVault(path=str(path))
    if size % PAGE_SIZE:
        raise VaultDamaged(detail=translate("errors", "truncated: the size is not a whole number of pages"))
    return head[:SALT_BYTES]


class VaultLockedMeanwhile(VaultLockedError):
    """Work on a worker thread (a count, a listing, a file being checked) that outlived the vault: the
    officer locked it. Transactions finish before the lock closes the file, so nothing is half-written."""

    text = QT_TRANSLATE_NOOP("errors", "The vault was locked before this was finished; unlock it and try again.")


def classify(exc: BaseException, *, unlocked: bool, path: Path | None = None) -> KnownError | None:
    """Map a SQLite error to the officer's sentence, or None when it is our own bug."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text or _out_of_space(exc, path):
        return StorageFull()
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return StorageReadOnly(path=str(path or ""))
    if "file is not a database" in text:
        if not unlocked:
            return WrongPassphrase()
        return VaultDamaged(detail=translate("errors", "a page failed its authentication check"))
    if "malformed" in text or "disk i/o error" in text or "hmac" in text:
        return VaultDamaged(detail=str(exc))
    if "closed database" in text:
        return VaultLockedMeanwhile()
    if _busy(exc, text):
        return VaultInUse(path=str(path or ""))
    return None


def _busy(exc: BaseException, text: str) -> bool:
    """Another process's write held the vault longer than SQLite waits (its busy timeout, 5 s). Where nothing
    refuses a second writer (Windows has no flock: :func:`claim`), a window and a command, or two accounts'
    windows, may both write; the one kept waiting was left with SQLite's "database is locked", a crash dialog.
    Its transaction is rolled back: nothing of it was written, and it can be tried again."""
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlcipher3.SQLITE_BUSY or "database is locked" in text


def _out_of_space(exc: BaseException, path: Path | None) -> bool:
    """A disk I/O error (SQLITE_IOERR) on a disk that is in fact full. SQLite reports a full disk as SQLITE_FULL
    when a write runs short, but as an I/O error when it cannot make its 32 KiB shared-memory index (seen:
    `verify` with 28 KB free said the vault was damaged, exit 3, "restore a backup"). SQLite does not pass the
    errno on, so the disk's free space decides; real damage on a disk with room stays damage."""
    if getattr(exc, "sqlite_errorcode", 0) & 0xFF != sqlcipher3.SQLITE_IOERR or path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def sqlite_uri(path: Path, read_only: bool) -> str:
    """SQLite URI for the file. Read-only on write-protected media (a read-only share, a locked USB
    stick) also needs ``immutable``: SQLite cannot create the WAL index there.

    In a URI, ``#`` ends the file's path, ``?`` starts the options and ``%`` starts an escape, so these are escaped:
    seen, a vault in a folder named ``案件#3`` (a stick's folder, a OneDrive folder) was created, then refused at
    every unlock as "not a NetPatrol vault" while SQLite made an empty file ``案件`` beside the folder."""
    escaped = str(path).replace("%", "%25").replace("#", "%23").replace("?", "%3F")
    if not read_only:
        return f"file:{escaped}?mode=rw"
    writable_folder = os.access(path.parent, os.W_OK)
    return f"file:{escaped}?mode=ro" + ("" if writable_folder else "&immutable=1")


def claim(path: Path) -> int | None:
    """Make this process the vault's only writer until :func:`release`, by an ``flock`` on a descriptor of its
    own; None where there is no flock (Windows) or the file cannot be opened (the connection says why).

    Why: SQLite tells other processes that it still uses the file by POSIX (fcntl) locks, and closing *any*
    descriptor of the file drops all of a process's fcntl locks on it. Qt's file dialogs open and close every
    file of the folder they show, the vault's too. Seen: after the officer saved a PDF beside the vault, a
    `netpatrol` command closing as "the last connection" checkpointed and deleted the write-ahead log the
    window was still writing to, and all the window committed after that was lost when it was killed. An
    flock belongs to its descriptor and survives other closes; a second writer is refused instead. Readers
    (``read_only``: verify, stats, audit, provenance) take no claim: they never checkpoint or delete. Windows has
    no flock and needs none for this: SQLite's locks there belong to the handle, and no other close drops them."""
    try:
        return flock_exclusive(path)
    except OSError:
        raise VaultInUse(path=str(path)) from None


def keep_to_owner(path: Path) -> None:
    """Take away what group and others may do with a vault and the working files beside it, keeping the owner's
    own permissions (a read-only vault stays read-only). POSIX only; a file not ours is left as it is (a shared
    folder's owner decides), and so is any error: this narrows, it never stops the officer's work."""
    for suffix in VAULT_COMPANIONS:
        narrow_to_owner(Path(f"{path}{suffix}"))


class Database:
    """A keyed SQLCipher connection shared by threads under one lock.

    Writes go through :meth:`transaction`, which nests (an outer capture and the artifacts it stores
    commit together or not at all). Any SQLite error is translated by :func:`classify`; errors that
    are not the officer's to fix propagate unchanged, to reach the crash dialog.
    """

    def __init__(self, connection: sqlcipher3.Connection, path: Path, salt: bytes = b"",
                 claimed: int | None = None) -> None:
        self._conn = connection
        self.path = path
        self.salt = salt  # read once at open: reading the file again while connected would drop SQLite's locks
        self._claimed = claimed
        self._lock = threading.RLock()
        self._depth = 0
        self._after_commit: list[Callable[[], None]] = []  # run once the outer transaction has committed

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> tuple[Database, bytes]:
        if path.exists():
            raise VaultExists(path=str(path))
        salt = os.urandom(SALT_BYTES)
        key = derive_key(passphrase, salt)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_owner_only(path)
        except FileExistsError:
            raise VaultExists(path=str(path)) from None
        except OSError as exc:
            raise StorageReadOnly(path=str(path)) from exc
        try:
            try:
                conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
            except sqlcipher3.Error as exc:
                raise StorageReadOnly(path=str(path)) from exc
            cls._key(conn, key, salt)
            db = cls(conn, path, salt)
            db.configure()  # writes the file's first page: there is a file to claim from here on
            db._claimed = claim(path)
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)  # the file was made here a moment ago: nothing of anyone's is lost
            raise
        return db, key

    @classmethod
    def open(cls, path: Path, *, passphrase: str | None = None, key: bytes | None = None,
             read_only: bool = False) -> tuple[Database, bytes]:
        """Open an existing vault. Nothing is written here; ``read_only`` keeps it that way (verify)."""
        salt = read_salt(path)
        if key is None:
            if passphrase is None:
                raise WrongPassphrase()
            key = derive_key(passphrase, salt)
        claimed = None if read_only else claim(path)  # before SQLite touches the write-ahead log
        if not read_only:
            keep_to_owner(path)  # a vault made before, or copied: its write-ahead log takes the vault's mode
        try:
            try:
                conn = sqlcipher3.connect(sqlite_uri(path, read_only), uri=True, isolation_level=None,
                                          check_same_thread=False)
            except sqlcipher3.Error as exc:
                raise classify(exc, unlocked=False, path=path) or StorageReadOnly(path=str(path)) from exc
            cls._key(conn, key, None)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                conn.close()
                raise classify(exc, unlocked=False, path=path) or WrongPassphrase() from exc
        except BaseException:
            let_go(claimed)
            raise
        return cls(conn, path, salt, claimed), key

    @staticmethod
    def _key(conn: sqlcipher3.Connection, key: bytes, salt: bytes | None) -> None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        raw = key.hex() + (salt.hex() if salt else "")
        conn.execute(f"PRAGMA key = \"x'{raw}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")

    def configure(self) -> None:
        """Settings applied once the key is proven: durability first (synchronous=FULL)."""
        with self._lock:
            self.execute("PRAGMA journal_mode = WAL")
            self.execute("PRAGMA synchronous = FULL")
            self.execute("PRAGMA foreign_keys = ON")
            self.execute("PRAGMA cache_size = -65536")
            self.execute("PRAGMA temp_store = MEMORY")
            self.execute("PRAGMA secure_delete = ON")

    # -- use ---------------------------------------------------------------------------------------
    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlcipher3.Cursor:
        with self._lock, self._mapped():
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        with self._lock, self._mapped():
            self._conn.executemany(sql, rows)

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> Row | None:
        with self._lock, self._mapped():
            row: Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
        with self._lock, self._mapped():
            return list(self._conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction."""
        committed: list[Callable[[], None]] = []
        with self._lock:
            outer = self._depth == 0
            if outer:
                self.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self._after_commit.clear()  # what was to follow the commit did not happen
                    self._rollback()
                raise
            self._depth -= 1
            if outer:
                committed, self._after_commit = self._after_commit, []
                try:
                    self.execute("COMMIT")
                except BaseException:  # a full disk: SQLite may leave the transaction open; nothing of it stays
                    self._rollback()
                    raise
        for callback in committed:  # outside the lock: a listener never holds up the next writer
            callback()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once what the current transaction wrote is committed (never if it is rolled
        back), on the thread that commits; at once outside a transaction."""
        with self._lock:
            if self._depth > 0:
                self._after_commit.append(callback)
                return
        callback()

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _rollback(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):  # SQLite may have rolled back already (SQLITE_FULL)
            self._conn.execute("ROLLBACK")

    @contextmanager
    def _mapped(self) -> Iterator[None]:
        try:
            yield
        except sqlcipher3.Error as exc:
            known = classify(exc, unlocked=True, path=self.path)
            if known is None:
                raise
            raise known from exc

    def raw(self) -> sqlcipher3.Connection:
        """The underlying connection, for the few places that need the module's own API."""
        return self._conn

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlcipher3.Error):  # a damaged vault: closing must still release it
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            let_go(self._claimed)  # after SQLite is done with the file
            self._claimed = None
