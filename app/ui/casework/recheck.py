"""Takedown re-check from the case view: every captured address of the case, opened again in a clean
headless Chromium (Playwright, ``app.capture.recheck``), with progress and a row per address.

The browser work is a coroutine on the Qt loop (qasync), and each result is stored as a hashed
capture on a worker thread, so the window never freezes. Each stored result is reported to the
checklist (``recheck.removed`` ticks the removal step; ``recheck.present`` raises the DNS RPZ
escalation), as ``netpatrol recheck`` does. Before a start the officer chooses the browser context:
clean (the default: what the public sees) or a persona's saved cookies.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.capture.recheck import RecheckConfig, RecheckResult, checklist_event, recheck_urls, store
from app.capture.takedown import Classification, TakedownPatterns, reason_label
from app.core.errors import KnownError, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, counted
from app.ui.casework.source import VaultChecklist
from app.ui.common import ErrorLabel, fit_columns, forget_file_dialog_folders, format_time, save_folder
from app.ui.tones import on_base, set_text_colour
from app.vault.captures import StoredCapture, captures_in_case
from app.vault.dossier import build_dossier

log = logging.getLogger(__name__)
CLASS_COLORS = {Classification.REMOVED: QColor("#1b7f3b"), Classification.RESTRICTED: QColor("#1b7f3b"),
                Classification.ONLINE: QColor("#b00020"), Classification.UNKNOWN: QColor("#8a5a00")}

ADDRESS_COLUMNS = (0, 3)  # the address re-checked and the final address it led to


class NoAddressToRecheck(UsageError):
    text = QT_TRANSLATE_NOOP("errors", "Case {case} has no captured address to re-check.")


class RecheckBrowserError(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The re-check browser could not be started ({reason}). Install Chromium on "
                                       "this workstation.")


@dataclass(frozen=True)
class RecheckRow:
    """One re-checked address as shown: what the browser saw, where it is stored, what it ticked."""

    url: str
    final_url: str
    status: int | None
    classification: Classification
    reason: str
    checked_at: datetime
    capture_id: str
    event: str | None = None
    steps_done: tuple[str, ...] = ()

    @classmethod
    def from_capture(cls, capture: StoredCapture) -> RecheckRow:
        meta = capture.metadata
        status = meta.get("status")
        return cls(capture.url, str(meta.get("final_url") or capture.final_url),
                   int(status) if isinstance(status, int) else None,
                   Classification(meta.get("classification", "unknown")), str(meta.get("reason", "")),
                   capture.started_at, capture.id)


class RecheckJob(QObject):
    """One re-check of one case, as a task on the running asyncio (qasync) loop.

    Signals: ``progress(done, total)``, ``row(RecheckRow)`` after each address is stored,
    ``finished(list[RecheckRow])`` at the end (also after a cancel, with what was done),
    ``failed(KnownError)`` when it could not run at all (no address, no browser, vault locked).
    """

    progress = Signal(int, int)
    row = Signal(object)
    finished = Signal(list)
    failed = Signal(object)

    def __init__(self, source: VaultChecklist, patterns: Callable[[], TakedownPatterns],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._patterns = patterns
        self._task: asyncio.Task[None] | None = None
        self._active = False
        self.rows: list[RecheckRow] = []
        self.case_id = ""

    @property
    def running(self) -> bool:
        return self._active

    def start(self, case_id: str, config: RecheckConfig) -> None:
        if self.running:
            raise RuntimeError("a re-check is already running")
        self.case_id = case_id
        self.rows = []
        self._active = True
        self._task = asyncio.ensure_future(self._run(case_id, config))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def _run(self, case_id: str, config: RecheckConfig) -> None:
        """The whole run; ``running`` turns False before the closing signal, so its slots see it ended."""
        failure = await self._check_all(case_id, config)
        self._active = False
        if failure is not None:
            self.failed.emit(failure)
        else:
            self.finished.emit(list(self.rows))

    async def _check_all(self, case_id: str, config: RecheckConfig) -> KnownError | None:
        try:
            vault = self._source.vault
            dossier = build_dossier(vault, case_id)
            urls = list(dossier.urls())
            if not urls:
                raise NoAddressToRecheck(case=dossier.number)
            self.progress.emit(0, len(urls))
            await recheck_urls(urls, self._patterns(), config, clock=vault.clock,
                               on_result=lambda result: self._keep(dossier.case_id, result, len(urls)))
        except asyncio.CancelledError:
            log.info("re-check cancelled after %d addresses", len(self.rows))
        except KnownError as error:
            return error
        except Exception as error:  # sorted below: the browser's fault, or our bug
            if _is_browser_error(error) and not self.rows:
                return RecheckBrowserError(reason=str(error).strip().splitlines()[0][:200])
            sys.excepthook(type(error), error, error.__traceback__)
        return None

    async def _keep(self, case_id: str, result: RecheckResult, total: int) -> None:
        """Store the result as a capture (worker thread: the screenshot may be large), then tell the checklist."""
        loop = asyncio.get_running_loop()
        vault = self._source.vault
        capture_id = await loop.run_in_executor(None, store, vault, case_id, result)
        event = checklist_event(result)
        steps = self._source.on_event(case_id, event, data={"evidence": [capture_id]}) if event else []
        row = RecheckRow(result.url, result.final_url, result.status, result.classification, result.reason,
                         result.started_at, capture_id, event, tuple(s.step_id for s in steps))
        self.rows.append(row)
        self.row.emit(row)
        self.progress.emit(len(self.rows), total)


def _is_browser_error(error: Exception) -> bool:
    """Playwright's own errors (browser missing, crashed at launch), told apart from our bugs."""
    try:
        from playwright.async_api import Error as PlaywrightError
    except ImportError:  # pragma: no cover - playwright is a dependency
        return False
    return isinstance(error, PlaywrightError | FileNotFoundError)


class RecheckOptionsDialog(QDialog):
    """Asks which browser context to use: clean (default) or a persona's saved cookies (a Playwright
    storage-state file). ``countdown`` > 0 starts with the default by itself after that many
    seconds (the automatic re-check when a removal deadline passed)."""

    def __init__(self, case_number: str, base: RecheckConfig, parent: QWidget | None = None, *,
                 reason: str = "", countdown: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("recheckOptions")
        self._base = base
        self._left = countdown
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.clean = QRadioButton(self)
        self.clean.setChecked(True)
        self.persona = QRadioButton(self)
        self.persona_file = QLineEdit(self)
        self.persona_file.setEnabled(False)
        self.browse = QPushButton(self)
        self.browse.setEnabled(False)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.persona_file, 1)
        row.addWidget(self.browse)
        self.countdown_label = QLabel(self)
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.clean, self.persona):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.persona.toggled.connect(self._on_persona)
        self.browse.clicked.connect(self._on_browse)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.persona_file.textEdited.connect(self._stop_countdown)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_tick)
        self._texts(case_number, reason)
        self._unprompted = countdown > 0
        if countdown > 0:
            self._timer.start()
            self._show_countdown()

    def showEvent(self, event: QShowEvent) -> None:
        """Asked unprompted (a countdown), no button is the default: an Enter typed for something else must not
        start the re-check (the button box makes its OK the default as it is shown, hence here)."""
        super().showEvent(event)
        if self._unprompted:
            for button in self.findChildren(QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def _texts(self, case_number: str, reason: str) -> None:
        self.setWindowTitle(self.tr("Takedown re-check"))
        intro = self.tr("Re-check every captured address of case {case} in a separate headless browser. Each "
                        "result is stored as evidence with its screenshot.").format(case=case_number)
        self.intro.setText(f"{reason}\n\n{intro}" if reason else intro)
        self.clean.setText(self.tr("&Clean browser, no cookies (what the public sees; recommended)"))
        self.persona.setText(self.tr("With a &persona's saved cookies (only when the content needs a login):"))
        self.persona_file.setPlaceholderText(self.tr("Storage-state file (.json)"))
        self.persona_file.setAccessibleName(self.tr("Persona's storage-state file"))  # the hint is no name to a reader
        self.browse.setText(self.tr("&Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start re-check"))

    def _on_persona(self, on: bool) -> None:
        self._stop_countdown()
        self.persona_file.setEnabled(on)
        self.browse.setEnabled(on)

    def _on_browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Persona cookies"), str(save_folder(self)),
                                                    self.tr("Storage state (*.json)"))
        forget_file_dialog_folders()
        if path:
            self.persona_file.setText(path)

    def _show_countdown(self) -> None:
        self.countdown_label.setText(self.tr("Starting with a clean browser in {seconds} s.").format(
            seconds=self._left))

    def _on_tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._timer.stop()
            self.accept()
        else:
            self._show_countdown()

    def _stop_countdown(self) -> None:
        self._timer.stop()
        self.countdown_label.clear()

    def _on_ok(self) -> None:
        if self.persona.isChecked() and not Path(self.persona_file.text().strip()).is_file():
            self.error.show_error(self.tr("Choose the persona's storage-state file, or use a clean browser."))
            return
        self.accept()

    def config(self) -> RecheckConfig:
        if self.persona.isChecked():
            return replace(self._base, storage_state=Path(self.persona_file.text().strip()))
        return replace(self._base, storage_state=None)


class RecheckPanel(QWidget):
    """The case's re-check tab: the button, progress, and every re-check of the case (earlier ones
    from the vault, new ones as they come). Signals: ``rechecked(case_id)`` after a run stored
    something; ``escalate(case_id)`` pressed on the DNS RPZ hint (content still online)."""

    rechecked = Signal(str)
    escalate = Signal(str)
    COLUMNS = 7  # address, result, HTTP status, final address, reason, capture, checked at

    def __init__(self, source: VaultChecklist, patterns: Callable[[], TakedownPatterns],
                 base_config: RecheckConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recheckPanel")
        self._source = source
        self.base_config = base_config or RecheckConfig()
        self.options_dialog: RecheckOptionsDialog | None = None
        self._case_id = ""
        self.job = RecheckJob(source, patterns, self)
        self._build()
        self._retranslate()
        self.job.progress.connect(self._on_progress)
        self.job.row.connect(self._on_row)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.set_case("")

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("recheckButton")
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("recheckProgress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("recheckStatus")
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("escalationHint")
        self.hint.setWordWrap(True)
        set_text_colour(self.hint, "#b00020", "font-weight: bold;")
        self.escalate_button = QPushButton(self)
        self.hint.hide()
        self.escalate_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress, 3)
        top.addStretch(1)
        hint = QHBoxLayout()
        hint.addWidget(self.hint, 1)
        hint.addWidget(self.escalate_button)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("recheckTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fitted to their text once per listing (ui.common.fit_columns), not in ResizeToContents mode, whose
        # time grew with the square of a case's re-checks.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in ADDRESS_COLUMNS:  # the two addresses share the room (seen: the final address took it
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)  # and the re-checked one was cut)
        self.table.setWordWrap(False)  # an address on one line, cut in the middle so its host and its
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # page both show; the whole one in the tooltip
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(hint)
        layout.addWidget(self.table, 1)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.cancel_button.clicked.connect(self.job.cancel)
        self.escalate_button.clicked.connect(lambda: self.escalate.emit(self._case_id))

    def _retranslate(self) -> None:
        self.intro.setText(self.tr("Opens every captured address of this case again in a clean headless browser "
                                   "and records whether the content was removed, restricted or is still online. "
                                   "Each result is kept as evidence (screenshot, HTTP status, final address)."))
        self.start_button.setText(self.tr("&Re-check now…"))
        self.cancel_button.setText(self.tr("Stop"))
        self.hint.setText(self.tr("Still online: the social authority may ask TWNIC for DNS RPZ blocking "
                                  "(guideline 伍.二). Prepare the request with its evidence."))
        self.escalate_button.setText(self.tr("DNS RPZ request…"))
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Result"), self.tr("HTTP status"),
                                              self.tr("Final address"), self.tr("Why"), self.tr("Capture"),
                                              self.tr("Checked at")])
        self.table.setAccessibleName(self.tr("Re-check results"))  # what a screen reader calls the table

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._reload()
        super().changeEvent(event)

    # -- public --------------------------------------------------------------------------------
    @property
    def case_id(self) -> str:
        return self._case_id

    @property
    def busy(self) -> bool:
        return self.job.running

    def case_number(self, case_id: str) -> str:
        try:
            return self._source.case(case_id).number
        except KnownError:
            return case_id

    def set_case(self, case_id: str) -> None:
        """Show ``case_id``'s re-checks ("" for none). A running re-check goes on for its own case."""
        self._case_id = case_id
        self.error.clear_error()
        self._reload()

    def ask_and_start(self, case_id: str = "", *, reason: str = "", countdown: int = 0) -> RecheckOptionsDialog | None:
        """Ask which browser context to use (window-modal, no nested event loop), then start.
        Returns the dialog (None when nothing can start now)."""
        case_id = case_id or self._case_id
        if not case_id or self.busy:
            return None
        if self.options_dialog is not None:
            self.options_dialog.reject()
        dialog = RecheckOptionsDialog(self.case_number(case_id), self.base_config, self, reason=reason,
                                      countdown=countdown)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.start(dialog.config(), case_id))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.options_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: RecheckOptionsDialog) -> None:
        if self.options_dialog is dialog:
            self.options_dialog = None

    def _on_start_clicked(self) -> None:
        self.ask_and_start()

    def start(self, config: RecheckConfig | None = None, case_id: str = "") -> bool:
        """Start the re-check of ``case_id`` (default: the shown case) with the browser context chosen."""
        case_id = case_id or self._case_id
        if not case_id or self.busy:
            return False
        self.options_dialog = None
        self.error.clear_error()
        self.status.setText(self.tr("Starting the browser…"))
        self.job.start(case_id, config or self.base_config)
        self._update_buttons()
        return True

    def stop(self) -> None:
        """Stop a running re-check (the vault is locking, the window closes)."""
        self.job.cancel()

    # -- filling -------------------------------------------------------------------------------
    def _reload(self) -> None:
        self.table.setRowCount(0)
        self.hint.hide()
        self.escalate_button.hide()
        self.status.clear()
        if self._case_id and self._source.unlocked:
            try:
                earlier = [c for c in captures_in_case(self._source.vault, self._case_id) if c.kind == "recheck"]
            except KnownError as error:
                self.error.show_error(error)
                earlier = []
            for capture in reversed(earlier):
                self._add_row(RecheckRow.from_capture(capture), append=True)
            self._fit_columns()
            if earlier:
                self.status.setText(counted(
                    len(earlier), self.tr("1 earlier re-check of this case."),
                    self.tr("{count} earlier re-checks of this case, newest first.")))
            elif self.job.running and self.job.case_id == self._case_id:
                self.status.setText(self.tr("Re-checking…"))
            else:  # not an empty table alone: say what belongs here and when
                self.status.setText(self.tr("This case has not been re-checked yet. Once the platform has been "
                                            "told to remove the content, re-check that it is gone: the result is "
                                            "kept as evidence (guideline 伍.二)."))
        self._update_buttons()

    def _add_row(self, row: RecheckRow, append: bool = False) -> None:
        index = self.table.rowCount() if append else 0
        self.table.insertRow(index)
        checked = format_time(row.checked_at)
        cells = (row.url, row.classification.label(), str(row.status) if row.status is not None else "-",
                 row.final_url, reason_label(row.reason), row.capture_id, checked)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 1:
                item.setForeground(QBrush(on_base(CLASS_COLORS[row.classification], self)))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(index, column, item)
        if row.classification is Classification.ONLINE and index == 0:
            self.hint.show()
            self.escalate_button.show()
        if not append:  # a result as it comes in; a listing is fitted once, at its end
            self._fit_columns()

    def _fit_columns(self) -> None:
        fit_columns(self.table, (column for column in range(self.COLUMNS) if column not in ADDRESS_COLUMNS))

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (newest first)."""
        return [tuple(self._cell(r, c) for c in range(self.COLUMNS)) for r in range(self.table.rowCount())]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # -- job signals ---------------------------------------------------------------------------
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m addresses"))
        self.progress.show()
        if done < total:
            self.status.setText(self.tr("Re-checking address {n} of {total}…").format(n=done + 1, total=total))

    def _on_row(self, row: RecheckRow) -> None:
        if self.job.case_id == self._case_id:
            self._add_row(row)
            self.table.scrollToTop()

    def _on_finished(self, rows: list[RecheckRow]) -> None:
        self._update_buttons()
        self.progress.hide()
        counts = {c: sum(1 for r in rows if r.classification is c) for c in Classification}
        summary = self.tr("Re-check finished: {removed} removed, {restricted} restricted, {online} still online, "
                          "{unknown} unknown.").format(removed=counts[Classification.REMOVED],
                                                      restricted=counts[Classification.RESTRICTED],
                                                      online=counts[Classification.ONLINE],
                                                      unknown=counts[Classification.UNKNOWN])
        if self.job.case_id == self._case_id:
            self.status.setText(summary)
            self.hint.setVisible(counts[Classification.ONLINE] > 0)
            self.escalate_button.setVisible(counts[Classification.ONLINE] > 0)
        if rows:
            self.rechecked.emit(self.job.case_id)

    def _on_failed(self, error: KnownError) -> None:
        self._update_buttons()
        self.progress.hide()
        self.status.clear()
        self.error.show_error(error)

    def _update_buttons(self) -> None:
        running = self.job.running
        self.start_button.setEnabled(bool(self._case_id) and not running and self._source.unlocked)
        self.cancel_button.setVisible(running)

