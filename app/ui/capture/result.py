"""What the officer sees right after a capture: stored or not, complete or PARTIAL and why, the
initial-evidence check of 陸.一 (一)–(五) with what is missing named, and the files with their hashes.

The dialog is modeless: the officer can keep patrolling while it is open, and the next capture
is never held up by it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.capture import PageCapture
from app.core.evidence_check import EvidenceCheck, Status
from app.core.i18n import counted
from app.core.models import Artifact
from app.ui.capture.support import BAD_COLOUR, NEUTRAL_COLOUR, OK_COLOUR, coloured, server_clock_line, statement_lines
from app.ui.common import resize_within_screen
from app.ui.tones import on_base, set_text_colour
from app.vault.captures import StoredCapture

STATUS_MARKS = {Status.OK: "✔", Status.MISSING: "✘", Status.NOT_APPLICABLE: "–"}
STATUS_COLOURS = {Status.OK: OK_COLOUR, Status.MISSING: BAD_COLOUR, Status.NOT_APPLICABLE: NEUTRAL_COLOUR}


@dataclass(frozen=True)
class CaptureOutcome:
    """A stored capture and what the checks said about it."""

    case_id: str
    case_number: str
    capture: PageCapture
    stored: StoredCapture
    artifacts: list[Artifact]
    check: EvidenceCheck
    steps_done: list[str] = field(default_factory=list)
    checklist_problem: str = ""


def fill_check(tree: QTreeWidget, check: EvidenceCheck) -> None:
    """One row per point of 陸.一: ✔ green, ✘ red (what is missing in the detail), – grey."""
    tree.clear()
    for item in check.items:
        row = QTreeWidgetItem(tree, [f"{STATUS_MARKS[item.status]} {item.code}", item.label, item.detail])
        row.setToolTip(2, item.detail)
        for column in range(3):
            row.setForeground(column, QBrush(on_base(STATUS_COLOURS[item.status], tree)))
    for column in range(2):
        tree.resizeColumnToContents(column)


class CaptureResultDialog(QDialog):
    """``show_requested(case_id, capture_id)``: the officer wants to see it in the case's gallery."""

    show_requested = Signal(str, str)

    def __init__(self, outcome: CaptureOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureResult")
        self.outcome = outcome
        self.headline = QLabel(self)
        self.headline.setObjectName("captureHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.statement = QLabel(self)
        self.statement.setObjectName("captureStatement")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.RichText)
        self.server_clock = QLabel(self)
        self.server_clock.setObjectName("serverClock")
        self.server_clock.setWordWrap(True)
        self.server_clock.setTextFormat(Qt.TextFormat.RichText)
        self.check_title = QLabel(self)
        self.check = QTreeWidget(self)
        self.check.setObjectName("evidenceCheck")
        self.check.setRootIsDecorated(False)
        self.check.setColumnCount(3)
        self.files_title = QLabel(self)
        self.files = QTreeWidget(self)
        self.files.setObjectName("captureFiles")
        self.files.setRootIsDecorated(False)
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.statement, self.server_clock, self.check_title, self.check, self.files_title,
                       self.files, self.steps, self.buttons):
            layout.addWidget(widget)
        layout.setStretch(4, 2)
        layout.setStretch(6, 1)
        self.buttons.rejected.connect(self.close)
        self.show_button.clicked.connect(self._on_show)
        resize_within_screen(self, 860, 620)
        self._retranslate()

    def _retranslate(self) -> None:
        outcome = self.outcome
        capture = outcome.capture
        self.setWindowTitle(self.tr("Capture stored"))
        complete = outcome.stored.complete
        verdict = coloured(self.tr("Complete capture") if complete else self.tr("PARTIAL capture"),
                           OK_COLOUR if complete else BAD_COLOUR, bold=True)
        self.headline.setText(self.tr("{verdict} — stored in case {case} as {capture}").format(
            verdict=verdict, case=coloured(outcome.case_number, None, bold=True),
            capture=coloured(outcome.stored.id, None)))
        self.statement.setText("<br>".join(statement_lines(capture.completeness)))
        clock_line = server_clock_line(capture.metadata)  # hidden when the page came without a time
        self.server_clock.setText(clock_line)
        self.server_clock.setVisible(bool(clock_line))
        missing = outcome.check.missing
        self.check_title.setText(
            self.tr("Initial evidence (guideline 陸.一): all points covered.") if not missing else
            counted(len(missing), self.tr("Initial evidence (guideline 陸.一): 1 point missing — {names}."),
                    self.tr("Initial evidence (guideline 陸.一): {count} points missing — {names}."),
                    names=self.tr("; ").join(item.label for item in missing)))
        set_text_colour(self.check_title, OK_COLOUR if not missing else BAD_COLOUR, "font-weight: bold;")
        self.check.setHeaderLabels([self.tr("Point"), self.tr("What"), self.tr("Found / missing")])
        fill_check(self.check, outcome.check)
        self.files_title.setText(counted(len(outcome.artifacts), self.tr("1 file in the encrypted vault:"),
                                         self.tr("{count} files in the encrypted vault:")))
        self.files.setHeaderLabels([self.tr("File"), self.tr("Size (bytes)"), self.tr("SHA-256")])
        self.files.clear()
        for artifact in outcome.artifacts:
            QTreeWidgetItem(self.files, [artifact.name, f"{artifact.size:,}", artifact.sha256])
        self.files.resizeColumnToContents(0)
        self.files.resizeColumnToContents(1)
        self.steps.setText(self._steps_text())
        self.show_button.setText(self.tr("Show in the case"))

    def _steps_text(self) -> str:
        outcome = self.outcome
        if outcome.checklist_problem:
            return self.tr("The checklist could not be updated: {problem}").format(problem=outcome.checklist_problem)
        if outcome.steps_done:
            return self.tr("Checklist: ticked automatically — {steps}.").format(steps=", ".join(outcome.steps_done))
        if not outcome.stored.complete:
            return self.tr("Checklist: a partial capture does not tick the evidence step; capture again or "
                           "note why it cannot be complete.")
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_show(self) -> None:
        self.show_requested.emit(self.outcome.case_id, self.outcome.stored.id)
        self.close()
