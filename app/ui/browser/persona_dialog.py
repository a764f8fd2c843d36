"""New persona: the undercover account's name and the folder its browser data is kept in, on one form.

Seen: the first persona began with a bare folder picker whose title alone said what the folder was
for, then asked for a name. The form says what a persona is, and that NetPatrol does not encrypt
what it stores, before the officer chooses where it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.infra.personas import Persona
from app.ui.common import ErrorLabel, forget_file_dialog_folders
from app.ui.tones import set_text_colour

WARNING_COLOUR = "#8a5a00"

# Makes the persona in ``folder`` (and makes ``folder`` the personas' folder); a KnownError says why not.
CreatePersona = Callable[[str, Path], Persona]


class NewPersonaDialog(QDialog):
    """Accepted once the persona exists: ``persona`` is it."""

    def __init__(self, folder: Path | None, create: CreatePersona, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New persona"))
        self.persona: Persona | None = None
        self._create = create
        self.about = QLabel(self.tr(
            "A persona is the browser of one undercover account: its cookies and site data are kept apart from "
            "every other persona and stay from one patrol to the next, so the account stays signed in. The patrol "
            "log and every capture record which persona was used."), self)
        self.about.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. the account's screen name"))
        self.folder_edit = QLineEdit(str(folder) if folder else "", self)
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.warning = QLabel(self.tr(
            "⚠ NetPatrol does not encrypt what a persona stores. Anyone who can read this folder can use the "
            "account: choose a folder on an encrypted drive (BitLocker)."), self)
        self.warning.setWordWrap(True)
        set_text_colour(self.warning, WARNING_COLOUR)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("Create persona"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._layout()
        self.name_edit.textChanged.connect(self._update_state)
        self.choose_button.clicked.connect(self._choose_folder)
        self.buttons.accepted.connect(self._on_create)
        self.buttons.rejected.connect(self.reject)
        self._update_state()
        self.setMinimumWidth(520)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name (shown in the patrol log):"), self.name_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_label = QLabel(self.tr("Folder for personas:"), self)
        folder_label.setBuddy(self.folder_edit)  # a row's label has no buddy of its own: a screen reader needs one
        form.addRow(folder_label, folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text) if text else None

    def set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))
        self._update_state()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for persistent personas"),
                                                  str(self.folder() or Path.home()))
        forget_file_dialog_folders()
        if chosen:
            self.set_folder(Path(chosen))

    def _update_state(self) -> None:
        self.error.clear_error()
        self.create_button.setEnabled(bool(self.name_edit.text().strip()) and self.folder() is not None)

    def _on_create(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        try:
            self.persona = self._create(self.name_edit.text(), folder)
        except KnownError as error:
            self.error.show_error(error)
            return
        self.accept()
