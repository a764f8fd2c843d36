"""Beside a date-time editor in the Chinese interface: how the time typed reads in the documents.

Kept out of ``ui.common``, which the browser imports at start-up: only the dialogs with date-time
editors need it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QWidget

from app.core.timeutil import time_text
from app.ui.language import current_language


class TimeReading(QLabel):
    """Beside a date-time editor in the Chinese interface: how the time typed reads in the documents
    (民國114年7月8日 23:30), since Qt's editors count years the Gregorian way. Hidden in English,
    where the editor already reads as the documents do."""

    def __init__(self, edit: QDateTimeEdit, moment_of: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeReading")
        self._moment_of = moment_of
        edit.dateTimeChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        language = current_language()
        self.setVisible(language != "en")
        self.setText("＝ " + time_text(self._moment_of(), language))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
