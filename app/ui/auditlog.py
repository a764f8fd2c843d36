"""Tools → Vault audit log: the whole vault's audit chain for a period, newest first.

The case's audit tab shows what concerns one case. What concerns none stays out of it: who unlocked
and locked the vault and when, the officer or unit changed in Settings, patrols started and stopped,
duty logs and statistics sheets printed, hand-off keys made. A supervisor reviewing a workstation
reads them here, with the case each entry belongs to when it belongs to one, all of them or one
group of actions at a time (every reveal of a sealed identity; every case file sent or received).

Reading it changes nothing and is not itself audited, like the case's audit tab: it shows the
vault's own record to an officer who has unlocked it. Days are typed as in the statistics window.
What is listed can be saved as the printed log (保管庫稽核紀錄, ``netpatrol audit -o``): every entry
of the period and group, in Chinese with ROC dates like every document, recorded as issued.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.audit_actions import ACTION_GROUPS, ActionGroup, action_group
from app.core.errors import KnownError
from app.core.i18n import counted, sentences
from app.core.timeutil import taipei, utc_now
from app.infra.tasks import TaskRunner
from app.reports.issue import PrintedAuditLog, print_audit_log
from app.ui.cases.auditview import AuditTable, ProcedureSource, procedure_in_force
from app.ui.common import BusyBar, ErrorLabel, ask_pdf_target, day_text, resize_within_screen
from app.ui.language import OFFICIAL_LANGUAGE
from app.ui.period import PeriodFields
from app.vault import Vault
from app.vault.stats import Period

SHOWN = 5_000  # the newest entries of a period that are listed; a longer period asks for a shorter one
DEFAULT_DAYS = 7


class VaultAuditDialog(QDialog):
    case_requested = Signal(str)  # an entry of a case was double-clicked: open that case (its id)

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, today: date | None = None,
                 tasks: TaskRunner | None = None, procedure: ProcedureSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultAuditDialog")
        self._procedure = procedure  # names the steps of checklist entries, listed and printed
        self._vault = vault
        self._tasks = tasks or TaskRunner()
        today = today or taipei(utc_now()).date()
        self.period_fields = PeriodFields(today - timedelta(days=DEFAULT_DAYS - 1), today, self)
        self.first, self.last = self.period_fields.first, self.period_fields.last
        self.show_button = self.period_fields.button
        self.show_button.setObjectName("showAuditEntries")
        self.actions_label = QLabel(self)
        self.actions = QComboBox(self)
        self.actions.setObjectName("auditActions")
        self.actions_label.setBuddy(self.actions)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.table = AuditTable(self, with_case=True)
        self.table.setObjectName("vaultAuditTable")
        self.table.entries.procedure = procedure
        self.outcome = QLabel(self)
        self.outcome.setObjectName("auditLogPrinted")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.save = QPushButton(self)
        self.save.setObjectName("saveAuditLog")
        self.listed: tuple[Period, ActionGroup | None] | None = None  # what the table shows
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out()
        self._retranslate()
        self._connect_signals()
        resize_within_screen(self, 1100, 600)
        self.show_period()

    def _lay_out(self) -> None:
        choice = QHBoxLayout()
        choice.addWidget(self.actions_label)
        choice.addWidget(self.actions)
        choice.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_fields)
        layout.addLayout(choice)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.outcome)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.period_fields.requested.connect(self.show_period)
        self.actions.activated.connect(self.show_period)
        for day in (self.first, self.last):
            day.textEdited.connect(self._set_stale)
        self.save.clicked.connect(self._on_save)
        self.table.doubleClicked.connect(lambda index: self.open_case_of(index.row()))
        self.buttons.rejected.connect(self.reject)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vault audit log"))
        self.show_button.setText(self.tr("&Show"))
        self.table.setAccessibleName(self.tr("Audit entries"))  # what a screen reader calls the table
        self.actions_label.setText(self.tr("&Actions:"))
        chosen = self.actions.currentIndex()
        self.actions.clear()
        self.actions.addItem(self.tr("Every action"), None)
        for group in ACTION_GROUPS:
            self.actions.addItem(group.name(), group.id)
        self.actions.setCurrentIndex(max(chosen, 0))
        self.save.setText(self.tr("Save as &PDF…"))
        self.save.setToolTip(self.tr("Every entry listed, for the supervisor's file (in Chinese, with ROC dates); "
                                     "recorded in the audit log."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.show_period()  # listed again: cells and headers in the new language
        super().changeEvent(event)

    def group(self) -> ActionGroup | None:
        """The group of actions chosen (None: every action)."""
        group_id = self.actions.currentData()
        return action_group(group_id) if group_id else None

    def choose_group(self, group_id: str | None) -> None:
        """Show ``group_id``'s actions (None: every action), as choosing it in the list does."""
        self.actions.setCurrentIndex(max(self.actions.findData(group_id), 0))
        self.show_period()

    def show_period(self) -> None:
        """List the period's entries; a wrong day is said, and the list emptied, not left standing."""
        try:
            period = self.period_fields.period()
        except KnownError as error:
            self.error.show_error(error)
            self.summary.setText("")
            self.table.show_entries([])
            self._set_stale()
            return
        self.error.clear_error()
        self.outcome.hide()  # it named the file saved from what was listed before (seen: "… 0 entries" left standing)
        group = self.group()
        entries, total = self._vault.audit.between(*period.bounds, SHOWN, group.actions if group else None)
        numbers = self._vault.cases.numbers(entry.case_id for entry in entries if entry.case_id)
        self.table.show_entries(entries, numbers)
        self.listed = (period, group)
        self.summary.setText(self._summary(period, group, total, len(entries)))
        self._update()

    def _summary(self, period: Period, group: ActionGroup | None, total: int, shown: int) -> str:
        first, last = day_text(period.first), day_text(period.last)
        if group is None:
            summary = counted(total, self.tr("1 entry of the audit chain was recorded from {first} to {last}."),
                              self.tr("{count} entries of the audit chain were recorded from {first} to {last}, "
                                      "newest first."), first=first, last=last)
        else:
            summary = counted(total, self.tr("1 entry of the audit chain from {first} to {last} is of the actions "
                                             "chosen ({group})."),
                              self.tr("{count} entries of the audit chain from {first} to {last} are of the actions "
                                      "chosen ({group}), newest first."), first=first, last=last, group=group.name())
        summary = sentences(summary, self.tr("Each carries the hash of the one before it, so none can be changed or "
                                             "removed unnoticed."),
                            self.tr("Double-click an entry of a case to open the case."))
        if total > shown:
            summary = sentences(summary, self.tr("Only the newest {shown} are listed: choose a shorter period for "
                                                 "the others (the PDF holds them all).").format(shown=shown))
        return summary

    def _set_stale(self) -> None:
        """The days no longer say what the table lists: Save waits for Show."""
        self.listed = None
        self._update()

    def _update(self) -> None:
        busy = not self.busy.isHidden()
        self.save.setEnabled(self.listed is not None and not busy)
        self.actions.setEnabled(not busy)
        self.period_fields.set_busy(busy)

    def _on_save(self) -> None:
        if self.listed is None:
            return
        period, group = self.listed
        suffix = f"-{group.id}" if group else ""
        target = ask_pdf_target(self, self.tr("Save the vault audit log as PDF"),
                                f"audit-log-{period.first.isoformat()}-{period.last.isoformat()}{suffix}.pdf")
        if target is not None:
            self.print_log(target)

    def print_log(self, target: Path) -> None:
        """Print the period and group listed, every entry of them, on the pool, through the same path as
        ``netpatrol audit -o``; the list is read again afterwards (it holds the new entry)."""
        if self.listed is None:
            return
        period, group = self.listed
        vault = self._vault
        self.error.clear_error()
        self.outcome.hide()
        self.busy.set_busy(True)
        self._update()
        procedure = procedure_in_force(self._procedure)
        self._tasks.run(lambda: print_audit_log(vault, period, group, target, OFFICIAL_LANGUAGE, procedure=procedure),
                        self._on_printed, self._on_print_failed, owner=self)

    def _on_printed(self, printed: PrintedAuditLog) -> None:
        self.busy.set_busy(False)
        self.show_period()
        self.outcome.setText(self.tr("Saved {file}; entries printed: {entries} (SHA-256 {sha256}).").format(
            file=printed.path, entries=printed.entries, sha256=printed.sha256))
        self.outcome.show()
        if printed.chain.broken is not None:
            self.error.show_error(self.tr("The audit chain is broken: {reason} The printed log says so too; Tools → "
                                          "Verify vault integrity names every problem.").format(
                reason=printed.chain.broken.render()))

    def _on_print_failed(self, error: KnownError) -> None:
        """Not written (a full disk, a folder gone): what is listed still holds; save elsewhere."""
        self.busy.set_busy(False)
        self.error.show_error(error)
        self._update()

    def open_case_of(self, row: int) -> None:
        """Open the case the entry belongs to in the main window (this window stays open beside it)."""
        case_id = self.table.entries.entry(row).case_id
        if case_id:
            self.case_requested.emit(case_id)

    def rows(self) -> list[tuple[str, ...]]:
        return self.table.rows()
