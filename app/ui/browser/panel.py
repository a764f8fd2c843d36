"""The patrol browser: tabs, address bar, platform launcher, keyword patrols, patrol log, personas,
officer wellness, all inside the main window.

For the capture code (the contract other parts rely on):

- ``panel.current_tab()`` is the tab the officer is looking at; ``tab.page`` its QWebEnginePage;
  ``panel.active_persona()`` the persona label to store with the capture.
- Overlays (keyword highlights, blurred media, grayscale) must not reach evidence. Wrap the capture
  in ``async with panel.evidence_view():`` (or ``panel.suspend_overlays(done)`` …
  ``panel.restore_overlays()``): the page shows exactly what the site sent while the capture runs,
  and the officer's view comes back afterwards. ``keep_highlight=True`` / ``keep_blur=True`` only
  when the officer chose to capture what they see.
- ``panel.record_capture(capture_id, url, title)`` adds the capture to the running patrol's log.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWebEngineCore import QWebEngineNewWindowRequest, QWebEnginePage, QWebEngineProfile
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.core.controlchars import with_controls_visible
from app.core.errors import KnownError, VaultLockedError
from app.core.i18n import QT_TRANSLATE_NOOP, counted, sentences
from app.core.models import ArtifactKind, Case, CaseStatus
from app.core.timeutil import utc_now
from app.infra import browser_policy, patrol_catalog
from app.infra.browser_identity import present_as_ordinary_browser
from app.infra.browser_policy import CertificateProblem, DownloadGuard, DownloadStore, StoredDownload
from app.infra.browser_prefs import BrowserPrefs
from app.infra.page_overlays import OverlayState, overlays_suspended
from app.infra.patrol_catalog import KeywordSet, Platform
from app.infra.personas import DEFAULT_PERSONA, Persona, PersonaManager
from app.infra.tasks import TaskRunner
from app.ui.browser.notice import Level, NoticeBar, in_layout
from app.ui.browser.session import PatrolSession
from app.ui.browser.sidebar import PlatformSidebar
from app.ui.browser.tab import BrowserTab, NavigationRecord
from app.ui.browser.urls import ace_host, display_text, parse_address
from app.ui.common import forget_file_dialog_folders, format_time, show_known_error
from app.ui.tones import set_text_colour
from app.vault import Vault
from app.vault.patrols import Patrol, PatrolEventKind

if TYPE_CHECKING:   # the dialogs are imported when first opened: not needed for the first usable tab
    from app.ui.browser.keyword_dialog import KeywordPatrolDialog
    from app.ui.browser.patrol_log import PatrolLogDialog

NO_PATROL_REMINDER_S = 15 * 60
BREAK_CHECK_MS = 30_000
SNOOZE = timedelta(minutes=10)
BREAK_BY_LOCK = timedelta(minutes=5)  # the vault locked this long under a running patrol: the officer had a break
POPUP_URL_CHARS = 90
CASE_BOX_CASES = 200  # the most recently active open cases in the case box; the main window's case is always there
NO_CASE_KEY = "download-no-case"  # the notice that a download was refused for want of a case (goes once one is chosen)
POPUPS_KEY = "popups"  # the tab's notice about blocked pop-ups (BrowserTab drops it with its page)
LAST_POPUP = "lastPopup"  # Qt property of its button: the address of the last window blocked
NEW_PERSONA = "+new"  # the data of the persona box's last entry, which is not a persona
KEYWORD_SPLIT = re.compile(r"[,，、;；]+")
NO_CASE = QT_TRANSLATE_NOOP("errors", "No case is chosen in the browser: the download was not kept. Choose a case "
                                      "and download again.")


def _clock(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class BrowserPanel(QWidget):
    patrol_changed = Signal(bool)

    def __init__(self, vault: Vault | None, *, prefs: BrowserPrefs | None = None, platforms: list[Platform] | None = None,
                 keyword_sets: list[KeywordSet] | None = None, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.prefs = prefs or BrowserPrefs()
        self.session = PatrolSession(vault, self)
        self.tasks = tasks or TaskRunner()
        self.downloads = DownloadGuard(self._store_download, self._download_refusal, self, runner=self.tasks)
        self.personas = PersonaManager(self.prefs.persona_folder, self._configure_profile, self)
        self.keyword_sets = keyword_sets if keyword_sets is not None else patrol_catalog.load_keyword_sets()
        self._closed: list[tuple[str, str]] = []  # (persona id, URL) of closed tabs, newest last
        self._no_patrol_shown_at = 0.0
        self._break_due = None
        self._log_dialog: PatrolLogDialog | None = None
        self._watching_window = False
        self._build()
        self.sidebar.set_platforms(platforms if platforms is not None else patrol_catalog.load_platforms())
        self._connect_signals()
        self._fill_cases()
        self._fill_personas()
        self._fill_keywords()
        self.set_vault(vault)
        self._on_current_tab(-1)
        browser_policy.clear_staging()

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_patrol_controls()
        self._build_navigation_controls()
        self._build_find_and_status()
        self._build_layout()
        self._retranslate()

    def _build_patrol_controls(self) -> None:
        self.patrol_button = QPushButton(self)
        self.patrol_button.setCheckable(True)
        self.elapsed = QLabel(self)
        self.case_box = QComboBox(self)
        self.persona_box = QComboBox(self)
        for box, letters in ((self.case_box, 12), (self.persona_box, 10)):
            # sized for a case number and a few words, not the longest entry (the list that drops down
            # shows each whole): the case list beside the browser keeps room for its titles
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(letters)
        self.persona_warning = QLabel(self)
        self.persona_warning.setWordWrap(True)
        set_text_colour(self.persona_warning, "#8a5a00")
        self._persona_index = 0  # the persona chosen in the box (its last entry opens the new-persona form)
        self.keyword_patrol_button = QPushButton(self)
        self.highlight_box = QComboBox(self)
        # Made here rather than asked of the box: looking it up by address can hand back a stale
        # wrapper of another type (see panel_notices).
        self.highlight_edit = QLineEdit(self.highlight_box)
        self.highlight_box.setLineEdit(self.highlight_edit)
        self.highlight_box.setMinimumWidth(128)
        self.log_button = QPushButton(self)

    def _build_navigation_controls(self) -> None:
        self.back_button = QToolButton(self)
        self.forward_button = QToolButton(self)
        self.reload_button = QToolButton(self)
        self.address = QLineEdit(self)
        self.address.setClearButtonEnabled(True)
        self.idn_label = QLabel(self)
        set_text_colour(self.idn_label, "#b00020", "font-family: monospace;")
        self.idn_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_out_button = QToolButton(self)
        self.zoom_label = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.find_button = QToolButton(self)
        self.blur_toggle = QCheckBox(self)
        self.gray_toggle = QCheckBox(self)
        self.mute_toggle = QCheckBox(self)
        self.wellness_button = QPushButton(self)  # a push button leaves room for its menu arrow; after the boxes in Tab
        self._build_wellness_menu()
        self.new_tab_button = QToolButton(self)

        self.notices = QVBoxLayout()
        self.notices.setSpacing(1)
        self.sidebar = PlatformSidebar(self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.empty_hint = QLabel(self)  # shown instead of the tabs while none is open
        self.empty_hint.setObjectName("browserEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_colour(self.empty_hint, "#555555", "padding: 24px;")

    def _build_find_and_status(self) -> None:
        self.find_bar = QWidget(self)
        self.find_text = QLineEdit(self.find_bar)
        self.find_prev = QToolButton(self.find_bar)
        self.find_next = QToolButton(self.find_bar)
        self.find_count = QLabel(self.find_bar)
        self.find_close = QToolButton(self.find_bar)
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.find_text, self.find_prev, self.find_next, self.find_count, self.find_close):
            find_layout.addWidget(widget)
        find_layout.addStretch(1)
        self.find_bar.hide()

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.hits_label = QLabel(self)
        self.next_hit_button = QToolButton(self)
        for widget in (self.hits_label, self.next_hit_button):
            widget.hide()  # shown once keywords are highlighted (seen: "Next hit" under an empty tab area)
        self.persona_label = QLabel(self)

    def _build_layout(self) -> None:
        patrol_row = QHBoxLayout()
        patrol_row.setSpacing(4)
        for widget in (self.patrol_button, self.elapsed, self.case_box, self.persona_box, self.keyword_patrol_button,
                       self.highlight_box, self.log_button):
            patrol_row.addWidget(widget)
        patrol_row.insertStretch(2, 1)
        nav_row = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.reload_button):
            nav_row.addWidget(widget)
        nav_row.addWidget(self.address, 1)
        # the wellness menu beside the wellness boxes it belongs with, not at the end of the patrol row, which it
        # made wider than a 1366 × 768 screen at Windows' 125 % scaling in English (the main window 1,117 logical
        # pixels wide on 1,093, "Lock vault" and the reminder's buttons past the screen's right edge)
        for widget in (self.idn_label, self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.find_button,
                       self.blur_toggle, self.gray_toggle, self.mute_toggle, self.wellness_button, self.new_tab_button):
            nav_row.addWidget(widget)
        status_row = QHBoxLayout()
        for widget in (self.progress, self.status):
            status_row.addWidget(widget)
        status_row.addStretch(1)
        for widget in (self.hits_label, self.next_hit_button, self.persona_label):
            status_row.addWidget(widget)

        self.tab_area = QStackedWidget(self)
        self.tab_area.addWidget(self.empty_hint)
        self.tab_area.addWidget(self.tabs)
        splitter = QSplitter(self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.tab_area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addLayout(patrol_row)
        layout.addWidget(self.persona_warning)
        layout.addLayout(nav_row)
        layout.addLayout(self.notices)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.find_bar)
        layout.addLayout(status_row)

    def _build_wellness_menu(self) -> None:
        menu = QMenu(self)
        self.default_blur_action = menu.addAction("")
        self.default_blur_action.setCheckable(True)
        self.default_blur_action.setChecked(self.prefs.blur_media)
        self.default_gray_action = menu.addAction("")
        self.default_gray_action.setCheckable(True)
        self.default_gray_action.setChecked(self.prefs.grayscale)
        self.default_mute_action = menu.addAction("")
        self.default_mute_action.setCheckable(True)
        self.default_mute_action.setChecked(self.prefs.mute_media)
        menu.addSeparator()
        holder = QWidget(menu)
        row = QHBoxLayout(holder)
        row.setContentsMargins(8, 2, 8, 2)
        self.break_label = QLabel(holder)
        self.break_minutes = QSpinBox(holder)
        self.break_minutes.setRange(0, 240)
        self.break_minutes.setSingleStep(5)
        self.break_minutes.setValue(self.prefs.break_minutes)
        row.addWidget(self.break_label)
        row.addWidget(self.break_minutes)
        action = QWidgetAction(menu)
        action.setDefaultWidget(holder)
        menu.addAction(action)
        menu.addSeparator()
        self.persona_folder_action = menu.addAction("")
        self.platforms_action = menu.addAction("")
        self.wellness_button.setMenu(menu)

    def _retranslate(self) -> None:
        # Room for the longest the patrol clock will say, so starting a patrol does not widen the row
        # and push the case list narrower (seen at 1280 px: the case titles lost four characters).
        metrics = self.elapsed.fontMetrics()
        self.elapsed.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in (
            self.tr("Off patrol"), _clock(10 * 3600 + 59 * 60 + 59))))
        self.elapsed.setToolTip(self.tr("Time on this patrol"))
        self._update_patrol_state()
        self.empty_hint.setText(self.tr("Choose a platform on the left, or type an address above.\n"
                                        "While a patrol runs, every page opened is recorded in the patrol log."))
        self.case_box.setToolTip(self.tr("Downloads are stored in the vault as artifacts of this case."))
        self.persona_box.setToolTip(self.tr("The persona (browser profile) for new tabs."))
        self.keyword_patrol_button.setText(self.tr("Keyword patrol…"))
        self.highlight_edit.setPlaceholderText(self.tr("Highlight keywords (comma-separated)"))
        # A screen reader names a control by its accessible name: never by a tooltip or the grey hint in a field
        self.case_box.setAccessibleName(self.tr("Case for downloads"))
        self.persona_box.setAccessibleName(self.tr("Persona for new tabs"))
        self.highlight_box.setAccessibleName(self.tr("Highlight keywords"))
        self.sidebar.setAccessibleName(self.tr("Platforms"))
        self.log_button.setText(self.tr("Patrol log"))
        self.wellness_button.setText(self.tr("Wellness"))
        self.default_blur_action.setText(self.tr("Blur pictures and videos in new tabs"))
        self.default_gray_action.setText(self.tr("Grayscale in new tabs"))
        self.default_mute_action.setText(self.tr("Mute media in new tabs"))
        self.break_label.setText(self.tr("Break reminder every (minutes, 0 = off)"))
        self.persona_folder_action.setText(self.tr("Folder for persistent personas…"))
        self.platforms_action.setText(self.tr("Edit platforms…"))
        for button, text, tip in (
            (self.back_button, "◀", self.tr("Back")), (self.forward_button, "▶", self.tr("Forward")),
            (self.zoom_out_button, "−", self.tr("Zoom out")), (self.zoom_in_button, "+", self.tr("Zoom in")),
            (self.find_button, "🔍", self.tr("Find in page (Ctrl+F)")), (self.new_tab_button, "＋", self.tr("New tab")),
            (self.find_prev, "▲", self.tr("Previous match")), (self.find_next, "▼", self.tr("Next match")),
            (self.find_close, "✕", self.tr("Close find bar")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.zoom_label.setToolTip(self.tr("Reset zoom"))
        self.address.setPlaceholderText(self.tr("Web address"))
        self.address.setAccessibleName(self.tr("Web address"))
        self.blur_toggle.setText(self.tr("Blur media"))
        self.blur_toggle.setToolTip(self.tr("Pictures and videos stay blurred until you click one. "
                                            "Captures always record the page as it really is."))
        self.gray_toggle.setText(self.tr("Grayscale"))
        self.mute_toggle.setText(self.tr("Mute"))
        self.find_text.setPlaceholderText(self.tr("Find in page"))
        self.find_text.setAccessibleName(self.tr("Find in page"))
        self.next_hit_button.setText(self.tr("Next hit"))
        self._retranslate_items()
        self._update_navigation()
        self._update_persona_warning()

    def _retranslate_items(self) -> None:
        """Texts already placed in the boxes and the status bar, after a language switch."""
        if self.case_box.count():
            self.case_box.setItemText(0, self.tr("(no case: downloads refused)"))
        self._fill_personas(select=self.chosen_persona().id)
        self._show_persona(self.current_tab())

    def _show_persona(self, tab: BrowserTab | None) -> None:
        """The status bar names the persona of the tab in front (nothing without a tab)."""
        self.persona_label.setText(self.tr("Persona: {name}").format(name=tab.persona.label()) if tab else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- wiring -------------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.patrol_button.clicked.connect(self._on_patrol_button)
        self.persona_box.currentIndexChanged.connect(self._on_persona_index)
        self.keyword_patrol_button.clicked.connect(self.open_keyword_patrol)
        self.highlight_edit.returnPressed.connect(self._on_highlight_entered)
        self.highlight_box.activated.connect(lambda _i: self._on_highlight_entered())
        self.log_button.clicked.connect(self.show_patrol_log)
        self.default_blur_action.toggled.connect(lambda on: setattr(self.prefs, "blur_media", on))
        self.default_gray_action.toggled.connect(lambda on: setattr(self.prefs, "grayscale", on))
        self.default_mute_action.toggled.connect(lambda on: setattr(self.prefs, "mute_media", on))
        self.break_minutes.valueChanged.connect(self._on_break_minutes)
        self.persona_folder_action.triggered.connect(self.choose_persona_folder)
        self.platforms_action.triggered.connect(lambda _checked=False: self.edit_platforms())  # not over "False"
        self.back_button.clicked.connect(lambda: self._act(QWebEnginePage.WebAction.Back))
        self.forward_button.clicked.connect(lambda: self._act(QWebEnginePage.WebAction.Forward))
        self.reload_button.clicked.connect(self._on_reload_or_stop)
        self.address.returnPressed.connect(self._on_address_entered)
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1))
        self.zoom_label.clicked.connect(lambda: self._zoom(0))
        self.find_button.clicked.connect(self.show_find)
        self.find_text.textChanged.connect(lambda _t: self._find(backward=False))
        self.find_text.returnPressed.connect(lambda: self._find(backward=False))
        self.find_next.clicked.connect(lambda: self._find(backward=False))
        self.find_prev.clicked.connect(lambda: self._find(backward=True))
        self.find_close.clicked.connect(self.hide_find)
        self.blur_toggle.toggled.connect(lambda on: self._for_tab(lambda t: t.set_blur(on)))
        self.gray_toggle.toggled.connect(lambda on: self._for_tab(lambda t: t.set_gray(on)))
        self.mute_toggle.toggled.connect(lambda on: self._for_tab(lambda t: t.set_muted(on)))
        self.new_tab_button.clicked.connect(lambda: self.open_tab(QUrl("about:blank")))
        self.next_hit_button.clicked.connect(self.next_hit)
        self.sidebar.platform_chosen.connect(lambda p: self.open_tab(QUrl(p.home)))
        self.tabs.currentChanged.connect(self._on_current_tab)
        self.tabs.currentChanged.connect(lambda _index: self.tab_area.setCurrentWidget(
            self.tabs if self.tabs.count() else self.empty_hint))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.session.changed.connect(self._update_patrol_state)
        self.case_box.currentIndexChanged.connect(self._on_case_chosen)
        self.downloads.started.connect(self._on_download_started)
        self.downloads.stored.connect(self._on_download_stored)
        self.downloads.refused.connect(self._on_download_refused)
        self.downloads.failed.connect(self._on_download_failed)
        self._tick = QTimer(self, interval=1000, timeout=self._on_tick)
        self._tick.start()
        for keys, handler in self._shortcut_handlers():
            shortcut = QShortcut(self)
            shortcut.setKeys(keys)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        # Esc closes the find bar from inside it only: bound on the whole panel it never reached the page (seen:
        # a site's photo viewer or dialog, closed with Esc, stayed open).
        close_find = QShortcut(QKeySequence("Escape"), self.find_bar)
        close_find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close_find.activated.connect(self.hide_find)

    def _shortcut_handlers(self) -> list[tuple[list[QKeySequence], Callable[[], object]]]:
        """The browser's keys, as in other browsers. A standard key brings every binding the platform has for
        it (seen: only the first one was bound, so Ctrl+W, the second for closing, did not close the tab).
        None of them may also be a main-window action's key: Qt then fires neither ("Ambiguous shortcut
        overload"; seen with Ctrl+L, also the vault's lock, and F5, also the case list's Refresh)."""
        standard = QKeySequence.StandardKey

        def keys(*chosen: QKeySequence.StandardKey | str) -> list[QKeySequence]:
            return [binding for key in chosen
                    for binding in (QKeySequence.keyBindings(key) if isinstance(key, standard) else [QKeySequence(key)])]

        return [
            (keys(standard.Find), self.show_find), (keys(standard.AddTab), self.open_blank_tab),
            (keys("Ctrl+Shift+T"), self.reopen_closed_tab), (keys(standard.ZoomIn, "Ctrl+="), lambda: self._zoom(1)),
            (keys(standard.ZoomOut), lambda: self._zoom(-1)), (keys("Ctrl+0"), lambda: self._zoom(0)),
            (keys(standard.Refresh), lambda: self._act(QWebEnginePage.WebAction.Reload)),
            (keys("Ctrl+L", "F6"), self._focus_address), (keys("F3"), self.next_hit),
            (keys(standard.Close), lambda: self.close_tab(self.tabs.currentIndex())),
            # Not the platform's Back / Forward bindings: they hold Backspace, which typing needs.
            (keys("Alt+Left"), lambda: self._act(QWebEnginePage.WebAction.Back)),
            (keys("Alt+Right"), lambda: self._act(QWebEnginePage.WebAction.Forward)),
            (keys("Ctrl+Tab", "Ctrl+PgDown"), lambda: self.step_tab(1)),
            (keys("Ctrl+Shift+Backtab", "Ctrl+Shift+Tab", "Ctrl+PgUp"), lambda: self.step_tab(-1)),
        ]

    def _configure_profile(self, profile: QWebEngineProfile) -> None:
        """Every persona's profile: safe settings, an ordinary browser's name, downloads into the vault."""
        browser_policy.apply_settings(profile.settings())
        present_as_ordinary_browser(profile)
        self.downloads.watch(profile)

    # -- choices: case, persona, keywords -----------------------------------------------------------
    def _fill_cases(self) -> None:
        current = self.case_box.currentData()
        self.case_box.clear()
        self.case_box.addItem(self.tr("(no case: downloads refused)"), None)
        for case in (self.vault.list_cases(limit=CASE_BOX_CASES, not_closed=True) if self.vault else []):
            self._add_case_entry(case)
        if current is not None:
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(current)))

    def _add_case_entry(self, case: Case) -> None:
        self.case_box.addItem(f"{case.number} {case.title}", case.id)

    def set_vault(self, vault: Vault | None) -> None:
        """The main window's vault changed: None while locked (tabs and logins stay), a Vault once unlocked.

        A running patrol is not ended by a lock; logging resumes in the same patrol after unlocking.
        """
        self.vault = vault
        self.session.bind(vault)
        if self.session.last_pause is not None:
            self._after_pause(self.session.last_pause)
        self.patrol_button.setEnabled(vault is not None)
        self.log_button.setEnabled(vault is not None)
        self._fill_cases()
        if vault is not None:
            self._offer_interrupted()

    def set_case(self, case_id: str | None) -> None:
        """Make ``case_id`` the case downloads go into (the main window calls this on case change).

        A case older than the box's recent ones is added to it: otherwise choosing it in the case list
        left the box on "no case", and downloads were refused for the case the officer was working on."""
        self._fill_cases()
        if case_id is not None and self.vault is not None and self.case_box.findData(case_id) < 0:
            case = self.vault.case(case_id)
            if case.status is not CaseStatus.CLOSED:
                self._add_case_entry(case)
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))

    def current_case(self) -> str | None:
        return self.case_box.currentData()

    def _on_case_chosen(self, _index: int) -> None:
        """Seen: "No case is chosen in the browser … Choose a case and download again" stayed above the
        tabs after a case was chosen, saying the opposite of the case box beside it."""
        if self.current_case() is not None:
            self._drop_panel_notices(NO_CASE_KEY)

    def _fill_personas(self, select: str | None = None) -> None:
        self.persona_box.blockSignals(True)
        self.persona_box.clear()
        for persona in self.personas.personas():
            self.persona_box.addItem(persona.label(), persona.id)
        # Making a persona is the box's last entry rather than a button beside it: in English the
        # button made the patrol row wider than a 1366 px laptop, and the window grew past the screen.
        self.persona_box.insertSeparator(self.persona_box.count())
        self.persona_box.addItem(self.tr("New persona…"), NEW_PERSONA)
        self.persona_box.setCurrentIndex(max(0, self.persona_box.findData(select)) if select else 0)
        self._persona_index = self.persona_box.currentIndex()
        self.persona_box.blockSignals(False)
        self._update_persona_warning()

    def _on_persona_index(self, index: int) -> None:
        if self.persona_box.itemData(index) != NEW_PERSONA:
            self._persona_index = index
            self._update_persona_warning()
            return
        self.persona_box.blockSignals(True)  # the box keeps showing the persona in use
        self.persona_box.setCurrentIndex(self._persona_index)
        self.persona_box.blockSignals(False)
        QTimer.singleShot(0, self._on_new_persona)  # once the list has closed

    def chosen_persona(self) -> Persona:
        return self.personas.get(self.persona_box.itemData(self._persona_index) or DEFAULT_PERSONA.id)

    def active_persona(self) -> str:
        """The persona of the tab in front, as a capture made now should record it (not translated)."""
        tab = self.current_tab()
        return (tab.persona if tab else self.chosen_persona()).logged_name

    def _update_persona_warning(self) -> None:
        persona = self.chosen_persona() if hasattr(self, "personas") else DEFAULT_PERSONA
        if persona.persistent and not persona.encrypted_at_rest:
            self.persona_warning.setText(self.tr(
                "⚠ Persona “{name}” keeps its cookies and site data UNENCRYPTED in {folder}. Anyone who can read "
                "that folder can use this account. Keep it on an encrypted drive.").format(
                    name=persona.name, folder=persona.folder))
            self.persona_warning.show()
        else:
            self.persona_warning.hide()

    def _on_new_persona(self) -> None:
        from app.ui.browser.persona_dialog import NewPersonaDialog  # dialogs load on first use, not at start-up

        dialog = NewPersonaDialog(self.personas.root, self._create_persona, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without a nested event loop

    def _create_persona(self, name: str, folder: Path) -> Persona:
        """Make a persistent persona in ``folder``, which becomes the personas' folder; select it."""
        if folder != self.personas.root:
            self._use_persona_folder(folder)
        persona = self.personas.create(name)
        self.session.audit("browser.persona_create", subject=persona.id)
        self._fill_personas(select=persona.id)
        return persona

    def choose_persona_folder(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for persistent personas"),
                                                  str(self.personas.root or Path.home()))
        forget_file_dialog_folders()
        if not folder:
            return False
        self._use_persona_folder(Path(folder))
        return True

    def _use_persona_folder(self, folder: Path) -> None:
        self.prefs.persona_folder = folder
        self.personas.set_root(folder)
        self._fill_personas()

    def _fill_keywords(self) -> None:
        self.highlight_box.clear()
        self.highlight_box.addItem("")
        for keyword_set in self.keyword_sets:
            self.highlight_box.addItem(self.tr("All of “{name}”").format(name=keyword_set.name),
                                       "，".join(keyword_set.keywords))
        for keyword_set in self.keyword_sets:
            for keyword in keyword_set.keywords:
                if self.highlight_box.findText(keyword) < 0:
                    self.highlight_box.addItem(keyword, keyword)

    def _on_highlight_entered(self) -> None:
        data = self.highlight_box.currentData()
        text = data if isinstance(data, str) and self.highlight_box.currentText() == self.highlight_box.itemText(
            self.highlight_box.currentIndex()) else self.highlight_box.currentText()
        self.set_highlight([k.strip() for k in KEYWORD_SPLIT.split(text) if k.strip()])

    def set_highlight(self, keywords: list[str]) -> None:
        """Highlight ``keywords`` in every tab (and in pages opened later)."""
        self._highlight = list(keywords)
        for index in range(self.tabs.count()):
            self.tab(index).set_keywords(self._highlight)
        self._update_hits()

    # -- tabs ---------------------------------------------------------------------------------------
    def tab(self, index: int) -> BrowserTab:
        widget = self.tabs.widget(index)
        assert isinstance(widget, BrowserTab)
        return widget

    def current_tab(self) -> BrowserTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, BrowserTab) else None

    def all_tabs(self) -> list[BrowserTab]:
        return [self.tab(i) for i in range(self.tabs.count())]

    def open_tab(self, url: QUrl, *, persona: Persona | None = None, background: bool = False) -> BrowserTab:
        persona = persona or self.chosen_persona()
        state = OverlayState(blur=self.prefs.blur_media, gray=self.prefs.grayscale,
                             keywords=list(getattr(self, "_highlight", [])))
        tab = BrowserTab(self.personas.profile(persona), persona, state, muted=self.prefs.mute_media, parent=self.tabs)
        self._connect_tab(tab)
        index = self.tabs.addTab(tab, self.tr("New tab"))
        self.tabs.setTabToolTip(index, persona.label())
        if not background:
            self.tabs.setCurrentIndex(index)
        if state.keywords:
            tab.set_keywords(state.keywords)
        if not url.isEmpty():
            tab.load(url)
        return tab

    def step_tab(self, step: int) -> None:
        """The next (1) or previous (-1) page tab, round the end, as in other browsers. Seen: Ctrl+Tab in the
        address bar turned the main window from the browser to the clocks, and Ctrl+PgDown did nothing."""
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def open_blank_tab(self) -> None:
        self.open_tab(QUrl("about:blank"))
        self._focus_address()

    def _connect_tab(self, tab: BrowserTab) -> None:
        tab.in_patrol = lambda: self.session.running
        tab.navigated.connect(self._on_navigated)
        tab.title_changed.connect(lambda title, t=tab: self._on_tab_title(t, title))
        tab.address_changed.connect(lambda _u, t=tab: self._is_current(t) and self._update_navigation())
        tab.loading.connect(lambda _l, t=tab: self._is_current(t) and self._update_navigation())
        tab.progress.connect(lambda value, t=tab: self._is_current(t) and self._on_progress(value))
        tab.hits_changed.connect(lambda _n, t=tab: self._is_current(t) and self._update_hits())
        tab.new_window.connect(lambda request, t=tab: self._on_new_window(t, request))
        tab.tls_override.connect(lambda problem, t=tab: self._on_tls_override(t, problem))
        tab.zoom_changed.connect(lambda _z, t=tab: self._is_current(t) and self._update_navigation())

    def _is_current(self, tab: BrowserTab) -> bool:
        return tab is self.current_tab()

    def close_tab(self, index: int) -> None:
        if not 0 <= index < self.tabs.count():
            return
        tab = self.tab(index)
        if tab.url().scheme() in ("http", "https"):
            self._closed.append((tab.persona.id, tab.url().toString()))
        self.tabs.removeTab(index)
        tab.close_page()
        tab.deleteLater()

    def reopen_closed_tab(self) -> BrowserTab | None:
        """Bring back the tab closed last (this session only: closed tabs are not kept on disk)."""
        if not self._closed:  # seen: Ctrl+Shift+T did nothing and said nothing
            self.status.setText(self.tr("No tab closed in this session to reopen."))
            return None
        persona_id, url = self._closed.pop()
        return self.open_tab(QUrl(url), persona=self.personas.get(persona_id))

    def _on_new_window(self, opener: BrowserTab, request: QWebEngineNewWindowRequest) -> None:
        """Open links meant for a new window as tabs; what a script opens by itself, and bursts of
        clicks, are stopped with a notice."""
        if not opener.popups.allow(int(time.monotonic() * 1000), clicked=request.isUserInitiated()):
            self._popup_blocked(opener, request.requestedUrl())
            return
        background = request.destination() == QWebEngineNewWindowRequest.DestinationType.InNewBackgroundTab
        tab = self.open_tab(QUrl(), persona=opener.persona, background=background)
        request.openIn(tab.page)

    def _popup_blocked(self, opener: BrowserTab, url: QUrl) -> None:
        """Say how many windows the page was refused, and offer the last one as a tab: what a page
        pushes at its visitors (a redirect to a sales page) can be what the officer is after. One
        notice per page, updated in place: a storm of a thousand pop-ups builds one, not a thousand."""
        address = display_text(url)
        shown = address if len(address) <= POPUP_URL_CHARS else address[:POPUP_URL_CHARS - 1] + "…"
        text = self.tr("Pop-up windows blocked on this page: {count}. The last one: {url}").format(
            count=opener.popups.blocked, url=shown)
        notice = next((n for n in opener.notices() if n.key == POPUPS_KEY), None)
        if notice is None:
            notice = opener.notify(text, Level.WARNING, key=POPUPS_KEY)
            button = notice.add_action(self.tr("Open it in a new tab"), lambda: self.open_tab(
                button.property(LAST_POPUP), persona=opener.persona))
        else:
            notice.set_text(text)
            button = notice.findChild(QPushButton)  # its one action (its close button is a QToolButton)
        notice.setToolTip(address)
        button.setProperty(LAST_POPUP, QUrl(url))
        button.setEnabled(url.scheme() in ("http", "https"))

    def _on_current_tab(self, _index: int) -> None:
        self.status.clear()
        tab = self.current_tab()
        # Without a tab the boxes show what the next tab gets, greyed (seen: unticked, with blur on, and
        # after the last tab closed they kept its state).
        values = ((tab.blur, tab.gray, tab.page.isAudioMuted()) if tab is not None
                  else (self.prefs.blur_media, self.prefs.grayscale, self.prefs.mute_media))
        for toggle, value in zip((self.blur_toggle, self.gray_toggle, self.mute_toggle), values, strict=True):
            toggle.blockSignals(True)
            toggle.setChecked(value)
            toggle.blockSignals(False)
            toggle.setEnabled(tab is not None)
        self._show_persona(tab)
        self._update_navigation()
        self._update_hits()

    def _on_tab_title(self, tab: BrowserTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, (title[:24] + "…") if len(title) > 25 else (title or self.tr("New tab")))
            self.tabs.setTabToolTip(index, f"{title}\n{tab.persona.label()}")

    # -- navigation ---------------------------------------------------------------------------------
    def _act(self, action: QWebEnginePage.WebAction) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.page.triggerAction(action)

    def _for_tab(self, change: Callable[[BrowserTab], None]) -> None:
        tab = self.current_tab()
        if tab is not None:
            change(tab)

    def _on_reload_or_stop(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.page.triggerAction(QWebEnginePage.WebAction.Stop if tab.is_loading() else QWebEnginePage.WebAction.Reload)

    def _focus_address(self) -> None:
        self.address.setFocus()
        self.address.selectAll()

    def _on_address_entered(self) -> None:
        url = parse_address(self.address.text())
        if url is None:
            self.status.setText(self.tr("“{text}” is not a web address (http:// or https://).").format(
                text=self.address.text().strip()[:80]))
            return
        self.address.setModified(False)  # entered: from now the bar shows where the tab is, focus or not
        self.navigate(url)

    def navigate(self, url: QUrl) -> BrowserTab:
        tab = self.current_tab() or self.open_tab(QUrl())
        tab.load(url)
        return tab

    def _update_navigation(self) -> None:
        tab = self.current_tab()
        history = tab.page.history() if tab else None
        self.back_button.setEnabled(bool(history and history.canGoBack()))
        self.forward_button.setEnabled(bool(history and history.canGoForward()))
        loading = bool(tab and tab.is_loading())
        self.reload_button.setText("✕" if loading else "⟳")
        self.reload_button.setToolTip(self.tr("Stop") if loading else self.tr("Reload"))
        self.reload_button.setAccessibleName(self.reload_button.toolTip())  # "✕" and "⟳" say nothing to a reader
        self.progress.setVisible(loading)
        url = tab.url() if tab else QUrl()
        if url.isEmpty() and tab is not None:
            # Seen: a page held for a TLS decision left the bar empty, so the officer was asked to decide
            # about an address they could not see (the notice names only its host).
            url = tab.page.requestedUrl()
        # Left alone only while the officer is typing in it (seen: after an address was entered the bar kept the
        # focus, and with it the closed tab's address over an empty browser, and not the page a redirect led to).
        shown = display_text(url)
        if not (self.address.hasFocus() and self.address.isModified()) and self.address.text() != shown:
            self.address.setText(shown)  # only when it changed: Ctrl+L's selection survives a page still loading
            self.address.setCursorPosition(0)
        punycode = ace_host(url)
        self.idn_label.setText(punycode)
        self.idn_label.setToolTip(self.tr("The host as it is really addressed (punycode). Check it when letters "
                                          "from different scripts look alike."))
        self.idn_label.setVisible(bool(punycode))
        self.zoom_label.setText(f"{round((tab.page.zoomFactor() if tab else 1.0) * 100)}%")
        self.zoom_label.setAccessibleName(self.tr("Reset zoom ({percent})").format(percent=self.zoom_label.text()))

    def _on_progress(self, value: int) -> None:
        self.progress.setValue(value)

    def _zoom(self, direction: int) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.zoom(direction)
            self._update_navigation()

    # -- find in page and keyword hits --------------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.show()
        self.find_text.setFocus()
        self.find_text.selectAll()

    def hide_find(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.page.findText("")
        self.find_bar.hide()

    def _find(self, *, backward: bool) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        flags = QWebEnginePage.FindFlag.FindBackward if backward else QWebEnginePage.FindFlag(0)
        tab.page.findText(self.find_text.text(), flags, self._on_find_result)

    def _on_find_result(self, result) -> None:
        total = result.numberOfMatches()
        self.find_count.setText(self.tr("{index} of {total}").format(index=result.activeMatch(), total=total)
                                if total else (self.tr("No match") if self.find_text.text() else ""))

    def next_hit(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.overlays.next_hit(self._on_next_hit)

    def _on_next_hit(self, index: int, total: int) -> None:
        if total:
            self.status.setText(self.tr("Keyword hit {index} of {total}").format(index=index + 1, total=total))

    def _update_hits(self) -> None:
        tab = self.current_tab()
        keywords = getattr(self, "_highlight", [])
        self.hits_label.setVisible(bool(keywords))
        self.next_hit_button.setVisible(bool(keywords))
        hits = tab.hits if tab else 0
        self.hits_label.setText(self.tr("Keyword hits: {count}").format(count=hits))
        self.next_hit_button.setEnabled(hits > 0)

    # -- keyword patrol -----------------------------------------------------------------------------
    def open_keyword_patrol(self) -> KeywordPatrolDialog:
        from app.ui.browser.keyword_dialog import KeywordPatrolDialog

        dialog = KeywordPatrolDialog(self.keyword_sets, self.sidebar.platforms(), self)
        dialog.accepted.connect(lambda: self.run_keyword_patrol(dialog.keyword(), dialog.chosen_platforms()))
        dialog.finished.connect(lambda _r: self._reload_keyword_sets())
        dialog.open()
        return dialog

    def run_keyword_patrol(self, keyword: str, platforms: list[Platform]) -> list[BrowserTab]:
        """Open the search page of ``keyword`` on each platform, highlighting it."""
        self.highlight_box.setEditText(keyword)
        self.set_highlight([keyword])
        opened = [self.open_tab(QUrl(p.search_url(keyword)), background=i > 0) for i, p in enumerate(platforms)
                  if p.searchable]
        if opened:
            self.tabs.setCurrentWidget(opened[0])
        return opened

    def _reload_keyword_sets(self) -> None:
        try:
            self.keyword_sets = patrol_catalog.load_keyword_sets()
        except KnownError as error:
            show_known_error(self, error)
            return
        self._fill_keywords()

    # -- platforms ----------------------------------------------------------------------------------
    def edit_platforms(self, over: QWidget | None = None) -> None:
        """The platforms editor, over ``over`` (the Settings dialog) or this panel; saving refreshes the
        sidebar."""
        from app.ui.browser.platforms_editor import PlatformsEditorDialog

        dialog = PlatformsEditorDialog(self.sidebar.platforms(), over or self)
        dialog.saved.connect(self.sidebar.set_platforms)
        dialog.open()

    # -- patrol -------------------------------------------------------------------------------------
    def _on_patrol_button(self) -> None:
        if self.session.running:
            self.stop_patrol()
        else:
            self.start_patrol()

    def start_patrol(self) -> None:
        patrol = self.session.start(self.chosen_persona().logged_name)
        self._break_due = patrol.started_at + timedelta(minutes=self.prefs.break_minutes) \
            if self.prefs.break_minutes else None
        self._drop_panel_notices("no-patrol")
        for tab in self.all_tabs():  # what is already open is part of the patrol from now on
            if tab.url().scheme() in ("http", "https"):
                self._on_navigated(NavigationRecord(tab.url().toString(QUrl.ComponentFormattingOption.FullyEncoded),
                                                    tab.title(), utc_now(), tab.tab_id, tab.persona.logged_name))
        self.patrol_changed.emit(True)

    def stop_patrol(self) -> None:
        self.session.stop()
        self._break_due = None
        self._drop_panel_notices("break")
        self.patrol_changed.emit(False)

    def _update_patrol_state(self) -> None:
        running = self.session.running if hasattr(self, "session") else False
        self.patrol_button.setChecked(running)
        self.patrol_button.setText(self.tr("■ End patrol") if running else self.tr("▶ Start patrol"))
        # the words alone, for a screen reader ("black square", "black right-pointing triangle" otherwise)
        self.patrol_button.setAccessibleName(self.tr("End patrol") if running else self.tr("Start patrol"))
        self.patrol_button.setStyleSheet("font-weight: bold;" + ("background: #1e7b34; color: white;" if running else ""))
        self._on_tick()

    def _on_tick(self) -> None:
        if not hasattr(self, "session"):
            return
        if self.session.running:
            # the clock alone: the green "End patrol" button beside it says a patrol runs
            self.elapsed.setText(_clock(int(self.session.elapsed().total_seconds())))
            if self._break_due is not None and utc_now() >= self._break_due:
                self._remind_break()
        else:
            self.elapsed.setText(self.tr("Off patrol"))

    def _remind_break(self) -> None:
        self._break_due = None
        minutes = int(self.session.elapsed().total_seconds() // 60)
        notice = self.notify(counted(
            minutes, self.tr("You have been on patrol for 1 minute. Look away from the screen and take a short break."),
            self.tr("You have been on patrol for {count} minutes. Look away from the screen and take a short break.")),
            Level.WARNING, key="break")
        notice.add_action(self.tr("Remind me in 10 minutes"), lambda: self._snooze_break(SNOOZE))
        notice.add_action(self.tr("I took a break"), lambda: self._snooze_break(
            timedelta(minutes=self.prefs.break_minutes)))

    def _after_pause(self, pause: timedelta) -> None:
        """The break reminder counts time at the screen: a lock of BREAK_BY_LOCK or more was a break (the
        reminder starts again, and one already shown goes); a shorter lock only moves it on by its length."""
        if self._break_due is None and not any(n.key == "break" for n in self.panel_notices()):
            return
        if pause >= BREAK_BY_LOCK:
            self._drop_panel_notices("break")
            self._snooze_break(timedelta(minutes=self.prefs.break_minutes))
        elif self._break_due is not None:
            self._break_due += pause

    def _snooze_break(self, delay: timedelta) -> None:
        self._break_due = utc_now() + delay if self.session.running and delay else None

    def _on_break_minutes(self, minutes: int) -> None:
        self.prefs.break_minutes = minutes
        self._break_due = (self.session.active.started_at + timedelta(minutes=self.prefs.break_minutes)
                           if self.session.active and self.prefs.break_minutes else None)

    def _on_navigated(self, record: NavigationRecord) -> None:
        if not self.session.running:
            if self.vault is not None:
                self._prompt_patrol()
            return
        self.session.record(PatrolEventKind.NAVIGATE, record.at, url=record.url, title=record.title, tab=record.tab,
                            persona=record.persona, data={"error": record.error} if record.error else None)

    def _prompt_patrol(self) -> None:
        """A gentle reminder, not a block: browsing without a patrol is allowed but not logged."""
        if any(n.key == "no-patrol" for n in self.panel_notices()) or \
                (time.monotonic() - self._no_patrol_shown_at < NO_PATROL_REMINDER_S and self._no_patrol_shown_at):
            return
        self._no_patrol_shown_at = time.monotonic()
        notice = self.notify(self.tr("No patrol is running, so these visits are not in the duty log."), Level.INFO,
                             key="no-patrol")
        notice.add_action(self.tr("Start patrol"), self.start_patrol)

    def record_capture(self, capture_id: str, url: str, title: str) -> None:
        """Log a capture made from the current tab in the running patrol (with its persona)."""
        tab = self.current_tab()
        self.session.record(PatrolEventKind.CAPTURE, url=url, title=title, tab=tab.tab_id if tab else "",
                            persona=self.active_persona(), data={"capture_id": capture_id})

    def show_patrol_log(self) -> PatrolLogDialog:
        if self._log_dialog is None:
            from app.ui.browser.patrol_log import PatrolLogDialog

            self._log_dialog = PatrolLogDialog(self.session, self, self.tasks)
        self._log_dialog.show()
        self._log_dialog.view.refresh()  # shown first: what is read while the log is hidden is not audited as viewed
        self._log_dialog.raise_()
        return self._log_dialog

    def _offer_interrupted(self) -> None:
        for patrol in self.session.interrupted():
            notice = self.notify(self.tr("The patrol started {time} ended unexpectedly. Its log up to then is kept.")
                                 .format(time=format_time(patrol.started_at)), Level.WARNING, key=f"lost-{patrol.id}")
            notice.add_action(self.tr("Reopen its last pages"), lambda p=patrol: self._reopen_pages(p), closes=False)
            notice.add_action(self.tr("Close it in the log"), lambda p=patrol: self._close_interrupted(p))

    def _close_interrupted(self, patrol: Patrol) -> None:
        """Seen: the notice went away and nothing said what had happened (and the keyboard was left in the
        case list's search box)."""
        self.session.close_interrupted(patrol)
        self.status.setText(self.tr("The patrol started {time} is closed in the log, and its log sealed in the audit "
                                    "chain.").format(time=format_time(patrol.started_at)))
        self._focus_address()

    def _reopen_pages(self, patrol) -> None:
        for persona_label, url in self.session.last_pages(patrol):
            persona = next((p for p in self.personas.personas() if p.logged_name == persona_label), DEFAULT_PERSONA)
            self.open_tab(QUrl(url), persona=persona, background=True)

    # -- TLS ----------------------------------------------------------------------------------------
    def _on_tls_override(self, tab: BrowserTab, problem: CertificateProblem) -> None:
        url = problem.error.url().toString()
        self.session.audit("browser.tls_override", subject=tab.tab_id,
                          details={"host": problem.host, "error": problem.kind, "url": url,
                                   "persona": tab.persona.logged_name})
        self.session.record(PatrolEventKind.TLS_OVERRIDE, url=url, title=problem.description, tab=tab.tab_id,
                            persona=tab.persona.logged_name, data={"error": problem.kind})

    # -- downloads ----------------------------------------------------------------------------------
    def _download_refusal(self) -> str | None:
        if self.vault is None or self.current_case() is None:
            return KnownError(NO_CASE).render()
        return None

    def _store_download(self, name: str, mime: str, url: str) -> DownloadStore:
        """The case, tab and persona as they are now; the store writes the file and its audit entry in
        one transaction, on a worker thread (the vault's connection is shared under a lock)."""
        case_id = self.current_case()
        vault = self.vault
        if case_id is None or vault is None:
            raise KnownError(NO_CASE)
        tab = self.current_tab()
        tab_id, persona = (tab.tab_id if tab else ""), self.active_persona()

        def store(chunks: Iterator[bytes]) -> StoredDownload:
            if not vault.is_open:   # locked (idle) while the file finished: say so, store nothing
                raise VaultLockedError()
            with vault.db.transaction():
                artifact = vault.add_artifact(case_id, ArtifactKind.DOWNLOAD, name, mime, chunks)
                vault.record("browser.download", case_id=case_id, subject=artifact.id,
                             details={"url": url, "persona": persona, "sha256": artifact.sha256})
            return StoredDownload(artifact.id, case_id, name, artifact.size, artifact.sha256, url, tab_id, persona)

        return store

    def _on_download_started(self, name: str) -> None:
        self._drop_panel_notices(NO_CASE_KEY)
        self.notify(self.tr("Downloading “{name}” into the vault…").format(name=with_controls_visible(name)), Level.INFO,
                    key="download")

    def _on_download_stored(self, stored: StoredDownload, executable: bool) -> None:
        self.session.record(PatrolEventKind.DOWNLOAD, url=stored.url, title=stored.name, tab=stored.tab,
                            persona=stored.persona, data={"artifact": stored.artifact_id, "sha256": stored.sha256})
        text = self.tr("“{name}” ({size} bytes) is stored in the vault as artifact {artifact}. SHA-256: {sha}").format(
            name=with_controls_visible(stored.name), size=f"{stored.size:,}", artifact=stored.artifact_id,
            sha=stored.sha256)
        if executable:  # the warning first: after the hash it was read last, on the notice's second line
            text = sentences(self.tr("⚠ This file is a program. It was not opened; do not run it on this "
                                     "workstation."), text)
        self.notify(text, Level.DANGER if executable else Level.GOOD, key="download")

    def _on_download_refused(self, name: str, reason: str) -> None:
        no_case = reason == KnownError(NO_CASE).render()
        self._drop_panel_notices("download" if no_case else NO_CASE_KEY)
        self.notify(self.tr("“{name}” was not downloaded: {reason}").format(name=with_controls_visible(name), reason=reason),
                    Level.WARNING, key=NO_CASE_KEY if no_case else "download")

    def _on_download_failed(self, name: str, reason: str) -> None:
        self.notify(self.tr("The download of “{name}” failed ({reason}); nothing was stored.").format(
            name=with_controls_visible(name), reason=reason), Level.WARNING, key="download")

    # -- panel notices ------------------------------------------------------------------------------
    def notify(self, text: str, level: Level = Level.INFO, *, key: str = "") -> NoticeBar:
        self._drop_panel_notices(key)
        notice = NoticeBar(text, level, self, key=key)
        self.notices.addWidget(notice)
        return notice

    def panel_notices(self) -> list[NoticeBar]:
        """The notices shown above the tabs, top first. Found as child widgets, never through the layout's
        items: PySide keeps the Python object of a layout item after Qt deletes it, and a widget later
        made at the same address came back as that stale QWidgetItem (seen as a crash on a language
        switch, after many notices had come and gone)."""
        return in_layout(self.notices, self.findChildren(NoticeBar, options=Qt.FindChildOption.FindDirectChildrenOnly))

    def _drop_panel_notices(self, key: str) -> None:
        for notice in self.panel_notices():
            if key and notice.key == key:
                notice.dismiss()

    # -- capture support ----------------------------------------------------------------------------
    def evidence_view(self, tab: BrowserTab | None = None, *, keep_highlight: bool = False,
                      keep_blur: bool = False, cover: bool = False) -> AbstractAsyncContextManager[None]:
        """``async with panel.evidence_view(): …`` — overlays off while capturing, back afterwards. ``cover``:
        a capture that runs by itself (the officer only waits) also hides the unblurred page from the officer
        while it runs, if the tab's pictures were blurred; a burst or a recording, which the officer steers, not."""
        target = tab or self.current_tab()
        if target is None:
            raise RuntimeError("no tab to capture")
        suspended = overlays_suspended(target.overlays, keep_highlight=keep_highlight, keep_blur=keep_blur)
        return _covered(target, suspended) if cover and target.blur and not keep_blur else suspended

    def suspend_overlays(self, done: Callable[[], None], tab: BrowserTab | None = None, *,
                         keep_highlight: bool = False, keep_blur: bool = False) -> None:
        """Callback form of :meth:`evidence_view`; pair with :meth:`restore_overlays`."""
        target = tab or self.current_tab()
        if target is None:
            done()
            return
        target.overlays.suspend(done, keep_highlight=keep_highlight, keep_blur=keep_blur)

    def restore_overlays(self, tab: BrowserTab | None = None) -> None:
        target = tab or self.current_tab()
        if target is not None:
            target.overlays.resume()

    # -- shutting down ------------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:
        if not self._watching_window:
            self.window().installEventFilter(self)
            self._watching_window = True
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window ends the patrol while the vault is still open (it is locked right after)."""
        if watched is self.window() and event.type() == QEvent.Type.Close and self.session.running and self.vault:
            self.stop_patrol()
        return False

    def shutdown(self) -> None:
        """End the patrol and release the pages before their profiles (call before locking the vault)."""
        if self.session.running and self.vault is not None:
            self.stop_patrol()
        while self.tabs.count():
            tab = self.tab(0)
            self.tabs.removeTab(0)
            tab.close_page()
            tab.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@asynccontextmanager
async def _covered(tab: BrowserTab, suspended: AbstractAsyncContextManager[None]) -> AsyncIterator[None]:
    with tab.covered():
        async with suspended:
            yield
