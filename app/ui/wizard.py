"""First run: who works at this workstation, the vault passphrase, and where the vault lives.

Creating the vault derives two keys (PBKDF2 for the database, scrypt for the sealed compartment),
which takes a second or two: it runs through the task pool while the last page shows a busy bar.
The wizard closes only once the vault exists; an error (file already there, folder not writable,
weak passphrase) is one sentence on the page and nothing is left behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.errors import KnownError
from app.infra.tasks import TaskRunner
from app.ui.common import BusyBar, ErrorLabel, add_row, forget_file_dialog_folders, language_box
from app.ui.language import current_language
from app.ui.passphrase import NewPassphraseFields
from app.vault import Vault
from app.vault.cases import DEFAULT_NUMBER_FORMAT, number_preview

log = logging.getLogger(__name__)

VaultFactory = Callable[[Path, str, str, str, str], Vault]


def create_vault(path: Path, passphrase: str, officer: str, unit: str, number_format: str) -> Vault:
    return Vault.create(path, passphrase, officer=officer, unit=unit, number_format=number_format)


class _IntroPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # The language first: an officer who reads English should not have to find Settings behind a
        # Chinese wizard. Each language is named in itself (繁體中文, English).
        self.language = language_box(self, current_language())
        self.language.setObjectName("wizardLanguage")
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to NetPatrol"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.text.setText(self.tr(
            "This workstation keeps every case, capture and sealed identity in one encrypted vault. "
            "The next pages set who works here, the passphrase that opens the vault, and where the "
            "vault file is kept.\n\nThe passphrase cannot be recovered: if it is lost, so is the vault."))


class _OfficerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.officer = QLineEdit(self)
        self.officer.setObjectName("officer")
        self.unit = QLineEdit(self)
        self.unit.setObjectName("unit")
        self.number_format = QLineEdit(DEFAULT_NUMBER_FORMAT, self)
        self.number_format.setObjectName("numberFormat")
        self.preview = QLabel(self)
        self.preview.setObjectName("numberPreview")
        self.form = QFormLayout(self)
        add_row(self.form, self.officer)
        add_row(self.form, self.unit)
        add_row(self.form, self.number_format)
        add_row(self.form, self.preview)
        self.registerField("officer*", self.officer)
        self.registerField("unit*", self.unit)
        self.number_format.textChanged.connect(self._on_format_changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Officer and unit"))
        self.setSubTitle(self.tr("Recorded with every action in the audit log and printed on documents."))
        self.form.labelForField(self.officer).setText(self.tr("&Officer name:"))
        self.form.labelForField(self.unit).setText(self.tr("&Unit:"))
        self.form.labelForField(self.number_format).setText(self.tr("Case number for&mat:"))
        self.form.labelForField(self.preview).setText(self.tr("First number:"))
        self.number_format.setToolTip(self.tr(
            "{roc_year} is the ROC year, {year} the Western year, {seq:04d} the running number."))
        self._on_format_changed()

    def _on_format_changed(self) -> None:
        preview = number_preview(self.number_format.text())
        self.preview.setText(preview or self.tr("Not a usable format: it needs {seq}."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return super().isComplete() and number_preview(self.number_format.text()) is not None


class _PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.fields = NewPassphraseFields(self)
        QVBoxLayout(self).addWidget(self.fields)
        self.fields.changed.connect(self.completeChanged)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Vault passphrase"))
        self.setSubTitle(self.tr("Needed to unlock the vault and to reveal a sealed identity. Nobody can reset it."))

    def isComplete(self) -> bool:
        return self.fields.acceptable


class _LocationPage(QWizardPage):
    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.path = QLineEdit(str(default_path), self)
        self.path.setObjectName("vaultPath")
        self.browse = QPushButton(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        self.browse.clicked.connect(self._on_browse)
        self.path.textChanged.connect(self._on_path_changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Vault location"))
        self.setSubTitle(self.tr("One encrypted file. Keep it on this workstation's own disk and back it up."))
        self.path.setAccessibleName(self.tr("Vault file"))  # the page's title is no name for the field to a reader
        self.browse.setText(self.tr("B&rowse…"))
        self.note.setText(self.tr("Press Finish to create the vault. This takes a few seconds."))

    def _on_browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Vault file"), self.path.text(),
                                                self.tr("NetPatrol vault (*.npv)"))
        forget_file_dialog_folders()
        if chosen:
            self.path.setText(chosen)

    def _on_path_changed(self) -> None:
        self.error.clear_error()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.busy.isVisible()


class FirstRunWizard(QWizard):
    """Emits ``vault_created(Vault)`` with the new, unlocked vault, then closes."""

    vault_created = Signal(object)
    language_chosen = Signal(str)  # picked on the first page; the session applies it and remembers it

    def __init__(self, tasks: TaskRunner, default_path: Path, parent: QWidget | None = None,
                 factory: VaultFactory = create_vault) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._tasks = tasks
        self._factory = factory
        self._vault: Vault | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.intro = _IntroPage()
        self.officer_page = _OfficerPage()
        self.passphrase_page = _PassphrasePage()
        self.location_page = _LocationPage(default_path)
        for page in (self.intro, self.officer_page, self.passphrase_page, self.location_page):
            self.addPage(page)
        self.setMinimumSize(640, 500)
        self.intro.language.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(str(self.intro.language.currentData())))
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("NetPatrol — first start"))
        # QWizard names its buttons once, when made: after choosing English on the first page they
        # still read 「下一個(N) >」 and 「取消」 (seen), so they are named here on every language change.
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        for page in (self.intro, self.officer_page, self.passphrase_page, self.location_page):
            page.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Finish: create the vault off the UI thread; close only when it exists."""
        if self._vault is not None:
            super().accept()
            return
        page = self.location_page
        path = Path(page.path.text().strip()).expanduser()
        passphrase = self.passphrase_page.fields.value()
        officer = self.officer_page.officer.text().strip()
        unit = self.officer_page.unit.text().strip()
        number_format = self.officer_page.number_format.text().strip()
        self._set_busy(True)
        self._tasks.run(lambda: self._factory(path, passphrase, officer, unit, number_format),
                        self._on_created, self._on_failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.location_page.error.clear_error()
        self.location_page.busy.set_busy(busy)
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not busy)
        self.location_page.path.setReadOnly(busy)

    def _on_created(self, vault: Vault) -> None:
        self._set_busy(False)
        self._vault = vault
        self.passphrase_page.fields.clear()
        log.info("vault created at %s", vault.path)
        self.vault_created.emit(vault)
        super().accept()

    def _on_failed(self, error: KnownError) -> None:
        self._set_busy(False)
        self.location_page.error.show_error(error)

    def reject(self) -> None:
        if not self.location_page.busy.isVisible():
            super().reject()
