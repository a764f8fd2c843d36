"""Tools → Statistics: the unit's figures for a period (``netpatrol stats`` in a window).

The days are typed as officers write them (114/07/01 or 2025-07-01); the figures are the same
sentences the command prints, ready to copy into the evaluation report, and can be saved as the
printed statistics sheet (績效統計表, in Chinese with ROC dates, like every document for the file).

Figures are only ever shown for the period they were counted for: editing a day, a wrong day or a
failed count takes the old figures away (greyed out, with copy and save off) until Count is pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checklist.procedure import Procedure
from app.core.errors import KnownError
from app.core.timeutil import taipei, utc_now
from app.infra.tasks import TaskRunner
from app.reports.issue import PrintedStatistics, print_statistics
from app.reports.statistics import statistics_lines
from app.ui.clipboard import copy_text
from app.ui.common import BusyBar, ErrorLabel, ask_pdf_target, resize_within_screen
from app.ui.language import OFFICIAL_LANGUAGE
from app.ui.period import PeriodFields
from app.vault import Vault
from app.vault.stats import Period, unit_statistics


class StatisticsDialog(QDialog):

    def __init__(self, tasks: TaskRunner, vault: Vault, procedure: Callable[[], Procedure],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsDialog")
        self._tasks, self._vault, self._procedure = tasks, vault, procedure
        today = today or taipei(utc_now()).date()
        self.period_fields = PeriodFields(today.replace(day=1), today, self)
        self.first, self.last = self.period_fields.first, self.period_fields.last
        self.compute = self.period_fields.button
        self.compute.setObjectName("computeStatistics")
        self.figures = QPlainTextEdit(self)
        self.figures.setReadOnly(True)
        self.figures.setObjectName("statisticsText")
        self.figures.setFont(QFont("monospace"))
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.copy = QPushButton(self)
        self.save = QPushButton(self)
        self.save.setObjectName("saveStatistics")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("statisticsPrinted")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.counted: Period | None = None  # the period the figures shown were counted for
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out()
        self.period_fields.requested.connect(self._on_compute)
        self.copy.clicked.connect(lambda: copy_text(self.figures.toPlainText()))
        self.save.clicked.connect(self._on_save)
        self.first.textEdited.connect(self._set_stale)
        self.last.textEdited.connect(self._set_stale)
        self.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 760, 520)
        self._retranslate()
        self._on_compute()

    def _lay_out(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy)
        bottom.addWidget(self.save)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_fields)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.figures, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(bottom)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics for the performance evaluation"))
        self.compute.setText(self.tr("&Count"))
        self.figures.setAccessibleName(self.tr("The figures"))  # what a screen reader calls the text
        self.copy.setText(self.tr("Cop&y the figures"))
        self.save.setText(self.tr("Save as &PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _period(self) -> Period | None:
        try:
            return self.period_fields.period()
        except KnownError as error:
            self._set_stale()
            self.error.show_error(error)
            return None

    def _set_stale(self) -> None:
        """The days no longer say what the figures shown were counted for."""
        self.counted = None
        self._update()

    def _update(self) -> None:
        ready = self.counted is not None and self.busy.isHidden()
        self.figures.setEnabled(self.counted is not None)
        self.copy.setEnabled(ready)
        self.save.setEnabled(ready)
        self.period_fields.set_busy(not self.busy.isHidden())  # the days stay those being counted or printed

    def _start(self) -> None:
        self.error.clear_error()
        self.outcome.hide()
        self.busy.set_busy(True)
        self._update()

    def _on_compute(self) -> None:
        period = self._period()
        if period is None:
            return
        self._start()
        vault, procedure = self._vault, self._procedure()
        self._tasks.run(lambda: (period, statistics_lines(unit_statistics(vault, procedure, period), procedure)),
                        lambda result: self._show(*result), self._on_failed, owner=self)

    def _show(self, period: Period, lines: list[str]) -> None:
        self.busy.set_busy(False)
        self.counted = period
        self.figures.setPlainText("\n".join(lines))
        self._update()

    def _on_failed(self, error: KnownError) -> None:
        """Not counted: no figures stand for the days typed."""
        self.counted = None
        self._on_print_failed(error)

    def _on_print_failed(self, error: KnownError) -> None:
        """Not written (a full disk, a folder gone): the figures shown still hold; save elsewhere."""
        self.busy.set_busy(False)
        self.error.show_error(error)
        self._update()

    def _on_save(self) -> None:
        period = self.counted
        if period is None:
            return
        target = ask_pdf_target(self, self.tr("Save the statistics sheet as PDF"),
                                f"statistics-{period.first.isoformat()}-{period.last.isoformat()}.pdf")
        if target is not None:
            self.print_sheet(target)

    def print_sheet(self, target: Path) -> None:
        """Print the sheet for the period shown, on the pool, through the same path as ``netpatrol
        stats -o``. The figures are counted again as it is printed (they go with the chain head on
        its pages), and the window then shows the ones printed."""
        period = self.counted
        if period is None:
            return
        self._start()
        vault, procedure = self._vault, self._procedure()

        def printed() -> tuple[PrintedStatistics, list[str]]:
            result = print_statistics(vault, procedure, period, target, OFFICIAL_LANGUAGE)
            return result, statistics_lines(result.statistics, procedure)

        self._tasks.run(printed, lambda result: self._on_printed(period, *result), self._on_print_failed, owner=self)

    def _on_printed(self, period: Period, printed: PrintedStatistics, lines: list[str]) -> None:
        self._show(period, lines)
        self.outcome.setText(self.tr("Saved {file} (SHA-256 {sha256}).").format(file=printed.path,
                                                                                  sha256=printed.sha256))
        self.outcome.show()
