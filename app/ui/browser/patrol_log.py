"""The patrol log (勤務紀錄) as the officer reads it: per session or per day, newest first, and
printed as a PDF for the duty file (the same document as ``netpatrol patrol-log``).

Reading the log is itself recorded (``patrol.view_log`` in the audit), since it lists pages an
officer visited under cover; so is printing it (``document.generated``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.i18n import sentences
from app.core.models import persona_label
from app.core.timeutil import roc_date, taipei
from app.infra.tasks import TaskRunner
from app.reports.issue import IssuedFile, print_patrol_log
from app.reports.patrol_log import PatrolLogScope
from app.ui.browser.session import PatrolSession
from app.ui.common import (
    BusyBar,
    ErrorLabel,
    ask_pdf_target,
    day_text,
    fit_columns,
    format_short,
    format_time,
    resize_within_screen,
)
from app.ui.language import OFFICIAL_LANGUAGE, current_language
from app.vault.patrols import Patrol, PatrolEvent, PatrolEventKind, StopReason, event_label

ENTRIES_MAX = 420   # px: the list of patrols or days never takes more than this at first
ENTRY_MARGIN = 24   # px: room for a vertical scroll bar's worth beside the longest entry
FITTED_COLUMNS = (0, 1, 2, 3)  # time, event, tab, persona: as wide as their text; the title 240 px, the address the rest


class PatrolLogView(QWidget):
    BY_SESSION = 0
    BY_DAY = 1

    def __init__(self, session: PatrolSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # off while only the language changes: nothing new is read; and nothing is audited as viewed while the
        # log is hidden (seen: a "viewed" entry at the lock, for a log closed minutes before)
        self._audit_views = True
        self.mode = QComboBox(self)
        self.mode.addItems(["", ""])
        self.refresh_button = QPushButton(self)
        self.entries = QListWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self._retranslate()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Fitted once per listing (ui.common.fit_columns): in ResizeToContents mode a patrol of 100 pages
        # took 0.65 s to list, again at every page opened while the log is shown.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(4, 240)
        self.table.setWordWrap(False)
        self._layout()
        self.mode.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.entries.currentItemChanged.connect(self._on_entry)
        self.session.logged.connect(self._on_logged)
        self.session.changed.connect(self.refresh)
        self.refresh()

    def _retranslate(self) -> None:
        self.mode.setItemText(self.BY_SESSION, self.tr("By patrol"))
        self.mode.setItemText(self.BY_DAY, self.tr("By day"))
        self.refresh_button.setText(self.tr("Refresh"))
        # what a screen reader calls them (the box would be read by its current item alone)
        self.mode.setAccessibleName(self.tr("List the log"))
        self.entries.setAccessibleName(self.tr("Patrols or days"))
        self.table.setAccessibleName(self.tr("Pages and events"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Event"), self.tr("Tab"), self.tr("Persona"),
                                              self.tr("Title"), self.tr("Address")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._audit_views = False
            try:
                self.refresh()  # the entries, dates and event names in the new language
            finally:
                self._audit_views = True
        super().changeEvent(event)

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.mode, 1)
        top.addWidget(self.refresh_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.entries)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self._dragged = False
        self.splitter.splitterMoved.connect(self._on_divider_dragged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _on_divider_dragged(self) -> None:
        self._dragged = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_entries()  # the splitter has its width only now

    def refresh(self) -> None:
        if not self.session.available:  # locked: clearing the list must not read the entry that becomes current
            self.entries.blockSignals(True)
            self.entries.clear()
            self.entries.blockSignals(False)
            self.table.setRowCount(0)
            return
        current = self.entries.currentItem().data(Qt.ItemDataRole.UserRole) if self.entries.currentItem() else None
        self.entries.blockSignals(True)
        self.entries.clear()
        if self.mode.currentIndex() == self.BY_SESSION:
            for patrol in self.session.store.sessions():
                item = QListWidgetItem(self._session_label(patrol, format_short), self.entries)
                item.setToolTip(self._session_label(patrol, format_time))
                item.setData(Qt.ItemDataRole.UserRole, patrol.id)
        else:
            for day in self.session.store.days():
                item = QListWidgetItem(roc_date(day) if current_language() != "en" else day.isoformat(), self.entries)
                item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.entries.blockSignals(False)
        rows = [self.entries.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.entries.count())]
        self.entries.setCurrentRow(rows.index(current) if current in rows else 0)
        if not rows:
            self._show([], self.tr("Nothing has been logged yet. Start a patrol to keep a duty log."))
        self._fit_entries()

    def _fit_entries(self) -> None:
        """The list as wide as its entries, up to a cap, until the officer drags the divider (seen: every
        patrol cut to 「2026-11-29 08:07 (UTC+8) – interrupted (」 above a scroll bar)."""
        if self._dragged:
            return
        wanted = min(self.entries.sizeHintForColumn(0) + 2 * self.entries.frameWidth() + ENTRY_MARGIN, ENTRIES_MAX)
        total = sum(self.splitter.sizes())
        if total > 0:
            self.splitter.setSizes([wanted, max(total - wanted, 0)])

    def _session_label(self, patrol: Patrol, when: Callable[[datetime], str]) -> str:
        """Start – end (or state) and pages; the list shows compact times, its tooltip full ones."""
        if patrol.running:
            state = self.tr("running") if patrol is self.session.active or (
                self.session.active and patrol.id == self.session.active.id) else self.tr("interrupted")
        elif patrol.stop_reason is StopReason.INTERRUPTED:
            state = self.tr("interrupted")
        else:
            state = when(patrol.ended_at) if patrol.ended_at else ""
        return self.tr("{start} – {state} (pages: {pages})").format(
            start=when(patrol.started_at), state=state, pages=patrol.navigations)

    def _on_entry(self, item: QListWidgetItem | None) -> None:
        scope = self._scope_of(item)
        if item is None or scope is None or not self.session.available:
            return
        if scope.patrol_id is not None:
            patrol = self.session.store.get(scope.patrol_id)
            events = self.session.store.events(scope.patrol_id)
            text = self.tr("Patrol {ident} by {officer} on {workstation}.").format(
                ident=patrol.id, officer=patrol.officer, workstation=patrol.workstation)
            if self._audit_views and self.isVisible():
                self.session.audit("patrol.view_log", subject=scope.patrol_id)
        else:
            assert scope.day is not None
            events = self.session.store.events_on(scope.day)
            text = self.tr("All patrols on {day}.").format(day=item.text())
            if self._audit_views and self.isVisible():
                self.session.audit("patrol.view_log", details={"day": scope.day.isoformat()})
        self._show(events, text)

    def _show(self, events: list[PatrolEvent], summary: str) -> None:
        pages = sum(1 for e in events if e.kind is PatrolEventKind.NAVIGATE)
        self.summary.setText(sentences(summary, self.tr("Pages visited: {count}.").format(count=pages)))
        self.table.setRowCount(len(events))
        over_midnight = len({taipei(event.at).date() for event in events}) > 1
        for row, event in enumerate(events):
            title = event.title
            if event.data.get("error"):
                title = f"{title} ⚠ {event.data['error']}".strip()
            for column, value in enumerate((_event_time(event, over_midnight), event_label(event), event.tab,
                                            persona_label(event.persona), title, event.url)):
                cell = QTableWidgetItem(value)
                if column == 0:
                    cell.setToolTip(format_time(event.at))
                self.table.setItem(row, column, cell)
        fit_columns(self.table, FITTED_COLUMNS)

    def _on_logged(self, event: PatrolEvent) -> None:
        item = self.entries.currentItem()
        if item is not None and self.mode.currentIndex() == self.BY_SESSION and item.data(
                Qt.ItemDataRole.UserRole) == event.patrol_id:
            self._on_entry(item)

    def current_scope(self) -> PatrolLogScope | None:
        """The patrol or the day shown, as a document scope (None while nothing is)."""
        return self._scope_of(self.entries.currentItem())

    def _scope_of(self, item: QListWidgetItem | None) -> PatrolLogScope | None:
        """What a list entry stands for: the patrol it names, or the day (one reading for the table shown
        and the PDF printed)."""
        if item is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        if self.mode.currentIndex() == self.BY_SESSION:
            return PatrolLogScope(patrol_id=key)
        return PatrolLogScope(day=date.fromisoformat(key))

    def rows(self) -> list[list[str]]:
        """What the table shows (for tests and the screen reader)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]


def _event_time(event: PatrolEvent, with_date: bool) -> str:
    """The Taipei time of day, with its day before it when the events listed span more than one day, as the
    printed log has it. Seen: a night patrol listed 23:54:00 then 00:06:00, nothing to say the day had
    changed, and a page of 00:06 on 1 Dec read as one of 30 Nov."""
    moment = taipei(event.at)
    return f"{day_text(moment.date())} {moment:%H:%M:%S}" if with_date else f"{moment:%H:%M:%S}"


class PatrolLogDialog(QDialog):
    def __init__(self, session: PatrolSession, parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks or TaskRunner()
        self.printed: IssuedFile | None = None
        self.view = PatrolLogView(session, self)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("patrolLogPrinted")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._on_print)
        self.view.entries.currentItemChanged.connect(self._update)
        self.outcome.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)  # the log takes the room; the lines below only what they need
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._retranslate()
        self._update()
        resize_within_screen(self, 1240, 600)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Patrol log"))
        self.print_button.setText(self.tr("Save as &PDF…"))
        self.print_button.setToolTip(self.tr("The patrol or the day shown, for the duty file (in Chinese, with ROC "
                                             "dates); recorded in the audit log."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        self.print_button.setEnabled(self.view.current_scope() is not None and self.busy.isHidden())

    def _on_print(self) -> None:
        scope = self.view.current_scope()
        if scope is None:
            return
        suggested = f"patrol-log-{scope.patrol_id or (scope.day.isoformat() if scope.day else '')}.pdf"
        target = ask_pdf_target(self, self.tr("Save patrol log as PDF"), suggested)
        if target is not None:
            self.print_log(scope, target)

    def print_log(self, scope: PatrolLogScope, target: Path) -> None:
        """Write the PDF on the pool, through the same path as ``netpatrol patrol-log``."""
        vault = self._session.vault
        if vault is None:
            return
        self.error.clear_error()
        self.outcome.hide()
        self.busy.set_busy(True)
        self._update()
        self._tasks.run(lambda: print_patrol_log(vault, scope, target, OFFICIAL_LANGUAGE), self._on_printed,
                        self._on_failed, owner=self)

    def _on_printed(self, issued: IssuedFile) -> None:
        self.busy.set_busy(False)
        self.printed = issued
        self.outcome.setText(self.tr("Saved {file} (SHA-256 {sha256}).").format(file=issued.path, sha256=issued.sha256))
        self.outcome.show()
        self._update()

    def _on_failed(self, error: KnownError) -> None:
        self.busy.set_busy(False)
        self.error.show_error(error)
        self._update()
