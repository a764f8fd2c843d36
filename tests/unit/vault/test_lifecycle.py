"""Vault life cycle: create, unlock, migrate an old vault, refuse a newer one, rekey without a
half-converted moment, and fail cleanly on a full disk or a read-only folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import (
    CurrentPassphraseWrong,
    NotFound,
    RevealWrongPassphrase,
    StorageFull,
    UsageError,
    VaultExists,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from app.core.models import ArtifactKind, CaseStatus, Role
from app.vault import Vault
from app.vault.connection import Database
from app.vault.migrations import MIGRATIONS, latest_version
from tests.conftest import PASSPHRASE
from tests.unit.vault.tamper import open_raw

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"
ROOT = Path(__file__).resolve().parents[3]


def test_create_refuses_weak_passphrase_and_existing_file(tmp_path: Path, vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "weak.npv", "aaaaaaaaaaaa", officer="a", unit="b")
    assert not (tmp_path / "weak.npv").exists()
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, officer="a", unit="b")
    assert vault_path.read_bytes() == before


def test_case_revisions_keep_history(vault: Vault) -> None:
    case = vault.create_case("原名稱", ["PTT"], notes="n")
    vault.update_case(case.id, title="新名稱", status="referred")
    latest = vault.case(case.number)
    assert (latest.title, latest.status, latest.revision) == ("新名稱", CaseStatus.REFERRED, 2)
    assert [c.title for c in vault.cases.revisions(case.id)] == ["原名稱", "新名稱"]
    assert [e.action for e in vault.audit.entries(case.id)] == ["case.create", "case.edit"]


def test_case_numbers_follow_the_unit_format(vault: Vault) -> None:
    first, second = vault.create_case("a"), vault.create_case("b")
    assert first.number.startswith("NP-") and first.number.endswith("-0001")
    assert second.number.endswith("-0002")


def test_a_number_in_use_is_skipped_not_given_twice(vault: Vault) -> None:
    """Seen coming: a received case or one numbered by hand can hold the number the count would give."""
    first = vault.create_case("a")
    taken = first.number.replace("-0001", "-0003")
    vault.create_case("typed", number=taken)  # two cases now: the count alone would give -0003 next
    third = vault.create_case("c")
    assert third.number == first.number.replace("-0001", "-0004")
    assert len({vault.case(ref).id for ref in (first.number, taken, third.number)}) == 3


@pytest.mark.parametrize("number_format", ["NOFIELDS", "X-{bogus}-{seq}", "X-{seq", "{year}", "   "])
def test_a_format_that_cannot_number_cases_is_refused_at_creation(tmp_path: Path, number_format: str) -> None:
    """Seen: `init --number-format NOFIELDS` was accepted, and the second `case new` then searched for a free
    number forever at 100 % CPU, the vault open; 'X-{bogus}' reached the crash path (KeyError)."""
    path = tmp_path / "v.npv"
    with pytest.raises(UsageError) as refused:
        Vault.create(path, PASSPHRASE, officer="甲", unit="乙", number_format=number_format)
    assert "{seq}" in refused.value.render() and not path.exists()


def test_a_vault_holding_a_format_that_cannot_number_refuses_instead_of_looping(vault: Vault) -> None:
    vault.db.execute("UPDATE meta SET value = 'FIXED' WHERE key = 'number_format'")  # made before formats were checked
    vault.create_case("first", number="FIXED")
    with pytest.raises(UsageError):
        vault.create_case("second")


def test_large_artifact_streams_in_chunks(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("大型檔案")
    data = os.urandom(5 * (1 << 20) + 123)
    chunks = (data[i : i + 300_000] for i in range(0, len(data), 300_000))
    artifact = vault.add_artifact(case.id, ArtifactKind.VIDEO, "rec.webm", "video/webm", chunks)
    assert artifact.sha256 == hashlib.sha256(data).hexdigest() and artifact.size == len(data)
    assert max(len(c) for c in vault.artifact_chunks(artifact.id)) <= 1 << 20
    out = tmp_path / "out" / "rec.webm"
    out.parent.mkdir()  # an export names a file in a folder that exists (a missing one is refused, not made)
    vault.export_artifact(artifact.id, out)
    assert out.read_bytes() == data
    assert vault.audit.entries(case.id)[-1].action == "artifact.export"


def test_version_one_vault_opens_in_this_version(tmp_path: Path) -> None:
    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    vault = Vault.open(path, PASSPHRASE)
    assert vault.migrated == [m.name for m in MIGRATIONS[1:]]
    assert vault.db.scalar("PRAGMA user_version") == latest_version()
    case = vault.list_cases()[0]
    assert case.title == "版本一案件：PTT 貼文"
    people = vault.people.in_case(case.id)
    assert [p.pseudonym for p in people] == ["被害人1", "犯嫌1"]
    assert vault.reveal(people[0].id, "版本測試", PASSPHRASE).name == "版本一被害人"
    artifact = vault.artifacts.in_case(case.id)[0]
    assert vault.artifacts.read(artifact.id) == "IMG 1 — 灰色方塊（合成）".encode()
    assert [h.case_id for h in vault.search("援交")] == [case.id]
    report = vault.verify()
    assert report.ok, [p.render() for p in report.problems]
    vault.lock()
    assert Vault.open(path, PASSPHRASE).migrated == []


def test_vault_from_a_newer_version_is_refused_untouched(vault_path: Path) -> None:
    conn = open_raw(vault_path, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = vault_path.read_bytes()
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before


def test_change_passphrase(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    case = vault.create_case("換密碼")
    person = vault.add_person(case.id, Role.INFORMANT, "虛構告發人")
    with pytest.raises(CurrentPassphraseWrong):
        vault.change_passphrase("wrong old passphrase", "a brand new passphrase 9")
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase 9")
    assert vault.case(case.id).title == "換密碼"  # still usable after the swap
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    reopened = Vault.open(vault_path, "a brand new passphrase 9")
    assert reopened.reveal(person.id, "測試", "a brand new passphrase 9").name == "虛構告發人"
    with pytest.raises(RevealWrongPassphrase):
        reopened.reveal(person.id, "測試", PASSPHRASE)
    assert reopened.verify().ok
    assert "vault.passphrase_changed" in [e.action for e in reopened.audit.entries()]
    reopened.lock()
    assert sorted(p.name for p in vault_path.parent.iterdir() if "rekey" in p.name) == []


def test_a_passphrase_change_killed_before_its_copy_took_the_name_is_told_and_cleared(
        vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen in the power-cut audit: killed after the copy under the new key and the entry "passphrase changed" were
    committed, before the copy took the vault's name. The new passphrase then said only "wrong", the chain said the
    passphrase had changed while the old one still opened the vault, and the copy lay beside it. Now the new one is
    told why it does not open; the old one opens, the leftover goes, and the unlock's entry names the entry that did
    not come true. A later change works."""
    from app.core.errors import PassphraseChangeUnfinished
    from app.vault import vault as vault_module

    vault = Vault.open(vault_path, PASSPHRASE)
    case = vault.create_case("換密碼中斷")

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # stands for the process killed at this point: nothing after it runs
    monkeypatch.setattr(vault_module.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase 9")
    monkeypatch.undo()
    leftover = vault_path.with_name(vault_path.name + ".rekey")
    assert leftover.exists()

    with pytest.raises(PassphraseChangeUnfinished) as told:
        Vault.open(vault_path, "a brand new passphrase 9")
    assert "interrupted" in told.value.render()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        changed = [e for e in reopened.audit.entries() if e.action == "vault.passphrase_changed"]
        unlock = reopened.audit.entries()[-1]
        assert len(changed) == 1 and unlock.details["passphrase_change_unfinished"] == changed[0].seq
        assert not leftover.exists() and reopened.case(case.id).title == "換密碼中斷"
        reopened.change_passphrase(PASSPHRASE, "a brand new passphrase 9")
    finally:
        reopened.lock()
    again = Vault.open(vault_path, "a brand new passphrase 9")
    assert "passphrase_change_unfinished" not in again.audit.entries()[-1].details
    again.lock()


def test_failed_rekey_leaves_the_old_vault_whole(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    vault.create_case("保持原狀")
    blocker = vault_path.with_name(vault_path.name + ".rekey")
    blocker.mkdir()  # the temporary copy cannot be written
    (blocker / "x").write_text("keep")
    with pytest.raises(Exception):  # noqa: B017 - any failure will do; what matters is what is left
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase 9")
    vault.lock()
    reopened = Vault.open(vault_path, PASSPHRASE)
    assert reopened.list_cases()[0].title == "保持原狀"
    assert reopened.verify().ok
    reopened.lock()


def test_database_full_rolls_back_the_whole_write(vault: Vault) -> None:
    """SQLITE_FULL (here from max_page_count) gives StorageFull and nothing half-stored."""
    case = vault.create_case("空間不足")
    pages = int(vault.db.scalar("PRAGMA page_count"))
    vault.db.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(StorageFull):
        vault.add_artifact(case.id, ArtifactKind.PNG, "big.png", "image/png", os.urandom(2_000_000))
    assert vault.artifacts.in_case(case.id) == []
    assert vault.verify().ok
    vault.add_artifact(case.id, ArtifactKind.PNG, "small.png", "image/png", b"x" * 1000)


@pytest.fixture
def small_disk() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="netpatrol-smalldisk-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        folder.rmdir()
        pytest.skip("cannot mount a small tmpfs here (needs root); the max_page_count test covers SQLITE_FULL")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)
    folder.rmdir()


def test_real_full_disk(small_disk: Path, vault_template: Path) -> None:
    path = small_disk / "v.npv"
    shutil.copyfile(vault_template, path)
    vault = Vault.open(path, PASSPHRASE)
    case = vault.create_case("磁碟已滿")
    with pytest.raises(StorageFull):
        vault.add_artifact(case.id, ArtifactKind.PNG, "big.png", "image/png", os.urandom(3_000_000))
    vault.lock()
    reopened = Vault.open(path, PASSPHRASE, read_only=True)
    assert reopened.artifacts.in_case(case.id) == []
    assert reopened.verify().ok
    reopened.lock()


def _fill(folder: Path, leave: int) -> None:
    """Fill the disk of ``folder`` until about ``leave`` bytes are free."""
    with (folder / "filler").open("wb") as filler:
        filler.write(b"\0" * max(shutil.disk_usage(folder).free - leave, 0))


def test_a_full_disk_is_not_called_a_damaged_vault(small_disk: Path, vault_template: Path) -> None:
    """Seen: with under 32 KB free beside the vault, SQLite cannot make its shared-memory index and says "disk I/O
    error"; `verify` then called the vault damaged (exit 3, "restore a backup"). It is a full disk (exit 1)."""
    path = small_disk / "v.npv"
    shutil.copyfile(vault_template, path)
    _fill(small_disk, 16 * 1024)
    with pytest.raises(StorageFull):
        Vault.open(path, PASSPHRASE, read_only=True).verify()
    (small_disk / "filler").unlink()
    reopened = Vault.open(path, PASSPHRASE, read_only=True)
    assert reopened.verify().ok
    reopened.lock()


def test_an_io_error_is_damage_only_on_a_disk_with_room(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk's free space decides, SQLite passing no errno: the same I/O error on a disk with room stays damage."""
    import sqlcipher3

    from app.core.errors import VaultDamaged
    from app.vault.connection import classify

    error = sqlcipher3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlcipher3.SQLITE_IOERR | (19 << 8)  # SQLITE_IOERR_SHMSIZE
    free = {"bytes": 16 * 1024}
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9, free["bytes"]))
    assert isinstance(classify(error, unlocked=True, path=tmp_path / "v.npv"), StorageFull)
    free["bytes"] = 10**9
    assert isinstance(classify(error, unlocked=True, path=tmp_path / "v.npv"), VaultDamaged)


def test_a_vault_from_an_older_version_is_read_as_this_version_without_a_byte_written(tmp_path: Path) -> None:
    """Seen: ``netpatrol verify``, ``stats`` and ``clocks`` stopped with an internal error ("no such
    table: captures") on a vault this version had not opened yet. Reading commands do not migrate
    (verify looks at vaults that may be damaged): what is missing is stood in for in TEMP."""
    from datetime import date

    from app.vault.captures import captures_in_case
    from app.vault.stats import Period, unit_statistics
    from app.vault.steps import CaseSteps
    from tests.unit.vault.test_steps import PROCEDURE

    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    vault = Vault.open(path, PASSPHRASE, read_only=True)
    assert vault.migrated == [] and vault.db.scalar("PRAGMA user_version") == 1
    report = vault.verify()
    assert report.ok and report.artifacts_checked == 1, [p.render() for p in report.problems]
    case = vault.list_cases()[0]
    assert case.title == "版本一案件：PTT 貼文" and case.activity_at is not None and case.activity_at > case.updated_at
    assert captures_in_case(vault, case.id) == [] and CaseSteps(vault, lambda: PROCEDURE).running_clocks() == []
    stats = unit_statistics(vault, PROCEDURE, Period(date(2025, 7, 1), date(2026, 12, 31)))
    assert stats.cases_opened == 1 and stats.cases_by_platform == {"PTT": 1} and stats.patrols == 0
    vault.lock()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert Vault.open(path, PASSPHRASE).migrated == [m.name for m in MIGRATIONS[1:]]  # nothing of it stayed


@pytest.fixture
def read_only_folder(vault_template: Path) -> Iterator[Path]:
    """A folder holding a vault, mounted read-only (a write-protected share or USB stick)."""
    source = Path(tempfile.mkdtemp(prefix="netpatrol-src-"))
    mountpoint = Path(tempfile.mkdtemp(prefix="netpatrol-ro-"))
    shutil.copyfile(vault_template, source / "v.npv")
    shutil.copyfile(FIXTURES / "vault-v1.npv", source / "v1.npv")
    bound = subprocess.run(["mount", "--bind", str(source), str(mountpoint)], capture_output=True)
    if bound.returncode != 0:
        shutil.rmtree(source)
        mountpoint.rmdir()
        pytest.skip("cannot bind-mount here (needs root)")
    subprocess.run(["mount", "-o", "remount,bind,ro", str(mountpoint)], check=True)
    yield mountpoint
    subprocess.run(["umount", str(mountpoint)], check=False)
    mountpoint.rmdir()
    shutil.rmtree(source)


def test_read_only_folder(read_only_folder: Path, tmp_path: Path) -> None:
    from tests.end2end.cli_helpers import netpatrol

    vault = read_only_folder / "v.npv"
    before = vault.read_bytes()
    result = netpatrol("case", "new", "--title", "x", vault=vault, passphrase=PASSPHRASE, home=tmp_path / "home")
    assert result.code == 1, result.err
    assert "cannot write" in result.err and result.err.count("\n") == 1
    assert vault.read_bytes() == before
    created = netpatrol("init", vault=read_only_folder / "new.npv", passphrase=PASSPHRASE, home=tmp_path / "home")
    assert created.code == 1 and "cannot write" in created.err, created.err
    assert not (read_only_folder / "new.npv").exists()
    verified = netpatrol("verify", vault=vault, passphrase=PASSPHRASE, home=tmp_path / "home")
    assert verified.code == 0, verified.err  # reading a write-protected vault still works
    older = read_only_folder / "v1.npv"  # one this version never opened (copied in before the remount)
    clocks = netpatrol("clocks", vault=older, passphrase=PASSPHRASE, home=tmp_path / "home")
    assert clocks.code == 0 and "No clock is running." in clocks.out, clocks.err


def test_revision_numbers_count_per_case(vault: Vault) -> None:
    first, second = vault.create_case("甲"), vault.create_case("乙")
    vault.update_case(second.id, notes="x")
    vault.update_case(first.id, notes="y")
    assert vault.case(first.id).revision == 2
    assert vault.case(second.id).revision == 2
    assert [c.revision for c in vault.cases.revisions(first.id)] == [1, 2]
    assert {c.id: c.revision for c in vault.list_cases()} == {first.id: 2, second.id: 2}


def test_the_cases_not_closed_are_listed_by_their_latest_status(vault: Vault) -> None:
    reopened, closed, open_ = vault.create_case("甲"), vault.create_case("乙"), vault.create_case("丙")
    vault.update_case(reopened.id, status=CaseStatus.CLOSED)
    vault.update_case(closed.id, status=CaseStatus.CLOSED)
    vault.update_case(reopened.id, status=CaseStatus.REFERRED)  # an earlier closed revision does not count
    assert [c.id for c in vault.list_cases(not_closed=True)] == [reopened.id, open_.id]
    assert [c.id for c in vault.list_cases(status=CaseStatus.CLOSED, not_closed=True)] == []


def test_work_still_running_when_the_vault_is_locked_ends_with_a_sentence_not_a_crash(vault_path: Path) -> None:
    """A window beside the main one (statistics, the audit log, file origins) may still be reading on a worker
    when the officer locks: its next statement met a closed database and reached the crash dialog."""
    from app.core.errors import KnownError
    from app.vault.connection import VaultLockedMeanwhile

    vault = Vault.open(vault_path, PASSPHRASE)
    db = vault.db
    vault.lock()
    with pytest.raises(VaultLockedMeanwhile) as ended:
        db.one("SELECT count(*) FROM cases")
    assert isinstance(ended.value, KnownError) and "locked" in ended.value.render()
    with pytest.raises(VaultLockedMeanwhile), db.transaction():
        db.execute("SELECT 1")


def test_a_person_is_found_by_the_pseudonym_either_interface_shows(vault: Vault) -> None:
    """`--person 被害人1` and `--person "Victim 1"` (as the English interface and command print it) are the same
    person; a near miss is not found."""
    case = vault.create_case("假想案件")
    victim = vault.add_person(case.id, Role.VICTIM, "王小明", {})
    reporter = vault.add_person(case.id, Role.REPORTER, "陳大文", {})
    assert vault.people.find(case.id, "被害人1").id == victim.id
    assert vault.people.find(case.id, "Victim 1").id == victim.id
    assert vault.people.find(case.id, "Reporter A").id == reporter.id
    with pytest.raises(NotFound):
        vault.people.find(case.id, "Victim 2")


def test_a_rekey_the_disk_cannot_take_is_one_sentence_and_can_be_tried_again(vault_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: Settings → Change passphrase with the vault's disk full stopped in the copy under the new key with
    sqlcipher3's own OperationalError ("database or disk is full": the crash dialog), and left that copy attached,
    so that a second try after freeing space failed too ("database rekeyed is already in use")."""
    vault = Vault.open(vault_path, PASSPHRASE)
    case = vault.create_case("保持原狀")
    real_execute = Database.execute

    def no_room_for_the_copy(db: Database, sql: str, params: Any = ()) -> Any:
        cursor = real_execute(db, sql, params)
        if sql.startswith("ATTACH DATABASE"):  # as a disk with no room for the copy's first pages
            real_execute(db, "PRAGMA rekeyed.max_page_count = 1")
        return cursor

    monkeypatch.setattr(Database, "execute", no_room_for_the_copy)
    with pytest.raises(StorageFull):
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase 9")
    assert vault.case(case.id).title == "保持原狀" and vault.verify().ok
    assert "vault.passphrase_changed" not in [e.action for e in vault.audit.entries()]
    monkeypatch.setattr(Database, "execute", real_execute)  # space freed
    vault.change_passphrase(PASSPHRASE, "a brand new passphrase 9")
    vault.lock()
    reopened = Vault.open(vault_path, "a brand new passphrase 9")
    assert reopened.case(case.id).title == "保持原狀" and reopened.verify().ok
    reopened.lock()
    assert sorted(p.name for p in vault_path.parent.iterdir() if "rekey" in p.name) == []
