"""Named, ordered schema migrations. ``PRAGMA user_version`` is the number applied; the ``migrations``
table names each one and when it ran. A vault written by an older NetPatrol is brought forward in one
transaction when it is opened; a vault from a newer NetPatrol is refused untouched.

Append new migrations at the end; never edit one that has shipped (a version-1 vault fixture in the
tests holds us to it).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import NotAVault, VaultTooNew
from app.core.timeutil import iso_utc, utc_now
from app.vault.connection import Database

APPEND_ONLY_TABLES = (
    "audit", "cases", "case_revisions", "people", "artifacts", "artifact_chunks", "search_docs",
    "captures", "identifiers", "step_events", "patrols", "patrol_events", "sealed_marks", "received_identities",
)


def _append_only_triggers(table: str) -> str:
    return f"""
    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
    """


INITIAL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL,
    case_id TEXT,
    subject TEXT,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_case ON audit(case_id, seq);

CREATE TABLE cases (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, audit_seq INTEGER NOT NULL);
CREATE TABLE case_revisions (
    rev_id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id),
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    platforms TEXT NOT NULL,
    status TEXT NOT NULL,
    officer TEXT NOT NULL,
    unit TEXT NOT NULL,
    notes TEXT NOT NULL,
    at TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);
CREATE INDEX case_revisions_case ON case_revisions(case_id, rev_id);
CREATE INDEX case_revisions_number ON case_revisions(number);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    role TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    details TEXT NOT NULL,
    sealed BLOB,
    created_at TEXT NOT NULL,
    audit_seq INTEGER NOT NULL,
    UNIQUE (case_id, role, ordinal)
);

CREATE TABLE artifacts (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    capture_id TEXT,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);
CREATE INDEX artifacts_case ON artifacts(case_id);
CREATE INDEX artifacts_capture ON artifacts(capture_id);
CREATE TABLE artifact_chunks (
    artifact_id TEXT NOT NULL REFERENCES artifacts(id) DEFERRABLE INITIALLY DEFERRED,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (artifact_id, idx)
);

CREATE TABLE search_docs (
    doc_id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    source TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX search_docs_ref ON search_docs(source, ref_id);
CREATE VIRTUAL TABLE search_index USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 2');
""" + "".join(_append_only_triggers(table) for table in APPEND_ONLY_TABLES[:7])


CAPTURES = """
CREATE TABLE captures (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    final_url TEXT NOT NULL,
    title TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    persona TEXT NOT NULL,
    complete INTEGER NOT NULL,
    completeness TEXT NOT NULL,
    metadata TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);
CREATE INDEX captures_case ON captures(case_id, started_at);
CREATE TABLE identifiers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id),
    capture_id TEXT,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    origin TEXT NOT NULL,
    supersedes INTEGER,
    retracted INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);
CREATE INDEX identifiers_case ON identifiers(case_id, capture_id);
""" + "".join(_append_only_triggers(table) for table in ("captures", "identifiers"))

CHECKLIST = """
CREATE TABLE step_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL REFERENCES cases(id),
    step_id TEXT NOT NULL,
    action TEXT NOT NULL,
    happened_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    officer TEXT NOT NULL,
    note TEXT NOT NULL,
    data TEXT NOT NULL,
    procedure_version TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);
CREATE INDEX step_events_case ON step_events(case_id, step_id, id);
""" + _append_only_triggers("step_events")

PATROLS = """
CREATE TABLE patrols (
    id TEXT PRIMARY KEY,
    officer TEXT NOT NULL,
    workstation TEXT NOT NULL,
    started_at TEXT NOT NULL,
    audit_seq INTEGER NOT NULL
);
CREATE TABLE patrol_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    patrol_id TEXT NOT NULL REFERENCES patrols(id),
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    tab TEXT NOT NULL,
    persona TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX patrol_events_patrol ON patrol_events(patrol_id, id);
CREATE INDEX patrol_events_day ON patrol_events(at);
""" + "".join(_append_only_triggers(table) for table in ("patrols", "patrol_events"))

# The audit chain read by time (the vault audit log's period, the statistics' case files sent and
# received) and by action (a group of actions, a file's origin): a week of a 300,000-entry chain was
# read in 100-140 ms by scanning it, in 11-15 ms through the index.
AUDIT_INDEXES = """
CREATE INDEX audit_at ON audit(at);
CREATE INDEX audit_action ON audit(action, at);
"""

# When each case last changed, for the case list's order and its 「最後更新」: the newest audit entry on
# the case that is not a reading of it (a view, a reveal, an export, a copy of a document's text). Kept
# by a trigger on the chain, so every path that writes an entry keeps it, and filled from the chain
# here. It is derived data, not evidence: it can always be rebuilt from the chain, so it is updated in
# place like the chain head in ``meta``. Ordering 10,000 cases by their newest entry in the chain
# itself means reading every case's entries.
CASE_READINGS = ("'artifact.view', 'artifact.export', 'capture.reverify', 'case.export', 'document.copied', "
                 "'person.reveal', 'person.reveal_denied', 'person.hand_over', 'person.hand_over_denied'")
CASE_ACTIVITY = f"""
CREATE TABLE case_activity (case_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, at TEXT NOT NULL);
CREATE INDEX case_activity_seq ON case_activity(seq);
CREATE TRIGGER audit_case_activity AFTER INSERT ON audit
    WHEN NEW.case_id IS NOT NULL AND NEW.action NOT IN ({CASE_READINGS})
    BEGIN
        INSERT INTO case_activity (case_id, seq, at) VALUES (NEW.case_id, NEW.seq, NEW.at)
            ON CONFLICT(case_id) DO UPDATE SET seq = excluded.seq, at = excluded.at;
    END;
INSERT INTO case_activity (case_id, seq, at)
    SELECT case_id, max(seq), at FROM audit WHERE case_id IS NOT NULL AND action NOT IN ({CASE_READINGS})
    GROUP BY case_id;
"""


# Keyed digests of sealed identities (app.core.sealed_marks): documents print a sealed person's pseudonym
# where a captured account or chat sender is theirs. A vault's people sealed before this migration have
# none: their identities cannot be read to make them without the passphrase.
SEALED_MARKS = """
CREATE TABLE sealed_marks (person_id TEXT NOT NULL REFERENCES people(id), case_id TEXT NOT NULL,
                           mark TEXT NOT NULL);
CREATE INDEX sealed_marks_case ON sealed_marks(case_id);
""" + _append_only_triggers("sealed_marks")


# A sealed identity that arrives in a case file for a person already held here without one (the
# person came earlier in a file that left it behind). The people row is append-only and keeps its
# hash, so the identity, sealed under this vault's key, is a row of its own, audited like any other.
RECEIVED_IDENTITIES = """
CREATE TABLE received_identities (
    person_id TEXT PRIMARY KEY REFERENCES people(id),
    sealed BLOB NOT NULL,
    audit_seq INTEGER NOT NULL
);
""" + _append_only_triggers("received_identities")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    def apply(self, db: Database) -> None:
        for statement in _split(self.sql):
            db.execute(statement)

    def stand_in(self, db: Database) -> None:
        """What this migration adds, made in the connection's TEMP schema and filled as the migration
        fills it, for a vault that is only read (see ``stand_in_for_reading``). Indexes are left out:
        they only make reading faster, and one on a table of the vault would be a write."""
        for statement in _split(self.sql):
            head = " ".join(statement.split()[:2]).upper()
            if head in ("CREATE TABLE", "CREATE TRIGGER"):
                db.execute("CREATE TEMP " + statement.split(None, 1)[1])
            elif head == "INSERT INTO":
                db.execute(statement)  # a TEMP table is found before the vault's own
            elif head != "CREATE INDEX":
                raise ValueError(f"migration {self.name}: no stand-in for {head!r}")


def _split(sql: str) -> list[str]:
    """Split a script into statements; trigger bodies keep their inner semicolons."""
    statements: list[str] = []
    current: list[str] = []
    for line in sql.splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and (not text.upper().startswith("CREATE TRIGGER") or text.upper().endswith("END;")):
            statements.append(text)
            current = []
    rest = "\n".join(current).strip()
    if rest:
        statements.append(rest)
    return statements


MIGRATIONS: list[Migration] = [
    Migration(1, "001_initial", INITIAL),
    Migration(2, "002_captures_and_identifiers", CAPTURES),
    Migration(3, "003_checklist_events", CHECKLIST),
    Migration(4, "004_patrol_log", PATROLS),
    Migration(5, "005_audit_indexes", AUDIT_INDEXES),
    Migration(6, "006_case_activity", CASE_ACTIVITY),
    Migration(7, "007_sealed_marks", SEALED_MARKS),
    Migration(8, "008_received_identities", RECEIVED_IDENTITIES),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version


def current_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def check_version(db: Database) -> int:
    """Refuse a vault from a newer NetPatrol, or a SQLCipher file that is not a vault."""
    found = current_version(db)
    if found > latest_version():
        raise VaultTooNew(found=found, known=latest_version())
    if found == 0 or db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'meta'") != 1:
        raise NotAVault(path=str(db.path))
    return found


def stand_in_for_reading(db: Database) -> list[str]:
    """A vault written by an older NetPatrol, opened only to be read (``netpatrol verify`` of a vault
    that may be damaged, ``stats``, ``audit``): what the missing migrations add is made in the TEMP
    schema, so the reading code sees the vault as this version would, while not a byte of the file
    changes. Without it a vault not yet opened by this version failed with "no such table". Returns
    the names stood in for."""
    found = check_version(db)
    pending = [m for m in MIGRATIONS if m.version > found]
    if pending:
        db.execute("PRAGMA temp_store = MEMORY")  # nothing of it on disk
    for migration in pending:
        migration.stand_in(db)
    return [m.name for m in pending]


def migrate(db: Database, *, fresh: bool = False, upto: int | None = None) -> list[str]:
    """Apply what is missing, in one transaction; returns the names applied. ``upto`` stops early
    (only the fixture script uses it, to write a vault as an older NetPatrol would)."""
    start = 0 if fresh else check_version(db)
    pending = [m for m in MIGRATIONS if start < m.version <= (upto or latest_version())]
    with db.transaction():
        for migration in pending:
            migration.apply(db)
            db.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, iso_utc(utc_now())),
            )
            db.execute(f"PRAGMA user_version = {migration.version}")
    return [m.name for m in pending]
