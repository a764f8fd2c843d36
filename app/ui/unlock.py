"""Unlock the vault: the passphrase, then key derivation off the UI thread with a busy bar.

A wrong passphrase leaves the file untouched (``Vault.open`` only reads until the key is proven),
clears the field and says so in one sentence; the dialog stays open for another try.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.errors import KnownError
from app.infra.tasks import TaskRunner
from app.ui.common import BusyBar, ErrorLabel, add_row
from app.ui.passphrase import password_field
from app.ui.tones import set_text_colour
from app.vault import Vault

log = logging.getLogger(__name__)

Opener = Callable[[Path, str], Vault]


def open_vault(path: Path, passphrase: str) -> Vault:
    return Vault.open(path, passphrase)


class UnlockDialog(QDialog):
    """Emits ``unlocked(Vault)`` and accepts once the vault is open; Cancel quits the unlock."""

    unlocked = Signal(object)

    def __init__(self, tasks: TaskRunner, path: Path, parent: QWidget | None = None,
                 opener: Opener = open_vault) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self._tasks = tasks
        self._opener = opener
        self.path = path
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.location = QLabel(str(path), self)
        self.location.setWordWrap(True)
        set_text_colour(self.location, QPalette.ColorRole.Mid)
        self.passphrase = password_field(self)
        self.passphrase.setObjectName("passphrase")
        self.error = ErrorLabel(self)
        self.error.setObjectName("unlockError")
        self.busy = BusyBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        add_row(self.form, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.location)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_unlock)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_typing)
        self.setMinimumWidth(460)
        self._retranslate()
        self._on_typing()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock the vault"))
        self.intro.setText(self.tr("The vault is locked. Enter its passphrase to continue."))
        self.form.labelForField(self.passphrase).setText(self.tr("&Passphrase:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_typing(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.passphrase.text()) and not self.busy.isVisible())

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.passphrase.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self._on_typing()

    def _on_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.error.clear_error()
        self._set_busy(True)
        path = self.path
        self._tasks.run(lambda: self._opener(path, passphrase), self._on_opened, self._on_failed, owner=self)

    def _on_opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        log.info("vault unlocked: %s", vault.path)
        self.unlocked.emit(vault)
        self.accept()

    def _on_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        log.info("unlock refused: %s", type(error).__name__)
        self.error.show_error(error)

    def reject(self) -> None:
        if not self.busy.isVisible():
            super().reject()
