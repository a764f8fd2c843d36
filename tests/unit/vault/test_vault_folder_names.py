"""A vault opens wherever the officer keeps it, whatever characters the folders' names hold.

SQLite is given the vault as a URI, where ``#``, ``?`` and ``%`` have meanings of their own; Windows (OneDrive
too) and USB sticks allow ``#`` and ``%`` in a folder's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.mark.parametrize("folder", ["案件#3", "100%", "p%41th", "C#", "王小明 的 文件"])
def test_a_vault_in_a_folder_with_uri_characters_opens_and_keeps_its_cases(tmp_path: Path, vault_template: Path,
                                                                         folder: str) -> None:
    where = tmp_path / folder
    where.mkdir()
    path = where / "vault.npv"
    path.write_bytes(vault_template.read_bytes())
    vault = Vault.open(path, PASSPHRASE)
    try:
        case = vault.create_case("資料夾名稱測試（虛構）")
    finally:
        vault.lock()
    reopened = Vault.open(path, PASSPHRASE, read_only=True)
    try:
        assert reopened.case(case.id).title == "資料夾名稱測試（虛構）"
    finally:
        reopened.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray file beside the folder
    vault = Vault.open(path, PASSPHRASE)  # a backup reads the vault on a connection of its own: the same URI
    try:
        copy = vault.back_up(where / "backup.npv")
    finally:
        vault.lock()
    backed_up = Vault.open(copy.path, PASSPHRASE, read_only=True)
    try:
        assert backed_up.case(case.id).title == "資料夾名稱測試（虛構）"
    finally:
        backed_up.lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
