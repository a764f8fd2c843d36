"""The identifiers of a capture with where each came from, and the officer's corrections.

Each row says what was found (kind, value), where (``source``: the text line, the adapter and its
selector) and how (rule, adapter, officer), so it can be checked against the image. The officer can
add one read off the image, correct a wrong value or retract a false match; each change needs a
note and is a new audited row (``app.vault.captures``): nothing is edited in place, and “Show
history” shows the superseded rows too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.identifiers import IdentifierKind, source_label
from app.infra.tasks import TaskRunner
from app.ui.common import ErrorLabel, add_row, format_short
from app.ui.tones import on_base
from app.vault import Vault
from app.vault.captures import StoredIdentifier, add_identifier, correct_identifier, retract_identifier

KIND, VALUE, SOURCE, ORIGIN, WHEN = range(5)
MAX_VALUE_WIDTH = 260   # long URLs must not push “where it came from” out of sight


class IdentifierDialog(QDialog):
    """Kind, value and a note (required). ``mode``: "add", "correct" or "retract"."""

    def __init__(self, mode: str, current: StoredIdentifier | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identifierDialog")
        self.mode = mode
        self.kind = QComboBox(self)
        for kind in IdentifierKind:
            self.kind.addItem(kind.label(), str(kind))
        self.value = QLineEdit(self)
        self.note = QLineEdit(self)
        self.note.setObjectName("identifierNote")
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.form = QFormLayout()
        for widget in (self.kind, self.value, self.note):
            add_row(self.form, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(str(current.kind))))
            self.value.setText(current.value)
        self.kind.setEnabled(mode != "retract")
        self.value.setReadOnly(mode == "retract")
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._update_ok)
        self.value.textChanged.connect(self._update_ok)
        self.setMinimumWidth(480)
        self._retranslate()
        self._update_ok()

    def _retranslate(self) -> None:
        titles = {"add": self.tr("Add an identifier"), "correct": self.tr("Correct an identifier"),
                  "retract": self.tr("Retract an identifier")}
        self.setWindowTitle(titles[self.mode])
        for field, text in ((self.kind, self.tr("&Kind:")), (self.value, self.tr("&Value:")),
                            (self.note, self.tr("&Note (why):"))):
            self.form.labelForField(field).setText(text)
        self.note.setPlaceholderText(self.tr("e.g. read off the image; the page shows a different handle"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.note.text().strip()) and bool(self.value.text().strip()))

    def _on_ok(self) -> None:
        if self.note.text().strip() and self.value.text().strip():
            self.accept()

    def chosen_kind(self) -> IdentifierKind:
        return IdentifierKind(str(self.kind.currentData()))


class IdentifiersPanel(QWidget):
    """``changed`` after a correction, addition or retraction was stored."""

    changed = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identifiersPanel")
        self._tasks = tasks
        self._vault: Vault | None = None
        self._case_id = ""
        self._capture_id = ""
        self._rows: list[StoredIdentifier] = []
        self._current_ids: set[int] = set()
        self.dialog: IdentifierDialog | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("identifierTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.empty_note = QLabel(self)  # why the table is empty: nothing found, or everything retracted
        self.empty_note.setObjectName("identifiersEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        self.history = QCheckBox(self)
        self.add_button = QPushButton(self)
        self.correct_button = QPushButton(self)
        self.retract_button = QPushButton(self)
        self.error = ErrorLabel(self)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.correct_button, self.retract_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.history.toggled.connect(lambda _on: self._fill())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(lambda: self.edit("add"))
        self.correct_button.clicked.connect(lambda: self.edit("correct"))
        self.retract_button.clicked.connect(lambda: self.edit("retract"))
        self._retranslate()

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Value"), self.tr("Where it came from"),
                                              self.tr("Found by"), self.tr("Recorded")])
        self.table.setAccessibleName(self.tr("Identifiers"))  # what a screen reader calls the table
        self.history.setText(self.tr("Show history"))
        self.add_button.setText(self.tr("&Add…"))
        self.correct_button.setText(self.tr("C&orrect…"))
        self.retract_button.setText(self.tr("&Retract…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_identifiers(self, vault: Vault | None, case_id: str, capture_id: str, rows: list[StoredIdentifier],
                        current: list[StoredIdentifier]) -> None:
        self._vault, self._case_id, self._capture_id = vault, case_id, capture_id
        self._rows = rows
        self._current_ids = {r.id for r in current}
        self.error.clear_error()
        self._fill()

    def _shown(self) -> list[StoredIdentifier]:
        return self._rows if self.history.isChecked() else [r for r in self._rows if r.id in self._current_ids]

    def _fill(self) -> None:
        shown = self._shown()
        self.table.setRowCount(len(shown))
        for row, ident in enumerate(shown):
            values = (ident.kind.label(), ident.value, source_label(ident.source), ident.origin.label(),
                      format_short(ident.at))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ident.id)
                item.setToolTip(text)
                if ident.id not in self._current_ids:
                    item.setForeground(QBrush(on_base("#888888", self)))
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(KIND)
        self.table.resizeColumnToContents(VALUE)
        self.table.setColumnWidth(VALUE, min(self.table.columnWidth(VALUE), MAX_VALUE_WIDTH))
        self._show_empty_note(shown)
        self._update_buttons()

    def _show_empty_note(self, shown: list[StoredIdentifier]) -> None:
        """Seen: a capture's identifiers tab as an empty table and nothing else, while its details said the
        account was not found on the page: an officer could not tell "none found" from "not loaded"."""
        if shown or not self._capture_id:
            self.empty_note.hide()
            return
        if self._rows:
            self.empty_note.setText(self.tr(
                "Every identifier of this capture was retracted; tick “Show history” to see them."))
        else:
            self.empty_note.setText(self.tr(
                "No account name, ID or IP address was found on this capture. Read them off the screenshot "
                "and record them with “Add…”."))
        self.empty_note.show()

    def selected(self) -> StoredIdentifier | None:
        items = self.table.selectedItems()
        if not items:
            return None
        ident = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self._rows if r.id == ident and r.id in self._current_ids), None)

    def select_value(self, value: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, VALUE).text() == value:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        ready = self._vault is not None and bool(self._capture_id)
        self.add_button.setEnabled(ready)
        self.correct_button.setEnabled(ready and self.selected() is not None)
        self.retract_button.setEnabled(ready and self.selected() is not None)

    def edit(self, mode: str) -> IdentifierDialog | None:
        current = self.selected() if mode != "add" else None
        if mode != "add" and current is None:
            return None
        dialog = IdentifierDialog(mode, current, self)
        dialog.accepted.connect(lambda: self._store(dialog, current))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _store(self, dialog: IdentifierDialog, current: StoredIdentifier | None) -> None:
        vault = self._vault
        if vault is None:
            return
        kind, value, note = dialog.chosen_kind(), dialog.value.text().strip(), dialog.note.text().strip()
        case_id, capture_id = self._case_id, self._capture_id
        if dialog.mode == "add":
            def job() -> StoredIdentifier:
                return add_identifier(vault, case_id, capture_id, kind, value, note)
        elif dialog.mode == "correct" and current is not None:
            def job() -> StoredIdentifier:
                return correct_identifier(vault, current.id, value, note, kind)
        elif current is not None:
            def job() -> StoredIdentifier:
                return retract_identifier(vault, current.id, note)
        else:
            return
        self._tasks.run(job, lambda _row: self.changed.emit(), self._on_failed, owner=self)

    def _on_failed(self, error: KnownError) -> None:
        self.error.show_error(error)
