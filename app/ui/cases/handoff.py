"""Case files in the window: this workstation's keys, exporting a case, and receiving one.

The same engine as ``netpatrol keys show / export / import`` (``app.vault.handoff``). Receiving is
two steps on purpose: *Check* verifies the whole file and shows who signed it, so the officer can
compare the fingerprint with the sending unit before *Import* writes anything. A case that comes back
signed by a key never seen for it is imported only once the officer confirms that fingerprint (the
command's ``--accept-signer``; see ``app.vault.returning``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.i18n import counted, enumerated, sentences, translate
from app.core.models import Case, evidence_files_phrase
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import parse_iso
from app.infra.filenames import windows_file_name
from app.infra.tasks import TaskRunner
from app.ui.cases.auditview import ProcedureSource, procedure_in_force
from app.ui.clipboard import copy_text
from app.ui.common import (
    BusyBar,
    ErrorLabel,
    add_row,
    forget_file_dialog_folders,
    format_time,
    remember_save_folder,
    resize_within_screen,
    save_folder,
)
from app.vault import Vault
from app.vault.handoff import (
    CaseFilePassphrase,
    CaseFileReport,
    ExportResult,
    SealedRelease,
    export_case,
    needs_passphrase,
    read_case_file,
    vault_identities,
    workstation_keys,
)
from app.vault.receive import ImportResult, import_case_file
from app.vault.returning import (
    additions_text,
    identities_text,
    known_rows,
    namesakes_text,
    number_here,
    reticked_text,
    signer_seen,
    unknown_steps_text,
    withheld_text,
)

SUFFIX = ".npcase"


W = TypeVar("W", bound=QWidget)


def _fixed(widget: W) -> W:
    """Keys and fingerprints in a fixed-width font, so that groups line up when read out."""
    widget.setFont(QFont("monospace"))
    return widget


def _every_percent(signal: Any) -> Callable[[str, int, int], None]:
    """A progress callback for the working thread that emits ``signal`` once per hundredth of the files
    (and at the end): a case of 4,000 files would otherwise queue 8,000 repaints."""

    def report(stage: str, done: int, total: int) -> None:
        if done == total or done % max(1, total // 100) == 0:
            signal.emit(stage, done, total)

    return report


def _progress_text(stage: str, done: int, total: int) -> str:
    texts = {
        "export": translate("CaseFiles", "Exporting… evidence files written: {done} of {total}"),
        "check": translate("CaseFiles", "Checking… evidence files verified: {done} of {total}"),
        "import": translate("CaseFiles", "Importing… evidence files stored: {done} of {total}"),
    }
    return texts.get(stage, "{done}/{total}").format(done=done, total=total)


class _FileRow(QWidget):
    """A path field with a Choose… button (a save or an open dialog)."""

    changed = Signal()

    def __init__(self, saving: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saving = saving
        self.path = QLineEdit(self)
        self.path.setObjectName("caseFilePath")
        self.choose = QPushButton(self)
        # Seen: Enter in the passphrase field below opened the file dialog (the first button that takes
        # Enter in a dialog, when none is its default), instead of checking or exporting.
        self.choose.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.choose)
        self.setFocusProxy(self.path)  # the row's label (its Alt+letter) leads to the field, not to the row
        self.choose.clicked.connect(self._on_choose)
        self.path.textChanged.connect(self.changed)

    def retranslate(self) -> None:
        self.choose.setText(self.tr("C&hoose…"))
        # the row's label is not beside the field in the widget tree, so a screen reader would not find it
        self.path.setAccessibleName(self.tr("Case file"))

    def _on_choose(self) -> None:
        kinds = self.tr("NetPatrol case files (*.npcase);;All files (*)")
        start = self.path.text() or str(save_folder(self))
        if self._saving:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save case file as"), start, kinds)
            if chosen and not chosen.lower().endswith(SUFFIX):  # Windows: CASE.NPCASE is a case file
                chosen += SUFFIX
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open case file"), start, kinds)
        forget_file_dialog_folders()
        if chosen:
            self.path.setText(chosen)

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None


class KeysDialog(QDialog):
    """What other units need: the key they encrypt case files to, and the fingerprint to compare."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.keys = workstation_keys(vault)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.recipient = _fixed(QLineEdit(self.keys.recipient, self))
        self.recipient.setReadOnly(True)
        self.recipient.setObjectName("workstationKey")
        self.fingerprint = _fixed(QLabel(self.keys.fingerprint, self))
        self.fingerprint.setObjectName("signingFingerprint")
        self.copy = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.form = QFormLayout()
        add_row(self.form, self.recipient)
        add_row(self.form, self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.copy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.copy.clicked.connect(lambda: copy_text(self.keys.recipient))
        self.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 720, 260)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workstation keys for case files"))
        self.intro.setText(self.tr(
            "Units that send you a case file encrypt it to the workstation key below. Case files you send are "
            "signed with this vault's signing key: read its fingerprint out to the receiving unit, who compares "
            "it with the one their NetPatrol shows."))
        self.form.labelForField(self.recipient).setText(self.tr("Workstation key:"))
        self.form.labelForField(self.fingerprint).setText(self.tr("Signing key fingerprint:"))
        self.copy.setText(self.tr("&Copy the workstation key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class ExportCaseDialog(QDialog):
    """Export one case, to the receiving workstation's key or to a passphrase. ``result`` afterwards."""

    progressed = Signal(str, int, int)  # from the exporting thread

    def __init__(self, tasks: TaskRunner, vault: Vault, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportCaseDialog")
        self._tasks, self._vault, self._case = tasks, vault, case
        self.result: ExportResult | None = None
        sealed = [person for person in vault.people.in_case(case.id) if person.sealed]
        self._sealed = len(sealed)
        self._held = [shown_pseudonym(person.pseudonym) for person in sealed if person.identity_here]  # what could be sent along
        self.heading = QLabel(f"{case.number}  {case.title}", self)
        self.to_key = QRadioButton(self)
        self.to_key.setChecked(True)
        self.recipient = _fixed(QLineEdit(self))
        self.recipient.setObjectName("recipientKey")
        self.to_passphrase = QRadioButton(self)
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.file = _FileRow(saving=True, parent=self)
        self.file.path.setText(str(save_folder(self) / windows_file_name(case.number, SUFFIX)))
        self.sealed_note = QLabel(self)
        self.sealed_note.setWordWrap(True)
        # Sending sealed identities is the officer's explicit choice, with a reason and the passphrase again
        # (as for a reveal): off by default, and not offered when none is held here.
        self.include_sealed = QCheckBox(self)
        self.include_sealed.setObjectName("includeSealed")
        self.include_sealed.setVisible(bool(self._held))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("handOverReason")
        self.vault_passphrase = QLineEdit(self)
        self.vault_passphrase.setObjectName("handOverPassphrase")
        self.vault_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("exportOutcome")
        self.outcome.setTextInteractionFlags(self.outcome.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("exportProgress")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self)
        self._lay_out()
        self.progressed.connect(self._on_progress)
        self.to_key.toggled.connect(self._on_protection_chosen)
        self.include_sealed.toggled.connect(self._on_include_sealed)
        for field in (self.recipient, self.passphrase, self.repeat, self.reason, self.vault_passphrase):
            field.textChanged.connect(self._update)
        self.file.changed.connect(self._update)
        self.buttons.accepted.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 720, 420)
        self._retranslate()
        self._update()

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        add_row(self.form, self.recipient)
        add_row(self.form, self.passphrase)
        add_row(self.form, self.repeat)
        add_row(self.form, self.file)
        self.sealed_form = QFormLayout()
        add_row(self.sealed_form, self.reason)
        add_row(self.sealed_form, self.vault_passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.to_key)
        layout.addWidget(self.to_passphrase)
        layout.addLayout(self.form)
        layout.addWidget(self.sealed_note)
        layout.addWidget(self.include_sealed)
        layout.addLayout(self.sealed_form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.to_key, self.to_passphrase)  # the two choices, then the key field below them

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self.busy.isVisible():  # a late report after the result is dropped
            self.status.setText(_progress_text(stage, done, total))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export case file"))
        self.to_key.setText(self.tr("Encrypt to the receiving &workstation's key (recommended)"))
        self.to_passphrase.setText(self.tr("Protect with a &passphrase (tell it to the receiver separately, not with "
                                           "the file)"))
        self.form.labelForField(self.recipient).setText(self.tr("Their workstation key:"))
        self.recipient.setPlaceholderText(self.tr("age1… (Tools → Workstation keys on their NetPatrol)"))
        self.form.labelForField(self.passphrase).setText(self.tr("Passphrase:"))
        self.form.labelForField(self.repeat).setText(self.tr("Repeat:"))
        self.form.labelForField(self.file).setText(self.tr("Sa&ve as:"))
        self.file.retranslate()
        self._retranslate_sealed()
        self.include_sealed.setText(self.tr("&Send the sealed identities too (only when the receiving unit must contact "
                                            "these people)"))
        self.sealed_form.labelForField(self.reason).setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("Why the receiving unit needs them (recorded in the audit log)"))
        self.sealed_form.labelForField(self.vault_passphrase).setText(self.tr("Vault passphrase &again:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def _retranslate_sealed(self) -> None:
        if not self._sealed:
            text = self.tr("The case has no sealed identities.")
        elif self.include_sealed.isChecked():
            text = self.tr("The identities of {names} will be in the case file, readable by whoever opens it; the "
                           "receiving vault seals them again. Each one sent is recorded in the audit log with your "
                           "reason.").format(names=enumerated(self._held))
            if not self.to_key.isChecked():
                text = sentences(text, self.tr("With a passphrase, anyone who learns it can read them: the receiving "
                                               "workstation's key is safer."))
        else:
            text = self.tr("Sealed identities ({count}) are left out: the case file names those people by pseudonym "
                           "only.").format(count=self._sealed)
        if self._sealed > len(self._held):  # after Chinese full-width punctuation, no space (sentences())
            text = sentences(text, self.tr("{count} of them stayed with the unit that sent this case here and cannot "
                                           "be sent on.").format(count=self._sealed - len(self._held)))
        self.sealed_note.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_protection_chosen(self) -> None:
        """A key or a passphrase: what was said of the other goes (seen: "age1abc is not a workstation key" still
        shown under the passphrase fields)."""
        self.error.clear_error()
        self._update()
        self._retranslate_sealed()

    def _on_include_sealed(self) -> None:
        if not self.include_sealed.isChecked():
            self.vault_passphrase.clear()  # a passphrase is not kept for a choice taken back
        self._retranslate_sealed()
        self._update()

    def _sealed_ready(self) -> bool:
        return not self.include_sealed.isChecked() or bool(self.reason.text().strip() and self.vault_passphrase.text())

    def _update(self) -> None:
        including = self.include_sealed.isChecked()
        for field in (self.reason, self.vault_passphrase):
            field.setEnabled(including and self.result is None)
            field.setVisible(including)
            self.sealed_form.labelForField(field).setVisible(including)
        by_key = self.to_key.isChecked()
        self.recipient.setEnabled(by_key)
        self.passphrase.setEnabled(not by_key)
        self.repeat.setEnabled(not by_key)
        ready = self.file.value() is not None and self.result is None and self._sealed_ready() and (
            bool(self.recipient.text().strip()) if by_key else bool(self.passphrase.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready and not self.busy.isVisible())
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not self.busy.isVisible())

    def reject(self) -> None:
        if not self.busy.isVisible():  # an export under way finishes, or fails, with the dialog open
            super().reject()

    def _on_export(self) -> None:
        destination = self.file.value()
        if destination is None:
            return
        if not self.to_key.isChecked() and self.passphrase.text() != self.repeat.text():
            self.error.show_error(self.tr("The two passphrases differ."))
            return
        if destination.exists() and not self._may_replace(destination):
            return
        recipients = [self.recipient.text().strip()] if self.to_key.isChecked() else []
        passphrase = None if self.to_key.isChecked() else self.passphrase.text()
        release = SealedRelease(self.reason.text().strip(), self.vault_passphrase.text()) if (
            self.include_sealed.isChecked()) else None
        self.error.clear_error()
        self.busy.set_busy(True)
        self._update()
        vault, case_id, progress = self._vault, self._case.id, _every_percent(self.progressed)
        self._tasks.run(lambda: export_case(vault, case_id, destination, recipients=recipients, passphrase=passphrase,
                                            progress=progress, release=release),
                        self._on_exported, self._on_failed, owner=self)

    def _may_replace(self, destination: Path) -> bool:
        """The proposed name may already hold an earlier export (perhaps the one already handed over):
        replacing it is the officer's decision, never silent."""
        answer = QMessageBox.question(self, self.tr("Export case file"), self.tr(
            "{file} already exists. Replace it with this export?").format(file=destination),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_exported(self, result: ExportResult) -> None:
        self.busy.set_busy(False)
        self.status.clear()
        self.result = result
        remember_save_folder(self, result.path)
        for field in (self.passphrase, self.repeat, self.vault_passphrase):
            field.clear()
        self.include_sealed.setEnabled(False)
        text = self.tr(
            "Exported to {file}: {files}.\nCase file SHA-256: {sha256}\nSigning key fingerprint: "
            "{fingerprint}\nRead the fingerprint out to the receiving unit; they compare it before importing."
        ).format(file=result.path, files=evidence_files_phrase(result.artifacts), sha256=result.sha256,
                 fingerprint=result.fingerprint)
        if result.identities_enclosed:
            text += "\n" + self.tr("Sealed identities sent with it: {names}.").format(
                names=enumerated(shown_pseudonym(name) for name in result.identities_enclosed))
        self.outcome.setText(text)
        self.outcome.show()
        self._update()

    def _on_failed(self, error: KnownError) -> None:
        self.busy.set_busy(False)
        self.status.clear()
        self.vault_passphrase.clear()
        self.error.show_error(error)
        self._update()


class ImportCaseDialog(QDialog):
    """Check a case file, show who signed it, then import it. ``imported`` with the new case's id."""

    imported = Signal(str)
    progressed = Signal(str, int, int)  # from the checking or importing thread

    def __init__(self, tasks: TaskRunner, vault: Vault, parent: QWidget | None = None, *,
                 procedure: ProcedureSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCaseDialog")
        self._tasks, self._vault = tasks, vault
        self._procedure = procedure  # the step records received are checked against it (None: not checked)
        self.report: CaseFileReport | None = None
        self._here: str | None = None  # this vault's number for the checked file's case, when it is here already
        self._new_signer = False  # the checked file's case is here, and its signing key was never seen for it
        self.result: ImportResult | None = None
        self._needs_passphrase = False  # the chosen file is protected by a passphrase
        self.file = _FileRow(saving=False, parent=self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("caseFileSummary")
        self.summary.setTextInteractionFlags(self.summary.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("importProgress")
        self.check = QPushButton(self)
        self.check.setObjectName("checkCaseFile")
        self.check.setDefault(True)  # Enter after the passphrase checks; importing is always a click
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("importCaseFile")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.form = QFormLayout()
        add_row(self.form, self.file)
        add_row(self.form, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        for widget in (self.check, self.accept_button, self.buttons):  # in the order they are used
            row.addWidget(widget)
        layout.addLayout(row)
        self.file.changed.connect(self._on_file_changed)
        self.progressed.connect(self._on_progress)
        self.passphrase.textChanged.connect(self._forget_check)
        self.check.clicked.connect(self._on_check)
        self.accept_button.clicked.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 720, 420)
        self._retranslate()
        self._forget_check()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import case file"))
        self.form.labelForField(self.file).setText(self.tr("Case &file:"))
        self.form.labelForField(self.passphrase).setText(self.tr("Passphrase (if it has one):"))
        self.file.retranslate()
        self.check.setText(self.tr("Chec&k"))
        self.accept_button.setText(self.tr("&Import"))
        self._show_passphrase_hint()
        self._show_summary()

    def _show_passphrase_hint(self) -> None:
        self.passphrase.setPlaceholderText(self.tr("This case file is protected by a passphrase: type it here.")
                                           if self._needs_passphrase and self.result is None else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_file_changed(self) -> None:
        """Whether the chosen file needs a passphrase is read from its first bytes, so the window asks for it
        before Check (the command says to set NETPATROL_EXPORT_PASSPHRASE; here there is a field)."""
        path = self.file.value()
        try:
            self._needs_passphrase = path is not None and path.is_file() and needs_passphrase(path)
        except KnownError:  # not a case file, unreadable: said when it is checked
            self._needs_passphrase = False
        self._show_passphrase_hint()
        self._forget_check()

    def _forget_check(self) -> None:
        """A new file or passphrase must be checked again before anything is imported. Once imported, the
        dialog is done: clearing the used passphrase, or editing the path, must not turn the result
        back into the opening hint."""
        if self.result is not None:
            return
        self.report, self._here, self._new_signer = None, None, False
        self.error.clear_error()
        self._show_summary()
        self._update()

    def _update(self) -> None:
        idle = not self.busy.isVisible() and self.result is None
        typed = bool(self.passphrase.text()) or not self._needs_passphrase
        self.check.setEnabled(idle and self.file.value() is not None and typed)
        self.accept_button.setEnabled(idle and self.report is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not self.busy.isVisible())
        for field in (self.file, self.passphrase):  # once imported, the dialog is done: nothing to type
            field.setEnabled(self.result is None)

    def reject(self) -> None:
        """Not while checking or importing: closing would drop the result, and the case list would not
        show the received case until it was refreshed."""
        if not self.busy.isVisible():
            super().reject()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self.busy.isVisible():  # a late report after the result is dropped
            self.status.setText(_progress_text(stage, done, total))

    def _start(self, work: Any, done: Any) -> None:
        self.error.clear_error()
        self.busy.set_busy(True)
        self._update()
        self._tasks.run(work, done, self._on_failed, owner=self)

    def _on_check(self) -> None:
        path, vault, passphrase = self.file.value(), self._vault, self.passphrase.text() or None
        if path is None:
            return
        identities, progress = vault_identities(vault), _every_percent(self.progressed)

        def check() -> tuple[CaseFileReport, str | None, bool]:
            report = read_case_file(path, identities=identities, passphrase=passphrase, progress=progress)
            # What import would refuse is said now, before "Import" is offered (seen: the check promised to add
            # what the other unit added, and Import then said the case was here already and imported nothing).
            known_rows(vault, report.manifest)
            here = number_here(vault, report.manifest["case"]["id"])
            return report, here, here is not None and not signer_seen(vault, report.manifest["case"]["id"],
                                                                      report.fingerprint)

        self.report, self._here, self._new_signer = None, None, False
        self._start(check, self._on_checked)

    def _on_checked(self, checked: tuple[CaseFileReport, str | None, bool]) -> None:
        self.busy.set_busy(False)
        self.status.clear()
        self.report, self._here, self._new_signer = checked
        self._show_summary()
        self._update()

    def _on_import(self) -> None:
        path, vault, passphrase = self.file.value(), self._vault, self.passphrase.text() or None
        if path is None or self.report is None:
            return
        if self._new_signer and not self._signer_accepted(self.report.fingerprint):
            return
        progress, file_key = _every_percent(self.progressed), self.report.file_key
        accepted = self.report.fingerprint if self._new_signer else None
        in_force = procedure_in_force(self._procedure)
        steps_here = {step.id for step in in_force.steps} if in_force is not None else None
        self._start(lambda: import_case_file(vault, path, passphrase=passphrase, progress=progress, file_key=file_key,
                                             accept_signer=accepted, procedure_steps=steps_here), self._on_imported)

    def _signer_accepted(self, fingerprint: str) -> bool:
        """A case that came back signed by a key never seen for it adds to a case this unit is working on:
        the officer accepts that key knowingly, having compared its fingerprint (the import audits it)."""
        answer = QMessageBox.question(self, self.tr("Import case file"), self.tr(
            "Case {number} came back signed by a key never seen for this case.\n\nFingerprint: {fingerprint}\n\n"
            "Import it only if the sending unit read you this same fingerprint, by phone or on paper. Accept this "
            "key and import?").format(number=self._here, fingerprint=fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_imported(self, result: ImportResult) -> None:
        self.busy.set_busy(False)
        self.status.clear()
        self.result = result
        self.passphrase.clear()
        if self.report is not None:
            self.report.file_key = None  # like the passphrase, not kept once used
        self._show_passphrase_hint()
        self._show_summary()
        self._update()
        self.imported.emit(result.case.id)

    def _on_failed(self, error: KnownError) -> None:
        self.busy.set_busy(False)
        self.status.clear()
        self.error.show_error(error)
        self._update()
        if isinstance(error, CaseFilePassphrase):  # ready to be typed again, as the vault's unlock does
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _show_summary(self) -> None:
        if self.report is None:
            self.summary.setText(self.tr("Choose the case file and check it. Nothing is written until you import it."))
            return
        data = self.report.as_dict()
        lines = [
            self.tr("Case {number} \u201c{title}\u201d, exported {at} by {officer} ({unit}).").format(
                number=data["case_number"], title=data["case_title"], at=format_time(parse_iso(data["exported_at"])),
                officer=data["officer"], unit=data["unit"] or "-"),
            self.tr("{files} ({bytes} bytes), matching the SHA-256 values in the signed manifest.").format(
                files=evidence_files_phrase(data["files"]), bytes=f"{data['bytes']:,}"),
            self.tr("Signing key fingerprint: {fingerprint}").format(fingerprint=data["fingerprint"]),
            self.tr("Compare the fingerprint with the sending unit before importing."),
        ]
        if data["identities_enclosed"]:
            lines.append(counted(
                data["identities_enclosed"],
                self.tr("The sender sent 1 sealed identity with the case, with a reason recorded in their audit log. "
                        "Importing seals it in this vault unless this vault holds it already; it is read only "
                        "through a reveal."),
                self.tr("The sender sent {count} sealed identities with the case, with a reason recorded in their "
                        "audit log. Importing seals those this vault does not hold yet; they are read only through "
                        "a reveal.")))
        if data["sealed_people"] > data["identities_enclosed"]:
            lines.append(self.tr("Sealed identities ({count}) stayed with the sending unit.").format(
                count=data["sealed_people"] - data["identities_enclosed"]))
        if self.result is None and self._here is not None:
            lines.append(self.tr("This case is here already, as {number}: it came back. Importing adds what the other "
                                 "unit added to it and changes nothing here.").format(number=self._here))
        if self.result is None and self._new_signer:
            lines.append(self.tr("Its signing key was never seen for this case: importing asks you to accept its "
                                 "fingerprint."))
        if self.result is not None:
            lines += self._imported_lines(self.result, data)
        self.summary.setText("\n".join(lines))

    def _imported_lines(self, result: ImportResult, data: dict[str, Any]) -> list[str]:
        """What the import did, once it is done."""
        lines = []
        if result.signer_accepted:
            lines.append(self.tr("You accepted the signing key {fingerprint} for this case; the acceptance is recorded "
                                 "in the audit log.").format(fingerprint=data["fingerprint"]))
        if result.added is not None:
            in_force = procedure_in_force(self._procedure)
            titles = in_force.step_titles if in_force is not None else list  # a step by its title where known
            lines += [additions_text(result.case.number, result.added), withheld_text(titles(result.withheld)),
                      reticked_text(titles(result.reticked)), namesakes_text(result.namesakes)]
        else:
            lines.append(self.tr("Received as case {number}.").format(number=result.case.number))
        lines.append(unknown_steps_text(result.unknown_steps, result.unknown_step_records))
        if data["identities_enclosed"]:
            lines.append(identities_text(result.identities_sealed, result.identities_kept))
        return [line for line in lines if line]
