"""Settings: language (applied at once), officer and unit (kept in the vault, audited), idle-lock and
reveal minutes (kept in the workstation's INI file), changing the vault passphrase, and the way to the
patrol platforms (the browser's list, edited by the browser panel)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.infra import settings as settings_module
from app.infra.settings import Settings
from app.infra.tasks import TaskRunner
from app.ui.common import BusyBar, ErrorLabel, add_row, language_box, run_modal, show_known_error
from app.ui.passphrase import NewPassphraseFields, password_field
from app.vault import Vault

log = logging.getLogger(__name__)



class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one twice; re-keys the vault off the UI thread (a complete copy under the
    new key replaces the file, so an interruption leaves the old vault intact)."""

    changed = Signal()

    def __init__(self, tasks: TaskRunner, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphrase")
        self._tasks = tasks
        self._vault = vault
        self.old = password_field(self)
        self.old.setObjectName("oldPassphrase")
        self.new = NewPassphraseFields(self, replacing=True)
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.old_label = self.new.add_leading_row(self.old)
        layout = QVBoxLayout(self)
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_change)
        self.buttons.rejected.connect(self.reject)
        self.old.textChanged.connect(self._update_ok)
        self.new.changed.connect(self._update_ok)
        self.setMinimumWidth(520)
        self._retranslate()
        self._update_ok()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the vault passphrase"))
        self.old_label.setText(self.tr("&Current passphrase:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hange"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.old.text()) and self.new.acceptable and not self.busy.isVisible())

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        for widget in (self.old, self.new, self.buttons):
            widget.setEnabled(not busy)
        self._update_ok()

    def _on_change(self) -> None:
        old, new = self.old.text(), self.new.value()
        self.error.clear_error()
        self._set_busy(True)
        vault = self._vault
        self._tasks.run(lambda: vault.change_passphrase(old, new), self._on_done, self._on_failed, owner=self)

    def _on_done(self, _result: object) -> None:
        self._set_busy(False)
        self.old.clear()
        self.new.clear()
        log.info("vault passphrase changed")
        self.changed.emit()
        self.accept()

    def _on_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        self.old.clear()
        self.error.show_error(error)

    def reject(self) -> None:
        if not self.busy.isVisible():
            super().reject()


class SettingsDialog(QDialog):
    """Emits ``language_chosen(code)`` as soon as another language is picked (the caller applies it,
    every open window re-translates), ``officer_changed`` after officer/unit were saved, and
    ``platforms_requested(self)`` for the platforms editor, to be opened over this dialog."""

    language_chosen = Signal(str)
    officer_changed = Signal()
    timings_changed = Signal()
    platforms_requested = Signal(object)

    def __init__(self, settings: Settings, tasks: TaskRunner, vault: Vault | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._tasks = tasks
        self._vault = vault
        self.language = language_box(self, settings.language)
        self.language.setObjectName("language")
        self.officer = QLineEdit(vault.meta("officer") or "" if vault else "", self)
        self.officer.setObjectName("officerName")
        self.unit = QLineEdit(vault.meta("unit") or "" if vault else "", self)
        self.unit.setObjectName("officerUnit")
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(*settings_module.IDLE_RANGE)
        self.idle.setValue(settings.idle_lock_minutes)
        self.reveal = QSpinBox(self)
        self.reveal.setObjectName("revealMinutes")
        self.reveal.setRange(*settings_module.REVEAL_RANGE)
        self.reveal.setValue(settings.reveal_minutes)
        self.passphrase_button = QPushButton(self)
        self.passphrase_button.setObjectName("changePassphraseButton")
        self.platforms_button = QPushButton(self)
        self.platforms_button.setObjectName("editPlatformsButton")
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        self.labels = [add_row(self.form, widget) for widget in (self.language, self.officer, self.unit, self.idle,
                                                                  self.reveal, self.passphrase_button,
                                                                  self.platforms_button)]
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for widget in (self.officer, self.unit, self.passphrase_button):
            widget.setEnabled(vault is not None)
        self.language.currentIndexChanged.connect(self._on_language)
        self.passphrase_button.clicked.connect(self._on_change_passphrase)
        self.platforms_button.clicked.connect(lambda: self.platforms_requested.emit(self))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        labels = [self.tr("&Language:"), self.tr("&Officer name:"), self.tr("&Unit:"),
                  self.tr("Lock after &idle minutes:"), self.tr("Show revealed identity for (minutes):"),
                  self.tr("Passphrase:"), self.tr("Patrol platforms:")]
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.idle.setSuffix(self.tr(" min"))
        self.reveal.setSuffix(self.tr(" min"))
        self.passphrase_button.setText(self.tr("C&hange passphrase…"))
        self.platforms_button.setText(self.tr("Edit &platforms…"))
        self.platforms_button.setToolTip(self.tr("The platforms of the browser's launcher and keyword patrols: "
                                                 "name, home page, search address, notes."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_language(self) -> None:
        code = str(self.language.currentData())
        self.language_chosen.emit(code)  # applied now whether or not the disk keeps it for the next start
        try:
            self._settings.language = code
        except KnownError as error:
            show_known_error(self, error)

    def _on_change_passphrase(self) -> None:
        if self._vault is not None:
            run_modal(ChangePassphraseDialog(self._tasks, self._vault, self))

    def _on_ok(self) -> None:
        try:
            self._settings.idle_lock_minutes = self.idle.value()
            self._settings.reveal_minutes = self.reveal.value()
        except KnownError as error:  # not kept for the next start; they hold for this run, as the sentence says
            show_known_error(self, error)
        self.timings_changed.emit()
        if self._vault is not None and self._officer_edited():
            if not self.officer.text().strip():
                self.error.show_error(self.tr("Enter the officer's name: it is recorded with every action."))
                return
            try:
                self._vault.set_officer(self.officer.text().strip(), self.unit.text().strip())
            except KnownError as error:
                self.error.show_error(error)
                return
            self.officer_changed.emit()
        self.accept()

    def _officer_edited(self) -> bool:
        assert self._vault is not None
        return (self.officer.text().strip(), self.unit.text().strip()) != (
            self._vault.meta("officer") or "", self._vault.meta("unit") or "")
