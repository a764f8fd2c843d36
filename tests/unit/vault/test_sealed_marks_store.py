"""Marks of sealed identities in the vault: made when a sealed person is added, made when a vault sealed
before marks existed is unlocked (or at the first reveal, when it was unlocked without the passphrase),
never for a person whose identity is not sealed, and never holding the identity itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.core.models import Role
from app.vault import Vault
from app.vault.connection import derive_key, read_salt
from app.vault.people import sealed_handles
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"


def test_a_sealed_persons_values_are_marked_and_not_stored(vault: Vault) -> None:
    case = vault.create_case("合成案件")
    vault.add_person(case.id, Role.VICTIM, "林被害", {"account": "victim_chat_01", "phone": "0912-345-678"})
    vault.add_person(case.id, Role.SUSPECT, "張嫌疑", {"account": "@suspect_test"})
    handles = sealed_handles(vault.db, case.id)
    assert handles.aliases(["林被害", "@victim_chat_01", "0912345678", "@suspect_test"]) == {
        "林被害": "被害人1", "@victim_chat_01": "被害人1", "0912345678": "被害人1"}
    stored = " ".join(str(row) for row in vault.db.all("SELECT * FROM sealed_marks"))
    assert "victim_chat_01" not in stored and "林被害" not in stored and "0912" not in stored


def test_a_person_sealed_before_marks_existed_is_marked_when_the_upgraded_vault_is_unlocked(tmp_path: Path) -> None:
    """Seen upgrading a vault written by NetPatrol at 04ec125 (schema 6): its victim, sealed with her chat
    name, was printed by that name 30 times in the transcript this version made, as she had not been
    revealed since. The unlock marks her; no identity is shown, and the unlock's entry counts it."""
    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    vault = Vault.open(path, PASSPHRASE)
    try:
        case = vault.list_cases()[0]
        assert sealed_handles(vault.db, case.id).pseudonym_for("版本一被害人") == "被害人1"
        assert sealed_handles(vault.db, case.id).pseudonym_for("版本一犯嫌") is None  # a suspect is not sealed
        unlock = vault.audit.entries()[-1]
        assert (unlock.action, unlock.details["sealed_marked"]) == ("vault.unlock", 1)
        marks = vault.db.scalar("SELECT count(*) FROM sealed_marks")
    finally:
        vault.lock()
    vault = Vault.open(path, PASSPHRASE)  # marked once: the next unlock has nothing to mark
    try:
        assert vault.db.scalar("SELECT count(*) FROM sealed_marks") == marks
        assert "sealed_marked" not in vault.audit.entries()[-1].details
        assert vault.verify().ok
    finally:
        vault.lock()


def test_a_person_sealed_before_marks_existed_is_marked_at_the_first_reveal(tmp_path: Path) -> None:
    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    vault = Vault.open(path, key=derive_key(PASSPHRASE, read_salt(path)))  # unlocked without the passphrase
    try:
        case = vault.list_cases()[0]
        victim = vault.people.in_case(case.id)[0]
        assert sealed_handles(vault.db, case.id).pseudonym_for("版本一被害人") is None
        vault.reveal(victim.id, "核對被害人身分（測試）", PASSPHRASE)
        assert sealed_handles(vault.db, case.id).pseudonym_for("版本一被害人") == "被害人1"
        count = vault.db.scalar("SELECT count(*) FROM sealed_marks")
        vault.reveal(victim.id, "再次核對（測試）", PASSPHRASE)
        assert vault.db.scalar("SELECT count(*) FROM sealed_marks") == count
    finally:
        vault.lock()


def test_a_sealed_record_that_does_not_open_does_not_stop_the_unlock(tmp_path: Path, monkeypatch) -> None:
    """Marking at unlock opens every unmarked sealed record. One that does not decrypt (damaged on the disk) must
    not lock the officer out of the whole vault: it is left unmarked (its reveal will say what is wrong), and the
    others are marked."""
    import pyrage

    from app.vault import sealing

    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    monkeypatch.setattr(sealing.pyrage, "decrypt", lambda *args: (_ for _ in ()).throw(pyrage.DecryptError("bad")))
    vault = Vault.open(path, PASSPHRASE)
    try:
        unlock = vault.audit.entries()[-1]
        assert unlock.action == "vault.unlock" and "sealed_marked" not in unlock.details
    finally:
        vault.lock()
    monkeypatch.undo()
    vault = Vault.open(path, PASSPHRASE)  # readable again: marked at this unlock
    try:
        assert vault.audit.entries()[-1].details["sealed_marked"] == 1
    finally:
        vault.lock()
