"""Bad vault files give a typed error, never a crash, and are never written to.

`open` (read-only, as `netpatrol verify` does) followed by `verify` must either raise a KnownError
or return a report with problems; the file's bytes must be exactly what they were.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from app.core.errors import KnownError, NotAVault, VaultDamaged, VaultMissing, WrongPassphrase
from app.core.models import ArtifactKind, Role
from app.vault import Vault
from app.vault.connection import derive_key, read_salt
from tests.conftest import PASSPHRASE
from tests.unit.vault.damage import corpus


@pytest.fixture(scope="module")
def good_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A closed vault with some of everything in it; returns (bytes, raw key)."""
    path = tmp_path_factory.mktemp("good") / "good.npv"
    vault = Vault.create(path, PASSPHRASE, officer="警員測試", unit="測試隊")
    for index in range(3):
        case = vault.create_case(f"測試案件 {index}", ["PTT"], notes="合成資料")
        vault.add_person(case.id, Role.VICTIM, f"虛構名{index}")
        vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", bytes(range(256)) * 200)
    vault.lock()
    return path.read_bytes(), derive_key(PASSPHRASE, read_salt(path))


def outcome(path: Path, *, key: bytes | None = None) -> str:
    """The typed result of opening and verifying ``path``; raises on anything untyped (a bug)."""
    try:
        vault = Vault.open(path, None if key else PASSPHRASE, key=key, read_only=True)
    except KnownError as error:
        return type(error).__name__
    try:
        report = vault.verify()
    except KnownError as error:
        return type(error).__name__
    finally:
        vault.lock()
    return "ok" if report.ok else "verify-failed"


CORPUS = corpus()


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 50


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_damaged_file_gives_typed_error_and_is_not_written(name: str, good_vault: tuple[bytes, bytes],
                                                           tmp_path: Path) -> None:
    good, _key = good_vault
    damaged = CORPUS[name](good)
    path = tmp_path / "damaged.npv"
    path.write_bytes(damaged)
    before = hashlib.sha256(damaged).hexdigest()
    result = outcome(path)
    assert result != "ok", f"{name}: damage went unnoticed"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, f"{name}: the file was written to"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nothing.npv", PASSPHRASE)
    (tmp_path / "folder.npv").mkdir()
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "folder.npv", PASSPHRASE)


@pytest.mark.parametrize("opening", [b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"age-encryption.org/v1\n"])
def test_a_picture_document_or_case_file_named_as_the_vault_is_not_a_vault(tmp_path: Path, opening: bytes) -> None:
    """Seen: `--vault IMG1.png` and `--vault case.npcase` said the vault was damaged or altered (exit 3, which
    scripts read as tampering)."""
    path = tmp_path / "named-by-mistake.npv"
    path.write_bytes(opening + b"\x00" * 5000)
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE)


def test_wrong_passphrase_leaves_bytes_unchanged(good_vault: tuple[bytes, bytes], tmp_path: Path) -> None:
    path = tmp_path / "v.npv"
    path.write_bytes(good_vault[0])
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not the passphrase at all")
    assert path.read_bytes() == good_vault[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.npv"]


def test_a_thousand_random_single_byte_flips(good_vault: tuple[bytes, bytes], tmp_path: Path) -> None:
    """Every byte of a SQLCipher file is covered by a page HMAC or feeds the key: no flip may pass."""
    good, key = good_vault
    rng = random.Random(20251128)
    path = tmp_path / "flipped.npv"
    results: dict[str, int] = {}
    for _ in range(1000):
        data = bytearray(good)
        offset = rng.randrange(len(data))
        data[offset] ^= rng.randrange(1, 256)
        path.write_bytes(data)
        result = outcome(path, key=key)
        assert result != "ok", f"flip at {offset} went unnoticed"
        assert path.read_bytes() == data, f"flip at {offset}: file written to"
        results[result] = results.get(result, 0) + 1
    print("outcomes of 1000 flips:", results)
    assert set(results) <= {"WrongPassphrase", "VaultDamaged", "NotAVault", "verify-failed", "VaultTooNew"}
    assert results.get("VaultDamaged", 0) + results.get("verify-failed", 0) > 500


def test_damage_is_not_repaired_by_a_normal_unlock(good_vault: tuple[bytes, bytes], tmp_path: Path) -> None:
    """A read-write unlock of a vault with a damaged page must fail before writing anything."""
    good, _ = good_vault
    path = tmp_path / "v.npv"
    damaged = CORPUS["page-2-zeroed"](good)
    path.write_bytes(damaged)
    with pytest.raises((VaultDamaged, WrongPassphrase, NotAVault)):
        vault = Vault.open(path, PASSPHRASE)
        vault.verify()
        vault.lock()
    assert path.read_bytes() == damaged
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "an audit entry was written to a damaged vault"
