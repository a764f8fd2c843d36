"""First run creates a vault; unlock refuses a wrong passphrase without touching the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWizard

from app.core.models import CaseStatus
from app.ui.unlock import UnlockDialog
from app.ui.wizard import FirstRunWizard
from app.vault import Vault
from app.vault.cases import number_preview
from tests.conftest import PASSPHRASE

STRONG = "藍色海灘上的三隻貓 walk slowly"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wizard_creates_vault(qtbot, tasks, tmp_path: Path, bugs) -> None:
    target = tmp_path / "sub" / "first.npv"
    wizard = FirstRunWizard(tasks, target)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    assert wizard.currentPage() is wizard.officer_page
    assert not wizard.officer_page.isComplete()
    wizard.officer_page.officer.setText("警員王大明")
    wizard.officer_page.unit.setText("婦幼警察隊")
    wizard.officer_page.number_format.setText("no-sequence")
    assert not wizard.officer_page.isComplete()
    wizard.officer_page.number_format.setText("北婦-{roc_year}-{seq:03d}")
    assert wizard.officer_page.isComplete()
    next_button.click()
    fields = wizard.passphrase_page.fields
    fields.passphrase.setText("short")
    fields.confirmation.setText("short")
    assert not wizard.passphrase_page.isComplete()
    assert fields.strength.text()  # says why
    fields.passphrase.setText(STRONG)
    fields.confirmation.setText(STRONG + "x")
    assert not wizard.passphrase_page.isComplete()
    assert fields.match.text()
    fields.confirmation.setText(STRONG)
    assert wizard.passphrase_page.isComplete()
    next_button.click()
    assert wizard.location_page.path.text() == str(target)
    with qtbot.waitSignal(wizard.vault_created, timeout=30_000) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.location_page.busy.isVisible()
    vault = created.args[0]
    try:
        assert target.is_file()
        assert vault.meta("officer") == "警員王大明"
        assert vault.meta("unit") == "婦幼警察隊"
        case = vault.create_case("測試案件")
        assert case.number.startswith("北婦-") and case.number.endswith("-001")
        assert case.status is CaseStatus.OPEN
    finally:
        vault.lock()
    assert not wizard.isVisible()
    assert fields.passphrase.text() == ""
    reopened = Vault.open(target, STRONG)
    reopened.lock()
    assert bugs == []


def test_wizard_reports_existing_file_and_stays_open(qtbot, tasks, tmp_path: Path, bugs) -> None:
    target = tmp_path / "taken.npv"
    target.write_bytes(b"somebody else's file")
    wizard = FirstRunWizard(tasks, target)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.officer_page.officer.setText("警員")
    wizard.officer_page.unit.setText("分局")
    wizard.passphrase_page.fields.passphrase.setText(STRONG)
    wizard.passphrase_page.fields.confirmation.setText(STRONG)
    for _ in range(3):
        wizard.next()
    wizard.accept()
    qtbot.waitUntil(wizard.location_page.error.isVisible, timeout=30_000)
    assert str(target) in wizard.location_page.error.text()
    assert wizard.isVisible()
    assert target.read_bytes() == b"somebody else's file"
    assert bugs == []


def test_number_preview() -> None:
    assert number_preview("NP-{roc_year}-{seq:04d}").endswith("-0001")
    assert number_preview("{unknown}-{seq}") is None
    assert number_preview("{seq") is None
    assert number_preview("fixed") is None


def test_unlock_wrong_then_right(qtbot, tasks, vault_path: Path, bugs) -> None:
    before = _digest(vault_path)
    dialog = UnlockDialog(tasks, vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.passphrase.setText("not the passphrase at all")
    ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
    assert "passphrase" in dialog.error.text().lower() or "密碼" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert dialog.isVisible()
    assert _digest(vault_path) == before  # nothing written on a wrong passphrase
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=30_000) as unlocked:
        ok.click()
    vault = unlocked.args[0]
    try:
        assert vault.is_open
        assert not dialog.isVisible()
        assert not dialog.error.isVisible() or dialog.error.text() == ""
        assert dialog.passphrase.text() == ""
    finally:
        vault.lock()
    assert bugs == []


def test_unlock_runs_off_the_ui_thread(qtbot, tasks, vault_path: Path) -> None:
    """While the key is derived the dialog is busy (inputs disabled) and the event loop keeps running."""
    import threading

    seen: list[bool] = []

    def opener(path: Path, passphrase: str) -> Vault:
        seen.append(threading.current_thread() is threading.main_thread())
        return Vault.open(path, passphrase)

    dialog = UnlockDialog(tasks, vault_path, opener=opener)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=30_000) as unlocked:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.busy.isVisible()
        assert not dialog.passphrase.isEnabled()
    unlocked.args[0].lock()
    assert seen == [False]
