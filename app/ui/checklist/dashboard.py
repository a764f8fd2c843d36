"""Every running statutory clock across cases: deadline in Taipei time, time left, overdue in red."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checklist.clocks import ClockStatus, format_remaining
from app.core.errors import KnownError
from app.core.i18n import counted
from app.core.timeutil import date_text, short_date_text
from app.infra.tasks import TaskRunner
from app.ui.checklist.icons import clock_color
from app.ui.checklist.source import ChecklistSource
from app.ui.common import ErrorLabel, fit_columns, format_short, format_time
from app.ui.language import current_language
from app.ui.tones import on_base

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
REFRESH_MS = 30_000
# Fitted to their text up to these widths, wrapping beyond them onto more lines; the case column shows
# the number alone. Seen beside a 420 px case list: with the case's number and title and the legal basis
# each on one line, the clock's own name (which deadline) read 「…」 and the time left was cut off.
CAPPED_COLUMNS = {1: 220, 2: 110, 3: 90, 4: 90, 5: 140}


def format_date(day: date) -> str:
    """A Taipei calendar date: 民國115年5月26日 in Chinese, 2027-05-26 in English."""
    return date_text(day, current_language())


def _when(day: date | None, moment: datetime | None, language: str) -> tuple[str, str]:
    """A clock's start or deadline as the table shows it and as its tooltip says it in full: a day for
    the retention period (116/05/19), else a time in the compact form of the case list (115/11/30
    09:43), which wraps onto two lines at its space where a long day would not."""
    if day is not None:
        return short_date_text(day, language), format_date(day)
    if moment is not None:
        return format_short(moment), format_time(moment)
    return "", ""


def _two_lines(label: str) -> str:
    """A header whose remark in brackets goes on a second line, as its column's times do."""
    for bracket in ("（", " ("):
        if bracket in label:
            head, _, rest = label.partition(bracket)
            return f"{head}\n{bracket.strip()}{rest}"
    return label


class _Item(QTableWidgetItem):
    """Sorts by the value stored under SORT_ROLE (a time, a number), not by the displayed text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


class ClocksDashboard(QWidget):
    """Emits ``case_activated(case_id)`` when a row is double-clicked."""

    case_activated = Signal(str)
    COLUMNS = 7  # case, clock, legal basis, started, deadline, time left, state

    def __init__(self, source: ChecklistSource, parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setObjectName("clocksDashboard")
        self._source = source
        self._clocks: list[ClockStatus] = []
        self._fitting = False  # columns being fitted to a new fill: rows are fitted once, after
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("clocksSummary")
        self.refresh_button = QPushButton(self)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.error = ErrorLabel(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("clocksTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fitted once per fill (_fit_columns; see ui.common.fit_columns): in ResizeToContents mode 100 clocks
        # took 1.2 s to list, every 30 s while the tab is shown. The officer may widen a column; rows follow.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_column_resized)
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(True)
        self.table.sortItems(4, Qt.SortOrder.AscendingOrder)  # soonest deadline first
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemDoubleClicked.connect(self._on_double_click)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._retranslate()

    # -- public --------------------------------------------------------------------------------------
    def refresh(self, now: datetime | None = None) -> None:
        """Re-read the clocks (every 30 s while shown, so the time left stays true); with a runner,
        off the UI thread."""
        if self._runner is not None:
            self._runner.run(lambda: self._source.running_clocks(now), self._show_clocks, self.error.show_error)
            return
        try:
            self._show_clocks(self._source.running_clocks(now))
        except KnownError as error:
            self.error.show_error(error)

    def _show_clocks(self, clocks: list[ClockStatus]) -> None:
        self._clocks = clocks
        self.error.clear_error()
        self._fill()

    @property
    def clocks(self) -> list[ClockStatus]:
        return list(self._clocks)

    # -- Qt ------------------------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:
        self.refresh()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.table.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Clock"), self.tr("Legal basis"),
                                              self.tr("Started"), _two_lines(self.tr("Deadline (Taipei)")),
                                              self.tr("Time left"), self.tr("State")])
        self.table.setAccessibleName(self.tr("Running clocks"))  # what a screen reader calls the table

    # -- filling -------------------------------------------------------------------------------------
    def _fill(self) -> None:
        language = current_language()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self._clocks))
        labels: dict[str, tuple[str, str]] = {}
        for row, clock in enumerate(self._clocks):
            if clock.case_id not in labels:
                labels[clock.case_id] = self._case_label(clock.case_id)
            self._fill_row(row, clock, labels[clock.case_id], language)
        self.table.setSortingEnabled(True)  # re-sorts by the officer's chosen column
        self._fit_columns()
        overdue = sum(1 for c in self._clocks if c.state.value == "overdue")
        self.summary.setText(self.tr("{running}, {overdue} overdue.").format(
            running=counted(len(self._clocks), self.tr("1 running clock"), self.tr("{count} running clocks")),
            overdue=overdue) if self._clocks else self.tr("No clock is running."))

    def _fit_columns(self) -> None:
        self._fitting = True
        try:
            fit_columns(self.table, range(self.COLUMNS), CAPPED_COLUMNS)
        finally:
            self._fitting = False
        self.table.resizeRowsToContents()

    def _on_column_resized(self, *_section: int) -> None:
        if not self._fitting:  # the officer widened a column: its text wraps onto fewer lines
            self.table.resizeRowsToContents()

    def _case_label(self, case_id: str) -> tuple[str, str]:
        """The case's number for the cell, its number and title for the tooltip: the case list beside
        the table shows the titles, and a title here took the room of the clock's name."""
        try:
            case = self._source.case(case_id)
        except KnownError:
            return case_id, case_id
        return case.number, f"{case.number} {case.title}"

    def _fill_row(self, row: int, clock: ClockStatus, case_label: tuple[str, str], language: str) -> None:
        retention = clock.clock.kind == "retention"
        started, started_full = _when(clock.start_date if retention else None, clock.started_at, language)
        deadline, deadline_full = _when(clock.end_date if retention else None, clock.deadline, language)
        full = {0: case_label[1], 3: started_full, 4: deadline_full}
        remaining = clock.remaining
        cells = [
            (case_label[0], case_label[1]),
            (clock.clock.label.text(language), clock.clock.label.text(language)),
            (clock.basis_label.text(language), clock.basis_label.text(language)),
            (started, clock.started_at.timestamp() if clock.started_at else 0.0),
            (deadline, clock.deadline.timestamp() if clock.deadline else 0.0),
            (format_remaining(remaining, unbroken_amount=True) if remaining is not None else "",
             remaining.total_seconds() if remaining is not None else 0.0),
            (clock.state_label, clock.state.value),
        ]
        color = clock_color(clock.state)
        for column, (text, key) in enumerate(cells):
            item = _Item(text)
            item.setData(SORT_ROLE, key)
            item.setData(CASE_ROLE, clock.case_id)
            if column == 4 and retention:
                item.setToolTip(self.tr("Data must be kept through {end} (Taipei date).").format(end=deadline_full))
            else:
                item.setToolTip(full.get(column, text))
            if color is not None:
                item.setForeground(QBrush(on_base(color, self)))
                if clock.state.value == "overdue":
                    font = QFont(self.font())
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, column, item)

    def _on_double_click(self, item: QTableWidgetItem) -> None:
        case_id = item.data(CASE_ROLE)
        if case_id:
            self.case_activated.emit(str(case_id))
