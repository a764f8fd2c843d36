"""The manual-tick dialog: when it happened (Taipei time), a note, the step's fields, linked evidence.

The dialog does not decide whether the tick is allowed: it hands what the officer entered to
``submit``, which records it or raises the engine's reason; the reason is shown in the dialog and
the officer can correct it without retyping everything. It only waits for what the form marks
"(required)" before "Mark done" can be pressed: the engine's sentence for a missing note or field
names the step and field by their ids, which suit the command line, not this form (seen: 「步驟
assess-elements 須附註說明辦理情形。」).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.checklist.procedure import Field, Step
from app.core.capture import capture_kind_label
from app.core.errors import KnownError
from app.core.i18n import sentences
from app.core.timeutil import iso_utc
from app.ui.common import ErrorLabel, format_time
from app.ui.timereading import TimeReading, from_qdatetime, taipei_edit, to_qdatetime
from app.vault.steps import EvidenceItem

Submit = Callable[[datetime, str, dict[str, object]], object]


def with_reading(edit: QDateTimeEdit, parent: QWidget) -> QWidget:
    """A Taipei-time editor with its 民國 reading beside it (see ``TimeReading``)."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(TimeReading(edit, lambda: from_qdatetime(edit.dateTime()), holder))
    return holder


class TickDialog(QDialog):
    def __init__(self, step: Step, language: str, now: datetime, evidence: list[EvidenceItem], submit: Submit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tickDialog")
        self.step = step
        self._language = language
        self._submit = submit
        self.setWindowTitle(self.tr("Mark step done"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{html.escape(step.label.text(language))}</b><br>"
                       f"<small>{html.escape(step.basis_label.text(language))}</small>", self)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        layout.addLayout(form)
        self.when = taipei_edit(now, self)
        self.when.setMaximumDateTime(to_qdatetime(now))
        # the row's label is beside the editor and its reading, not the editor's own: a screen reader needs this
        self.when.setAccessibleName(self.tr("When it happened (Taipei time)"))
        form.addRow(self.tr("When it happened (Taipei time):"), with_reading(self.when, self))
        self.inputs: dict[str, Callable[[], object]] = {}
        self._filled: list[Callable[[], bool]] = []  # one per required input: whether it is filled in
        for field in step.fields:
            form.addRow(self._field_label(field), self._field_widget(field, now))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("tickNote")
        self.note.setTabChangesFocus(True)  # Tab goes on to the evidence and Mark done; it typed a tab here
        self.note.setPlaceholderText(self.tr("What was done, with whom, reference numbers…"))
        self.note.setFixedHeight(90)
        form.addRow(self.tr("Note (required):") if step.completion.note_required else self.tr("Note:"), self.note)
        if step.completion.note_required:
            self._filled.append(lambda: bool(self.note.toPlainText().strip()))
        self.note.textChanged.connect(self._update_ready)
        self.evidence = QListWidget(self)
        self.evidence.setObjectName("tickEvidence")
        for item in evidence:
            self._add_evidence(item)
        if evidence:
            self.evidence.setFixedHeight(min(120, 24 * len(evidence) + 8))
            form.addRow(self.tr("Evidence it rests on:"), self.evidence)
        else:
            self.evidence.hide()  # outside any layout it would sit over the step's title
        self.error = ErrorLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark done"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_ready()

    def _update_ready(self) -> None:
        ready = all(filled() for filled in self._filled)
        self.ok_button.setEnabled(ready)
        self.ok_button.setToolTip("" if ready else self.tr("Fill in what is marked (required) first."))

    def _field_label(self, field: Field) -> str:
        text = field.label.text(self._language)
        return (self.tr("{label} (required):") if field.required else self.tr("{label}:")).format(label=text)

    def _field_widget(self, field: Field, now: datetime) -> QWidget:
        if field.type == "choice":
            box = QComboBox(self)
            box.setObjectName(f"field_{field.id}")
            box.addItem(self.tr("(choose)"), "")
            for choice in field.choices:
                box.addItem(choice.label.text(self._language), choice.value)
            self.inputs[field.id] = box.currentData
            self._watch(field, box.currentIndexChanged, lambda: bool(box.currentData()))
            return box
        if field.type == "datetime":
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            enabled = QCheckBox(self.tr("Known"), holder)
            edit = taipei_edit(now, holder)
            edit.setEnabled(False)
            reading = TimeReading(edit, lambda: from_qdatetime(edit.dateTime()), holder)
            reading.setEnabled(False)
            for follower in (edit, reading):
                enabled.toggled.connect(follower.setEnabled)
            row.addWidget(enabled)
            row.addWidget(edit, 1)
            row.addWidget(reading)
            edit.setAccessibleName(field.label.text(self._language))  # for a screen reader, as the row's label says
            self.inputs[field.id] = lambda: iso_utc(from_qdatetime(edit.dateTime())) if enabled.isChecked() else ""
            self._watch(field, enabled.toggled, enabled.isChecked)
            return holder
        line = QLineEdit(self)
        line.setObjectName(f"field_{field.id}")
        self.inputs[field.id] = lambda: line.text().strip()
        self._watch(field, line.textChanged, lambda: bool(line.text().strip()))
        return line

    def _watch(self, field: Field, changed: SignalInstance, filled: Callable[[], bool]) -> None:
        if field.required:
            self._filled.append(filled)
            changed.connect(self._update_ready)

    def _add_evidence(self, item: EvidenceItem) -> None:
        incomplete = "" if item.complete else self.tr("(incomplete)")
        entry = QListWidgetItem(sentences(f"{item.id}  {self._describe(item)}  {format_time(item.at)}", incomplete))
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Unchecked)
        self.evidence.addItem(entry)

    def _describe(self, item: EvidenceItem) -> str:
        """"Capture: Chat" / "Artifact: pdf takedown.pdf", in the officer's language."""
        if item.source != "capture":
            return self.tr("artifact {description}").format(description=item.description)
        return self.tr("capture ({kind})").format(kind=capture_kind_label(item.description))

    def values(self) -> tuple[datetime, str, dict[str, object]]:
        data: dict[str, object] = {key: read() for key, read in self.inputs.items()}
        data = {key: value for key, value in data.items() if value not in ("", None)}
        linked = [self.evidence.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.evidence.count())
                  if self.evidence.item(i).checkState() == Qt.CheckState.Checked]
        if linked:
            data["evidence"] = linked
        return from_qdatetime(self.when.dateTime()), self.note.toPlainText().strip(), data

    def _on_accept(self) -> None:
        try:
            self._submit(*self.values())
        except KnownError as error:
            self.error.show_error(error)
            return
        self.accept()
