"""Tools → Verify the vault: runs off the UI thread, shows how far it is, and says what it checked."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.models import ArtifactKind
from app.ui import mainwindow
from app.ui.mainwindow import MainWindow


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window told the officer (its information boxes), in order."""
    shown: list[str] = []
    monkeypatch.setattr(mainwindow.QMessageBox, "information", lambda parent, title, text: shown.append(text))
    return shown


def test_verifying_shows_progress_and_the_result(qtbot: Any, window: MainWindow, vault: Any, told: list[str]) -> None:
    case = vault.create_case("驗證測試案件")
    for number in range(3):
        vault.add_artifact(case.id, ArtifactKind.TEXT, f"IMG {number}.txt", "text/plain", f"IMG {number}".encode())
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert "Verifying the vault…" in shown
    assert "Verifying the vault… evidence files re-hashed: 3 of 3" in shown
    assert told[0].endswith(" evidence rows and 3 evidence files checked.")
    assert window.act_verify.isEnabled() and window.statusBar().currentMessage() == ""


def test_each_check_of_the_vault_goes_into_its_chain_with_what_it_found(qtbot: Any, window: MainWindow, vault: Any,
                                                                        told: list[str]) -> None:
    """The custody record shows when the evidence was last found intact, and by whom; a later check
    verifies the entry of the earlier one like any other."""
    from app.core.audit_actions import action_group, details_text

    case = vault.create_case("驗證紀錄測試案件")
    vault.add_artifact(case.id, ArtifactKind.TEXT, "IMG 1.txt", "text/plain", b"IMG 1")
    head_before = vault.audit_head()
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: vault.audit.entries()[-1].action == "vault.verify", timeout=30_000)
    entry = vault.audit.entries()[-1]
    assert entry.details == {"ok": True, "audit_entries": int(head_before.split(":")[0]), "rows_checked":
                             entry.details["rows_checked"], "artifacts": 1, "bytes_checked": 5,
                             "audit_head": head_before, "first_broken_entry": None, "problems": 0, "clock_steps": 0}
    assert entry.officer == vault.actor.officer and "vault.verify" in action_group("vault").actions
    assert details_text(entry.details, entry.action).startswith(
        f"All match: yes; Audit entries checked: {entry.details['audit_entries']}; Evidence rows checked: ")
    assert len(told) == 1 and told[0].endswith(" and 1 evidence file checked.")
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=30_000)
    assert vault.verify().ok and [e.action for e in vault.audit.entries()[-2:]] == ["vault.verify"] * 2


def test_a_check_that_ends_after_the_lock_is_recorded_nowhere(window: MainWindow, vault: Any, told: list[str]) -> None:
    head = vault.audit_head()
    report = vault.verify()
    window.set_vault(None)
    window._on_verified(vault, report)  # the worker's result arriving after the lock
    assert told and vault.audit_head() == head


def test_a_clock_set_back_is_told_beside_an_intact_vault(qtbot: Any, tasks: Any, settings: Any, vault_path: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """No damage, so no red box; but the officer reads which entry stepped back, and by how much."""
    from datetime import timedelta

    from app.core.timeutil import utc_now
    from app.vault import Vault
    from tests.conftest import PASSPHRASE

    ahead = utc_now() + timedelta(hours=5, minutes=30)
    Vault.open(vault_path, PASSPHRASE, clock=lambda: ahead).lock()
    vault = Vault.open(vault_path, PASSPHRASE)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(mainwindow.QMessageBox, "warning", lambda parent, title, text: warned.append((title, text)))
    monkeypatch.setattr(mainwindow.QMessageBox, "information", lambda parent, title, text: warned.append(("", text)))
    shown = MainWindow(tasks, settings)
    qtbot.addWidget(shown)
    shown.set_vault(vault)
    try:
        shown.act_verify.trigger()
        qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
        title, text = warned[0]
        intact, note = text.split("\n\n• ")
        assert title == "Vault verified" and intact.startswith("The vault is intact: ")
        assert note.startswith(f"Entry {vault.audit.entries()[-2].seq} (") and " earlier than entry " in note
        assert vault.audit.entries()[-1].details["clock_steps"] == 1
    finally:
        shown.set_vault(None)
        vault.lock()
