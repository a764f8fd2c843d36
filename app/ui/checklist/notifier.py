"""Shows the ReminderService's reminders: in the window (a banner listing them until dismissed) and
as desktop notifications through the system tray, when there is one."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from app.checklist.clocks import ClockStatus, format_remaining
from app.core.errors import KnownError
from app.infra.reminders import Reminder, ReminderService
from app.ui.checklist.icons import DUE, OVERDUE
from app.ui.checklist.source import ChecklistSource
from app.ui.common import format_time
from app.ui.language import current_language
from app.ui.tones import on_window

MAX_SHOWN = 5
SHORT_SCREEN_SHOWN = 2  # on a screen less than SHORT_SCREEN logical pixels high
SHORT_SCREEN = 700  # 1366 × 768 at Windows' 125 % scaling has 614 (574 above the taskbar); at 100 %, 728
SHORT_SCREEN_LINES = 40  # lines of the banner's text: 728 / 16 = 45 with Windows' 9 pt font, 30 with large text
TRAY_MS = 15_000
_NO_DEADLINE = datetime.max.replace(tzinfo=UTC)


def _urgency(reminder: Reminder) -> datetime:
    return reminder.status.deadline or _NO_DEADLINE


class ReminderBanner(QWidget):
    """The in-app part: the latest reminder of each clock, earliest deadline first, until the officer
    dismisses them.
    Emits ``case_activated(case_id)`` when "Open" is pressed."""

    case_activated = Signal(str)

    def __init__(self, service: ReminderService, source: ChecklistSource, tray: QSystemTrayIcon | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self._source = source
        self._tray = tray
        self._reminders: list[Reminder] = []
        # Reminders given by one check make one desktop notification: after a weekend, a toast for
        # each clock would bury the officer's screen.
        self._for_tray: list[Reminder] = []
        self._tray_timer = QTimer(self, singleShot=True, interval=0, timeout=self._notify_tray)
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setWordWrap(True)
        buttons = QVBoxLayout()
        self.open_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open)
        self.dismiss_button.clicked.connect(self.dismiss)
        service.reminder.connect(self.show_reminder)
        service.checked.connect(self.keep_running)
        self._retranslate()
        self.hide()

    @property
    def reminders(self) -> list[Reminder]:
        return list(self._reminders)

    def show_reminder(self, reminder: Reminder) -> None:
        clock = (reminder.status.case_id, reminder.status.clock.id)
        others = [shown for shown in self._reminders if (shown.status.case_id, shown.status.clock.id) != clock]
        self._reminders = sorted([reminder, *others], key=_urgency)
        self._render()
        self.show()
        if self._tray is not None and QSystemTrayIcon.isSystemTrayAvailable() and self._tray.isVisible():
            self._for_tray.append(reminder)
            self._tray_timer.start()

    def keep_running(self, clocks: list[ClockStatus]) -> None:
        """At each check, with the clocks still running: a reminder whose clock stopped (the report made, the
        step undone, the case closed) or started afresh leaves the banner, and the others are told as of this
        check. Seen: 「…已逾期（…已逾期 2 日 23 小時）」 kept above the checklist that said the report was made."""
        running = {(status.case_id, status.clock.id): status for status in clocks}
        kept = []
        for reminder in self._reminders:
            status = running.get((reminder.status.case_id, reminder.status.clock.id))
            if status is not None and status.started_at == reminder.status.started_at:
                kept.append(replace(reminder, status=status))
        if not self._reminders or kept == self._reminders:
            return
        self._reminders = sorted(kept, key=_urgency)
        if self._reminders:
            self._render()
        else:
            self.hide()

    def _notify_tray(self) -> None:
        """One notification for the reminders of one check: the most urgent, and how many there are."""
        reminders, self._for_tray = self._for_tray, []
        if not reminders or self._tray is None:
            return
        first = next((reminder for reminder in reminders if reminder.overdue), reminders[0])
        text = self.message(first)
        if len(reminders) > 1:
            text = self.tr("{count} deadlines need attention. {first}").format(count=len(reminders), first=text)
        icon = QSystemTrayIcon.MessageIcon.Critical if first.overdue else QSystemTrayIcon.MessageIcon.Warning
        self._tray.showMessage(self.tr("NetPatrol deadline"), text, icon, TRAY_MS)

    def message(self, reminder: Reminder) -> str:
        status = reminder.status
        try:
            case = self._source.case(status.case_id).number
        except KnownError:  # a locked vault must not stop a reminder from showing
            case = status.case_id
        label = status.clock.label.text(current_language())
        deadline = format_time(status.deadline) if status.deadline else ""
        left = format_remaining(status.remaining) if status.remaining is not None else ""
        if reminder.overdue:
            return self.tr("Case {case}: {clock} is overdue (deadline {deadline}, {left}).").format(
                case=case, clock=label, deadline=deadline, left=left)
        return self.tr("Case {case}: {clock} is due at {deadline} ({left}).").format(
            case=case, clock=label, deadline=deadline, left=left)

    def dismiss(self) -> None:
        self._reminders = []
        self.hide()

    def _render(self) -> None:
        """The most urgent reminders (earliest deadline first), and how many more there are. The newest
        came first before, so five "due in 5 hours" hid hundreds of overdue clocks (seen on a
        1,000-case synthetic vault)."""
        lines = []
        shown = self.shown_count()
        for reminder in self._reminders[:shown]:
            color = on_window(OVERDUE if reminder.overdue else DUE, self.text)
            lines.append(f'<span style="color:{color}; font-weight:bold">{html.escape(self.message(reminder))}</span>')
        if len(self._reminders) > shown:
            lines.append(html.escape(self.tr("…and {count} more: the Clocks tab lists every running clock.").format(
                count=len(self._reminders) - shown)))
        self.text.setText("<br>".join(lines))

    def shown_count(self) -> int:
        """How many reminders the banner lists: fewer on a short screen. Seen at 1366 × 768 with Windows' 125 %
        scaling: five reminders and the "more" line made the banner 134 of the screen's 574 logical pixels, and
        with it the main window taller than the screen, its status bar below the edge. The same at 100 % with
        large text (Windows' text size, 15 pt): 5 reminders of 24-pixel lines held the window 749 pixels high on a
        screen with 728 above the taskbar. So the screen is short when it holds few lines of the banner's text."""
        screen = self.screen()
        if screen is None:
            return MAX_SHOWN
        height = screen.availableGeometry().height()
        lines = height / max(1, self.text.fontMetrics().lineSpacing())
        return SHORT_SCREEN_SHOWN if height < SHORT_SCREEN or lines < SHORT_SCREEN_LINES else MAX_SHOWN

    def _on_open(self) -> None:
        if self._reminders:
            self.case_activated.emit(self._reminders[0].status.case_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.open_button.setText(self.tr("Open case"))
        self.dismiss_button.setText(self.tr("Dismiss"))
