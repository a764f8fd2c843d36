"""The vault facade: one object per unlocked vault file, composed of the stores.

Everything here may be slow (key derivation, hashing, large artifacts): callers on the UI thread
run it through the task pool. The object is safe to share between threads; the connection lock
serialises access.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app import __version__
from app.core.errors import (
    CurrentPassphraseWrong,
    KnownError,
    PassphraseChangeUnfinished,
    StorageReadOnly,
    VaultExists,
    WrongPassphrase,
    write_failure,
)
from app.core.i18n import current_language, translate
from app.core.ids import new_id
from app.core.models import (
    Artifact,
    ArtifactKind,
    AuditEntry,
    Case,
    CaseStatus,
    Person,
    RevealedIdentity,
    Role,
    SearchHit,
)
from app.core.passphrase import check_passphrase
from app.core.timeutil import Clock, iso_utc, span_text, time_text, utc_now
from app.vault import sealing
from app.vault.artifacts import ArtifactStore
from app.vault.atomic import (
    VAULT_COMPANIONS,
    OutputExists,
    create_owner_only,
    fsync_folder,
    publish_file,
    refuse_the_vault,
    retried_while_busy,
)
from app.vault.audit import Actor, AuditLog
from app.vault.backup import Backup, back_up, keep_before_upgrade
from app.vault.cases import DEFAULT_NUMBER_FORMAT, CaseStore, check_number_format
from app.vault.connection import SALT_BYTES, Database, VaultLockedMeanwhile, derive_key
from app.vault.migrations import check_version, current_version, latest_version, migrate, stand_in_for_reading
from app.vault.people import PeopleStore
from app.vault.search import SearchIndex
from app.vault.verify import VerifyReport, verify_vault

REVEAL_MINUTES = 5


class Vault:
    def __init__(self, db: Database, key: bytes, clock: Clock, migrated: list[str], *, read_only: bool = False) -> None:
        self.db = db
        self.read_only = read_only
        self._key: bytes | None = key
        self.clock = clock
        self.migrated = migrated
        # set at unlock: how far the workstation's clock read before the last entry (None: it did not)
        self.clock_behind: timedelta | None = None
        self.kept_before_upgrade: Backup | None = None  # the copy made before this unlock upgraded the vault
        self.audit = AuditLog(db, clock)
        self.cases = CaseStore(db, self.audit)
        self.people = PeopleStore(db, self.audit)
        self.artifacts = ArtifactStore(db, self.audit)
        self.index = SearchIndex(db)
        self.actor = Actor(self.meta("officer") or "", socket.gethostname())

    # -- lifecycle ---------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, officer: str, unit: str,
               number_format: str = DEFAULT_NUMBER_FORMAT, clock: Clock = utc_now) -> Vault:
        """A new vault: checks the passphrase rule and the case number format, writes the schema and the sealing
        keys.

        Written whole under a name of its own beside ``path`` (schema, keys and first entry in one transaction),
        and given the vault's name only when finished. Seen, with `netpatrol init` killed half-way (the power cut,
        Task Manager): a 4 KB file under the vault's name that was "not a vault", and a second `init` refused
        because the file exists; or, killed between the schema and the keys, a vault that opened, verified and
        took cases, then failed (internal error) at the first victim to seal: it had no sealing keys."""
        check_passphrase(passphrase)
        check_number_format(number_format)
        if path.exists():  # before the slow key generation, so the officer hears it at once
            raise VaultExists(path=str(path))
        recipient, wrapped = sealing.new_sealing_keys(passphrase)
        unfinished = path.with_name(path.name + ".creating")
        _remove_vault_files(unfinished)  # what a creation killed half-way left; it never had the vault's name
        db, key = Database.create(unfinished, passphrase)
        try:
            now = clock()
            with db.transaction():
                migrate(db, fresh=True)
                vault = cls(db, key, clock, [])
                for name, value in {
                    "vault_id": new_id("V"), "created_at": iso_utc(now), "created_by_version": __version__,
                    "officer": officer, "unit": unit, "number_format": number_format,
                    "seal_recipient": recipient, "seal_wrapped": base64.b64encode(wrapped).decode("ascii"),
                }.items():
                    vault.set_meta(name, value)
                vault.actor = Actor(officer, socket.gethostname())
                vault.audit.append(vault.actor, "vault.create", details={"unit": unit, "version": __version__}, at=now)
            db.close()  # its write-ahead log goes into the file, which can then change its name
            _name_new_vault(unfinished, path)
        except BaseException:
            db.close()
            _remove_vault_files(unfinished)
            raise
        db, _ = Database.open(path, key=key)
        db.configure()
        vault = cls(db, key, clock, [])
        vault.actor = Actor(officer, socket.gethostname())
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None, *, key: bytes | None = None,
             clock: Clock = utc_now, read_only: bool = False) -> Vault:
        """Unlock an existing vault and bring an older schema forward.

        Raises a KnownError for anything the officer can cause, before anything is written. With
        ``read_only`` nothing is ever written (no migration, no audit entry): that is how ``verify``
        looks at a vault that may be damaged.
        """
        try:
            db, key = Database.open(path, passphrase=passphrase, key=key, read_only=read_only)
        except WrongPassphrase:
            if _rekey_path(path).exists():  # the officer typed the new one, of a change that never finished
                raise PassphraseChangeUnfinished() from None
            raise
        kept: Backup | None = None
        try:
            found = check_version(db)
            if read_only:  # nothing is migrated, and nothing is written: what is missing is stood in for
                stand_in_for_reading(db)
            elif found < latest_version():  # the vault as it was, before the upgrade writes a byte
                kept = keep_before_upgrade(db, key, found, clock())
            migrated = [] if read_only else migrate(db)
            if not read_only:
                db.configure()
        except BaseException:
            db.close()
            raise
        vault = cls(db, key, clock, migrated, read_only=read_only)
        vault.kept_before_upgrade = kept
        if not read_only:
            vault.clock_behind = vault.audit.clock_behind()
            details: dict[str, Any] = {"migrated": migrated} if migrated else {}
            if kept is not None:
                details.update(before_upgrade_copy=kept.path.name, before_upgrade_sha256=kept.sha256)
            unfinished = vault._clear_unfinished_rekey()
            if unfinished is not None:
                details["passphrase_change_unfinished"] = unfinished
            if vault.clock_behind is not None:  # the unlock's own entry says that its time is in doubt
                details["clock_behind_seconds"] = int(vault.clock_behind.total_seconds())
            with db.transaction():  # the marks and the unlock that records their count are one write
                marked = vault.people.mark_sealed_before_marks(passphrase, vault._wrapped()) if passphrase else 0
                if marked:
                    details["sealed_marked"] = marked
                vault.audit.append(vault.actor, "vault.unlock", details=details)
        return vault

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def lock(self) -> None:
        """Close the file and forget the key; the object is unusable afterwards."""
        if self._key is None:
            return
        if not self.read_only:
            with contextlib.suppress(KnownError):  # a full disk must not keep the vault unlocked
                self.audit.append(self.actor, "vault.lock")
        self.db.close()
        self._key = None

    close = lock

    def check_passphrase(self, passphrase: str) -> None:
        """Raise CurrentPassphraseWrong unless ``passphrase`` is this vault's (constant-time comparison)."""
        if self._key is None or not hmac.compare_digest(derive_key(passphrase, self.db.salt), self._key):
            raise CurrentPassphraseWrong()

    def _clear_unfinished_rekey(self) -> int | None:
        """A passphrase change killed after its copy and its audit entry were committed, before the copy took the
        vault's name (seen in the power-cut audit): the chain says "passphrase changed", yet the passphrase this
        unlock used, the old one, opened the vault. The leftover copy is removed, and the number of the entry that
        did not come true is returned for the unlock's own entry to say so; None when nothing was left."""
        leftover = _rekey_path(self.path)
        if not leftover.exists():
            return None
        with contextlib.suppress(KnownError):  # one that will not go is removed by the next change: it must not
            _remove_vault_files(leftover)      # stop the unlock
        last = self.db.one("SELECT seq, action FROM audit ORDER BY seq DESC LIMIT 1")
        return int(last[0]) if last is not None and last[1] == "vault.passphrase_changed" else None

    def change_passphrase(self, old: str, new: str) -> None:
        """Rekey by writing a complete copy under the new key and renaming it over the old file.

        There is never a moment where the vault file is half-converted: until the rename the old
        file is untouched, after it the new one is complete and synced.
        """
        self.check_passphrase(old)
        check_passphrase(new)
        wrapped = sealing.rewrap(self._wrapped(), old, new)
        temp = _rekey_path(self.path)
        _remove_vault_files(temp)
        try:
            create_owner_only(temp)  # the copy becomes the vault: owner-only like the one it replaces
        except OSError as exc:
            raise write_failure(temp, exc) from None
        salt = os.urandom(SALT_BYTES)
        new_key = derive_key(new, salt)
        attached = False
        try:  # through db.execute: a full disk is the officer's sentence (seen: sqlcipher3's own error, a crash)
            self.db.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}{salt.hex()}'\"", (str(temp),))
            attached = True
            with self.db.transaction():
                self.audit.append(self.actor, "vault.passphrase_changed")
                self.db.execute("SELECT sqlcipher_export('rekeyed')")
                self.db.execute(f"PRAGMA rekeyed.user_version = {current_version(self.db)}")
                self.db.execute("UPDATE rekeyed.meta SET value = ? WHERE key = 'seal_wrapped'",
                                (base64.b64encode(wrapped).decode("ascii"),))
            self.db.execute("DETACH DATABASE rekeyed")
        except BaseException:
            if attached:  # left attached, the copy kept the next try from attaching it again
                with contextlib.suppress(Exception):  # it may be detached already; the first error is the news
                    self.db.execute("DETACH DATABASE rekeyed")
            _remove_vault_files(temp)
            raise
        self.db.close()
        _fsync(temp)
        retried_while_busy(lambda: os.replace(temp, self.path))
        fsync_folder(self.path.parent)
        self.db, self._key = Database.open(self.path, key=new_key)
        self.db.configure()
        self.__init__(self.db, new_key, self.clock, self.migrated)  # type: ignore[misc]

    # -- settings kept in the vault ----------------------------------------------------------------
    def meta(self, name: str) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (name,))
        return None if value is None else str(value)

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (name, value))

    def set_officer(self, officer: str, unit: str) -> None:
        with self.db.transaction():
            self.set_meta("officer", officer)
            self.set_meta("unit", unit)
            self.actor = Actor(officer, self.actor.workstation)
            self.audit.append(self.actor, "settings.officer", details={"officer": officer, "unit": unit})

    def _wrapped(self) -> bytes:
        return base64.b64decode(self.meta("seal_wrapped") or "")

    # -- cases -------------------------------------------------------------------------------------
    def create_case(self, title: str, platforms: Iterable[str] = (), *, number: str | None = None,
                    notes: str = "") -> Case:
        now = self.clock()
        with self.db.transaction():
            number = number or self.cases.next_number(self.meta("number_format") or DEFAULT_NUMBER_FORMAT, now)
            case = self.cases.create(self.actor, self.meta("unit") or "", title, tuple(platforms), number, notes, now)
            self.index.add(case.id, "case", case.id, f"{case.number} {title}\n{notes}")
        return case

    def update_case(self, case_ref: str, **changes: Any) -> Case:
        case = self.cases.get(case_ref)
        if "status" in changes:
            changes["status"] = CaseStatus(changes["status"])
        with self.db.transaction():
            updated = self.cases.revise(self.actor, case, changes, self.clock())
            if {"title", "notes"} & changes.keys():
                self.index.add(case.id, "case", case.id, f"{updated.number} {updated.title}\n{updated.notes}")
        return updated

    def case(self, case_ref: str) -> Case:
        return self.cases.get(case_ref)

    def list_cases(self, limit: int = 50, offset: int = 0, status: CaseStatus | None = None, *,
                   not_closed: bool = False) -> list[Case]:
        return self.cases.page(limit, offset, status, not_closed=not_closed)

    # -- people ------------------------------------------------------------------------------------
    def add_person(self, case_ref: str, role: Role, name: str, details: dict[str, str] | None = None) -> Person:
        case = self.cases.get(case_ref)
        person = self.people.add(self.actor, case.id, role, name, details or {}, self.meta("seal_recipient") or "",
                                 self.clock())
        if not role.sealed:
            self.index.add(case.id, "person", person.id, " ".join([name, *(details or {}).values()]))
        return person

    def reveal(self, person_id: str, reason: str, passphrase: str, minutes: int = REVEAL_MINUTES) -> RevealedIdentity:
        person = self.people.get(person_id)
        return self.people.reveal(self.actor, person, reason, passphrase, self._wrapped(), minutes, self.clock())

    def open_for_hand_over(self, case_id: str, reason: str, passphrase: str) -> dict[str, dict[str, str]]:
        """The case's sealed identities held here, for a case file the officer chose to send them with."""
        return self.people.open_for_hand_over(self.actor, case_id, reason, passphrase, self._wrapped(), self.clock())

    def seal_identity(self, identity: dict[str, str]) -> bytes:
        """An identity received in a case file, sealed under this vault's own key."""
        return sealing.seal(self.meta("seal_recipient") or "", identity)

    # -- artifacts ---------------------------------------------------------------------------------
    def add_artifact(self, case_ref: str, kind: ArtifactKind, name: str, mime: str, data: bytes | Iterable[bytes],
                     *, capture_id: str | None = None, acquired_at: datetime | None = None) -> Artifact:
        case = self.cases.get(case_ref)
        return self.artifacts.add(self.actor, case.id, kind, name, mime, data, acquired_at or self.clock(), capture_id)

    def artifact_chunks(self, artifact_id: str) -> Iterator[bytes]:
        return self.artifacts.chunks(artifact_id)

    def back_up(self, destination: Path, *, replace: bool = False) -> Backup:
        """A complete, checked copy of the vault, which the passphrase of the moment opens (see ``backup``)."""
        if self._key is None:
            raise VaultLockedMeanwhile()
        return back_up(self, self._key, destination, replace=replace)

    def export_artifact(self, artifact_id: str, destination: Path, *, replace: bool = True) -> Artifact:
        """Write the evidence file out (owner-only). ``replace``: the window's save dialog asked about an existing
        file; a command replaces one only with --force (see :func:`app.vault.atomic.publish_file`)."""
        refuse_the_vault(destination, self.path)  # the window asked about an existing file; the vault is never one
        artifact = self.artifacts.get(artifact_id)
        self.artifacts.export(self.actor, artifact, destination, self.clock(), replace=replace)
        return artifact

    # -- search, audit, integrity -----------------------------------------------------------------
    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        return self.index.search(query, limit, offset)

    def record(self, action: str, *, case_id: str | None = None, subject: str | None = None,
               details: dict[str, Any] | None = None) -> AuditEntry:
        """Audit an action that changes nothing else (a view, a print, an export)."""
        return self.audit.append(self.actor, action, case_id=case_id, subject=subject, details=details)

    def clock_warning(self) -> str | None:
        """What the officer must hear at unlock when the workstation's clock reads before the vault's last
        entry (None when it does not): said by the window and the command alike."""
        if self.clock_behind is None:
            return None
        return translate("vault", "The workstation's clock reads {now}, {by} earlier than the vault's last entry. "
                                  "One of the two is wrong: check the date and time before you capture evidence, for "
                                  "every time recorded now rests on this clock. The unlock is recorded with the "
                                  "difference.").format(now=time_text(self.clock(), current_language()),
                                                        by=span_text(self.clock_behind))

    def upgrade_notice(self) -> str | None:
        """What the officer must hear when this unlock upgraded the vault: that a copy of it as it was is kept,
        and where (said by the window and the command alike)."""
        if self.kept_before_upgrade is None:
            return None
        return translate("vault", "This vault was made by an earlier NetPatrol and has now been upgraded. A copy of it "
                                  "as it was is kept at {path}; the earlier version opens it, with the same passphrase. "
                                  "Keep it, as safely as the vault, until you are sure all is well, then "
                                  "delete it.").format(path=self.kept_before_upgrade.path)

    def audit_head(self) -> str:
        seq, digest = self.audit.head()
        return f"{seq}:{digest}"

    def verify(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Read everything and check it; changes nothing (``netpatrol verify`` may be reading a copy)."""
        return verify_vault(self.db, self.artifacts, progress)

    def record_verification(self, report: VerifyReport) -> AuditEntry:
        """Put a check of this vault, and what it found, into the chain: the custody record then shows when
        the evidence was last found intact (or not), and by whom."""
        return self.record("vault.verify", details={
            "ok": report.ok, "audit_entries": report.audit_entries, "rows_checked": report.rows_checked,
            "artifacts": report.artifacts_checked, "bytes_checked": report.bytes_checked, "audit_head": report.head,
            "first_broken_entry": report.first_broken_entry, "problems": len(report.problems),
            "clock_steps": len(report.clock_steps)})


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _name_new_vault(unfinished: Path, path: Path) -> None:
    """Give a finished new vault its name, never over a file that appeared there meanwhile, both flushed."""
    _fsync(unfinished)
    try:
        publish_file(unfinished, path, replace=False)  # and flushes the folder
    except OutputExists:
        raise VaultExists(path=str(path)) from None
    except OSError as exc:
        raise write_failure(path, exc) from None


def _rekey_path(path: Path) -> Path:
    """Where a passphrase change writes the vault's copy under the new key, beside the vault."""
    return path.with_name(path.name + ".rekey")


def _remove_vault_files(path: Path) -> None:
    """Remove a vault we were creating and failed to finish (never an existing one)."""
    for suffix in VAULT_COMPANIONS:
        try:
            Path(str(path) + suffix).unlink(missing_ok=True)
        except OSError:
            raise StorageReadOnly(path=str(path)) from None
