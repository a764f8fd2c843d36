"""Files holding case data are owner-only (0600 on POSIX), whatever the umask of the process: the vault and the
working files SQLite keeps beside it, a case file, an exported evidence file, a printed document. The vault and
the case file hold sealed identities even if encrypted; a document holds the case in clear."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.models import ArtifactKind
from app.reports.issue import issue_file
from app.vault import Vault
from app.vault.handoff import export_case, workstation_keys
from tests.conftest import OFFICER, PASSPHRASE, UNIT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="on Windows the folder's ACLs decide, not modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A process that lets everyone read what it creates (the usual 022, or a careless 000)."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_new_vault_and_its_working_files_are_owner_only(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "new.npv"
    vault = Vault.create(path, PASSPHRASE, officer=OFFICER, unit=UNIT)
    try:
        vault.create_case("權限測試（虛構）")  # a write: the write-ahead log grows
        companions = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
        assert all(p.exists() for p in companions)
        assert {p.name: mode(p) for p in companions} == {p.name: 0o600 for p in companions}
    finally:
        vault.lock()
    assert mode(path) == 0o600


def test_a_vault_copied_world_readable_is_narrowed_when_opened(vault_path: Path, open_umask: None) -> None:
    """A vault made before this version, or copied by the officer (cp keeps no mode): the working files SQLite
    creates take the vault's mode, so the vault is narrowed first; its owner's own rights are kept."""
    os.chmod(vault_path, 0o644)
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        vault.create_case("權限測試（虛構）")
        assert [mode(Path(f"{vault_path}{s}")) for s in ("", "-wal", "-shm")] == [0o600] * 3
    finally:
        vault.lock()


def test_a_new_passphrase_keeps_the_vault_owner_only(vault: Vault, open_umask: None) -> None:
    vault.change_passphrase(PASSPHRASE, "another correct horse battery 4711")
    vault.create_case("權限測試（虛構）")
    assert mode(vault.path) == 0o600 and mode(Path(f"{vault.path}-wal")) == 0o600


def test_files_written_out_are_owner_only(vault: Vault, receiving: Vault, tmp_path: Path, open_umask: None) -> None:
    case = vault.create_case("權限測試（虛構）")
    artifact = vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box IMG 1")
    out = tmp_path / "out"
    out.mkdir()
    vault.export_artifact(artifact.id, out / "IMG 1.png")
    export_case(vault, case.id, out / "case.npcase", recipients=[workstation_keys(receiving).recipient])
    export_case(vault, case.id, out / "p.npcase", passphrase="hand-off passphrase 4711")
    issue_file(vault, case.id, "referral", b"%PDF-1.4 synthetic", out / "referral.pdf", {}, list)
    (out / "replaced.pdf").write_bytes(b"an older, world-readable print")
    os.chmod(out / "replaced.pdf", 0o644)
    issue_file(vault, case.id, "referral", b"%PDF-1.4 synthetic", out / "replaced.pdf", {}, list)
    assert {p.name: mode(p) for p in out.iterdir()} == {
        name: 0o600 for name in ("IMG 1.png", "case.npcase", "p.npcase", "referral.pdf", "replaced.pdf")}
