"""Tools → Statistics: the unit's figures for a period (``netpatrol stats`` in a window).

The days are typed as officers write them (114/07/01 or 2025-07-01); the figures are the same
sentences the command prints, ready to copy into the evaluation report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checklist.procedure import Procedure, current_language
from app.core.errors import KnownError
from app.core.timeutil import ROC_EPOCH_YEAR, taipei, utc_now
from app.infra.tasks import TaskRunner
from app.reports.statistics import statistics_lines
from app.ui.common import BusyBar, ErrorLabel, resize_within_screen
from app.vault import Vault
from app.vault.stats import Period, day_of, unit_statistics


def day_text(day: date) -> str:
    """How the field shows a day: 114/07/01 in Chinese, 2025-07-01 in English (both are accepted)."""
    if current_language() == "en":
        return day.isoformat()
    return f"{day.year - ROC_EPOCH_YEAR}/{day:%m/%d}"


class StatisticsDialog(QDialog):
    def __init__(self, tasks: TaskRunner, vault: Vault, procedure: Callable[[], Procedure],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsDialog")
        self._tasks, self._vault, self._procedure = tasks, vault, procedure
        today = today or taipei(utc_now()).date()
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.first = QLineEdit(day_text(today.replace(day=1)), self)
        self.last = QLineEdit(day_text(today), self)
        self.compute = QPushButton(self)
        self.compute.setObjectName("computeStatistics")
        self.figures = QPlainTextEdit(self)
        self.figures.setReadOnly(True)
        self.figures.setObjectName("statisticsText")
        self.figures.setFont(QFont("monospace"))
        self.error = ErrorLabel(self)
        self.busy = BusyBar(self)
        self.copy = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out()
        self.compute.clicked.connect(self._on_compute)
        self.first.returnPressed.connect(self._on_compute)
        self.last.returnPressed.connect(self._on_compute)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.figures.toPlainText()))
        self.buttons.rejected.connect(self.reject)
        resize_within_screen(self, 760, 520)
        self._retranslate()
        self._on_compute()

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        for widget in (self.first_label, self.first, self.last_label, self.last, self.compute):
            period.addWidget(widget)
        period.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.figures, 1)
        layout.addLayout(bottom)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statistics for the performance evaluation"))
        self.first_label.setText(self.tr("&From:"))
        self.first_label.setBuddy(self.first)
        self.last_label.setText(self.tr("&To:"))
        self.last_label.setBuddy(self.last)
        for field in (self.first, self.last):
            field.setPlaceholderText(self.tr("114/07/01 or 2025-07-01"))
        self.compute.setText(self.tr("&Count"))
        self.copy.setText(self.tr("Cop&y the figures"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _period(self) -> Period | None:
        try:
            return Period(day_of(self.first.text()), day_of(self.last.text()))
        except KnownError as error:
            self.error.show_error(error)
            return None

    def _on_compute(self) -> None:
        period = self._period()
        if period is None:
            return
        self.error.clear_error()
        self.busy.set_busy(True)
        self.compute.setEnabled(False)
        vault, procedure = self._vault, self._procedure()
        self._tasks.run(lambda: statistics_lines(unit_statistics(vault, procedure, period), procedure),
                        self._on_counted, self._on_failed, owner=self)

    def _on_counted(self, lines: list[str]) -> None:
        self.busy.set_busy(False)
        self.compute.setEnabled(True)
        self.figures.setPlainText("\n".join(lines))

    def _on_failed(self, error: KnownError) -> None:
        self.busy.set_busy(False)
        self.compute.setEnabled(True)
        self.error.show_error(error)
