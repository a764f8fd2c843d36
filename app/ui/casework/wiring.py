"""Puts the case-work screens into the main window and keeps them in step with it.

Built once by the composition root (``app.main._wire_panels``) with everything it needs passed in:
the checklist as a tab of the case view, the takedown re-check as another, the clocks dashboard as a
work-area tab, the reminder banner in a bar under the toolbar (and desktop notifications through the
tray icon where the desktop has one), the Documents… and Re-check… actions in the Case menu and the
toolbar, the reminder service and the automatic re-check on timers. All of them follow the vault
through :class:`~app.ui.casework.source.VaultChecklist`: on lock the timers stop, the banner
empties and a running re-check is stopped; on unlock they start again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QToolBar, QVBoxLayout, QWidget

from app.capture.recheck import RecheckConfig
from app.capture.takedown import TakedownPatterns
from app.checklist.engine import closing_step_note
from app.checklist.procedure import Procedure
from app.core.errors import KnownError
from app.core.i18n import translate
from app.core.timeutil import Clock, utc_now
from app.infra.reminders import ReminderService
from app.infra.tasks import TaskRunner
from app.reports.model import Agencies
from app.reports.notices import DocumentKind
from app.ui.casework.documents import DocumentsDialog
from app.ui.casework.recheck import RecheckPanel
from app.ui.casework.scheduler import AutoRecheckScheduler, DueRecheck
from app.ui.casework.source import VaultChecklist
from app.ui.casework.statistics import StatisticsDialog
from app.ui.checklist import ChecklistPanel, ClocksDashboard, ReminderBanner
from app.ui.common import format_time, show_known_error
from app.ui.mainwindow import MainWindow, toolbar_text
from app.vault import Vault

log = logging.getLogger(__name__)
AUTO_COUNTDOWN_S = 60


class ReminderBar(QToolBar):
    """The window-wide strip that holds the reminder banner; shown only while the banner is.

    A toolbar sizes what it holds by its size hint, which for wrapped text is the height of its
    narrowest layout; the holder is therefore given the height its text needs at the bar's width."""

    def __init__(self, banner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self._banner = banner
        self._holder = QWidget(self)  # the toolbar shows and hides what it holds; the banner decides for itself
        layout = QVBoxLayout(self._holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(banner)
        self.addWidget(self._holder)
        banner.installEventFilter(self)
        self.setVisible(not banner.isHidden())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._banner:
            if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
                self.setVisible(event.type() == QEvent.Type.ShowToParent)
            if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.LayoutRequest):
                self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.width() - 16, 200)
        height = self._holder.heightForWidth(width)
        self._holder.setFixedHeight(height if height > 0 else self._holder.sizeHint().height())


class Casework(QObject):
    """Owns the case-work screens and services of one main window (see the module docstring)."""

    def __init__(self, window: MainWindow, tasks: TaskRunner, procedure: Callable[[], Procedure],
                 agencies: Callable[[], Agencies], patterns: Callable[[], TakedownPatterns],
                 recheck_config: RecheckConfig | None = None, *, clock: Clock = utc_now,
                 reminder_ms: int = 30_000, schedule_ms: int = 60_000, tray: bool = True,
                 opener: Callable[[QUrl], object] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self._agencies = agencies
        self._opener = opener
        self.source = VaultChecklist(procedure)
        window.set_procedure(procedure)
        self.checklist = ChecklistPanel(self.source)
        self.recheck = RecheckPanel(self.source, patterns, recheck_config)
        self.dashboard = ClocksDashboard(self.source, runner=tasks)
        self.reminders = ReminderService(self.source.running_clocks, clock=clock, interval_ms=reminder_ms,
                                         runner=tasks, parent=self)
        self.tray = self._make_tray() if tray else None
        self.banner = ReminderBanner(self.reminders, self.source, self.tray)
        self.reminder_bar = ReminderBar(self.banner, window)
        self.scheduler = AutoRecheckScheduler(self.source, self.offer_recheck, clock=clock, interval_ms=schedule_ms,
                                              runner=tasks, parent=self)
        self.documents_dialog: DocumentsDialog | None = None
        self.auto_countdown_s = AUTO_COUNTDOWN_S
        self._install()
        self._connect_signals()
        self._retranslate()
        window.installEventFilter(self)
        self.set_vault(window.vault)

    # -- building ------------------------------------------------------------------------------
    def _install(self) -> None:
        window = self.window
        window.add_case_tab(self.checklist, lambda: translate("Casework", "Checklist"))
        window.add_case_tab(self.recheck, lambda: translate("Casework", "Takedown re-check"))
        window.add_work_panel(self.dashboard, lambda: translate("Casework", "Clocks"))
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.reminder_bar)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # toolbars added later go on a row of their own
        style = window.style()
        self.act_documents = QAction(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), "", window)
        self.act_documents.setObjectName("caseDocuments")
        self.act_documents.setShortcut(QKeySequence("Ctrl+D"))
        self.act_recheck = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "", window)
        self.act_recheck.setObjectName("caseRecheck")
        window.menu_case.addSeparator()
        window.menu_case.addActions([self.act_documents, self.act_recheck])
        self.act_statistics = QAction(window)
        self.act_statistics.setObjectName("statistics")
        window.menu_tools.insertAction(window.act_settings, self.act_statistics)
        first_tool = window.toolbar.actions()[2] if len(window.toolbar.actions()) > 2 else None
        window.toolbar.insertActions(first_tool, [self.act_documents, self.act_recheck])  # type: ignore[arg-type]

    def _make_tray(self) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.info("no system tray: reminders are shown in the window only")
            return None
        icon = self.window.windowIcon()
        if icon.isNull():
            icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        tray = QSystemTrayIcon(icon, self)
        tray.activated.connect(lambda _reason: self._raise_window())
        tray.show()
        return tray

    def _connect_signals(self) -> None:
        window = self.window
        window.vault_changed.connect(self.set_vault)
        window.case_selected.connect(self._on_case_selected)
        window.person_added.connect(self._on_person_added)
        # an imported case's clocks (overdue ones too) are checked then, not at the next timed check
        window.case_imported.connect(self._on_case_changed)
        window.closing.connect(self.shutdown)
        window.case_view.case_changed.connect(lambda _case: self._show_status_note())  # the details were saved
        self.checklist.changed.connect(self._on_case_changed)
        self.recheck.rechecked.connect(self._on_case_changed)
        self.recheck.escalate.connect(lambda case_id: self.open_documents(case_id, DocumentKind.DNS_RPZ))
        self.dashboard.case_activated.connect(self.show_checklist)
        self.banner.case_activated.connect(self.show_checklist)
        self.act_documents.triggered.connect(self._on_documents_action)
        self.act_recheck.triggered.connect(self._on_recheck_action)
        self.act_statistics.triggered.connect(self.open_statistics)

    def _retranslate(self) -> None:
        for action, text in ((self.act_documents, translate("Casework", "&Documents…")),
                             (self.act_recheck, translate("Casework", "Re-check &takedown…")),
                             (self.act_statistics, translate("Casework", "S&tatistics for the evaluation…"))):
            action.setText(text)
            action.setIconText(toolbar_text(text))
        self.act_documents.setToolTip(translate("Casework", "Generate the procedure documents of the case (PDF, text, e-mail)"))
        self.act_recheck.setToolTip(translate("Casework", "Re-check the case's captured addresses in a clean browser"))
        self.reminder_bar.setWindowTitle(translate("Casework", "Reminders"))
        if self.tray is not None:
            self.tray.setToolTip(translate("Casework", "NetPatrol: deadline reminders"))
        self._show_status_note()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().eventFilter(watched, event)

    # -- vault and case ------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self.source.set_vault(vault)
        self.checklist.set_case("")
        self.recheck.set_case("")
        self.reminders.forget()
        self.scheduler.forget()
        if vault is None:
            self.reminders.stop()
            self.scheduler.stop()
            self.recheck.stop()
            self.banner.dismiss()
            if self.documents_dialog is not None:
                self.documents_dialog.reject()
        else:
            self.reminders.start()
            self.scheduler.start()
            self.dashboard.refresh()
        self._update_actions()
        self._show_status_note()

    def _on_case_selected(self, case_id: str) -> None:
        self.checklist.set_case(case_id)
        self.recheck.set_case(case_id)
        self._update_actions()
        self._show_status_note()

    def _update_actions(self) -> None:
        has_case = bool(self.window.current_case_id()) and self.source.unlocked
        self.act_documents.setEnabled(has_case)
        self.act_recheck.setEnabled(has_case)
        self.act_statistics.setEnabled(self.source.unlocked)

    def open_statistics(self) -> StatisticsDialog | None:
        """Beside the main window, like the vault audit log: counting a year does not keep the officer out
        of the cases meanwhile."""
        if not self.source.unlocked:
            return None
        return self.window.show_tool_window(
            "statistics", lambda vault: StatisticsDialog(self.tasks, vault, lambda: self.source.procedure, self.window))

    def _on_person_added(self, case_id: str, sealed: bool) -> None:
        """A sealed person's identity is sealed as it is added: that is the procedure's sealing step
        (``person.sealed``), as ``netpatrol person add`` reports it."""
        if sealed and self.source.unlocked:
            self.source.on_event(case_id, "person.sealed", data={"evidence": []})
            self._on_case_changed(case_id)

    def _on_case_changed(self, case_id: str) -> None:
        """A tick, an undo, a document or a re-check changed the case's steps: the clocks are checked again at
        once, so a reminder of a clock just stopped leaves the banner with the tick (not at the next timed check)."""
        if case_id == self.window.current_case_id():
            self.checklist.refresh()
            self._show_status_note()
        self.dashboard.refresh()
        if self.source.unlocked:
            self.reminders.check()

    def _show_status_note(self) -> None:
        """Under the case's status: a case marked closed whose checklist step 「結案」 is not recorded. Only that
        step stops the statutory clocks (the status is a word the officer chooses, which no law reads), so the
        reminders of such a case go on; seen: set to 已結案, the case still had its overdue report on the banner, and
        nothing on the case said why."""
        case, view = self.window.case_view.case, self.checklist.view
        note = ""
        if case is not None and view is not None and view.case_id == case.id and self.source.unlocked:
            note = closing_step_note(case.status, view)
        self.window.case_view.set_status_note(note)

    def show_checklist(self, case_id: str) -> None:
        """Open a case at its checklist (from the dashboard or a reminder)."""
        self._raise_window()
        self.window.select_case(case_id)
        self.window.case_view.tabs.setCurrentWidget(self.checklist)

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # -- documents -----------------------------------------------------------------------------
    def _on_documents_action(self) -> None:
        self.open_documents()

    def open_documents(self, case_id: str = "", kind: DocumentKind = DocumentKind.REFERRAL) -> DocumentsDialog | None:
        case_id = case_id or self.window.current_case_id()
        if not case_id or not self.source.unlocked:
            return None
        try:
            agencies = self._agencies()
        except KnownError as error:
            show_known_error(self.window, error)
            return None
        if self.documents_dialog is not None:
            self.documents_dialog.reject()
        dialog = DocumentsDialog(self.source, case_id, agencies, self.tasks, kind=kind, opener=self._opener,
                                 parent=self.window)
        dialog.document_saved.connect(self._on_case_changed)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.documents_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: DocumentsDialog) -> None:
        if self.documents_dialog is dialog:
            self.documents_dialog = None
        dialog.deleteLater()

    # -- re-check ------------------------------------------------------------------------------
    def _on_recheck_action(self) -> None:
        case_id = self.window.current_case_id()
        if not case_id:
            return
        self.window.work_area.setCurrentWidget(self.window.case_view)
        self.window.case_view.tabs.setCurrentWidget(self.recheck)
        self.recheck.ask_and_start(case_id)

    def offer_recheck(self, due: DueRecheck) -> bool:
        """The scheduler found a removal deadline passed with no re-check since: ask, naming the case (clean
        browser by default, started by itself after a countdown), and re-check that case whatever the window
        shows. Not while a question is open: it would be replaced, and its case counted as offered although
        the officer never saw it (seen: a vault with 497 cases past the deadline froze the window for 16 s
        while each question replaced the last). Not over another dialog either, and without moving the
        officer: seen, the question opened over the reveal dialog and took the Enter typed for it, and it
        switched the case shown, and with it the case the browser's captures and downloads go into."""
        if self.recheck.busy or self.recheck.options_dialog is not None or not self.source.unlocked:
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False  # the officer is answering something else: the next check asks
        reason = translate("Casework", "The platform-removal deadline of this case passed at {at} and the content "
                                       "has not been re-checked since.").format(at=format_time(due.deadline))
        return self.recheck.ask_and_start(due.case_id, reason=reason, countdown=self.auto_countdown_s) is not None

    def shutdown(self) -> None:
        self.reminders.stop()
        self.scheduler.stop()
        self.recheck.stop()
        if self.tray is not None:
            self.tray.hide()
