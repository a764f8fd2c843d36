"""A backup of the open vault: complete (what is only in the write-ahead log too), checked, opened by the same
passphrase, recorded in the chain; refused over the vault or an existing file; nothing left behind on failure."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from app.core.errors import KnownError, NotFound, StorageFull
from app.core.models import ArtifactKind, Role
from app.vault import Vault
from app.vault.atomic import OutputExists, OutputIsTheVault
from tests.conftest import PASSPHRASE


def _fill(vault: Vault) -> tuple[str, str]:
    case = vault.create_case("備份測試案件", ["PTT"])
    vault.add_person(case.id, Role.VICTIM, "林測試", {"phone": "0912-000-111"})
    artifact = vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box " * 5000)
    return case.id, artifact.id


def test_a_backup_of_the_open_vault_holds_everything_and_opens_with_the_passphrase(vault: Vault, tmp_path: Path) -> None:
    """Seen: a copy of vault.npv taken while the window is open lacks what is still in vault.npv-wal. The backup
    is made from a snapshot, so the case stored a moment ago is in it, while the window keeps the vault open."""
    case_id, artifact_id = _fill(vault)
    assert Path(f"{vault.path}-wal").stat().st_size > 0  # the latest writes are in the log, not the file
    plain_copy = tmp_path / "copied.npv"
    shutil.copyfile(vault.path, plain_copy)
    with pytest.raises(NotFound):  # the premise: the file alone opens, without the case
        Vault.open(plain_copy, PASSPHRASE).case(case_id)

    target = tmp_path / "backup.npv"
    made = vault.back_up(target)

    assert made.sha256 == hashlib.sha256(target.read_bytes()).hexdigest() and made.size == target.stat().st_size
    assert os.name != "posix" or target.stat().st_mode & 0o077 == 0
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".netpatrol-")]
    entry = vault.audit.entries()[-1]
    assert entry.action == "vault.backup"
    assert entry.details == {"file": "backup.npv", "sha256": made.sha256, "size": made.size,
                             "copy_head": made.audit_seq}
    vault.create_case("after the backup")  # the window goes on working with its own connection

    copy = Vault.open(target, PASSPHRASE)
    try:
        assert copy.case(case_id).title == "備份測試案件"
        assert hashlib.sha256(b"".join(copy.artifact_chunks(artifact_id))).digest() == \
            hashlib.sha256(b"grey box " * 5000).digest()
        ours = {e.seq: e.entry_hash for e in vault.audit.entries() if e.seq <= made.audit_seq}
        assert {e.seq: e.entry_hash for e in copy.audit.entries() if e.seq <= made.audit_seq} == ours
        assert [e.action for e in copy.audit.entries() if e.seq > made.audit_seq] == ["vault.unlock"]
        assert copy.verify().ok
        assert [c.title for c in copy.list_cases()] == ["備份測試案件"]
    finally:
        copy.lock()


def test_a_backup_is_never_written_over_the_vault_or_an_existing_file(vault: Vault, tmp_path: Path) -> None:
    _fill(vault)
    with pytest.raises(OutputIsTheVault):
        vault.back_up(vault.path, replace=True)
    with pytest.raises(OutputIsTheVault):
        vault.back_up(Path(f"{vault.path}-wal"), replace=True)
    existing = tmp_path / "kept.npv"
    existing.write_bytes(b"the officer's file")
    with pytest.raises(OutputExists):
        vault.back_up(existing)
    assert existing.read_bytes() == b"the officer's file"
    vault.back_up(existing, replace=True)  # the window's save dialog asked
    assert Vault.open(existing, PASSPHRASE).audit.head()[0] > 0


def test_a_backup_that_cannot_be_written_leaves_nothing_and_says_why(vault: Vault, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk in the middle of the copy: the officer's sentence, no file under either name, the vault as it
    was (no backup recorded)."""
    _fill(vault)
    head = vault.audit.head()
    from app.vault import backup

    real_connect = backup.sqlcipher3.connect

    class FullDisk:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self._real = real_connect(*args, **kwargs)

        def execute(self, sql: str, *args: object):  # type: ignore[no-untyped-def]
            if "sqlcipher_export" in sql:
                raise backup.sqlcipher3.OperationalError("database or disk is full")
            return self._real.execute(sql, *args)

        def close(self) -> None:
            self._real.close()

    monkeypatch.setattr(backup.sqlcipher3, "connect", FullDisk)
    with pytest.raises(StorageFull) as raised:
        vault.back_up(tmp_path / "backup.npv")
    assert isinstance(raised.value, KnownError)
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name or p.name.startswith(".netpatrol-")) == []
    assert vault.audit.head() == head


def test_a_backup_the_chain_cannot_record_is_not_left(vault: Vault, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The vault locked while the copy was written: the copy is named inside the transaction that records it, and
    removed when that fails; the officer hears why."""
    from app.vault.connection import VaultLockedMeanwhile

    _fill(vault)

    def locked(*args: object, **kwargs: object) -> None:
        raise VaultLockedMeanwhile()

    monkeypatch.setattr(vault, "record", locked)
    with pytest.raises(VaultLockedMeanwhile):
        vault.back_up(tmp_path / "backup.npv")
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name or p.name.startswith(".netpatrol-")) == []


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"


def test_an_upgrade_first_keeps_the_vault_as_it_was_beside_it(tmp_path: Path) -> None:
    """Before: an upgrade rewrote the vault's form in place, and the older NetPatrol could no longer open it; the
    README could only ask the unit to back up first. Now the unlock that upgrades first writes a checked copy of the
    vault as it was beside it (the older version's schema, the same passphrase), and records it in its entry."""
    from app.vault.connection import Database
    from app.vault.migrations import latest_version

    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    vault = Vault.open(path, PASSPHRASE)
    try:
        kept = vault.kept_before_upgrade
        assert kept is not None and kept.path.parent == tmp_path
        assert kept.path.name.startswith("v1-before-upgrade-v1-") and kept.path.suffix == ".npv"
        assert kept.sha256 == hashlib.sha256(kept.path.read_bytes()).hexdigest()
        assert os.name != "posix" or kept.path.stat().st_mode & 0o077 == 0
        unlock = vault.audit.entries()[-1]
        assert unlock.action == "vault.unlock" and unlock.details["migrated"]
        assert unlock.details["before_upgrade_copy"] == kept.path.name
        assert unlock.details["before_upgrade_sha256"] == kept.sha256
        notice = vault.upgrade_notice()
        assert notice is not None and str(kept.path) in notice
        head = kept.audit_seq
    finally:
        vault.lock()
    old, _ = Database.open(kept.path, passphrase=PASSPHRASE, read_only=True)
    try:  # the copy is the vault as the older version left it: its schema, its chain, its case
        assert old.scalar("PRAGMA user_version") == 1 < latest_version()
        assert old.scalar("SELECT max(seq) FROM audit") == head
        assert old.scalar("SELECT count(*) FROM cases") == 1
    finally:
        old.close()
    again = Vault.open(path, PASSPHRASE)  # upgraded now: no second copy, nothing to say
    try:
        assert again.kept_before_upgrade is None and again.upgrade_notice() is None
        assert "before_upgrade_copy" not in again.audit.entries()[-1].details
    finally:
        again.lock()
    assert len([p for p in tmp_path.iterdir() if "before-upgrade" in p.name]) == 1


def test_an_upgrade_whose_copy_cannot_be_written_leaves_the_vault_as_it_was(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk while the copy is written: the officer's sentence, and the vault is not upgraded (an older
    NetPatrol still opens it, and the next unlock tries again); no partial copy is left."""
    from app.vault import backup

    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def full(*args: object) -> int:
        raise StorageFull(path=str(tmp_path))

    monkeypatch.setattr(backup, "_export", full)
    with pytest.raises(StorageFull):
        Vault.open(path, PASSPHRASE)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.npv"]
    monkeypatch.undo()
    vault = Vault.open(path, PASSPHRASE)
    assert vault.kept_before_upgrade is not None
    vault.lock()
