"""File → Back up vault…: asks where, writes on a worker while the window goes on, says what it wrote; a copy it
could not make is one sentence and nothing on the disk."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.core.models import ArtifactKind
from app.ui import backup as backup_ui
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE


def _answers(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {"information": [], "error": []}
    monkeypatch.setattr(backup_ui, "ask_save_target", lambda *args: target)
    monkeypatch.setattr(backup_ui.QMessageBox, "information", lambda parent, title, text: told["information"].append(text))
    monkeypatch.setattr(backup_ui, "show_known_error", lambda parent, error: told["error"].append(error.render()))
    return told


def test_the_file_menu_backs_the_open_vault_up(qtbot: Any, window: MainWindow, vault: Vault, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("備份視窗測試")
    vault.add_artifact(case.id, ArtifactKind.TEXT, "IMG 1.txt", "text/plain", b"IMG 1")
    target = tmp_path / "netpatrol-backup.npv"
    told = _answers(monkeypatch, target)
    assert window.act_backup in window.menu_file.actions() and window.act_backup.isEnabled()
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: bool(told["information"] or told["error"]), timeout=30_000)
    assert told["error"] == []
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert str(target) in told["information"][0] and digest in told["information"][0]
    assert vault.audit.entries()[-1].action == "vault.backup"
    assert window.act_backup.isEnabled() and window.statusBar().currentMessage() == ""
    copy = Vault.open(target, PASSPHRASE)
    try:
        assert copy.case(case.id).title == "備份視窗測試"
    finally:
        copy.lock()


def test_a_backup_into_a_folder_that_is_gone_is_one_sentence(qtbot: Any, window: MainWindow, vault: Vault,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told = _answers(monkeypatch, tmp_path / "unplugged-stick" / "backup.npv")
    window.act_backup.trigger()
    qtbot.waitUntil(lambda: bool(told["information"] or told["error"]), timeout=30_000)
    assert told["information"] == [] and "does not exist" in told["error"][0]
    assert window.act_backup.isEnabled() and vault.audit.entries()[-1].action != "vault.backup"


def test_cancelling_the_save_dialog_does_nothing(window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    head = vault.audit.head()
    told = _answers(monkeypatch, None)
    window.act_backup.trigger()
    assert told == {"information": [], "error": []} and vault.audit.head() == head and window.act_backup.isEnabled()


def test_backing_up_is_off_while_the_vault_is_locked(window: MainWindow) -> None:
    window.set_vault(None)
    assert not window.act_backup.isEnabled()
