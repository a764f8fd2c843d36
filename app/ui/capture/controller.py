"""The capture controls: one click (button or Ctrl+Shift+S) captures the browser's current tab into
the active case; "Capture chat" scrolls the chat in the tab back to its start and keeps every message
(``app.capture.chat``); burst mode and tab recording catch what vanishes (stories, one-time views).

The order is chosen for evidence. The page is captured first, with the officer's overlays (blur,
highlights) off so the evidence shows what the site really sent; only then, if no case is active,
the officer is asked to pick or create one: a story must not vanish while a list is read. The
store (every file hashed, one vault transaction) runs on the task pool, the initial-evidence check
of 陸.一 follows, a complete capture is reported to the checklist (``capture.complete``) and the
running patrol's log gets the capture.

Everything runs as asyncio tasks on the Qt loop (qasync): no nested event loop, no dialog
``exec()``; the window stays responsive while Chromium renders and the vault writes.

While a burst or a recording runs the tab is shown without blur, because both record exactly what
is on screen; the REC indicator in the toolbar says that one is running.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AsyncExitStack
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QSpinBox, QStyle, QTabWidget, QToolBar, QWidget

from app.capture.burst import BurstCapture
from app.capture.chat import ChatOptions, capture_chat
from app.capture.engine import CaptureOptions, capture_page
from app.capture.recording import TabRecorder
from app.capture.shown import alive
from app.core.adapters import Adapter
from app.core.capture import PageCapture
from app.core.chat import ChatAdapter, ChatCapture
from app.core.errors import KnownError, StorageFull, StorageReadOnly
from app.core.evidence_check import check_initial_evidence
from app.core.i18n import QT_TRANSLATE_NOOP, counted
from app.infra.capture_prefs import BURST_RANGE, CapturePrefs
from app.infra.tasks import TaskRunner
from app.ui.browser import BrowserPanel
from app.ui.browser.sidebar import BadgeEngine
from app.ui.browser.tab import BrowserTab
from app.ui.capture.picker import CasePickerDialog
from app.ui.capture.result import CaptureOutcome, CaptureResultDialog
from app.ui.capture.settings import CaptureSettingsDialog
from app.ui.capture.support import StoreAgainBox, guarded, off_thread
from app.vault import Vault
from app.vault.captures import DerivedFiles, store_capture

log = logging.getLogger(__name__)

CAPTURE_SHORTCUT = "Ctrl+Shift+S"
REC_BLINK_MS = 500
BURST_MAX_FRAMES = 400
RECORDING_MAX_SECONDS = 600

T = TypeVar("T")

ChecklistReporter = Callable[[Vault, str, str], list[str]]
"""(vault, case id, capture id) → the steps ticked, as the result dialog should name them; called on
the pool thread after a complete capture is stored."""


class NoTabToCapture(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "Open the page to capture in the browser first.")


class VaultLockedForCapture(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The vault is locked: unlock it to capture evidence.")


class TabClosedDuringCapture(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The tab was closed while it was being captured; nothing was stored.")


class NotStoredVaultLocked(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The vault was locked while the capture waited to be stored again; it was not "
                                       "stored. Unlock the vault and capture again.")


class NotStoredNoCase(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The capture was not stored: no case was chosen. Capture again and choose "
                                       "a case.")


@dataclasses.dataclass
class _Running:
    """A burst or a recording in progress: what to stop, and the overlays to give back."""

    kind: str               # "burst" | "record"
    tab: BrowserTab
    recorder: BurstCapture | TabRecorder
    overlays: AsyncExitStack
    started: float


def store_and_check(vault: Vault, case_id: str, capture: PageCapture,
                    report: ChecklistReporter | None, derived: DerivedFiles | None = None) -> CaptureOutcome:
    """Pool thread: store in one transaction, check 陸.一 against what the vault now holds, tell the
    checklist. A checklist failure never undoes the stored evidence; it is reported with it.
    ``derived``: files made from the stored ones (a chat's chat.json), in the same transaction."""
    stored, artifacts = store_capture(vault, case_id, capture, derived)
    check = check_initial_evidence(capture, {a.name: a.sha256 for a in artifacts})
    steps: list[str] = []
    problem = ""
    if stored.complete and report is not None and capture.kind.captures_the_content:
        try:
            steps = report(vault, stored.case_id, stored.id)
        except KnownError as error:
            problem = error.render()
    return CaptureOutcome(stored.case_id, vault.case(stored.case_id).number, capture, stored, artifacts, check,
                          steps, problem)


class CaptureController(QObject):
    """Owns the capture toolbar (``toolbar``) and the flows behind it.

    Signals: ``captured(case_id, capture_id)`` after a capture is stored; ``show_requested(case_id,
    capture_id)`` when the officer asks to see it in the case; ``running_changed(bool)`` while a
    burst or recording runs. ``capture_now()``, ``toggle_burst()``, ``toggle_recording()`` return
    the asyncio task (tests await it); ``picker`` and ``result_dialog`` are the last dialogs shown.
    """

    captured = Signal(str, str)
    show_requested = Signal(str, str)
    running_changed = Signal(bool)

    def __init__(self, panel: BrowserPanel, tasks: TaskRunner, prefs: CapturePrefs, *,
                 adapters: Sequence[Adapter] = (), chat_adapters: Sequence[ChatAdapter] = (),
                 platforms: Sequence[str] = (), report: ChecklistReporter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self._tasks = tasks
        self.prefs = prefs
        self._adapters = tuple(adapters)
        self._chat_adapters = tuple(chat_adapters)
        self._platforms = tuple(platforms)
        self._report = report
        self._parent = parent or panel
        self._busy = False
        self._running: _Running | None = None
        self._tasks_alive: set[asyncio.Task[Any]] = set()
        self.picker: CasePickerDialog | None = None
        self.result_dialog: CaptureResultDialog | None = None
        self.store_again_box: StoreAgainBox | None = None
        self.settings_dialog: CaptureSettingsDialog | None = None
        self._build()
        self._blink = QTimer(self)
        self._blink.setInterval(REC_BLINK_MS)
        self._blink.timeout.connect(self._update_indicator)
        self.set_vault(panel.vault)

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self._parent)
        self.toolbar.setObjectName("captureToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_capture = QAction(self.toolbar)
        self.act_capture.setObjectName("captureEvidence")
        self.act_capture.setShortcut(QKeySequence(CAPTURE_SHORTCUT))
        self.act_capture.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_capture.setIcon(self.toolbar.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.act_chat = QAction(self.toolbar)
        self.act_chat.setObjectName("captureChat")
        self.act_chat.setIcon(self.toolbar.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.act_burst = QAction(self.toolbar)
        self.act_burst.setObjectName("captureBurst")
        self.act_burst.setCheckable(True)
        # Icons so that Burst, Record and the settings read as buttons, not as labels beside the spin box.
        self.act_burst.setIcon(self.toolbar.style().standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        self.interval = QSpinBox(self.toolbar)
        self.interval.setObjectName("burstInterval")
        self.interval.setRange(*BURST_RANGE)
        self.interval.setSingleStep(50)
        self.interval.setValue(self.prefs.burst_interval_ms)
        self.act_record = QAction(self.toolbar)
        self.act_record.setObjectName("captureRecord")
        self.act_record.setCheckable(True)
        self.act_record.setIcon(QIcon(BadgeEngine("#d32f2f", "")))  # the usual red dot of a record button
        self.indicator = QLabel(self.toolbar)
        self.indicator.setObjectName("recIndicator")
        self.indicator.setMinimumWidth(150)
        self.act_settings = QAction(self.toolbar)
        self.act_settings.setObjectName("captureSettings")
        self.act_settings.setIcon(self.toolbar.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.toolbar.addAction(self.act_capture)
        self.toolbar.addAction(self.act_chat)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_burst)
        self.toolbar.addWidget(self.interval)
        self.toolbar.addAction(self.act_record)
        self.toolbar.addWidget(self.indicator)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_settings)
        self.act_capture.triggered.connect(self.capture_now)
        self.act_chat.triggered.connect(self.capture_chat_now)
        self.act_burst.triggered.connect(self.toggle_burst)
        self.act_record.triggered.connect(self.toggle_recording)
        self.act_settings.triggered.connect(self.open_settings)
        self.interval.valueChanged.connect(self._on_interval)
        self.toolbar.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Evidence capture"))
        self.act_capture.setText(self.tr("Capture evidence"))
        self.act_capture.setToolTip(self.tr("Capture the current browser tab into the active case ({keys}): "
                                            "full page, saved page, text and identifiers, all hashed.").format(
                                                keys=CAPTURE_SHORTCUT))
        self.act_chat.setText(self.tr("Capture chat"))
        self.act_chat.setToolTip(self.tr("Capture the chat open in the current tab into the active case: it is "
                                         "scrolled back to the start of the conversation and every message is kept, "
                                         "ready to print as a transcript (guideline 陸.三(三))."))
        self.act_burst.setText(self.tr("Burst"))
        self.act_burst.setToolTip(self.tr("Capture what is on screen every N milliseconds while on (stories, "
                                          "one-time views). The tab is shown unblurred while it runs."))
        self.interval.setSuffix(self.tr(" ms"))
        self.interval.setToolTip(self.tr("Burst interval"))
        self.interval.setAccessibleName(self.tr("Burst interval"))  # a tooltip is not a name to a screen reader
        self.act_record.setText(self.tr("Record"))
        self.act_record.setToolTip(self.tr("Record the tab to a video (hashed) until you press it again. The tab "
                                           "is shown unblurred while it runs."))
        self.act_settings.setText(self.tr("Capture settings…"))
        self._update_indicator()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toolbar and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    # -- state --------------------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self._update_actions()

    @property
    def running(self) -> bool:
        return self._running is not None

    def _update_actions(self) -> None:
        unlocked = self.panel.vault is not None
        running = self._running
        self.act_capture.setEnabled(unlocked and not self._busy and running is None)
        self.act_chat.setEnabled(unlocked and not self._busy and running is None)
        idle = running is None and not self._busy
        self.act_burst.setEnabled(unlocked and (idle or (running is not None and running.kind == "burst")))
        self.act_record.setEnabled(unlocked and (idle or (running is not None and running.kind == "record")))
        self.act_burst.setChecked(running is not None and running.kind == "burst")
        self.act_record.setChecked(running is not None and running.kind == "record")
        self.interval.setEnabled(running is None)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    def _update_indicator(self) -> None:
        running = self._running
        if running is None:
            self.indicator.setText("")
            self.indicator.setStyleSheet("")
            return
        seconds = int(time.monotonic() - running.started)
        dot = "●" if seconds % 2 == 0 or not self._blink.isActive() else "○"
        if running.kind == "record":
            text = self.tr("{dot} REC {m}:{s:02d}").format(dot=dot, m=seconds // 60, s=seconds % 60)
        else:
            frames = running.recorder.frame_count if isinstance(running.recorder, BurstCapture) else 0
            text = self.tr("{dot} BURST {frames}").format(
                dot=dot, frames=counted(frames, self.tr("1 frame"), self.tr("{count} frames")))
        self.indicator.setText(text)
        self.indicator.setStyleSheet("color: white; background: #c62828; font-weight: bold; padding: 2px 6px; "
                                     "border-radius: 3px;")

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(guarded(coro, self._parent))
        self._tasks_alive.add(task)
        task.add_done_callback(self._tasks_alive.discard)
        return task

    # -- one click ----------------------------------------------------------------------------------
    def capture_now(self) -> asyncio.Task[Any] | None:
        """Capture the current tab (toolbar button, Ctrl+Shift+S)."""
        if self._busy or self._running is not None:
            return None
        return self._spawn(self._capture_flow())

    def capture_chat_now(self) -> asyncio.Task[Any] | None:
        """Capture the chat in the current tab (toolbar button)."""
        if self._busy or self._running is not None:
            return None
        return self._spawn(self._chat_flow())

    def chat_options(self) -> ChatOptions:
        return ChatOptions(persona=self.panel.active_persona(), adapters=self._chat_adapters)

    def options(self) -> CaptureOptions:
        prefs = self.prefs
        return CaptureOptions(lazy_scroll=prefs.lazy_scroll, max_seconds=float(prefs.max_seconds),
                              max_height=prefs.max_height, max_items=prefs.max_items,
                              persona=self.panel.active_persona(), adapters=self._adapters)

    def _tab(self) -> BrowserTab:
        if self.panel.vault is None:
            raise VaultLockedForCapture()
        tab = self.panel.current_tab()
        if tab is None or tab.url().scheme() not in ("http", "https"):
            raise NoTabToCapture()
        return tab

    async def _capture_flow(self) -> CaptureOutcome | None:
        tab = self._tab()
        self._set_busy(True)
        capturing = self.tr("Capturing the page…")
        self.panel.status.setText(capturing)
        try:
            options = self.options()
            capture = await self._while_open(tab, lambda: capture_page(tab.page, options))
            return await self._file(capture)
        finally:
            self._clear_status(capturing)
            self._set_busy(False)

    async def _chat_flow(self) -> CaptureOutcome | None:
        tab = self._tab()
        self._set_busy(True)
        capturing = self.tr("Capturing the chat: scrolling back to its start…")
        self.panel.status.setText(capturing)
        try:
            options = self.chat_options()
            chat: ChatCapture = await self._while_open(tab, lambda: capture_chat(tab.page, options))
            return await self._file(chat.capture, lambda stored: [chat.chat_file(stored)])
        finally:
            self._clear_status(capturing)
            self._set_busy(False)

    async def _while_open(self, tab: BrowserTab, capture: Callable[[], Awaitable[T]]) -> T:
        """Run ``capture`` on ``tab`` with its overlays off. Closing the tab is how an officer stops a capture
        half-way: it ends there, nothing is stored, and they are told so (seen: the errors of the page that was
        gone, and of giving its overlays back, reached the crash dialog)."""
        async def overlays_off() -> T:
            self._bring_browser_forward()
            async with self.panel.evidence_view(tab, cover=True):
                return await capture()

        work = asyncio.ensure_future(overlays_off())
        closed = False

        def on_closed() -> None:
            nonlocal closed
            closed = True
            work.cancel()   # what it waits for will never come: the page is gone

        page = tab.page
        page.destroyed.connect(on_closed)
        try:
            return await work
        except (Exception, asyncio.CancelledError) as error:
            if closed:
                raise TabClosedDuringCapture() from error
            raise
        finally:
            if not closed:
                page.destroyed.disconnect(on_closed)

    def _bring_browser_forward(self) -> None:
        """Turn every tab widget the browser is in to it. A page that is not shown is not painted, so Chromium never
        answers ``Page.captureScreenshot``: seen in a shift's soak, Capture pressed while the main window showed a
        case waited the full minute and ended with "The browser did not answer in time", nothing stored."""
        holder = self.panel.parentWidget()
        while holder is not None:
            if isinstance(holder, QTabWidget):
                for index in range(holder.count()):
                    page = holder.widget(index)
                    if page is self.panel or page.isAncestorOf(self.panel):
                        holder.setCurrentIndex(index)
            holder = holder.parentWidget()

    def _clear_status(self, text: str) -> None:
        """Take a progress message away once its step is over, but leave what came after it (the
        stored capture's number)."""
        if self.panel.status.text() == text:
            self.panel.status.clear()

    # -- burst and recording ------------------------------------------------------------------------
    def toggle_burst(self) -> asyncio.Task[Any] | None:
        return self._toggle("burst")

    def toggle_recording(self) -> asyncio.Task[Any] | None:
        return self._toggle("record")

    def _toggle(self, kind: str) -> asyncio.Task[Any] | None:
        if self._busy:
            self._update_actions()
            return None
        if self._running is None:
            return self._spawn(self._start(kind))
        if self._running.kind == kind:
            return self._spawn(self._stop())
        self._update_actions()
        return None

    async def _start(self, kind: str) -> None:
        tab = self._tab()
        self._set_busy(True)
        self._bring_browser_forward()  # a page not shown sends no frame, as it answers no screenshot
        overlays = AsyncExitStack()
        try:
            await overlays.enter_async_context(self.panel.evidence_view(tab))
            recorder: BurstCapture | TabRecorder = (
                BurstCapture(tab.page, interval_ms=self.interval.value(), max_frames=BURST_MAX_FRAMES)
                if kind == "burst" else TabRecorder(tab.page, max_seconds=RECORDING_MAX_SECONDS))
            await recorder.start()
        except BaseException:
            await overlays.aclose()
            self._set_busy(False)
            raise
        self._running = _Running(kind, tab, recorder, overlays, time.monotonic())
        tab.page.destroyed.connect(self._on_running_tab_closed)
        self._blink.start()
        self._set_busy(False)
        self._update_indicator()
        self.running_changed.emit(True)

    def _on_running_tab_closed(self) -> None:
        """The officer closed the tab under a burst or a recording: it ends there and what it took is stored,
        as if Stop had been pressed (seen: the frames were lost, and Stop gave the crash dialog)."""
        if self._running is not None and not self._busy:
            self._spawn(self._stop())

    async def _stop(self) -> CaptureOutcome | None:
        running = self._running
        assert running is not None
        if alive(running.tab.page):
            running.tab.page.destroyed.disconnect(self._on_running_tab_closed)
        self._set_busy(True)
        try:
            capture = await running.recorder.stop()
        finally:
            self._running = None
            self._blink.stop()
            self._update_indicator()
            await running.overlays.aclose()
            self.running_changed.emit(False)
            self._set_busy(False)
        capture = dataclasses.replace(capture, persona=self.panel.active_persona())
        self._set_busy(True)
        try:
            return await self._file(capture)
        finally:
            self._set_busy(False)

    @property
    def recorder(self) -> BurstCapture | TabRecorder | None:
        return self._running.recorder if self._running else None

    # -- storing ------------------------------------------------------------------------------------
    async def _file(self, capture: PageCapture, derived: DerivedFiles | None = None) -> CaptureOutcome | None:
        """Put a finished capture into the active case (asking for one if none is active)."""
        case_id = self.panel.current_case()
        if case_id is None:
            case_id = await self._pick_case()
        if self.panel.vault is None:
            raise VaultLockedForCapture()
        if case_id is None:
            raise NotStoredNoCase()
        outcome = await self._store(case_id, capture, derived)
        if outcome is None:
            return None
        self.panel.status.setText(self.tr("Capture {ident} stored in the vault.").format(ident=outcome.stored.id))
        self.panel.record_capture(outcome.stored.id, capture.final_url, capture.title)
        if self.panel.current_case() != case_id:
            self.panel.set_case(case_id)   # the next capture goes to the same case without asking
        self.captured.emit(outcome.case_id, outcome.stored.id)
        self._show_result(outcome)
        return outcome

    async def _store(self, case_id: str, capture: PageCapture, derived: DerivedFiles | None) -> CaptureOutcome | None:
        """Store on the pool; when the vault's disk will not take it (full, or gone read-only), keep the capture and
        ask, until it is stored or the officer discards it (None). The store is one transaction: a failed one left
        nothing behind, so storing again cannot store twice."""
        storing = self.tr("Storing the capture in the vault…")
        report = self._report
        asked = False
        while True:
            vault = self.panel.vault
            if vault is None:  # locked (the idle timer, too) while the officer was being asked
                raise NotStoredVaultLocked() if asked else VaultLockedForCapture()
            self.panel.status.setText(storing)
            try:
                return await off_thread(self._tasks, partial(store_and_check, vault, case_id, capture, report, derived),
                                        self)
            except (StorageFull, StorageReadOnly) as error:
                self._clear_status(storing)
                log.info("capture not stored: %s; the officer is asked", type(error).__name__)
                self.store_again_box = StoreAgainBox(error, self._parent)
                asked = True
                if not await self.store_again_box.store_again_chosen():
                    log.info("capture discarded by the officer after the vault's disk refused it")
                    self.panel.status.setText(self.tr("The capture was discarded; nothing was stored."))
                    return None
            except BaseException:
                self._clear_status(storing)  # the error is shown on its own; "storing…" must not stay behind
                raise

    async def _pick_case(self) -> str | None:
        vault = self.panel.vault
        if vault is None:
            raise VaultLockedForCapture()
        self.picker = CasePickerDialog(vault, self._platforms, self._parent)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return await self.picker.chosen_case()

    def _show_result(self, outcome: CaptureOutcome) -> None:
        """The capture's result, in place of the last one. Deleted once closed: a shift's soak found every capture's
        result dialog (its 34 widgets, its files and checks) kept alive, closed, until the program ended."""
        if alive(self.result_dialog):
            self.result_dialog.close()  # type: ignore[union-attr]
        dialog = CaptureResultDialog(outcome, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_requested.connect(self.show_requested)
        self.result_dialog = dialog
        dialog.show()
        log.info("capture %s stored (%s, %s files)", outcome.stored.id,
                 "complete" if outcome.stored.complete else "partial", len(outcome.artifacts))

    # -- settings -----------------------------------------------------------------------------------
    def _on_interval(self, value: int) -> None:
        self.prefs.burst_interval_ms = value

    def open_settings(self) -> CaptureSettingsDialog:
        dialog = CaptureSettingsDialog(self.prefs, self._parent)
        dialog.accepted.connect(lambda: self.interval.setValue(self.prefs.burst_interval_ms))
        self.settings_dialog = dialog
        dialog.open()
        return dialog


__all__ = ["CAPTURE_SHORTCUT", "CaptureController", "store_and_check"]
