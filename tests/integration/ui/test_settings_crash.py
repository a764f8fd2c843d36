"""Settings (officer audited in the vault, timings in the INI file, passphrase change), the about box,
and the crash handler (traceback to the log, short dialog, nothing silent)."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.infra.settings import Settings
from app.ui.about import AboutDialog, versions
from app.ui.crash import CrashDialog, CrashHandler
from app.ui.mainwindow import toolbar_text
from app.ui.settings import ChangePassphraseDialog, SettingsDialog
from app.vault import Vault
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "海風吹過淡水河口的夜晚"


def test_settings_saves_timings_and_audits_officer(qtbot, tasks, settings, vault) -> None:
    dialog = SettingsDialog(settings, tasks, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.officer.text() == vault.meta("officer")
    dialog.idle.setValue(3)
    dialog.reveal.setValue(2)
    dialog.officer.setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.isVisible()  # an officer name is required
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.officer.setText("警員李四")
    dialog.unit.setText("大安分局")
    with qtbot.waitSignal(dialog.officer_changed, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.idle_lock_minutes == 3 and settings.reveal_minutes == 2
    assert vault.meta("officer") == "警員李四" and vault.meta("unit") == "大安分局"
    last = vault.audit.entries()[-1]
    assert last.action == "settings.officer" and last.officer == "警員李四"
    assert "警員李四" not in settings.path.read_text(encoding="utf-8")  # vault data stays in the vault


def test_change_passphrase(qtbot, tasks, vault, vault_path: Path, bugs) -> None:
    dialog = ChangePassphraseDialog(tasks, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.old.setText("not the old one")
    dialog.new.passphrase.setText(NEW_PASSPHRASE)
    assert not ok.isEnabled()  # confirmation missing
    dialog.new.confirmation.setText(NEW_PASSPHRASE)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=30_000)
    assert dialog.error.text() == "The current passphrase is wrong. The passphrase was not changed."
    assert dialog.old.text() == ""
    dialog.old.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=60_000):
        ok.click()
    vault.lock()
    Vault.open(vault_path, NEW_PASSPHRASE).lock()
    assert bugs == []


def test_about_lists_versions(qtbot) -> None:
    names = dict(versions())
    assert names["Qt"] and names["PySide6"]
    assert names["SQLCipher"].startswith("4.")
    assert names["Chromium"][0].isdigit()
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle()


def test_crash_handler_logs_traceback_and_shows_dialog(qtbot, tmp_path: Path, caplog) -> None:
    log_file = tmp_path / "netpatrol.log"
    handler = CrashHandler(log_file)
    shown: list[CrashDialog] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CrashDialog):
            shown.append(dialog)
            assert str(log_file) in dialog.path.text()
            assert "ZeroDivisionError" in dialog.text.text()
            dialog.accept()
        else:
            QTimer.singleShot(20, close_dialog)

    QTimer.singleShot(0, close_dialog)
    secret = "陳小花-should-not-be-logged"
    try:
        raise ZeroDivisionError(secret)
    except ZeroDivisionError:
        with caplog.at_level(logging.CRITICAL, logger="netpatrol.crash"):
            handler(*sys.exc_info())
    assert len(shown) == 1
    assert not handler.quit_requested
    record = caplog.records[-1]
    assert "ZeroDivisionError" in record.getMessage()
    assert "test_settings_crash.py" in record.getMessage()  # the traceback's frames
    assert secret not in record.getMessage()  # the exception's text may quote vault data: not logged


def test_crash_handler_without_app_dialog_goes_to_stderr(tmp_path: Path, capsys) -> None:
    handler = CrashHandler(tmp_path / "n.log", show_dialog=False)
    try:
        raise RuntimeError("x")
    except RuntimeError:
        handler(*sys.exc_info())
    assert "RuntimeError" in capsys.readouterr().err
    assert handler.crashes == 1


def test_toolbar_text() -> None:
    assert toolbar_text("新增案件(&N)…") == "新增案件"
    assert toolbar_text("&New case…") == "New case"


def test_timings_the_disk_refuses_are_said_and_hold_for_this_run(qtbot, tasks, vault, tmp_path: Path,
                                                                 monkeypatch) -> None:
    """The officer set a lock time on a full profile disk and the dialog closed as if it were kept."""
    folder = tmp_path / "profile"
    settings = Settings(folder / "settings.ini")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    dialog = SettingsDialog(settings, tasks, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    shutil.rmtree(folder)
    folder.write_text("not a folder", encoding="utf-8")  # nothing can be written there, even as root
    dialog.idle.setValue(3)
    with qtbot.waitSignal(dialog.timings_changed, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert said == [f"The workstation's settings could not be saved in {folder / 'settings.ini'}: the disk is full "
                    "or cannot be written. They apply until NetPatrol closes."]
    assert settings.idle_lock_minutes == 3 and dialog.result() == dialog.DialogCode.Accepted
