"""File → Back up vault…: a complete, checked copy of the open vault (``app.vault.backup``), made on a worker
thread while the officer goes on working. Copying vault.npv by hand while the window is open misses what is
still in its write-ahead log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.core.errors import KnownError
from app.core.timeutil import taipei, utc_now
from app.infra.tasks import TaskRunner
from app.ui.common import ask_save_target, show_known_error
from app.vault import Vault
from app.vault.backup import Backup


def start_backup(window: QMainWindow, vault: Vault, tasks: TaskRunner, action: QAction) -> bool:
    """Ask where, then write the backup on a worker; ``action`` is off until it is done. False: cancelled."""
    translate = QCoreApplication.translate
    suggested = f"netpatrol-backup-{taipei(utc_now()):%Y%m%d-%H%M}.npv"
    target = ask_save_target(window, translate("backup", "Back up the vault to"), suggested,
                             translate("backup", "NetPatrol vaults (*.npv)"), ".npv")
    if target is None:
        return False
    action.setEnabled(False)
    window.statusBar().showMessage(translate("backup", "Backing up the vault…"))

    def finished() -> None:
        action.setEnabled(vault.is_open)
        window.statusBar().clearMessage()

    def done(made: Backup) -> None:
        finished()
        text = translate("backup", "The backup is written and read back whole:\n{file}\n{size} bytes, SHA-256 {sha256}"
                                   "\n\nIt holds the audit chain up to entry #{seq}, and opens with the vault's current "
                                   "passphrase (a passphrase changed later does not change the copy). Keep it away from "
                                   "this workstation, locked away like any evidence.")
        QMessageBox.information(window, translate("backup", "Vault backed up"), text.format(
            file=made.path, size=f"{made.size:,}", sha256=made.sha256, seq=made.audit_seq))

    def failed(error: KnownError) -> None:
        finished()
        show_known_error(window, error)

    tasks.run(lambda: vault.back_up(target, replace=True), done, failed, owner=window)  # the dialog asked to replace
    return True
