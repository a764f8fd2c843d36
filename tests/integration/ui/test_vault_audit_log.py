"""Tools → Vault audit log: what concerns no case (unlocks, printed sheets) next to what does (with
its case number), a period as officers type it, a wrong day said plainly, a long period cut with the
total said, and nothing of it left on screen when the vault locks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.models import Role
from app.core.timeutil import taipei, utc_now
from app.ui import auditlog
from app.ui.auditlog import VaultAuditDialog
from app.ui.common import day_text
from app.ui.language import apply_language
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.unit.vault.tamper import drop_guards, open_raw, restore_guards


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
    statistics = "Statistics for the performance evaluation"  # a document by its title, then its id
    assert rows[0][6] == statistics and dialog.table.tip(0, 6) == f"{statistics}\nstatistics"
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
    dialog.first.setText(taipei(utc_now()).date().replace(day=1).isoformat())
    dialog.last.setText(taipei(utc_now()).date().isoformat())
    dialog.show_button.click()
    assert len(dialog.rows()) == 2 and dialog.error.text() == ""
    assert dialog.summary.text().endswith("Only the newest 2 are listed: choose a shorter period for the others "
                                          "(the PDF holds them all).")


def test_one_group_of_actions_is_listed_and_printed(qtbot: Any, tasks: Any, vault: Vault, tmp_path: Path) -> None:
    """A supervisor reviews every reveal of a sealed identity, prints them, and the list follows."""
    case = vault.create_case("揭露審閱（虛構）")
    person = vault.add_person(case.id, Role.VICTIM, "虛構被害人乙")
    vault.reveal(person.id, "虛構事由", PASSPHRASE)
    dialog = VaultAuditDialog(vault, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.choose_group("identities")
    assert [row[5] for row in dialog.rows()] == ["Sealed identity revealed"]
    assert dialog.summary.text().startswith("1 entry of the audit chain from ") and (
        "is of the actions chosen (Sealed identities: reveals, refusals, sending).") in dialog.summary.text()

    dialog.first.setText("114/07/01")
    dialog.first.textEdited.emit("114/07/01")  # typed: the list no longer says what the days say
    assert not dialog.save.isEnabled()
    dialog.first.setText(taipei(utc_now()).date().isoformat())
    dialog.show_button.click()
    assert dialog.save.isEnabled()

    dialog.print_log(tmp_path / "reveals.pdf")
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=20_000)
    assert (tmp_path / "reveals.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.outcome.text().startswith(f"Saved {tmp_path / 'reveals.pdf'}; entries printed: 1 (SHA-256 ")
    dialog.choose_group(None)  # every action: the printing is the newest entry
    assert dialog.rows()[0][5] == "Document issued" and "Actions printed: Sealed identities" in dialog.rows()[0][7]
    assert dialog.outcome.isHidden()  # seen: "Saved …; entries printed: 0" left standing under another listing

    dialog.print_log(tmp_path / "gone" / "all.pdf")  # a folder that is not there
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert "could not be written" in dialog.error.text() and dialog.save.isEnabled()
    assert dialog.rows()[0][5] == "Document issued" and not (tmp_path / "gone").exists()


def test_the_tools_menu_opens_it_while_unlocked(qtbot: Any, tasks: Any, settings: Any, vault: Vault,
                                                tmp_path: Path) -> None:
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    assert window.act_audit_log in window.menu_tools.actions() and not window.act_audit_log.isEnabled()
    window.set_vault(vault)
    assert window.act_audit_log.isEnabled()
    dialog = window.open_audit_log()
    assert dialog is not None and dialog.isVisible() and dialog.rows()[0][5] == "Vault unlocked"
    case = vault.create_case("從稽核紀錄開啟（虛構）")
    dialog.show_period()
    assert dialog.rows()[0][4] == case.number and window.current_case_id() != case.id
    dialog.open_case_of(1)  # an entry of no case: nothing happens
    assert window.current_case_id() != case.id
    rect = dialog.table.visualRect(dialog.table.entries.index(0, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a mouse does
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_case_id() == case.id and dialog.isVisible()
    assert not dialog.isModal() and window.open_audit_log() is dialog  # beside the window, one of it
    dialog.print_log(tmp_path / "log.pdf")
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=20_000)
    assert window.chain_label.text().startswith(f"Audit chain #{vault.audit_head().split(':')[0]} ")  # at once
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
        qtbot.waitUntil(lambda: dialog.rows()[0][5] == "解鎖保管庫", timeout=10_000)
        assert header(5, Qt.Orientation.Horizontal) == "動作" and dialog.rows()[0][1].startswith("民國")
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: dialog.rows()[0][5] == "Vault unlocked", timeout=10_000)


def test_a_broken_chain_is_said_when_printing(qtbot: Any, tasks: Any, vault: Vault, vault_path: Path,
                                              tmp_path: Path) -> None:
    vault.create_case("改寫（虛構）")
    conn = open_raw(vault_path, PASSPHRASE)
    drop_guards(conn)
    conn.execute("UPDATE audit SET officer = '他人' WHERE seq = 2")
    restore_guards(conn)
    conn.close()
    dialog = VaultAuditDialog(vault, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.print_log(tmp_path / "log.pdf")
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=20_000)
    assert dialog.error.text().startswith("The audit chain is broken: entry 2 was altered")
    assert (tmp_path / "log.pdf").exists()


def test_return_in_a_day_lists_the_period_once(qtbot: Any, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Return went to the day field and then to the dialog's default button: two listings."""
    dialog = VaultAuditDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    reads: list[object] = []
    between = vault.audit.between
    monkeypatch.setattr(vault.audit, "between", lambda *args, **kwargs: (reads.append(args), between(*args, **kwargs))[1])
    dialog.first.setFocus()
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert len(reads) == 1 and dialog.isVisible()


def test_without_a_procedure_file_a_step_is_listed_by_its_id(qtbot: Any, vault: Vault) -> None:
    from app.checklist.loader import NoProcedure, ProcedureLibrary
    from app.infra import paths
    from app.vault.steps import CaseSteps

    case = vault.create_case("沒有程序檔（虛構）")
    CaseSteps(vault, ProcedureLibrary(paths.RESOURCES / "procedures").current).tick(
        case.id, "record-origin", data={"origin": "patrol"})

    def missing() -> Any:
        raise NoProcedure(folder="procedures")

    dialog = VaultAuditDialog(vault, procedure=missing)
    qtbot.addWidget(dialog)
    assert dialog.rows()[0][5:7] == ("Step marked done", "record-origin") and dialog.table.tip(0, 6) == ""
