"""Tamper with a vault the way someone holding the key could: plain SQL through SQLCipher."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from app.vault.connection import Database, derive_key, read_salt
from app.vault.migrations import APPEND_ONLY_TABLES


def open_raw(path: Path, passphrase: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    key = derive_key(passphrase, read_salt(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def drop_guards(conn: sqlcipher3.Connection) -> None:
    """What an insider must do first: the append-only triggers refuse UPDATE and DELETE."""
    for table in APPEND_ONLY_TABLES:
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")


def restore_guards(conn: sqlcipher3.Connection) -> None:
    """A careful insider puts the triggers back so the schema looks untouched."""
    for table in APPEND_ONLY_TABLES:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            conn.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                         f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")
            conn.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                         f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END")


def change_evidence_bytes(db: Database, artifact_id: str, data: bytes, chunk: int | None = 0) -> None:
    """Overwrite a stored evidence file's chunk (``None``: every chunk) behind the vault's back, its
    recorded SHA-256 left as it was."""
    db.execute("DROP TRIGGER IF EXISTS artifact_chunks_no_update")
    if chunk is None:
        db.execute("UPDATE artifact_chunks SET data = ? WHERE artifact_id = ?", (data, artifact_id))
    else:
        db.execute("UPDATE artifact_chunks SET data = ? WHERE artifact_id = ? AND idx = ?", (data, artifact_id, chunk))
