"""The case's part of the audit chain, newest first: who did what, when, on which workstation.

A supervisor or the officer preparing a hand-over sees here every capture, document, reveal (and
refused reveal) of the case, with each entry's hash, the same entries the custody log prints.
Reading it changes nothing and is not itself audited: it shows the case's own record to an
officer who has unlocked the vault.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.audit_actions import action_label, details_text
from app.ui.common import format_time
from app.vault import Vault
from app.vault.audit import AuditEntry

DETAILS = 6
ALL_ENTRIES = 1_000_000
COLUMNS = 8


def recorded_text(details: dict[str, object]) -> str:
    """The entry's details exactly as recorded (keys and values), for the tooltip."""
    return json.dumps(details, ensure_ascii=False)


class CaseAuditView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseAuditView")
        self._vault: Vault | None = None
        self._case_id: str | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("caseAuditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per entry; the whole details are in the tooltip
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time"), self.tr("Officer"), self.tr("Workstation"), self.tr("Action"),
            self.tr("Subject"), self.tr("Details"), self.tr("Entry hash")])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Entries are added while the case is open (captures, documents): read them afresh when shown."""
        super().showEvent(event)
        self.refresh()

    def show_case(self, vault: Vault | None, case_id: str | None) -> None:
        self._vault, self._case_id = vault, case_id
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        vault, case_id = self._vault, self._case_id
        if vault is None or not vault.is_open or not case_id:
            self.table.setRowCount(0)
            self.summary.setText("")
            return
        entries = list(reversed(vault.audit.entries(case_id, limit=ALL_ENTRIES)))
        self.summary.setText(self.tr(
            "{count} entries of the audit chain concern this case, newest first. Each entry carries the hash "
            "of the one before it, so none can be changed or removed unnoticed.").format(count=len(entries)))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)

    def _fill_row(self, row: int, entry: AuditEntry) -> None:
        cells = (str(entry.seq), format_time(entry.at), entry.officer, entry.workstation,
                 action_label(entry.action), entry.subject or "", details_text(entry.details, entry.action, format_time),
                 entry.entry_hash[:12])  # as the status bar
        tips = {4: entry.action, 6: recorded_text(entry.details), 7: entry.entry_hash}
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in tips:
                item.setToolTip(tips[column])
            self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (newest first)."""
        return [tuple((self.table.item(r, c) or QTableWidgetItem()).text() for c in range(COLUMNS))
                for r in range(self.table.rowCount())]
