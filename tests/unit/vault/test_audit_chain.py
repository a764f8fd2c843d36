"""Change, delete or reorder any one audit entry through SQL (with the key): `netpatrol verify`
exits 3 and names the entry. Also: edited evidence rows and artifact bytes are caught."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from app.core.models import ArtifactKind, Role
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol
from tests.unit.vault.tamper import drop_guards, open_raw, restore_guards


@pytest.fixture
def filled(vault_path: Path) -> Path:
    vault = Vault.open(vault_path, PASSPHRASE)
    case = vault.create_case("稽核鏈測試", ["X"])
    vault.add_person(case.id, Role.REPORTER, "虛構報告人")
    vault.add_artifact(case.id, ArtifactKind.TEXT, "note.txt", "text/plain", "合成文字".encode())
    vault.update_case(case.id, status="referred")
    vault.lock()
    return vault_path


def verify_cli(path: Path) -> tuple[int, str]:
    result = netpatrol("verify", "--json", vault=path, passphrase=PASSPHRASE)
    data = result.json() if result.out.strip() else {}
    return result.code, str(data.get("first_broken_entry")) + " " + " ".join(data.get("problems", []))


def test_guards_refuse_update_and_delete(filled: Path) -> None:
    conn = open_raw(filled, PASSPHRASE)
    for statement in ("UPDATE audit SET action = 'x' WHERE seq = 2", "DELETE FROM audit WHERE seq = 2",
                      "UPDATE artifacts SET sha256 = 'x'", "DELETE FROM people", "UPDATE case_revisions SET title='x'"):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute(statement)
    conn.close()


def test_intact_vault_verifies(filled: Path) -> None:
    code, _ = verify_cli(filled)
    assert code == 0


def entries(path: Path) -> int:
    conn = open_raw(path, PASSPHRASE)
    count = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    conn.close()
    return count


@pytest.mark.parametrize("column,value", [("action", "case.view"), ("officer", "someone else"),
                                          ("details", "{\"forged\":1}"), ("at", "2020-01-01T00:00:00.000000Z")])
def test_changed_entry_is_named(filled: Path, column: str, value: str) -> None:
    conn = open_raw(filled, PASSPHRASE)
    drop_guards(conn)
    conn.execute(f"UPDATE audit SET {column} = ? WHERE seq = 3", (value,))
    restore_guards(conn)
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert text.startswith("3 "), text


def test_every_single_entry_change_is_caught(filled: Path, tmp_path: Path) -> None:
    original = filled.read_bytes()
    total = entries(filled)
    for seq in range(1, total + 1):
        filled.write_bytes(original)
        conn = open_raw(filled, PASSPHRASE)
        drop_guards(conn)
        conn.execute("UPDATE audit SET workstation = workstation || ' ' WHERE seq = ?", (seq,))
        restore_guards(conn)
        conn.close()
        vault = Vault.open(filled, PASSPHRASE, read_only=True)
        report = vault.verify()
        vault.lock()
        assert report.first_broken_entry == seq, (seq, [p.render() for p in report.problems])


def test_deleted_entry_is_named(filled: Path) -> None:
    conn = open_raw(filled, PASSPHRASE)
    drop_guards(conn)
    conn.execute("DELETE FROM audit WHERE seq = 4")
    restore_guards(conn)
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert text.startswith("4 ") and "4" in text


def test_deleted_last_entry_is_named(filled: Path) -> None:
    last = entries(filled)
    conn = open_raw(filled, PASSPHRASE)
    drop_guards(conn)
    conn.execute("DELETE FROM audit WHERE seq = ?", (last,))
    restore_guards(conn)
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert text.startswith(f"{last} "), text


def test_reordered_entries_are_named(filled: Path) -> None:
    conn = open_raw(filled, PASSPHRASE)
    drop_guards(conn)
    rows = {seq: row for seq, *row in conn.execute(
        "SELECT seq, at, officer, workstation, action, case_id, subject, details, prev_hash, entry_hash FROM audit "
        "WHERE seq IN (3, 4)")}
    conn.execute("DELETE FROM audit WHERE seq IN (3, 4)")
    for seq, source in ((3, 4), (4, 3)):
        conn.execute("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?,?,?)", (seq, *rows[source]))
    restore_guards(conn)
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert text.startswith("3 "), text


def test_removed_guard_is_reported(filled: Path) -> None:
    conn = open_raw(filled, PASSPHRASE)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert "audit_no_delete" in text


def test_edited_evidence_row_is_caught(filled: Path) -> None:
    conn = open_raw(filled, PASSPHRASE)
    drop_guards(conn)
    conn.execute("UPDATE case_revisions SET title = '改過的名稱' WHERE rev_id = 1")
    restore_guards(conn)
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert "case_revisions" in text


def test_artifact_bytes_swapped_are_caught(filled: Path) -> None:
    conn = open_raw(filled, PASSPHRASE)
    drop_guards(conn)
    conn.execute("UPDATE artifact_chunks SET data = ?", ("不同的文字".encode(),))
    restore_guards(conn)
    conn.close()
    code, text = verify_cli(filled)
    assert code == 3
    assert "SHA-256" in text
