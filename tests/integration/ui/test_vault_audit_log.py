"""Tools → Vault audit log: what concerns no case (unlocks, printed sheets) next to what does (with
its case number), a period as officers type it, a wrong day said plainly, a long period cut with the
total said, and nothing of it left on screen when the vault locks."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.ui import auditlog
from app.ui.auditlog import VaultAuditDialog
from app.ui.common import day_text
from app.ui.language import apply_language
from app.ui.mainwindow import MainWindow
from app.vault import Vault


def test_the_vaults_entries_with_their_cases(qtbot: Any, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("稽核紀錄視窗（虛構）")
    vault.record("document.generated", subject="statistics", details={"format": "pdf", "first_day": "2025-07-01",
                                                                       "last_day": "2025-07-31"})
    dialog = VaultAuditDialog(vault)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert [row[5] for row in rows[:3]] == ["Document issued", "Case opened", "Vault unlocked"]  # newest first
    assert rows[0][4] == "" and rows[0][7] == "Format: pdf; First day: 2025-07-01; Last day: 2025-07-31"
    assert rows[1][4] == case.number and rows[2][4] == ""
    assert dialog.table.tip(0, 5) == "document.generated" and dialog.table.tip(0, 4) == ""
    assert dialog.summary.text().startswith(f"{len(rows)} entries of the audit chain were recorded from ")

    dialog.first.setText("114/07/01")
    dialog.last.setText("114/07/31")
    qtbot.keyClick(dialog.last, Qt.Key.Key_Return)
    assert dialog.rows() == [] and dialog.summary.text().startswith(
        f"0 entries of the audit chain were recorded from {day_text(date(2025, 7, 1))} to {day_text(date(2025, 7, 31))}")
    dialog.last.setText("114/02/30")
    dialog.show_button.click()
    assert dialog.error.text() == "114/02/30 is not a day: write 114/07/08 or 2025-07-08." and dialog.rows() == []

    monkeypatch.setattr(auditlog, "SHOWN", 2)
    dialog.first.setText(date.today().replace(day=1).isoformat())
    dialog.last.setText(date.today().isoformat())
    dialog.show_button.click()
    assert len(dialog.rows()) == 2 and dialog.error.text() == ""
    assert dialog.summary.text().endswith("Only the newest 2 are listed: choose a shorter period for the others.")


def test_the_tools_menu_opens_it_while_unlocked(qtbot: Any, tasks: Any, settings: Any, vault: Vault) -> None:
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    assert window.act_audit_log in window.menu_tools.actions() and not window.act_audit_log.isEnabled()
    window.set_vault(vault)
    assert window.act_audit_log.isEnabled()
    dialog = window.open_audit_log()
    assert dialog is not None and dialog.isVisible() and dialog.rows()[0][5] == "Vault unlocked"
    window.set_vault(None)  # locking leaves nothing of the vault on screen
    assert not dialog.isVisible() and not window.act_audit_log.isEnabled()


def test_a_language_switch_lists_it_again_in_the_new_language(qtbot: Any, vault: Vault) -> None:
    dialog = VaultAuditDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    header = dialog.table.entries.headerData
    assert header(5, Qt.Orientation.Horizontal) == "Action" and dialog.rows()[0][5] == "Vault unlocked"
    apply_language("zh_TW")
    try:
        qtbot.waitUntil(lambda: dialog.rows()[0][5] == "解鎖保管庫", timeout=2000)
        assert header(5, Qt.Orientation.Horizontal) == "動作" and dialog.rows()[0][1].startswith("民國")
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: dialog.rows()[0][5] == "Vault unlocked", timeout=2000)
