"""Tools → Vault audit log: the whole vault's audit chain for a period, newest first.

The case's audit tab shows what concerns one case. What concerns none stays out of it: who unlocked
and locked the vault and when, the officer or unit changed in Settings, patrols started and stopped,
duty logs and statistics sheets printed, hand-off keys made. A supervisor reviewing a workstation
reads them here, with the case each entry belongs to when it belongs to one.

Reading it changes nothing and is not itself audited, like the case's audit tab: it shows the
vault's own record to an officer who has unlocked it. Days are typed as in the statistics window.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.core.errors import KnownError
from app.core.i18n import sentences
from app.core.timeutil import taipei, utc_now
from app.ui.cases.auditview import AuditTable
from app.ui.common import ErrorLabel, day_text, resize_within_screen
from app.ui.period import PeriodFields
from app.vault import Vault

SHOWN = 5_000  # the newest entries of a period that are listed; a longer period asks for a shorter one
DEFAULT_DAYS = 7


class VaultAuditDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultAuditDialog")
        self._vault = vault
        today = today or taipei(utc_now()).date()
        self.period_fields = PeriodFields(today - timedelta(days=DEFAULT_DAYS - 1), today, self)
        self.first, self.last = self.period_fields.first, self.period_fields.last
        self.show_button = self.period_fields.button
        self.show_button.setObjectName("showAuditEntries")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.table = AuditTable(self, with_case=True)
        self.table.setObjectName("vaultAuditTable")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out()
        self.period_fields.requested.connect(self.show_period)
        self.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 1100, 600)
        self._retranslate()
        self.show_period()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_fields)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vault audit log"))
        self.show_button.setText(self.tr("&Show"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.show_period()  # listed again: cells and headers in the new language
        super().changeEvent(event)

    def show_period(self) -> None:
        """List the period's entries; a wrong day is said, and the list emptied, not left standing."""
        try:
            period = self.period_fields.period()
        except KnownError as error:
            self.error.show_error(error)
            self.summary.setText("")
            self.table.show_entries([])
            return
        self.error.clear_error()
        entries, total = self._vault.audit.between(*period.bounds, SHOWN)
        numbers = self._vault.cases.numbers(entry.case_id for entry in entries if entry.case_id)
        self.table.show_entries(entries, numbers)
        summary = self.tr("{total} entries of the audit chain were recorded from {first} to {last}, newest first. "
                          "Each carries the hash of the one before it, so none can be changed or removed "
                          "unnoticed.").format(total=total, first=day_text(period.first), last=day_text(period.last))
        if total > len(entries):
            summary = sentences(summary, self.tr("Only the newest {shown} are listed: choose a shorter period for "
                                                 "the others.").format(shown=len(entries)))
        self.summary.setText(summary)

    def rows(self) -> list[tuple[str, ...]]:
        return self.table.rows()
