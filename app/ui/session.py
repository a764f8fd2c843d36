"""One vault's life in the GUI: first run (wizard) or unlock, work, lock (menu or idle), unlock again.

The session owns the open :class:`Vault` and hands it to the main window; locking closes the vault
(the key is forgotten), hides every revealed identity and puts the lock screen up. The idle watcher
runs only while the vault is unlocked.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.core.errors import KnownError
from app.infra import paths
from app.infra.idle import IdleWatcher
from app.infra.settings import Settings
from app.infra.tasks import TaskRunner
from app.ui.clipboard import forget_copied
from app.ui.common import show_known_error
from app.ui.language import apply_language
from app.ui.mainwindow import MainWindow
from app.ui.unlock import UnlockDialog
from app.ui.wizard import FirstRunWizard
from app.vault import Vault
from app.vault.atomic import sweep_leftovers

log = logging.getLogger(__name__)


class Session(QObject):
    """Signals: ``unlocked(Vault)``, ``locked()``, ``finished()`` (the officer declined to create or
    unlock a vault at start, so there is nothing to do)."""

    unlocked = Signal(object)
    locked = Signal()
    finished = Signal()

    def __init__(self, settings: Settings, tasks: TaskRunner, idle: IdleWatcher, vault_path: Path,
                 platforms: Sequence[str] = ()) -> None:
        super().__init__()
        self.settings = settings
        self.tasks = tasks
        self.idle = idle
        self.vault_path = vault_path
        self.vault: Vault | None = None
        self.window = MainWindow(tasks, settings, platforms)
        self.wizard: FirstRunWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.idle.set_timeout_ms(IdleWatcher.minutes_to_ms(settings.idle_lock_minutes))
        self.idle.idle.connect(self._on_idle)
        self.window.lock_requested.connect(self.lock)
        self.window.unlock_requested.connect(self.ask_unlock)
        self.window.language_chosen.connect(self._on_language)
        self.window.timings_changed.connect(self._on_timings)
        self.window.closed.connect(self.lock)  # after the panels' own closing: the browser ends a running patrol

    def start(self) -> None:
        """Show the main window, then the wizard (no vault yet) or the unlock dialog."""
        self.window.show()
        if self.vault_path.exists():
            self.ask_unlock(first=True)
        else:
            self._run_wizard()

    # -- opening -------------------------------------------------------------------------------
    def _run_wizard(self) -> None:
        self.wizard = FirstRunWizard(self.tasks, self.vault_path, self.window)
        self.wizard.vault_created.connect(self._on_opened)
        self.wizard.language_chosen.connect(self._on_wizard_language)
        self.wizard.rejected.connect(self.finished)
        self.wizard.open()

    def ask_unlock(self, first: bool = False) -> None:
        if self.vault is not None or self.unlock_dialog is not None:
            return
        dialog = UnlockDialog(self.tasks, self.vault_path, self.window)
        self.unlock_dialog = dialog
        dialog.unlocked.connect(self._on_opened)
        dialog.finished.connect(self._on_unlock_closed)
        if first:
            dialog.rejected.connect(self.finished)
        dialog.open()

    def _on_unlock_closed(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
        self.unlock_dialog = None

    def _on_opened(self, vault: Vault) -> None:
        self.vault = vault
        self.vault_path = vault.path
        self._remember_vault(vault.path)
        self.window.set_vault(vault)
        warning = vault.clock_warning()
        if warning is not None:
            self.window.show_clock_warning(warning)
        upgraded = vault.upgrade_notice()
        if upgraded is not None:
            self.window.show_upgrade_notice(upgraded)
        self._sweep_leftovers(vault.path.parent)
        self.idle.start()
        self.unlocked.emit(vault)

    @staticmethod
    def _sweep_leftovers(vault_folder: Path) -> None:
        """What an export, document or backup killed half-way (a power cut, Windows Update's restart) left in the
        folders NetPatrol writes to by default: part of a file, in clear for a document or an evidence file. The next
        file written to a folder removes them there (``atomic.sweep_leftovers``); a folder never written to again
        kept them for good (seen in the power-cut audit). The save dialogs start in Documents, and backups and
        upgrade copies go beside the vault. Only our own temporary names, old and held by no process, go."""
        for folder in {paths.documents_dir(), vault_folder}:
            removed = sweep_leftovers(folder)
            if removed:
                log.info("removed %d temporary file(s) left by a write that was cut off", removed)

    def _remember_vault(self, path: Path) -> None:
        """The vault the next start offers. A profile disk that will not keep it costs a choice of file then,
        not a message over the vault the officer just opened."""
        try:
            self.settings.last_vault = path
        except KnownError:
            log.warning("the last vault used was not saved: the settings file could not be written")

    # -- locking -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the vault now (menu, idle timer, window closed). Safe to call when already locked."""
        self.idle.stop()
        if forget_copied():  # a document's text copied to paste elsewhere does not outlive the lock
            log.info("the text NetPatrol copied was taken off the clipboard")
        vault, self.vault = self.vault, None
        if vault is None:
            return
        try:
            self.window.set_vault(None)
        finally:  # a fault while the window lets go of the vault must not leave it open, unlocked and unseen
            vault.lock()
            log.info("vault locked")
        self.locked.emit()

    def end(self) -> None:
        """Stop as the window's close button does, when the process is told to stop (a shutdown, ``kill``,
        Ctrl+C): the vault locked and its ``vault.lock`` entry written, open dialogs cancelled, the
        window's size kept, the browser shut down; the application then stops with its last window. The window
        closes first, as with its close button: locking first left the browser nothing to end a running patrol
        in, and the next start called it interrupted."""
        self.window.close()
        self.lock()

    def _on_idle(self) -> None:
        if self.vault is None:
            return
        log.info("vault locked after %d idle minutes", self.settings.idle_lock_minutes)
        self.lock()
        self.ask_unlock()

    # -- settings ------------------------------------------------------------------------------
    def _on_language(self, language: str) -> None:
        apply_language(language)

    def _on_wizard_language(self, language: str) -> None:
        """As Settings does: applied at once, and the language of every start after this one."""
        apply_language(language)
        try:
            self.settings.language = language
        except KnownError as error:
            show_known_error(self.window, error)

    def _on_timings(self) -> None:
        self.idle.set_timeout_ms(IdleWatcher.minutes_to_ms(self.settings.idle_lock_minutes))
