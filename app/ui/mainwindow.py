"""The main window: menus, toolbar, status bar, the case panel on the left and the work area on the right.

Layout (a QSplitter)::

    ┌ case panel ─────────┬ work area (QTabWidget) ──────────────────────┐
    │ search, filter      │ [案件] [瀏覽器] [檢核表] …                      │
    │ case list           │  the case view, then panels added by others   │
    │ (extra section)     │                                               │
    └─────────────────────┴───────────────────────────────────────────────┘

API for the other panels (browser, checklist, capture), used by the composition root only:

- :meth:`MainWindow.add_work_panel` ``(widget, title) -> index`` adds a tab to the work area;
  ``title`` may be a callable returning a translated string, re-evaluated on a language switch.
- :meth:`MainWindow.set_case_panel_extra` ``(widget)`` puts a widget under the case list (one slot).
- :meth:`MainWindow.add_case_tab` ``(widget, title)`` adds a section to the case view's own tabs.
- Signals: ``vault_changed(Vault | None)`` (None when locked), ``case_selected(str)`` (case id, ""
  for none), ``closing()`` (a panel lets go: the browser ends a running patrol) and then ``closed()`` (the
  session locks the vault). ``current_case_id()`` and ``vault`` give the current state. The status bar's audit
  chain head follows every committed entry by itself (``AuditLog.watch``), from any panel or thread.

While the vault is locked the whole central area is replaced by a lock screen, so nothing from a
case stays visible; the panels are kept (a logged-in browser session survives a lock).
"""

from __future__ import annotations

import logging
import re
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError, NotFound
from app.core.i18n import counted
from app.core.models import Case, Person, RevealedIdentity, evidence_files_phrase
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import Clock, utc_now
from app.infra import paths
from app.infra.settings import Settings
from app.infra.tasks import TaskRunner
from app.ui.about import AboutDialog
from app.ui.auditlog import VaultAuditDialog
from app.ui.backup import start_backup
from app.ui.cases.auditview import ProcedureSource
from app.ui.cases.caseview import CaseView
from app.ui.cases.dialogs import AddPersonDialog, NewCaseDialog
from app.ui.cases.handoff import ExportCaseDialog, ImportCaseDialog, KeysDialog
from app.ui.cases.listpanel import CaseListPanel
from app.ui.common import FRAME_ALLOWANCE, open_box, resize_within_screen, run_modal, show_known_error
from app.ui.provenance import ProvenanceDialog
from app.ui.reveal import RevealedIdentityDialog, RevealRequestDialog
from app.ui.settings import SettingsDialog
from app.vault import Vault
from app.vault.people import IdentityNotHandedOver
from app.vault.verify import VerifyReport

log = logging.getLogger(__name__)
_ACCELERATOR = re.compile(r"\(&\w\)|&(?=\w)")


def toolbar_text(text: str) -> str:
    """A menu text without its accelerator and ellipsis: 新增案件(&N)… → 新增案件, &New case… → New case."""
    return _ACCELERATOR.sub("", text).replace("…", "").strip()

Title = str | Callable[[], str]
D = TypeVar("D", bound=QDialog)
PREFERRED_SIZE = (1280, 800)
# Where the officer left the divider between the case list and the work area, kept from one start to
# the next as the window's own size and place are.
SPLITTER_STATE = "main-splitter"
LOCK_SHORTCUT = "Ctrl+Shift+L"
_WORK, _LOCKED = range(2)


class HeadRelay:
    """The main window's watch on the audit chain: a committed entry, on whatever thread committed it,
    becomes a queued ``chain_moved`` signal. It holds the window weakly and goes quiet once the window
    is gone, so a vault that outlives its window (locked later, in a test) never reaches a deleted one."""

    def __init__(self, window: MainWindow) -> None:
        self._window = weakref.ref(window)

    def __call__(self, seq: int, digest: str) -> None:
        window = self._window()
        if window is not None and shiboken6.isValid(window):
            window.chain_moved.emit(seq, digest)


class MainWindow(QMainWindow):
    vault_changed = Signal(object)
    case_selected = Signal(str)
    lock_requested = Signal()
    unlock_requested = Signal()
    language_chosen = Signal(str)
    timings_changed = Signal()
    platforms_requested = Signal(object)  # the Settings dialog, to open the platforms editor over
    person_added = Signal(str, bool)  # (case id, sealed): a sealed person's identity was sealed as it was added
    case_imported = Signal(str)  # a case came in from a case file (new, or back with another unit's records)
    closing = Signal()
    closed = Signal()  # after every ``closing`` listener has let go (a running patrol ended): the vault may lock now
    verify_progress = Signal(int, int)  # (evidence files re-hashed, of), from the verifying thread
    chain_moved = Signal(int, str)  # (seq, entry hash) of an entry just committed, from the committing thread

    def __init__(self, tasks: TaskRunner, settings: Settings, platforms: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._tasks = tasks
        self._settings = settings
        self._platforms = tuple(platforms)
        self.vault: Vault | None = None
        self._work_titles: list[tuple[QWidget, Title]] = []
        self.revealed: list[RevealedIdentityDialog] = []
        self.leave_box: QMessageBox | None = None  # the question when a case with unsaved details is left
        self._tool_windows: dict[str, QDialog] = {}  # the modeless tool windows (audit log, file origin, statistics)
        self._procedure: ProcedureSource | None = None  # names checklist steps in the audit views (set_procedure)
        self._case_at_lock: tuple[Path, str] | None = None  # (vault, case) on screen when the vault was locked
        self.reveal_clock: Clock = utc_now
        self.reveal_tick_ms = 1000
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._connect_signals()
        self._head_relay = HeadRelay(self)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self._place_first_time()
        divider = settings.geometry(SPLITTER_STATE)
        if divider is not None:
            self.splitter.restoreState(divider)
        self._retranslate()
        self.set_vault(None)

    def _place_first_time(self) -> None:
        """1280 × 800 where the screen has room, else as much as it has, centred. Seen: on a
        1366 × 768 laptop the fixed size put the status bar (vault state, audit chain head) below the
        screen's edge. A saved geometry needs none of this: Qt fits it to the screen on restoring."""
        resize_within_screen(self, *PREFERRED_SIZE)
        available = self.screen().availableGeometry()
        self.move(available.x() + (available.width() - self.width() - FRAME_ALLOWANCE[0]) // 2,
                  available.y() + (available.height() - self.height() - FRAME_ALLOWANCE[1]) // 2)

    # -- building ------------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.case_list = CaseListPanel(self)
        self.case_view = CaseView(self, self._platforms)
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.setObjectName("casePanel")
        self.left.addWidget(self.case_list)
        self.left.setMinimumWidth(230)  # case numbers and titles stay readable beside a wide browser
        self._extra: QWidget | None = None
        self.work_area = QTabWidget(self)
        self.work_area.setObjectName("workArea")
        self.work_area.setDocumentMode(True)
        self.work_area.addTab(self.case_view, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.work_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 860])
        self.lock_text = QLabel(self)
        self.lock_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_text.setWordWrap(True)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        locked = QWidget(self)
        layout = QVBoxLayout(locked)
        layout.addStretch(1)
        layout.addWidget(self.lock_text)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        self.central.addWidget(locked)
        self.setCentralWidget(self.central)

    def _action(self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        # Ctrl+L is the browser's address bar, as in every browser; on both, Qt fired neither (ambiguous).
        self.act_lock = self._action("lockVault", QKeySequence(LOCK_SHORTCUT), pixmap.SP_BrowserStop)
        self.act_unlock = self._action("unlockVault")
        self.act_backup = self._action("backupVault")
        self.act_quit = self._action("quit", QKeySequence.StandardKey.Quit)
        self.act_new_case = self._action("newCase", QKeySequence.StandardKey.New, pixmap.SP_FileDialogNewFolder)
        self.act_add_person = self._action("addPerson")
        self.act_reveal = self._action("revealPerson")
        self.act_export_case = self._action("exportCase")
        self.act_import_case = self._action("importCase")
        self.act_keys = self._action("workstationKeys")
        self.act_show_cases = self._action("showCasePanel", QKeySequence("Ctrl+1"))
        self.act_show_cases.setCheckable(True)
        self.act_show_cases.setChecked(True)
        self.act_refresh = self._action("refresh", QKeySequence.StandardKey.Refresh, pixmap.SP_BrowserReload)
        self._scope_refresh_key()
        self.act_verify = self._action("verifyVault", None, pixmap.SP_DialogApplyButton)
        self.act_audit_log = self._action("vaultAuditLog")
        self.act_provenance = self._action("fileProvenance")
        self.act_settings = self._action("settings", QKeySequence.StandardKey.Preferences,
                                         pixmap.SP_FileDialogDetailedView)
        self.act_log_folder = self._action("openLogFolder")
        self.act_about = self._action("about", None, pixmap.SP_MessageBoxInformation)

    def _scope_refresh_key(self) -> None:
        """F5 re-reads the case list and the case where the officer works on cases; in the browser, F5 reloads
        the page. A window-wide F5 and the browser's F5 were ambiguous there, and Qt fired neither."""
        self.act_refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.left.addAction(self.act_refresh)
        self.case_view.addAction(self.act_refresh)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_unlock, self.act_lock])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_case = bar.addMenu("")
        self.menu_case.addActions([self.act_new_case, self.act_add_person, self.act_reveal])
        self.menu_case.addSeparator()
        self.menu_case.addActions([self.act_export_case, self.act_import_case])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions([self.act_show_cases, self.act_refresh])
        self.menu_tools = bar.addMenu("")
        self.menu_tools.addActions([self.act_verify, self.act_audit_log, self.act_provenance, self.act_keys,
                                    self.act_settings])
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_log_folder, self.act_about])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.act_new_case, self.act_refresh])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_verify, self.act_settings])
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.act_lock)
        self.addToolBar(self.toolbar)

    def _build_status(self) -> None:
        self.vault_state = QLabel(self)
        self.vault_state.setObjectName("vaultState")
        self.officer_label = QLabel(self)
        self.officer_label.setObjectName("officerLabel")
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("chainHead")
        status = self.statusBar()
        status.addWidget(self.vault_state)
        status.addWidget(self.officer_label, 1)
        status.addPermanentWidget(self.chain_label)

    def _connect_signals(self) -> None:
        self.chain_moved.connect(self._on_chain_moved)
        self.act_lock.triggered.connect(self.lock_requested)
        self.act_unlock.triggered.connect(self.unlock_requested)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.act_quit.triggered.connect(self.close)
        self.act_new_case.triggered.connect(self._on_new_case)
        self.act_add_person.triggered.connect(self._on_add_person_menu)
        self.act_reveal.triggered.connect(self._on_reveal_menu)
        self.act_export_case.triggered.connect(self._on_export_case)
        self.act_import_case.triggered.connect(self._on_import_case)
        self.act_keys.triggered.connect(self._on_keys)
        self.act_show_cases.toggled.connect(self.left.setVisible)
        self.act_refresh.triggered.connect(self._on_refresh)
        self.act_verify.triggered.connect(self._on_verify)
        self.act_backup.triggered.connect(self._on_backup)
        self.act_audit_log.triggered.connect(self.open_audit_log)
        self.act_provenance.triggered.connect(self.open_provenance)
        self.verify_progress.connect(self._on_verify_progress)
        self.act_settings.triggered.connect(self._on_settings)
        self.act_log_folder.triggered.connect(self._on_log_folder)
        self.act_about.triggered.connect(self._on_about)
        self.case_list.case_activated.connect(self.select_case)
        self.case_list.new_case_requested.connect(self._on_new_case)
        self.case_list.import_requested.connect(self._on_import_case)
        self.case_view.case_changed.connect(self._on_case_changed)
        self.case_view.add_person_requested.connect(self._on_add_person)
        self.case_view.reveal_requested.connect(self.request_reveal)

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        texts = {
            self.act_lock: self.tr("&Lock vault"), self.act_unlock: self.tr("&Unlock vault…"),
            self.act_backup: self.tr("&Back up vault…"),
            self.act_quit: self.tr("&Quit"), self.act_new_case: self.tr("&New case…"),
            self.act_add_person: self.tr("&Add person…"), self.act_reveal: self.tr("&Reveal sealed identity…"),
            self.act_export_case: self.tr("&Export case file…"), self.act_import_case: self.tr("&Import case file…"),
            self.act_keys: self.tr("Workstation &keys for case files…"),
            self.act_show_cases: self.tr("&Case list"), self.act_refresh: self.tr("&Refresh"),
            self.act_verify: self.tr("&Verify vault integrity…"), self.act_settings: self.tr("&Settings…"),
            self.act_audit_log: self.tr("Vault &audit log…"),
            self.act_provenance: self.tr("Check a file's &origin…"),
            self.act_log_folder: self.tr("Open &log folder"), self.act_about: self.tr("&About NetPatrol"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(toolbar_text(text))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_case.setTitle(self.tr("&Case"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_tools.setTitle(self.tr("&Tools"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.lock_text.setText(self.tr("The vault is locked.\nCases and evidence are hidden until it is unlocked."))
        self.unlock_button.setText(self.tr("&Unlock…"))
        self.work_area.setTabText(0, self.tr("Case"))
        for widget, title in self._work_titles:
            if callable(title):
                self.work_area.setTabText(self.work_area.indexOf(widget), title())
        self._update_title()
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- API for other panels ------------------------------------------------------------------
    def add_work_panel(self, widget: QWidget, title: Title) -> int:
        """Add a tab to the work area; ``title`` may be a callable (re-translated on a switch)."""
        self._work_titles.append((widget, title))
        return self.work_area.addTab(widget, title() if callable(title) else title)

    def set_case_panel_extra(self, widget: QWidget | None) -> None:
        """Put ``widget`` under the case list (replacing any earlier one); None removes it."""
        if self._extra is not None:
            self._extra.setParent(None)  # type: ignore[call-overload]
        self._extra = widget
        if widget is not None:
            self.left.addWidget(widget)

    def set_procedure(self, procedure: ProcedureSource) -> None:
        """The procedure in force (from the case-work wiring, which loads it): the case's audit tab and the
        vault audit log name a checklist entry's step by its title."""
        self._procedure = procedure
        self.case_view.audit_view.set_procedure(procedure)

    def add_case_tab(self, widget: QWidget, title: Title) -> int:
        return self.case_view.add_tab(widget, title)

    def current_case_id(self) -> str:
        return self.case_view.case.id if self.case_view.case else ""

    # -- vault state ---------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        """Show the work area for an unlocked vault, or the lock screen (None)."""
        if vault is None:
            self.hide_revealed()
            self._close_other_windows()
            if self.vault is not None:
                self._case_at_lock = (self.vault.path, self.current_case_id())
        self._watch_chain(vault)
        self.vault = vault
        unlocked = vault is not None
        self.case_list.set_vault(vault)
        self.case_view.set_vault(vault)
        self.central.setCurrentIndex(_WORK if unlocked else _LOCKED)
        for action in (self.act_lock, self.act_new_case, self.act_add_person, self.act_reveal, self.act_refresh,
                       self.act_verify, self.act_audit_log, self.act_provenance, self.act_export_case,
                       self.act_import_case, self.act_keys, self.act_backup):
            action.setEnabled(unlocked)
        self.act_unlock.setEnabled(not unlocked)
        self._update_title()
        self.refresh_status()
        self.vault_changed.emit(vault)
        self.case_selected.emit("")
        if vault is not None:
            self._return_to_case_at_lock(vault)

    def _return_to_case_at_lock(self, vault: Vault) -> None:
        """Unlocking the vault that was locked brings back the case the officer had open, in the tab they were
        on: after an idle lock the window showed no case, and the browser's case box fell back to "no case",
        so the officer had to find the case again before the next download. Another vault starts on none."""
        remembered, self._case_at_lock = self._case_at_lock, None
        if remembered is None or not remembered[1] or remembered[0] != vault.path:
            return
        try:
            vault.case(remembered[1])
        except NotFound:
            return
        self.select_case(remembered[1], bring_forward=False)

    def come_forward(self) -> None:
        """Another start of NetPatrol for this account asked for this window (``infra.single_instance``): shown
        again if minimised, kept maximised if it was, and raised with the dialog it holds (the unlock dialog, say)."""
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
        held = QApplication.activeModalWidget()  # without a window manager to keep it above, it went behind
        if held is not None and held is not self:
            held.raise_()
            held.activateWindow()

    def show_clock_warning(self, text: str) -> QMessageBox:
        """Said at unlock when the workstation's clock reads before the vault's last entry."""
        return open_box(self, QMessageBox.Icon.Warning, self.tr("Check the clock"), text, "clockWarning")

    def show_upgrade_notice(self, text: str) -> QMessageBox:
        """Said at the unlock that upgraded the vault: where the copy of it as it was is kept."""
        return open_box(self, QMessageBox.Icon.Information, self.tr("Vault upgraded"), text, "upgradeNotice")

    def show_other_vault_asked(self, asked: Path, current: Path) -> QMessageBox:
        """Said when NetPatrol was started again for another vault while this window runs (one window per account)."""
        return open_box(self, QMessageBox.Icon.Information, self.tr("NetPatrol is already running"), self.tr(
            "NetPatrol was started again for the vault {asked}. This window keeps {current}: to open the other one, "
            "close NetPatrol, then start it again with that vault.").format(asked=asked, current=current),
            "otherVaultAsked")


    def _close_other_windows(self) -> None:
        """Locking leaves nothing of the vault on screen: every other open window (a capture's result,
        a document being prepared, a saved page, the patrol log…) is closed, a dialog as if cancelled."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    def _watch_chain(self, vault: Vault | None) -> None:
        """Follow the chain head of ``vault`` (and no longer that of the vault shown before)."""
        if self.vault is not None:
            self.vault.audit.unwatch(self._head_relay)
        if vault is not None:
            vault.audit.watch(self._head_relay)

    def _on_chain_moved(self, seq: int, digest: str) -> None:
        if self.vault is not None and self.vault.is_open:  # (a lock's own entry arrives after the lock)
            self._show_chain_head(seq, digest)
            self.case_view.show_last_update(self.case_list.show_changes())

    def _show_chain_head(self, seq: int, digest: str) -> None:
        self.chain_label.setText(self.tr("Audit chain #{seq} {digest}").format(seq=seq, digest=digest[:12]))
        self.chain_label.setToolTip(digest)

    def refresh_status(self) -> None:
        vault = self.vault
        if vault is None or not vault.is_open:
            self.vault_state.setText(self.tr("Vault locked"))
            self.officer_label.setText("")
            self.chain_label.setText("")
            return
        self.vault_state.setText(self.tr("Vault unlocked"))
        officer, unit = vault.meta("officer") or "", vault.meta("unit") or ""
        self.officer_label.setText(self.tr("Officer: {officer} ({unit})").format(officer=officer, unit=unit) if unit
                                   else self.tr("Officer: {officer}").format(officer=officer))
        seq, digest = vault.audit_head().split(":", 1)
        self._show_chain_head(int(seq), digest)

    def _update_title(self) -> None:
        """Application name and, at most, the case number: never a title, note or name."""
        case = self.case_view.case
        name = self.tr("NetPatrol")
        self.setWindowTitle(f"{name} — {case.number}" if case else name)

    # -- cases ---------------------------------------------------------------------------------
    def select_case(self, case_id: str, *, bring_forward: bool = True) -> None:
        """Show ``case_id`` ("" for none); ``bring_forward`` also turns the work area to the case view. Leaving a case
        whose details the officer changed and did not save asks first (seen: notes typed, another case chosen in
        the list, and the notes were gone without a word); the same case is read again with what was typed kept."""
        if case_id and case_id == self.current_case_id():
            self.case_view.reload()
        elif not self._leave_unsaved_details():
            self.case_list.mark(self.current_case_id() or None)  # the list goes back to the case still shown
            return
        else:
            self.case_view.show_case(case_id or None)
        self.case_list.mark(case_id or None)
        if bring_forward:
            self.work_area.setCurrentWidget(self.case_view)
        self._update_title()
        self.case_selected.emit(case_id)

    def _leave_unsaved_details(self) -> bool:
        """Ask what becomes of the shown case's unsaved details: True to go on (saved, or discarded by choice)."""
        view = self.case_view
        if view.case is None or not view.has_unsaved_changes():
            return True
        self.leave_box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Unsaved case details"),
            self.tr("The details of case {number} were changed and not saved.").format(number=view.case.number),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self)
        self.leave_box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = run_modal(self.leave_box)
        self.leave_box = None
        if answer == QMessageBox.StandardButton.Save:
            return view.save_changes()
        return answer == QMessageBox.StandardButton.Discard

    def _on_new_case(self) -> None:
        if self.vault is None:
            return
        dialog = NewCaseDialog(self.vault, self._platforms, self)
        if run_modal(dialog) and dialog.case is not None:
            self.case_list.refresh()
            self.select_case(dialog.case.id)

    def _on_case_changed(self, _case: Case) -> None:
        self.case_list.refresh()
        self._update_title()

    def _on_refresh(self) -> None:
        self.case_list.refresh()
        self.case_view.reload()
        self.refresh_status()

    def _on_add_person_menu(self) -> None:
        if self.case_view.case is None:
            self.statusBar().showMessage(self.tr("Choose a case first."), 5000)
            return
        self._on_add_person(self.case_view.case)

    def _on_add_person(self, case: Case) -> None:
        if self.vault is None:
            return
        dialog = AddPersonDialog(self.vault, case, self)
        if run_modal(dialog) and dialog.person is not None:
            self.person_added.emit(case.id, dialog.person.sealed)
            self.case_view.reload()
            self.case_view.select_person(dialog.person.id)

    # -- case files ----------------------------------------------------------------------------
    def _on_export_case(self) -> ExportCaseDialog | None:
        case = self.case_view.case
        if self.vault is None or case is None:
            self.statusBar().showMessage(self.tr("Choose a case first."), 5000)
            return None
        dialog = ExportCaseDialog(self._tasks, self.vault, case, self)
        dialog.open()
        return dialog

    def _on_import_case(self) -> ImportCaseDialog | None:
        if self.vault is None:
            return None
        dialog = ImportCaseDialog(self._tasks, self.vault, self, procedure=self._procedure)
        dialog.imported.connect(self._on_case_imported)
        dialog.open()
        return dialog

    def _on_case_imported(self, case_id: str) -> None:
        self.case_list.refresh()
        self.select_case(case_id)
        self.case_imported.emit(case_id)

    def open_audit_log(self) -> VaultAuditDialog | None:
        """The whole vault's audit chain for a period, beside the main window (a case double-clicked
        there opens here); closed with the others at a lock."""
        if self.vault is None:
            return None

        def made(vault: Vault) -> VaultAuditDialog:
            dialog = VaultAuditDialog(vault, self, tasks=self._tasks, procedure=self._procedure)
            dialog.case_requested.connect(self.select_case)
            return dialog

        return self.show_tool_window("audit-log", made)

    def open_provenance(self) -> ProvenanceDialog | None:
        """Is a file handed back one this vault produced, unchanged? Beside the main window; closed at a
        lock."""
        if self.vault is None:
            return None
        return self.show_tool_window("provenance", lambda vault: ProvenanceDialog(self._tasks, vault, self))

    def show_tool_window(self, key: str, make: Callable[[Vault], D]) -> D:
        """One window of its kind, shown beside the main window (not blocking it): raised again when it
        is open, made anew once it was closed (a lock closes it; the next vault is another)."""
        shown = self._tool_windows.get(key)
        if shown is not None and shown.isVisible():
            shown.raise_()
            shown.activateWindow()
            return shown  # type: ignore[return-value]
        if shown is not None:
            shown.deleteLater()
        assert self.vault is not None
        dialog = self._tool_windows[key] = make(self.vault)
        dialog.show()
        return dialog

    def _on_keys(self) -> None:
        if self.vault is not None:
            run_modal(KeysDialog(self.vault, self))

    # -- sealed identities ---------------------------------------------------------------------
    def _on_reveal_menu(self) -> None:
        person = self.case_view.selected_person()
        if person is None or not person.sealed:
            self.statusBar().showMessage(self.tr("Choose a sealed person in the case's People tab first."), 5000)
            return
        if not person.identity_here:
            show_known_error(self, IdentityNotHandedOver(pseudonym=shown_pseudonym(person.pseudonym)))
            return
        self.request_reveal(person)

    def request_reveal(self, person: Person) -> RevealRequestDialog | None:
        """Open the reveal request for ``person`` (modeless, so tests and officers can drive it)."""
        vault = self.vault
        if vault is None:
            return None
        dialog = RevealRequestDialog(self._tasks, person, vault.reveal, self._settings.reveal_minutes, self)
        dialog.revealed.connect(self._show_revealed)
        dialog.open()
        return dialog

    def _show_revealed(self, identity: RevealedIdentity) -> None:
        dialog = RevealedIdentityDialog(identity, self, clock=self.reveal_clock, tick_ms=self.reveal_tick_ms)
        dialog.expired.connect(lambda: self._forget_revealed(dialog))
        self.revealed.append(dialog)
        dialog.show()

    def _forget_revealed(self, dialog: RevealedIdentityDialog) -> None:
        if dialog in self.revealed:
            self.revealed.remove(dialog)

    def hide_revealed(self) -> None:
        """Hide every revealed identity at once (the vault locks, the window closes)."""
        for dialog in list(self.revealed):
            dialog.hide_identity()

    # -- tools ---------------------------------------------------------------------------------
    def _on_verify(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.statusBar().showMessage(self.tr("Verifying the vault…"))
        self.act_verify.setEnabled(False)
        self._tasks.run(lambda: vault.verify(progress=self._report_verify_progress),
                        lambda report: self._on_verified(vault, report), self._on_verify_failed, owner=self)

    def _on_backup(self) -> None:
        if self.vault is not None:
            start_backup(self, self.vault, self._tasks, self.act_backup)

    def _report_verify_progress(self, done: int, total: int) -> None:
        """On the verifying thread: every hundredth file, so that re-hashing gigabytes of evidence shows
        it is going on (it said only 「正在驗證保管庫…」 for as long as it took)."""
        if done == total or done % max(1, total // 100) == 0:
            self.verify_progress.emit(done, total)

    def _on_verify_progress(self, done: int, total: int) -> None:
        if not self.act_verify.isEnabled():  # a late report after the result is dropped
            self.statusBar().showMessage(self.tr("Verifying the vault… evidence files re-hashed: {done} of {total}")
                                         .format(done=done, total=total))

    def _on_verified(self, vault: Vault, report: VerifyReport) -> None:
        self.act_verify.setEnabled(self.vault is not None)
        self.statusBar().clearMessage()
        self._show_verification(report)
        # recorded once shown (a vault too damaged to write to still shows its report), and only in the vault
        # checked: it may have been locked while its evidence was re-hashed
        if self.vault is vault:
            try:
                vault.record_verification(report)
            except KnownError as error:
                show_known_error(self, error)

    def _show_verification(self, report: VerifyReport) -> None:
        """The result; a clock set back is told beside it, as a warning, for it is no damage to the vault."""
        notes = "".join("\n\n• " + note for note in report.clock_notes())
        if report.ok:
            intact = self.tr("The vault is intact: {entries}, {rows} and {files} checked.").format(
                entries=counted(report.audit_entries, self.tr("1 audit entry"), self.tr("{count} audit entries")),
                rows=counted(report.rows_checked, self.tr("1 evidence row"), self.tr("{count} evidence rows")),
                files=evidence_files_phrase(report.artifacts_checked))
            if notes:
                QMessageBox.warning(self, self.tr("Vault verified"), intact + notes)
            else:
                QMessageBox.information(self, self.tr("Vault verified"), intact)
        else:
            problems = "\n".join("• " + problem.render() for problem in report.problems)
            QMessageBox.critical(self, self.tr("Integrity problem"), self.tr(
                "The vault failed verification. Keep the file as it is and report it:\n{problems}").format(
                    problems=problems) + notes)

    def _on_verify_failed(self, error: KnownError) -> None:
        self.act_verify.setEnabled(self.vault is not None)
        self.statusBar().clearMessage()
        show_known_error(self, error)

    def _on_settings(self) -> None:
        dialog = SettingsDialog(self._settings, self._tasks, self.vault, self)
        dialog.language_chosen.connect(self.language_chosen)
        dialog.timings_changed.connect(self.timings_changed)
        dialog.platforms_requested.connect(self.platforms_requested)
        dialog.officer_changed.connect(self._on_officer_changed)
        run_modal(dialog)
        self.refresh_status()

    def _on_officer_changed(self) -> None:
        self.refresh_status()

    def _on_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def _on_about(self) -> None:
        run_modal(AboutDialog(self))

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide_revealed()
        self._settings.set_geometry("main", self.saveGeometry())
        self._settings.set_geometry(SPLITTER_STATE, self.splitter.saveState())
        self.closing.emit()
        self.closed.emit()
        super().closeEvent(event)
