"""“Which case does this capture go into?” — pick an open case or create one, without blocking.

Shown after a capture when no case is active, so the capture itself is never delayed by the
question (a story may vanish while the officer reads a list). The dialog is opened with ``open()``
and the capture flow awaits :meth:`CasePickerDialog.chosen_case`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Case
from app.ui.cases.dialogs import NewCaseDialog
from app.ui.common import resize_within_screen
from app.vault import Vault

CASE_LIMIT = 10_000


class CasePickerDialog(QDialog):
    """Open cases, newest first, with a filter; “New case…” creates one and picks it."""

    def __init__(self, vault: Vault, platforms: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePicker")
        self._vault = vault
        self._platforms = tuple(platforms)
        self.case_id: str | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.cases = QListWidget(self)
        self.cases.setObjectName("pickerCases")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("pickerNewCase")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.filter, self.cases, self.buttons):
            layout.addWidget(widget)
        self.filter.textChanged.connect(self._apply_filter)
        self.cases.currentItemChanged.connect(lambda _c, _p: self._update_ok())
        self.cases.itemDoubleClicked.connect(lambda _item: self._on_ok())
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.new_button.clicked.connect(self.create_case)
        resize_within_screen(self, 520, 420)
        self._fill()
        self._retranslate()
        self._update_ok()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose the case for this capture"))
        self.intro.setText(self.tr("No case is active. Choose the case this capture belongs to, or create a new "
                                   "one. Nothing is stored until you choose."))
        self.filter.setPlaceholderText(self.tr("Filter by number or title"))
        self.filter.setAccessibleName(self.tr("Filter by number or title"))  # the hint is no name to a reader
        self.cases.setAccessibleName(self.tr("Cases"))
        self.new_button.setText(self.tr("&New case…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Store in this case"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _fill(self) -> None:
        self.cases.clear()
        for case in self._cases():
            item = QListWidgetItem(f"{case.number}  {case.title}", self.cases)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
        if self.cases.count():
            self.cases.setCurrentRow(0)

    def _cases(self) -> list[Case]:
        """Every case that is not closed, newest activity first. Taking the newest cases and dropping the
        closed ones left out an investigation that stays open while hundreds of newer cases are closed."""
        return self._vault.list_cases(limit=CASE_LIMIT, not_closed=True)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _update_ok(self) -> None:
        item = self.cases.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None and not item.isHidden())

    def select(self, case_id: str) -> bool:
        for row in range(self.cases.count()):
            if self.cases.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
                self.cases.setCurrentRow(row)
                return True
        return False

    def _on_ok(self) -> None:
        item = self.cases.currentItem()
        if item is None or item.isHidden():
            return
        self.case_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def create_case(self) -> NewCaseDialog:
        """The ordinary new-case form; the case it creates is chosen at once."""
        dialog = NewCaseDialog(self._vault, self._platforms, self)
        self.new_case_dialog = dialog
        dialog.accepted.connect(lambda: self._on_created(dialog))
        dialog.open()
        return dialog

    def _on_created(self, dialog: NewCaseDialog) -> None:
        if dialog.case is not None:
            self.case_id = dialog.case.id
            self.accept()

    async def chosen_case(self) -> str | None:
        """Open the dialog and wait (without a nested event loop) for the officer's choice."""
        done: asyncio.Future[str | None] = asyncio.get_event_loop().create_future()

        def settle(result: int) -> None:
            if not done.done():
                done.set_result(self.case_id if result else None)

        self.finished.connect(settle)
        self.open()
        return await done
