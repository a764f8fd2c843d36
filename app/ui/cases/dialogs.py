"""New case and new person: forms that call the vault and stay open on an officer's error."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.models import Case, Person, Role
from app.core.person_fields import DETAIL_FIELDS, detail_label, with_colon
from app.ui.common import ErrorLabel, add_row, resize_within_screen
from app.ui.tones import set_text_colour
from app.vault import Vault

PLATFORM_COLUMNS = 4


class PlatformChecks(QWidget):
    """The platforms a case is about, as boxes to tick (the new-case form and the case's details).
    A platform the case names that the list no longer has (renamed in Settings) keeps its box, so
    editing a case never drops it silently. ``changed`` when the officer ticks or unticks one."""

    changed = Signal()

    def __init__(self, platforms: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(PLATFORM_COLUMNS, 1)  # the boxes stay together on a wide page
        self._listed = list(platforms)
        self.boxes: list[QCheckBox] = []
        self._show_boxes(self._listed)

    def _show_boxes(self, names: Sequence[str]) -> None:
        for box in self.boxes:
            box.deleteLater()
        self.boxes = [QCheckBox(name, self) for name in names]
        for index, box in enumerate(self.boxes):
            box.toggled.connect(self.changed)
            self._grid.addWidget(box, index // PLATFORM_COLUMNS, index % PLATFORM_COLUMNS)

    def set_chosen(self, chosen: Sequence[str]) -> None:
        names = self._listed + [name for name in chosen if name not in self._listed]
        if names != [box.text() for box in self.boxes]:
            self._show_boxes(names)
        for box in self.boxes:
            box.blockSignals(True)
            box.setChecked(box.text() in chosen)
            box.blockSignals(False)

    def chosen(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]


class NewCaseDialog(QDialog):
    """Title, platforms and notes; the number comes from the vault's format. ``case`` after accept."""

    def __init__(self, vault: Vault, platforms: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self._vault = vault
        self.case: Case | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("caseTitle")
        self.platforms = PlatformChecks(platforms, self)
        self.platforms.setObjectName("casePlatforms")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab goes on to Create case; it typed a tab into the notes
        self.notes.setObjectName("caseNotes")
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        add_row(self.form, self.title)
        add_row(self.form, self.platforms)
        add_row(self.form, self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_create)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update_ok)
        resize_within_screen(self, 560, 420)
        self._retranslate()
        self._update_ok()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New case"))
        self.form.labelForField(self.title).setText(self.tr("&Title:"))
        self.form.labelForField(self.platforms).setText(self.tr("Platforms:"))
        self.form.labelForField(self.notes).setText(self.tr("&Notes:"))
        self.title.setPlaceholderText(self.tr("What the case is about, without any victim's name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create case"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def chosen_platforms(self) -> list[str]:
        return self.platforms.chosen()

    def _on_create(self) -> None:
        try:
            self.case = self._vault.create_case(self.title.text().strip(), self.chosen_platforms(),
                                                notes=self.notes.toPlainText().strip())
        except KnownError as error:
            self.error.show_error(error)
            return
        self.accept()


class AddPersonDialog(QDialog):
    """Role, name and optional details. For reporters, informants and victims it says plainly that
    the identity will be sealed and only the pseudonym will appear anywhere else."""

    def __init__(self, vault: Vault, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPersonDialog")
        self._vault = vault
        self._case = case
        self.person: Person | None = None
        self.role = QComboBox(self)
        self.role.setObjectName("personRole")
        for role in Role:
            self.role.addItem(role.label(), str(role))
        self.name = QLineEdit(self)
        self.name.setObjectName("personName")
        self.detail_edits: dict[str, QLineEdit] = {}
        self.sealed_note = QLabel(self)
        self.sealed_note.setWordWrap(True)
        set_text_colour(self.sealed_note, "#8a4b00")
        self.error = ErrorLabel(self)
        self.form = QFormLayout()
        add_row(self.form, self.role)
        add_row(self.form, self.name)
        for key, _label in DETAIL_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"detail_{key}")
            self.detail_edits[key] = edit
            add_row(self.form, edit)
        # Made after the details: Tab follows the order widgets are made in, and went from the name to the
        # buttons, past the date of birth that decides whether the child-protection law applies.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_add)
        self.buttons.rejected.connect(self.reject)
        self.role.currentIndexChanged.connect(self._on_role_changed)
        self.name.textChanged.connect(self._update_ok)
        self.setMinimumWidth(480)
        self._retranslate()
        self._update_ok()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a person to case {number}").format(number=self._case.number))
        for index, role in enumerate(Role):
            self.role.setItemText(index, role.label())
        self.form.labelForField(self.role).setText(self.tr("&Role:"))
        self.form.labelForField(self.name).setText(self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("Name, or an alias if the name is not known"))
        for key, edit in self.detail_edits.items():
            self.form.labelForField(edit).setText(with_colon(detail_label(key)))
        # Whether the person is a child decides the law that applies: ask for a date, or a stated estimate.
        self.detail_edits["birth_date"].setPlaceholderText(
            self.tr("e.g. 2010-03-04, or “about 15”"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self._on_role_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_role_changed(self) -> None:
        if self.selected_role().sealed:
            self.sealed_note.setText(self.tr(
                "This identity will be sealed: everywhere else the case shows only a pseudonym, and seeing "
                "the name again needs a reason and the passphrase."))
        else:
            self.sealed_note.setText(self.tr("This person's name and details are stored as entered."))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def details(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.detail_edits.items() if edit.text().strip()}

    def _on_add(self) -> None:
        try:
            self.person = self._vault.add_person(self._case.id, self.selected_role(), self.name.text().strip(),
                                                 self.details())
        except KnownError as error:
            self.error.show_error(error)
            return
        self.name.clear()
        for edit in self.detail_edits.values():
            edit.clear()
        self.accept()
