"""When a case last changed (the case list's order and its 「最後更新」): any entry on the case but a
reading of it. A capture or an identifier moves the case up; a view, a reveal, an export or a copied
document does not. A vault written before the record existed gets it from its chain."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.models import ArtifactKind
from app.core.timeutil import parse_iso
from app.vault import Vault
from app.vault.captures import add_identifier
from app.vault.migrations import CASE_READINGS
from tests.conftest import PASSPHRASE
from tests.unit.conftest import FixedClock

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vaults"


@pytest.fixture
def vault(clocked_vault: Vault) -> Vault:
    return clocked_vault  # the tests count by the clock


def test_a_case_that_takes_evidence_moves_to_the_top_of_the_list(vault: Vault, clock: FixedClock) -> None:
    older = vault.create_case("較早案件（虛構）")
    clock.now += timedelta(hours=1)
    newer = vault.create_case("較新案件（虛構）")
    assert [c.id for c in vault.list_cases()] == [newer.id, older.id]
    clock.now += timedelta(hours=1)
    vault.add_artifact(older.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box")
    listed = vault.list_cases()
    assert [c.id for c in listed] == [older.id, newer.id]
    assert listed[0].activity_at == clock.now and listed[0].updated_at == older.updated_at  # fields unchanged
    assert listed[0].last_changed == clock.now and listed[1].last_changed == newer.created_at
    clock.now += timedelta(minutes=5)
    add_identifier(vault, newer.id, None, "account_name", "invented_account_01")
    assert [c.id for c in vault.list_cases()] == [newer.id, older.id]
    assert vault.case(newer.id).last_changed == clock.now


def test_reading_a_case_does_not_move_it(vault: Vault, clock: FixedClock, tmp_path: Path) -> None:
    first = vault.create_case("被查看的案件（虛構）")
    artifact = vault.add_artifact(first.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box")
    changed = clock.now
    clock.now += timedelta(hours=1)
    second = vault.create_case("後建立的案件（虛構）")
    clock.now += timedelta(hours=1)
    vault.export_artifact(artifact.id, tmp_path / "IMG 1.png")
    for action in ("artifact.view", "document.copied", "case.export", "capture.reverify"):
        vault.record(action, case_id=first.id, subject=artifact.id)
    assert [c.id for c in vault.list_cases()] == [second.id, first.id]
    assert vault.case(first.id).last_changed == changed
    vault.record("document.generated", case_id=first.id, subject="social-report")  # a document issued is a change
    assert [c.id for c in vault.list_cases()] == [first.id, second.id]


def test_the_readings_named_are_the_ones_the_vault_writes() -> None:
    """A reading misspelt in the list would move cases whenever they are read."""
    for action in CASE_READINGS.replace("'", "").split(", "):
        assert action.split(".")[0] in {"artifact", "capture", "case", "document", "person"}
        found = [path for path in (Path(__file__).resolve().parents[3] / "app").rglob("*.py")
                 if f'"{action}"' in path.read_text(encoding="utf-8")]
        assert found, action


def test_the_status_filter_keeps_the_order_of_change(vault: Vault, clock: FixedClock) -> None:
    first, second = vault.create_case("甲案（虛構）"), vault.create_case("乙案（虛構）")
    clock.now += timedelta(hours=1)
    vault.add_artifact(first.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box")
    vault.update_case(second.id, status="closed")
    assert [c.id for c in vault.list_cases(not_closed=True)] == [first.id]
    assert [c.id for c in vault.list_cases(limit=1, offset=1)] == [first.id]


def test_the_cases_changed_since_an_entry_come_oldest_change_first(vault: Vault, clock: FixedClock) -> None:
    first, second = vault.create_case("甲案（虛構）"), vault.create_case("乙案（虛構）")
    seen = vault.audit.head()[0]
    assert vault.cases.changed_since(seen) == []
    vault.add_artifact(second.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box")
    vault.add_artifact(first.id, ArtifactKind.PNG, "IMG 2.png", "image/png", b"grey box")
    vault.record("artifact.view", case_id=second.id)
    vault.record("case.note", case_id="CNOSUCHCASE")  # an entry naming no case here moves nothing
    assert vault.cases.changed_since(seen) == [second.id, first.id]


def test_a_vault_from_before_the_record_gets_it_from_its_chain(tmp_path: Path) -> None:
    path = tmp_path / "v1.npv"
    shutil.copyfile(FIXTURES / "vault-v1.npv", path)
    vault = Vault.open(path, PASSPHRASE)
    case = vault.list_cases()[0]
    rows = vault.db.all("SELECT action, at FROM audit WHERE case_id = ? ORDER BY seq", (case.id,))
    changes = [parse_iso(at) for action, at in rows if f"'{action}'" not in CASE_READINGS]
    assert len(changes) >= 3 and case.activity_at == changes[-1] > case.updated_at  # people and evidence came later
    vault.lock()
