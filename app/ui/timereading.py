"""Date-time editors in Taipei time, and beside one in the Chinese interface how the time typed reads in
the documents.

Kept out of ``ui.common``, which the browser imports at start-up: only the dialogs with date-time
editors need it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QEvent, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QWidget

from app.core.timeutil import time_text
from app.ui.language import current_language

TAIPEI_ZONE = QTimeZone(b"Asia/Taipei")


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), TAIPEI_ZONE)


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def taipei_edit(moment: datetime, parent: QWidget) -> QDateTimeEdit:
    """A date-time editor that shows and edits Taipei time whatever zone the machine is set to. An editor in the
    machine's zone cannot hold a Taipei wall time that falls in that zone's daylight-saving gap (seen: 02:30 typed
    on 14 March 2027 on a machine set to New York became 03:30)."""
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(TAIPEI_ZONE)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    edit.setDateTime(to_qdatetime(moment))
    return edit


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
