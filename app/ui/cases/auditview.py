"""The case's part of the audit chain, newest first: who did what, when, on which workstation.

A supervisor or the officer preparing a hand-over sees here every capture, document, reveal (and
refused reveal) of the case, with each entry's hash, the same entries the custody log prints.
Reading it changes nothing and is not itself audited: it shows the case's own record to an
officer who has unlocked the vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.checklist.procedure import Label, Procedure
from app.core.audit_actions import action_label, details_text
from app.core.errors import KnownError
from app.core.i18n import counted, current_language, sentences
from app.reports.model import subject_title
from app.ui.common import format_time
from app.vault import Vault
from app.vault.audit import AuditEntry

ALL_ENTRIES = 1_000_000
SIZED_ROWS = 200  # the rows the column widths are taken from: sizing every row of a long chain took seconds
Index = QModelIndex | QPersistentModelIndex
ProcedureSource = Callable[[], Procedure]  # the procedure in force (ProcedureLibrary.current)
SUBJECT_EMS = 12  # the widest the subject column is sized to: a step's title is elided, whole in the tooltip


def procedure_in_force(procedure: ProcedureSource | None) -> Procedure | None:
    """The procedure, or None where no procedure file could be read (its error is said where the checklist
    is used): an audit view then shows a step by its id, as recorded."""
    try:
        return procedure() if procedure is not None else None
    except KnownError:
        return None


def step_labels_of(procedure: ProcedureSource | None) -> dict[str, Label]:
    in_force = procedure_in_force(procedure)
    return in_force.step_labels() if in_force is not None else {}


def recorded_text(details: dict[str, object]) -> str:
    """The entry's details exactly as recorded (keys and values), for the tooltip."""
    return json.dumps(details, ensure_ascii=False)


class AuditModel(QAbstractTableModel):
    """Audit entries as table rows, worked out when a row is first drawn: a view of thousands of
    entries costs what its visible rows cost. The action's id, the details as recorded and the whole
    entry hash are the tooltips."""

    def __init__(self, parent: QObject | None = None, *, with_case: bool = False) -> None:
        super().__init__(parent)
        self._with_case = with_case
        self._entries: Sequence[AuditEntry] = ()
        self._numbers: Mapping[str, str] = {}
        self._cells: dict[int, tuple[list[str], dict[int, str]]] = {}
        self.procedure: ProcedureSource | None = None  # names each checklist entry's step; None: by its id
        self._step_labels: Mapping[str, Label] = {}

    def set_entries(self, entries: Sequence[AuditEntry], case_numbers: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._entries, self._numbers, self._cells = entries, case_numbers or {}, {}
        self._step_labels = step_labels_of(self.procedure) if entries else {}
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 9 if self._with_case else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = [self.tr("No."), self.tr("Time"), self.tr("Officer"), self.tr("Workstation"), self.tr("Action"),
                  self.tr("Subject"), self.tr("Details"), self.tr("Entry hash")]
        if self._with_case:
            labels.insert(4, self.tr("Case"))
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells, tips = self._row(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return tips.get(index.column())
        return cells[index.column()]

    def _row(self, row: int) -> tuple[list[str], dict[int, str]]:
        if row not in self._cells:
            entry = self._entries[row]
            subject = subject_title(entry.action, entry.subject or "", self._step_labels, current_language())
            cells = [str(entry.seq), format_time(entry.at), entry.officer, entry.workstation,
                     action_label(entry.action), subject,
                     details_text(entry.details, entry.action, format_time), entry.entry_hash[:12]]  # as the status bar
            tips = {4: entry.action, 6: recorded_text(entry.details), 7: entry.entry_hash}
            if subject != (entry.subject or ""):
                tips[5] = f"{subject}\n{entry.subject}"
            if self._with_case:
                cells.insert(4, self._numbers.get(entry.case_id, entry.case_id) if entry.case_id else "")
                tips = {column + 1: tip for column, tip in tips.items()}
            self._cells[row] = (cells, tips)
        return self._cells[row]


class AuditTable(QTableView):
    """Audit entries, one line each, in the order given: the case's audit tab and the vault's audit log."""

    def __init__(self, parent: QWidget | None = None, *, with_case: bool = False) -> None:
        super().__init__(parent)
        self.entries = AuditModel(self, with_case=with_case)
        self.setModel(self.entries)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # one text line a row
        self.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.setWordWrap(False)  # one line per entry; the whole details are in the tooltip

    def show_entries(self, entries: Sequence[AuditEntry], case_numbers: Mapping[str, str] | None = None) -> None:
        self.entries.set_entries(entries, case_numbers)
        if entries:  # an empty list keeps the widths it had, not its headers squeezed together
            self.resizeColumnsToContents()
            subject = self.entries.columnCount() - 3
            widest = self.fontMetrics().horizontalAdvance("M") * SUBJECT_EMS
            self.setColumnWidth(subject, min(self.columnWidth(subject), widest))
        self.horizontalHeader().setSectionResizeMode(self.entries.columnCount() - 2, QHeaderView.ResizeMode.Stretch)

    def row_count(self) -> int:
        return self.entries.rowCount()

    def tip(self, row: int, column: int) -> str:
        return str(self.entries.data(self.entries.index(row, column), Qt.ItemDataRole.ToolTipRole) or "")

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row."""
        model = self.entries
        return [tuple(str(model.data(model.index(r, c))) for c in range(model.columnCount()))
                for r in range(model.rowCount())]


class CaseAuditView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseAuditView")
        self._vault: Vault | None = None
        self._case_id: str | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = AuditTable(self)
        self.table.setObjectName("caseAuditTable")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Audit entries of the case"))  # what a screen reader calls the table

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()  # listed again: cells and headers in the new language
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Entries are added while the case is open (captures, documents): read them afresh when shown."""
        super().showEvent(event)
        self.refresh()

    def set_procedure(self, procedure: ProcedureSource) -> None:
        """Where the steps' titles come from (the case-work wiring, which loads the procedure)."""
        self.table.entries.procedure = procedure
        if self.isVisible():
            self.refresh()

    def show_case(self, vault: Vault | None, case_id: str | None) -> None:
        self._vault, self._case_id = vault, case_id
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        vault, case_id = self._vault, self._case_id
        if vault is None or not vault.is_open or not case_id:
            self.table.show_entries([])
            self.summary.setText("")
            return
        entries = list(reversed(vault.audit.entries(case_id, limit=ALL_ENTRIES)))
        self.summary.setText(sentences(counted(
            len(entries), self.tr("1 entry of the audit chain concerns this case."),
            self.tr("{count} entries of the audit chain concern this case, newest first.")), self.tr(
            "Each entry carries the hash of the one before it, so none can be changed or removed unnoticed.")))
        self.table.show_entries(entries)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (newest first)."""
        return self.table.rows()
