"""Generated documents from a case: choose the kind, fill the few inputs, preview the plain text, then
save the PDF, copy the text or open a mailto: draft.

The preview is the document itself (``app.reports.document.to_text``), so what is copied or mailed
is what was read. Saving rebuilds the document at that moment (the date and the audit chain head
printed on it are those of the save), writes the PDF on a worker thread and records it exactly as
``netpatrol document`` does: a ``document.generated`` audit entry with the file's SHA-256, and the
checklist event ``document.generated:<id>``, in one transaction. Copying and mailing are audited
too (``document.copied``, with the SHA-256 of the text), since the text leaves the vault.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checklist.engine import document_event
from app.core.errors import KnownError
from app.core.hashing import sha256_bytes
from app.core.i18n import in_language, sentences
from app.core.timeutil import utc_now
from app.infra.tasks import TaskRunner
from app.reports.document import Document, pdf_bytes, to_text
from app.reports.issue import issue_details, issue_file
from app.reports.mailto import mailto_url
from app.reports.model import Agencies, EvidenceCheck
from app.reports.notices import DocumentKind, DocumentOptions, build
from app.ui.casework.source import VaultChecklist
from app.ui.clipboard import copy_text
from app.ui.common import (
    BusyBar,
    ErrorLabel,
    add_row,
    ask_pdf_target,
    language_box,
    resize_within_screen,
)
from app.ui.language import OFFICIAL_LANGUAGE
from app.ui.timereading import TimeReading, from_qdatetime, taipei_edit
from app.vault.dossier import build_dossier

log = logging.getLogger(__name__)
PREVIEW_DELAY_MS = 250
Opener = Callable[[QUrl], object]

@dataclass(frozen=True)
class SavedDocument:
    path: Path
    sha256: str
    document: Document
    steps_done: tuple[str, ...]
    check: EvidenceCheck | None = None  # an evidence list's check of the case as it was issued


def write_and_record(source: VaultChecklist, case_id: str, kind: DocumentKind, options: DocumentOptions,
                     agencies: Agencies, target: Path) -> SavedDocument:
    """Build the document as of now and issue its PDF (``app.reports.issue``; worker thread). An evidence
    list checks the chain and the case's files as it is made, and says what it found."""
    dossier = build_dossier(source.vault, case_id, check_evidence=kind is DocumentKind.EVIDENCE_LIST,
                            procedure=source.procedure)
    document = build(kind, dossier, agencies, options)

    def steps_done() -> list[str]:
        events = source.on_event(dossier.case_id, document_event(kind), data={"evidence": []})
        return [event.step_id for event in events]

    issued = issue_file(source.vault, dossier.case_id, str(kind), pdf_bytes(document), target,
                        issue_details(dossier, "pdf"), steps_done)
    return SavedDocument(target, issued.sha256, document, issued.steps_done, dossier.evidence_check)


class DocumentsDialog(QDialog):
    """Signals: ``document_saved(case_id)`` after a PDF was written and recorded (the checklist and
    the audit chain changed)."""

    document_saved = Signal(str)

    def __init__(self, source: VaultChecklist, case_id: str, agencies: Agencies, tasks: TaskRunner, *,
                 kind: DocumentKind = DocumentKind.REFERRAL, opener: Opener | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self._source = source
        self._case_id = case_id
        self._agencies = agencies
        self._tasks = tasks
        self._opener: Opener = opener or QDesktopServices.openUrl
        self.document: Document | None = None
        self.saved: SavedDocument | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build()
        self._connect_signals()
        self._retranslate()
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(str(kind))))
        self._on_kind_changed()
        resize_within_screen(self, 820, 720)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        form = self._build_form()
        self._build_output()
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_label)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def _build_form(self) -> QFormLayout:
        self.case_label = QLabel(self)
        self.case_label.setObjectName("documentCase")
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("documentKind")
        for kind in DocumentKind:
            self.kind_box.addItem(kind.label(), str(kind))
        # Chinese whatever the interface's language: these go to agencies (seen: an officer working in
        # English produced an English referral for the 婦幼警察隊).
        self.language_box = language_box(self, OFFICIAL_LANGUAGE)
        self.language_box.setObjectName("documentLanguage")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("documentReason")
        self.notice_now = QCheckBox(self)
        self.notice_now.setChecked(True)
        self.notice_at = taipei_edit(utc_now().replace(second=0, microsecond=0), self)
        self.notice_at.setObjectName("documentNoticeAt")
        notice = QHBoxLayout()
        notice.addWidget(self.notice_now)
        notice.addWidget(self.notice_at, 1)
        self.notice_reading = TimeReading(self.notice_at, self._notice_moment, self)
        notice.addWidget(self.notice_reading)
        notice_row = QWidget(self)
        notice_row.setLayout(notice)
        notice.setContentsMargins(0, 0, 0, 0)
        self.transfer_to = QLineEdit(self)
        self.transfer_to.setObjectName("documentTransferTo")
        form = QFormLayout()
        self.kind_label = add_row(form, self.kind_box)
        self.language_label = add_row(form, self.language_box)
        self.reason_label = add_row(form, self.reason)
        self.notice_label = add_row(form, notice_row)
        self.transfer_label = add_row(form, self.transfer_to)
        return form

    def _build_output(self) -> None:
        self.preview_label = QLabel(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("documentPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.busy = BusyBar(self)
        self.error = ErrorLabel(self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("documentResult")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdfButton")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyTextButton")
        self.mail_button = QPushButton(self)
        self.mail_button.setObjectName("mailtoButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.save_button, self.copy_button, self.mail_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def _connect_signals(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.language_box.currentIndexChanged.connect(self.refresh_preview)
        self.reason.textChanged.connect(self._schedule_preview)
        self.notice_now.toggled.connect(self._on_notice_now)
        self.notice_at.dateTimeChanged.connect(self._schedule_preview)
        self.transfer_to.textChanged.connect(self._schedule_preview)
        self.save_button.clicked.connect(self._on_save)
        self.copy_button.clicked.connect(self.copy_text)
        self.mail_button.clicked.connect(self.open_mailto)
        self.buttons.rejected.connect(self.reject)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Documents"))
        self.kind_label.setText(self.tr("&Document:"))
        self.language_label.setText(self.tr("Document &language:"))
        self.language_box.setToolTip(self.tr("Documents for agencies are in Traditional Chinese, with ROC dates."))
        self.reason_label.setText(self.tr("&Reason (事由):"))
        self.reason.setPlaceholderText(self.tr("Default: the case title"))
        self.notice_label.setText(self.tr("Platform &notified at:"))
        self.notice_now.setText(self.tr("Now"))
        # the row's label is the buddy of the whole row: a screen reader needs these two named on their own
        self.notice_at.setAccessibleName(self.tr("Date and time the platform was notified"))
        self.preview.setAccessibleName(self.tr("Preview of the document"))
        self.transfer_label.setText(self.tr("&Transferred to:"))
        self.transfer_to.setPlaceholderText(self.tr("e.g. the district prosecutors' office"))
        self.preview_label.setText(self.tr("Preview (the text copied and mailed):"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.copy_button.setText(self.tr("&Copy text"))
        self.mail_button.setText(self.tr("Open &mail draft"))
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, DocumentKind(self.kind_box.itemData(index)).label())
        try:
            case = self._source.case(self._case_id)
            self.case_label.setText(self.tr("Case {number}").format(number=case.number))
        except KnownError as error:
            self.error.show_error(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- inputs --------------------------------------------------------------------------------
    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.kind_box.currentData())

    def options(self) -> DocumentOptions:
        notice_at = None
        if not self.notice_now.isChecked():  # the editor holds Taipei wall time, as officers read clocks
            notice_at = self._notice_moment()
        return DocumentOptions(language=str(self.language_box.currentData()), reason=self.reason.text().strip(),
                               notice_at=notice_at, transfer_to=self.transfer_to.text().strip())

    def _on_kind_changed(self) -> None:
        kind = self.kind
        self.outcome.clear()  # what was saved or copied was the other document
        self.notice_now.setEnabled(kind is DocumentKind.PLATFORM_NOTICE)
        self._enable_notice_at(kind is DocumentKind.PLATFORM_NOTICE and not self.notice_now.isChecked())
        self.transfer_to.setEnabled(kind is DocumentKind.TRANSFER_NOTE)
        self.reason.setEnabled(kind in (DocumentKind.REFERRAL, DocumentKind.SOCIAL_REPORT))
        self.refresh_preview()

    def _on_notice_now(self, now: bool) -> None:
        self._enable_notice_at(self.kind is DocumentKind.PLATFORM_NOTICE and not now)
        self._schedule_preview()

    def _enable_notice_at(self, enabled: bool) -> None:
        self.notice_at.setEnabled(enabled)
        self.notice_reading.setEnabled(enabled)

    def _notice_moment(self) -> datetime:
        """The notice time typed, in Taipei time (the editor's own zone, whatever the machine's)."""
        return from_qdatetime(self.notice_at.dateTime())

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    # -- preview -------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Rebuild the document from the vault (on the pool) and show its text."""
        self._preview_timer.stop()
        kind, options = self.kind, self.options()
        self._set_busy(True)
        source, case_id, procedure = self._source, self._case_id, self._source.procedure
        self._tasks.run(lambda: build(kind, build_dossier(source.vault, case_id, procedure=procedure), self._agencies,
                                      options),
                        self._show_document, self._on_error, owner=self)

    def _show_document(self, document: Document) -> None:
        self._set_busy(False)
        self.error.clear_error()
        if document.kind != str(self.kind):
            return  # the officer chose another kind meanwhile; its preview is on the way
        self.document = document
        self.preview.setPlainText(to_text(document))

    def _on_error(self, error: KnownError) -> None:
        self._set_busy(False)
        self.error.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        for button in (self.save_button, self.copy_button, self.mail_button):
            button.setEnabled(not busy)

    # -- output --------------------------------------------------------------------------------
    def _on_save(self) -> None:
        try:
            number = self._source.case(self._case_id).number
        except KnownError as error:
            self.error.show_error(error)
            return
        suggested = f"{number}-{self.kind}.pdf"
        target = ask_pdf_target(self, self.tr("Save document as PDF"), suggested)
        if target is not None:
            self.save_pdf(target)

    def save_pdf(self, target: Path) -> None:
        """Write, hash, audit and report the document on the pool; ``document_saved`` when done."""
        kind, options = self.kind, self.options()
        self._set_busy(True)
        self.outcome.clear()
        self._tasks.run(lambda: write_and_record(self._source, self._case_id, kind, options, self._agencies, target),
                        self._on_saved, self._on_error, owner=self)

    def _on_saved(self, saved: SavedDocument) -> None:
        self._set_busy(False)
        self.error.clear_error()
        self.saved = saved
        self.document = saved.document
        self.preview.setPlainText(to_text(saved.document))
        text = self.tr("Saved {file} (SHA-256 {sha256}); recorded in the audit log.").format(
            file=saved.path.name, sha256=saved.sha256)
        if saved.steps_done:
            titles = self._source.procedure.step_titles(saved.steps_done)
            text = sentences(text, self.tr("Checklist: {steps} done.").format(steps="; ".join(titles)))
        self.outcome.setText(text)
        if saved.check is not None and not saved.check.ok:  # printed on the list; said here too, in red
            self.error.show_error(" ".join(saved.check.failures()))
        log.info("document %s written and audited", saved.document.kind)
        self.document_saved.emit(self._case_id)

    def copy_text(self) -> str | None:
        """Put the previewed document's text on the clipboard (audited); returns the text."""
        return self._export_text("clipboard")

    def open_mailto(self) -> str | None:
        """Open a mailto: draft of the previewed document (the full text also goes to the clipboard,
        as the draft says when the mail program needs it shortened); returns the URL."""
        document = self.document
        if self._export_text("mailto") is None or document is None:
            return None
        to = [document.recipient.email] if document.recipient and document.recipient.email else []
        with in_language(document.language):  # the "shortened" note belongs to the document
            url = mailto_url(to, document.subject, to_text(document))
        if self._opener(QUrl(url, QUrl.ParsingMode.StrictMode)) is False:  # the desktop has no mail program
            self.outcome.setText(self.tr(
                "No mail program opened the draft. The full text is on the clipboard: paste it into a new mail."))
        else:
            self.outcome.setText(self.tr("A mail draft was opened; the full text is also on the clipboard."))
        return url

    def _export_text(self, via: str) -> str | None:
        document = self.document
        if document is None:
            return None
        text = to_text(document)
        try:
            self._source.vault.record("document.copied", case_id=self._case_id, subject=document.kind,
                                      details={"via": via, "sha256": sha256_bytes(text.encode("utf-8"))})
        except KnownError as error:
            self.error.show_error(error)
            return None
        copy_text(text)
        self.outcome.setText(self.tr("The text is on the clipboard until the vault is locked."))
        return text

