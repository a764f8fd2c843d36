"""A capture's files with their SHA-256, and a button that re-hashes the stored bytes.

Re-verifying reads every chunk back from the vault on a pool thread and compares the digest and
size with what was recorded when the file was acquired; the result (match or MISMATCH per file) is
shown and audited (``capture.reverify``), so the case history says when it was last checked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.i18n import counted
from app.core.models import Artifact
from app.infra.tasks import TaskRunner
from app.ui.capture.stored import HashResult, reverify
from app.ui.capture.support import BAD_COLOUR, OK_COLOUR, show_error
from app.ui.tones import on_base, set_text_colour
from app.vault import Vault

NAME, SIZE, SHA, STATE = range(4)


class HashPanel(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hashPanel")
        self._tasks = tasks
        self._vault: Vault | None = None
        self._capture_id = ""
        self._results: list[HashResult] | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("hashTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(SHA, QHeaderView.ResizeMode.Stretch)
        self.reverify_button = QPushButton(self)
        self.reverify_button.setObjectName("reverifyButton")
        self.summary = QLabel(self)
        self.summary.setObjectName("reverifySummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reverify_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reverify_button.clicked.connect(self.reverify)
        self._retranslate()

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size (bytes)"), self.tr("SHA-256"),
                                              self.tr("Re-verified")])
        self.table.setAccessibleName(self.tr("Files and hashes"))  # what a screen reader calls the table
        self.reverify_button.setText(self.tr("Re-verify hashes"))
        self.reverify_button.setToolTip(self.tr("Read every stored byte back from the vault and compare it with the "
                                                "SHA-256 recorded when the file was captured."))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_files(self, vault: Vault | None, capture_id: str, artifacts: list[Artifact]) -> None:
        self._vault = vault
        self._capture_id = capture_id
        self._results = None
        self.table.setRowCount(len(artifacts))
        for row, artifact in enumerate(artifacts):
            for column, text in ((NAME, artifact.name), (SIZE, f"{artifact.size:,}"), (SHA, artifact.sha256),
                                 (STATE, "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, artifact.id)
                self.table.setItem(row, column, item)
            self.table.item(row, SHA).setFont(self._mono())
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(SIZE)
        self.reverify_button.setEnabled(bool(artifacts) and vault is not None)
        self._show_summary()

    def _mono(self) -> QFont:
        font = self.font()
        font.setFamily("monospace")
        return font

    def reverify(self) -> None:
        vault, capture_id = self._vault, self._capture_id
        if vault is None or not capture_id:
            return
        self.reverify_button.setEnabled(False)
        self.summary.setText(self.tr("Re-hashing the stored bytes…"))
        set_text_colour(self.summary, None)
        self._tasks.run(lambda: reverify(vault, capture_id), self._on_results, self._on_failed, owner=self)

    def _on_results(self, results: list[HashResult]) -> None:
        self._results = results
        self.reverify_button.setEnabled(True)
        by_id = {r.artifact.id: r for r in results}
        for row in range(self.table.rowCount()):
            result = by_id.get(self.table.item(row, NAME).data(Qt.ItemDataRole.UserRole))
            item = self.table.item(row, STATE)
            if result is None:
                continue
            item.setText(self.tr("✔ matches") if result.matches else self.tr("✘ MISMATCH: {sha}").format(
                sha=result.sha256[:16] + "…"))
            item.setForeground(QBrush(on_base(OK_COLOUR if result.matches else BAD_COLOUR, self)))
        self.table.resizeColumnToContents(STATE)
        self._show_summary()

    def _on_failed(self, error: KnownError) -> None:
        self.reverify_button.setEnabled(True)
        self.summary.clear()
        show_error(self, error)

    @property
    def results(self) -> list[HashResult] | None:
        return self._results

    def _show_summary(self) -> None:
        results = self._results
        if results is None:
            self.summary.setText("")
            return
        bad = [r for r in results if not r.matches]
        if bad:
            self.summary.setText(self.tr("MISMATCH: files that no longer match their recorded SHA-256: {count} of "
                                         "{total} ({names}). Keep the vault as it is and report it.").format(
                                             count=len(bad), total=len(results),
                                             names=", ".join(r.artifact.name for r in bad)))
        else:
            self.summary.setText(counted(len(results), self.tr("OK: the file matches its recorded SHA-256."),
                                         self.tr("OK: all {count} files match their recorded SHA-256.")))
        set_text_colour(self.summary, BAD_COLOUR if bad else OK_COLOUR, "font-weight: bold;")
