"""A period typed as officers write days (114/07/01 or 2025-07-01), with the button that uses it: the
statistics window and the vault audit log ask for their period the same way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.ui.common import day_text
from app.ui.returnkey import ReturnKey
from app.vault.stats import Period, day_of


class PeriodFields(QWidget):
    requested = Signal()  # the button, or Return in either day

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.first = QLineEdit(day_text(first), self)
        self.last = QLineEdit(day_text(last), self)
        self.button = QPushButton(self)  # its text is the owner's: Count, Show
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_label, self.first, self.last_label, self.last, self.button):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.button.clicked.connect(self.requested)
        self._return_keys = [ReturnKey(day, self.requested.emit) for day in (self.first, self.last)]
        self._retranslate()

    def _retranslate(self) -> None:
        self.first_label.setText(self.tr("&From:"))
        self.first_label.setBuddy(self.first)
        self.last_label.setText(self.tr("&To:"))
        self.last_label.setBuddy(self.last)
        for day in (self.first, self.last):
            day.setPlaceholderText(self.tr("114/07/01 or 2025-07-01"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def period(self) -> Period:
        """The days typed; a KnownError names a wrong day or a period that ends before it begins."""
        return Period(day_of(self.first.text()), day_of(self.last.text()))

    def set_busy(self, busy: bool) -> None:
        """While the period is being used: the days read-only, not disabled (a disabled field passes the
        focus, and the Return that was pressed in it, to the dialog's Close button)."""
        for day in (self.first, self.last):
            day.setReadOnly(busy)
        self.button.setEnabled(not busy)
