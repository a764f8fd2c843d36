"""A backup of the vault while it is open: one complete, checked copy that opens with the same passphrase.

Why not copy the file: the vault runs in write-ahead-log mode, so while NetPatrol is open what was committed
since the last checkpoint is in ``vault.npv-wal``, not in ``vault.npv``. A copy of the vault file alone, taken
while the window is open, silently lacks the latest captures; one taken in the middle of a checkpoint can be
damaged. The copy here is made by SQLCipher (``sqlcipher_export``) from one read snapshot, on a connection of
its own (the window goes on working meanwhile; what it writes after the snapshot is not in the copy), under
the vault's own key and salt, so the passphrase of the moment opens it. It is opened and checked before it
takes its name (flushed to the disk by :meth:`StagedFile.publish`), and the chain records it with the file's
SHA-256.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.core.errors import KnownError
from app.core.hashing import CHUNK, sha256_chunks
from app.core.i18n import QT_TRANSLATE_NOOP
from app.vault.atomic import VAULT_COMPANIONS, StagedFile, check_output, staged_file
from app.vault.connection import Database, classify, sqlite_uri
from app.vault.migrations import current_version

if TYPE_CHECKING:
    from app.vault.vault import Vault

COPY = "backup"  # the name the copy is attached under


class BackupNotWhole(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The backup written to {path} did not read back whole (the disk or stick may be "
                                       "failing), so it was not kept. The vault itself is unchanged.")


@dataclass(frozen=True)
class Backup:
    path: Path
    sha256: str
    size: int
    audit_seq: int  # the last audit entry the copy holds: the chain head it opens with


def back_up(vault: Vault, key: bytes, destination: Path, *, replace: bool = False) -> Backup:
    """Write a checked copy of ``vault`` to ``destination`` and record it in the chain (``vault.backup``).

    ``replace``: the window's save dialog asked about an existing file; a command replaces one only with --force.
    Written as every file that leaves the vault is (:func:`app.vault.atomic.staged_file`): beside its destination,
    owner-only, named inside the transaction that records it, removed if that does not commit."""
    check_output(destination, vault.path, replace=replace)
    with _checked_copy(vault.db, key, destination, replace=replace) as (staged, made), vault.db.transaction():
        vault.record("vault.backup", details={"file": destination.name, "sha256": made.sha256, "size": made.size,
                                              "copy_head": made.audit_seq})
        staged.publish()
    return made


def keep_before_upgrade(db: Database, key: bytes, version: int, now: datetime) -> Backup:
    """Keep the vault as it is, beside it, before this version upgrades its schema (``version`` is the one it has).

    Why: an upgrade is the one write that changes the whole file's form, and an older NetPatrol cannot open the
    result. If it goes wrong (a fault of ours in a migration, a unit that must go back to the version it had), the
    copy is the vault as the older version left it, under the same passphrase. Its name and SHA-256 go into the
    unlock's audit entry, which can only be written once the chain is in the new form. Nothing is written to the
    vault before the copy is whole: a full disk here is the officer's sentence, and the vault is not upgraded."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    destination = db.path.with_name(f"{db.path.stem}-before-upgrade-v{version}-{stamp}{db.path.suffix}")
    with _checked_copy(db, key, destination, replace=False) as (staged, made):
        staged.publish()
    return made


@contextlib.contextmanager
def _checked_copy(db: Database, key: bytes, destination: Path, *,
                  replace: bool) -> Iterator[tuple[StagedFile, Backup]]:
    """The copy, exported and checked under a temporary name beside ``destination``; the block publishes it."""
    with staged_file(destination, replace=replace) as staged:
        try:
            head = _export(db, key, staged.temp)
            _check_copy(key, staged.temp, head, destination)
            digest, size = _sha256(staged.temp)
            yield staged, Backup(destination, digest, size, head)
        finally:  # SQLite's journal of the copy, when the export stopped half-way
            for suffix in VAULT_COMPANIONS[1:]:
                with contextlib.suppress(OSError):  # the error that stopped it is the news
                    Path(f"{staged.temp}{suffix}").unlink(missing_ok=True)


def _export(db: Database, key: bytes, temp: Path) -> int:
    """Copy the vault into ``temp`` from one read snapshot; returns the last audit seq the copy holds. A
    connection of its own, so the window's connection (and its lock) stays free: its writes wait for nothing."""
    keyed = f"x'{key.hex()}{db.salt.hex()}'"  # the vault's key and salt: the same passphrase opens the copy
    connection = sqlcipher3.connect(sqlite_uri(db.path, read_only=False), uri=True, isolation_level=None,
                                    check_same_thread=False)
    try:
        Database._key(connection, key, None)
        connection.execute(f"ATTACH DATABASE ? AS {COPY} KEY \"{keyed}\"", (str(temp),))
        connection.execute("BEGIN")  # one snapshot for the head and the copy
        head = int(connection.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])
        connection.execute("SELECT sqlcipher_export(?)", (COPY,))
        connection.execute(f"PRAGMA {COPY}.user_version = {current_version(db)}")
        connection.execute("COMMIT")
        connection.execute(f"DETACH DATABASE {COPY}")
    except sqlcipher3.Error as exc:
        raise classify(exc, unlocked=True, path=temp) or exc from None
    finally:
        connection.close()
    return head


def _check_copy(key: bytes, temp: Path, head: int, destination: Path) -> None:
    """Open the copy as the officer will (the same key) and check it: SQLite's own check of every page, and
    the chain's last entry where the snapshot had it. A copy that fails is not kept."""
    copy, _ = Database.open(temp, key=key, read_only=True)
    try:
        pages = copy.scalar("PRAGMA quick_check")
        last = int(copy.scalar("SELECT coalesce(max(seq), 0) FROM audit"))
    finally:
        copy.close()
    if pages != "ok" or last != head:
        raise BackupNotWhole(path=str(destination))


def _sha256(path: Path) -> tuple[str, int]:
    with open(path, "rb") as source:
        return sha256_chunks(iter(lambda: source.read(CHUNK), b""))
