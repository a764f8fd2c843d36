"""A capture's files with their SHA-256, a button that re-hashes the stored bytes, and one that saves a copy of
the file chosen.

Re-verifying reads every chunk back from the vault on a pool thread and compares the digest and
size with what was recorded when the file was acquired; the result (match or MISMATCH per file) is
shown and audited (``capture.reverify``), so the case history says when it was last checked.

Saving a copy is ``netpatrol artifact export`` in the window (an officer attaching a screenshot to a report, a
prosecutor asking for the video itself; seen in audit 25: only the command could do it): the bytes are checked
against the recorded SHA-256 on the way out, the copy takes its name only once whole, and the export is audited
(``artifact.export``) with the file's name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.controlchars import with_controls_visible
from app.core.errors import KnownError
from app.core.i18n import counted
from app.core.models import Artifact
from app.infra.tasks import TaskRunner
from app.ui.capture.stored import HashResult, reverify
from app.ui.capture.support import BAD_COLOUR, OK_COLOUR, show_error
from app.ui.common import ask_save_target, open_box
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
        self._artifacts: dict[str, Artifact] = {}
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("hashTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(SHA, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reverify_button = QPushButton(self)
        self.reverify_button.setObjectName("reverifyButton")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCopyButton")
        self.save_button.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("reverifySummary")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reverify_button)
        row.addWidget(self.save_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reverify_button.clicked.connect(self.reverify)
        self.save_button.clicked.connect(self._on_save_copy)
        self.table.itemSelectionChanged.connect(self._update_save_button)
        self._retranslate()

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size (bytes)"), self.tr("SHA-256"),
                                              self.tr("Re-verified")])
        self.table.setAccessibleName(self.tr("Files and hashes"))  # what a screen reader calls the table
        self.save_button.setText(self.tr("&Save a copy…"))
        self.save_button.setToolTip(self.tr("Write the file chosen in the list to a folder of yours, checked against "
                                            "its SHA-256 on the way out. The copy is not encrypted, and the export "
                                            "is recorded in the audit log."))
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
            for column, text in ((NAME, with_controls_visible(artifact.name)), (SIZE, f"{artifact.size:,}"),
                                 (SHA, artifact.sha256),
                                 (STATE, "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, artifact.id)
                self.table.setItem(row, column, item)
            self.table.item(row, SHA).setFont(self._mono())
        self.table.resizeColumnToContents(NAME)
        self.table.resizeColumnToContents(SIZE)
        self.reverify_button.setEnabled(bool(artifacts) and vault is not None)
        self._artifacts = {artifact.id: artifact for artifact in artifacts}
        self._update_save_button()
        self._show_summary()

    def chosen_artifact(self) -> Artifact | None:
        """The file whose row is selected (None when none is)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._artifacts.get(self.table.item(rows[0].row(), NAME).data(Qt.ItemDataRole.UserRole))

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(self._vault is not None and self.chosen_artifact() is not None)

    def _on_save_copy(self) -> None:
        vault, artifact = self._vault, self.chosen_artifact()
        if vault is None or artifact is None:
            return
        suffix = Path(artifact.name).suffix
        shown = with_controls_visible(artifact.name)  # a site's name may hide a reversal (U+202E): see controlchars
        target = ask_save_target(self, self.tr("Save a copy of {name}").format(name=shown), artifact.name,
                                 self.tr("The same kind of file (*{suffix});;All files (*)").format(suffix=suffix)
                                 if suffix else self.tr("All files (*)"), suffix)
        if target is None:
            return
        self.save_button.setEnabled(False)
        self._tasks.run(lambda: vault.export_artifact(artifact.id, target, replace=True),  # the dialog asked
                        lambda saved: self._on_saved(saved, target), self._on_save_failed, owner=self)

    def _on_saved(self, artifact: Artifact, target: Path) -> QMessageBox:
        """Said in a box of its own: the line beside the buttons keeps what a re-verification found."""
        self._update_save_button()
        text = self.tr("A copy of {name} is saved as\n{path}\n\nIt matched the SHA-256 recorded when it was acquired, "
                       "on the way out:\n{sha}\n\nThe copy is not encrypted: keep it as you would the evidence. The "
                       "export is in the audit log.")
        return open_box(self, QMessageBox.Icon.Information, self.tr("Copy saved"), text.format(
            name=with_controls_visible(artifact.name), path=target, sha=artifact.sha256), "copySaved")

    def _on_save_failed(self, error: KnownError) -> None:
        self._update_save_button()
        show_error(self, error)

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
