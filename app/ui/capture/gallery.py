"""The case's captures: a gallery of thumbnails and, for the one chosen, the capture view.

Pictures are blurred until the officer reveals them, here as in the browser (a wellness rule;
the evidence itself is never blurred). A reveal lasts for this screen only and is per capture.

The capture view has the zoomable image (full-page tiles stacked), the details (completeness
statement, the 陸.一 check computed again from the stored files, the metadata), the files with their
hashes and a re-verify button, the identifiers with their sources (correct, add, retract; audited),
and the saved page in the offline viewer. A chat capture also shows its message count and prints
its transcript (the same reports-layer path as ``netpatrol transcript``). Everything is read from the
vault on the task pool.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.adapters import Adapter
from app.core.capture import CaptureKind, FileRole, messages_phrase
from app.core.errors import KnownError
from app.core.i18n import counted
from app.infra.personas import persona_label
from app.infra.tasks import TaskRunner
from app.reports.issue import PrintedTranscript, TranscriptReporter, print_transcript
from app.ui.capture import offline
from app.ui.capture.hashes import HashPanel
from app.ui.capture.identifiers import IdentifiersPanel
from app.ui.capture.offline import OfflinePageViewer
from app.ui.capture.result import fill_check
from app.ui.capture.stored import (
    THUMB_HEIGHT,
    THUMB_WIDTH,
    CaptureDetail,
    GalleryEntry,
    gallery_entries,
    load_detail,
    with_thumbnails,
)
from app.ui.capture.support import BAD_COLOUR, OK_COLOUR, coloured, server_clock_line, show_error, statement_lines
from app.ui.capture.viewer import TallImageViewer
from app.ui.common import ask_pdf_target, format_time, scrolling
from app.ui.language import OFFICIAL_LANGUAGE
from app.ui.tones import on_base
from app.vault import Vault
from app.vault.captures import StoredCapture

IMAGE_TAB, DETAILS_TAB, HASHES_TAB, IDENTIFIERS_TAB = range(4)
WHEEL_STEP = 24  # px the capture list moves per wheel step (three steps to a notch)
THUMBNAIL_BATCH = 40  # thumbnails made per task: the first screenful shows in well under a second
# A capture's caption at its longest in lines: its time, its kind and state, and a title on two lines.
SAMPLE_CAPTION = "民國115年11月30日 13:42\n網頁 · 不完整\n[問卦] 測試文章標題 - 看板 TestBoard - 批踢踢實業坊"
CAPTION_MARGIN = 6  # px between one capture's caption and the next one's picture


class CaptureView(QWidget):
    """One capture. ``reveal_changed(capture_id, revealed)``; ``changed`` after an identifier edit;
    ``transcript_printed(path)`` after a chat capture's transcript PDF was written and audited."""

    reveal_changed = Signal(str, bool)
    changed = Signal()
    transcript_printed = Signal(str)

    def __init__(self, tasks: TaskRunner, adapters: Sequence[Adapter] = (), parent: QWidget | None = None, *,
                 report_transcript: TranscriptReporter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureView")
        self._tasks = tasks
        self._adapters = tuple(adapters)
        self._report_transcript = report_transcript
        self.printed: PrintedTranscript | None = None
        self._vault: Vault | None = None
        self.detail: CaptureDetail | None = None
        self._loading = ""  # the capture whose detail is being loaded; a late arrival for another is dropped
        self.offline_viewer: OfflinePageViewer | None = None
        self._build_widgets()
        self._build_layout()
        self.reveal_button.toggled.connect(self._on_reveal)
        self.zoom_in_button.clicked.connect(self.viewer.zoom_in)
        self.zoom_out_button.clicked.connect(self.viewer.zoom_out)
        self.fit_button.clicked.connect(self.viewer.fit_width)
        self.viewer.zoom_changed.connect(lambda zoom: self.zoom_label.setText(f"{zoom}%"))
        self.mhtml_button.clicked.connect(self.open_saved_page)
        self.transcript_button.clicked.connect(self._on_print_transcript)
        self.identifiers.changed.connect(self._on_identifiers_changed)
        self._retranslate()
        self.show_detail(None)

    def _build_widgets(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("captureHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealImage")
        self.reveal_button.setCheckable(True)
        self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button = (
            QToolButton(self), QLabel(self), QToolButton(self), QToolButton(self))
        self.mhtml_button = QPushButton(self)
        self.mhtml_button.setObjectName("openSavedPage")
        self.chat_label = QLabel(self)
        self.chat_label.setObjectName("chatMessages")
        # A line of its own under the header, which wraps: seen, in the row of buttons, "transcript written:
        # <file name>" widened the view by the name, and the capture list beside it gave way (every
        # thumbnail's date cut); and with the name left out, the row's room cut 「已輸出」 in two.
        self.chat_label.setWordWrap(True)
        self.transcript_button = QPushButton(self)
        self.transcript_button.setObjectName("printTranscript")
        self.viewer = TallImageViewer(self)
        self.no_image = QLabel(self)
        self.no_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_stack = QStackedWidget(self)
        self.image_stack.addWidget(self.viewer)
        self.image_stack.addWidget(self.no_image)
        self.statement = QLabel(self)
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.RichText)
        self.check = QTreeWidget(self)
        self.check.setObjectName("storedEvidenceCheck")
        self.check.setRootIsDecorated(False)
        self.check.setColumnCount(3)
        self.metadata = QPlainTextEdit(self)
        self.metadata.setObjectName("captureMetadata")
        self.metadata.setReadOnly(True)

    def _build_layout(self) -> None:
        details = QWidget(self)
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.statement)
        details_layout.addWidget(self.check, 1)
        details_layout.addWidget(self.metadata, 2)
        self.hashes = HashPanel(self._tasks, self)
        self.identifiers = IdentifiersPanel(self._tasks, self)
        self.tabs = QTabWidget(self)
        # all but the picture scroll on a short screen: the details' statement, check list and metadata, the hash
        # table and its button, the identifier table and its buttons each held the main window taller than a
        # 1920 × 1080 screen at Windows' 150 % scaling (720 logical pixels), its status bar below the edge
        self.tabs.addTab(self.image_stack, "")
        for page in (details, self.hashes, self.identifiers):
            self.tabs.addTab(scrolling(page, self), "")
        controls = QHBoxLayout()
        for widget in (self.reveal_button, self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.transcript_button)
        controls.addWidget(self.mhtml_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.chat_label)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)

    def _retranslate(self) -> None:
        for index, text in enumerate((self.tr("Image"), self.tr("Details"), self.tr("Files and hashes"),
                                      self.tr("Identifiers"))):
            self.tabs.setTabText(index, text)
        self.reveal_button.setText(self.tr("Blur again") if self.reveal_button.isChecked() else self.tr("Show image"))
        self.reveal_button.setToolTip(self.tr("Pictures stay blurred until you choose to look at them."))
        for button, text, tip in ((self.zoom_out_button, "−", self.tr("Zoom out")),
                                  (self.zoom_in_button, "+", self.tr("Zoom in")),
                                  (self.fit_button, "↔", self.tr("Fit the page width"))):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self._name_painted_parts()
        self.mhtml_button.setText(self.tr("Open saved page (offline)…"))
        self.transcript_button.setText(self.tr("Print transcript…"))
        self.transcript_button.setToolTip(self.tr("Write every message of this chat to a PDF (guideline 陸.三(三)); "
                                                  "the file's SHA-256 is recorded in the audit log."))
        self._show_chat()
        self.no_image.setText(self.tr("This capture has no picture (a video recording: see its file and hash)."))
        self.check.setHeaderLabels([self.tr("Point"), self.tr("What"), self.tr("Found / missing")])
        self._show_header()

    def _name_painted_parts(self) -> None:
        """The picture, the check list and the metadata have no text of their own for a screen reader to say: it
        says these names, and whether the picture is blurred (the officer who cannot see it must know too)."""
        self.viewer.setAccessibleName(self.tr("Captured image"))
        self.viewer.setAccessibleDescription(
            self.tr("Shown as captured.") if self.viewer.revealed else self.tr("Blurred. Show image unblurs it."))
        self.check.setAccessibleName(self.tr("What the capture holds, point by point"))
        self.metadata.setAccessibleName(self.tr("Capture metadata"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------------------
    def load(self, vault: Vault, capture_id: str, *, revealed: bool, done: Callable[[], None] | None = None) -> None:
        self._vault = vault
        self._loading = capture_id
        adapters = self._adapters

        def shown(detail: CaptureDetail) -> None:
            if self._loading != capture_id:
                return  # another capture (or case) was chosen while this one loaded
            self.show_detail(detail, revealed=revealed)
            if done is not None:
                done()

        self._tasks.run(lambda: load_detail(vault, capture_id, adapters), shown, self._on_failed, owner=self)

    def _on_failed(self, error: KnownError) -> None:
        show_error(self, error)

    def clear(self) -> None:
        """Nothing shown, and a capture still loading is not shown when it arrives."""
        self._loading = ""
        self.show_detail(None)

    def show_detail(self, detail: CaptureDetail | None, *, revealed: bool = False) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.viewer.set_images([])
            self.hashes.set_files(None, "", [])
            self.identifiers.set_identifiers(None, "", "", [], [])
            self.check.clear()
            self.metadata.clear()
            self.statement.clear()
            self._show_header()
            self._show_chat()
            return
        capture = detail.capture
        self.viewer.set_images(detail.images, revealed=revealed)
        self.image_stack.setCurrentWidget(self.viewer if detail.images else self.no_image)
        self.reveal_button.blockSignals(True)
        self.reveal_button.setChecked(revealed)
        self.reveal_button.blockSignals(False)
        self.reveal_button.setEnabled(bool(detail.images))
        self.hashes.set_files(self._vault, capture.id, detail.artifacts)
        self.identifiers.set_identifiers(self._vault, capture.case_id, capture.id, detail.identifiers,
                                         detail.current)
        lines = statement_lines(capture.completeness)
        clock_line = server_clock_line(capture.metadata)
        if clock_line:  # "" when the page came without a time
            lines.append(clock_line)
        self.statement.setText("<br>".join(lines))
        fill_check(self.check, detail.check)
        self.metadata.setPlainText(json.dumps(capture.metadata, ensure_ascii=False, indent=2, sort_keys=True))
        self.mhtml_button.setEnabled(detail.artifact(FileRole.MHTML) is not None)
        self.printed = None
        self._retranslate()

    def _show_header(self) -> None:
        detail = self.detail
        if detail is None:
            self.header.setText(self.tr("Choose a capture on the left."))
            return
        capture = detail.capture
        verdict = coloured(self.tr("Complete") if capture.complete else self.tr("PARTIAL"),
                           OK_COLOUR if capture.complete else BAD_COLOUR, bold=True)
        self.header.setText(self.tr(
            "<b>{title}</b><br>{verdict} · {kind} · {capture} · {when} · persona {persona}<br>{url}").format(
                title=coloured(capture.title or "-", None, bold=True), verdict=verdict,
                kind=capture.kind.label(), capture=capture.id, when=format_time(capture.started_at),
                persona=coloured(self._persona_text(capture), None),
                url=coloured(capture.final_url, "#1a4fa0")))

    def _persona_text(self, capture: StoredCapture) -> str:
        if capture.persona:
            return persona_label(capture.persona)
        if capture.kind == CaptureKind.RECHECK:  # seen: "persona -" over a re-check in a clean browser
            return self.tr("none (a clean browser, no cookies)")
        return "-"

    def _show_chat(self) -> None:
        """A chat capture shows its message count and the transcript button; other captures neither."""
        capture = self.detail.capture if self.detail else None
        chat = capture is not None and capture.kind == CaptureKind.CHAT
        self.chat_label.setVisible(chat)
        self.transcript_button.setVisible(chat)
        if not chat or capture is None:
            return
        count = capture.completeness.messages or 0
        text = messages_phrase(count)
        where = ""
        if self.printed is not None:  # the file's name in the tooltip: a long one must not widen the view
            text += " · " + self.tr("transcript written")
            where = self.tr("Transcript written to {path}").format(path=self.printed.path)
            if not self.printed.complete:
                text += " · " + self.tr("the chat is partial, so the step to print it in full stays open")
        elif self.detail is not None and self.detail.transcript_printed_at is not None:  # before, from the audit log
            text += " · " + self.tr("transcript last printed {time}").format(
                time=format_time(self.detail.transcript_printed_at))
        self.chat_label.setText(text)
        self.chat_label.setToolTip(where)

    def _on_print_transcript(self) -> None:
        detail = self.detail
        if detail is None:
            return
        suggested = f"{detail.case_number}-{detail.capture.id}-transcript.pdf"
        target = ask_pdf_target(self, self.tr("Save chat transcript as PDF"), suggested)
        if target is not None:
            self.print_transcript(target)

    def print_transcript(self, target: Path, done: Callable[[PrintedTranscript], None] | None = None) -> None:
        """Write the transcript PDF on the pool (same path as ``netpatrol transcript``); ``transcript_printed``."""
        detail, vault = self.detail, self._vault
        if detail is None or vault is None:
            return
        # For the case file, so in Chinese with ROC dates, as the documents are, whatever the interface's language
        capture, language, report = detail.capture, OFFICIAL_LANGUAGE, self._report_transcript
        self.transcript_button.setEnabled(False)

        def printed(result: PrintedTranscript) -> None:
            self.transcript_button.setEnabled(True)
            self.printed = result
            self._show_chat()
            self.transcript_printed.emit(str(result.path))
            if done is not None:
                done(result)

        def failed(error: KnownError) -> None:
            self.transcript_button.setEnabled(True)
            show_error(self, error)

        self._tasks.run(lambda: print_transcript(vault, capture.case_id, capture.id, target, language, report),
                        printed, failed, owner=self)

    # -- actions ------------------------------------------------------------------------------------
    def _on_reveal(self, revealed: bool) -> None:
        self.viewer.set_revealed(revealed)
        self._retranslate()
        if self.detail is not None:
            self.reveal_changed.emit(self.detail.capture.id, revealed)

    def set_revealed(self, revealed: bool) -> None:
        self.reveal_button.setChecked(revealed)

    def _on_identifiers_changed(self) -> None:
        if self.detail is not None and self._vault is not None:
            self.load(self._vault, self.detail.capture.id, revealed=self.viewer.revealed)
        self.changed.emit()

    def open_saved_page(self) -> OfflinePageViewer | None:
        """Read the MHTML from the vault (audited as a view) and show it offline; one that no longer matches
        its SHA-256 is refused with a sentence."""
        detail, vault = self.detail, self._vault
        artifact = detail.artifact(FileRole.MHTML) if detail else None
        if detail is None or vault is None or artifact is None:
            return None
        try:
            data = vault.artifacts.read_verified(artifact.id)  # never shown as this capture if it was changed since
        except KnownError as error:
            show_error(self, error)
            return None
        vault.record("artifact.view", case_id=detail.capture.case_id, subject=artifact.id,
                     details={"viewer": "offline-mhtml"})
        try:
            self.offline_viewer = OfflinePageViewer(data, detail.capture.id, self, blurred=not self.viewer.revealed)
        except KnownError as error:  # no room for its private copy: the cache folder's disk is full
            show_error(self, error)
            return None
        self.offline_viewer.show()
        return self.offline_viewer


class CaptureGallery(QWidget):
    """The case tab. ``set_vault``, ``set_case``, ``refresh``, ``select_capture``; ``loaded`` after a refresh."""

    loaded = Signal()

    def __init__(self, tasks: TaskRunner, adapters: Sequence[Adapter] = (),
                 blur_by_default: Callable[[], bool] = lambda: True, parent: QWidget | None = None, *,
                 report_transcript: TranscriptReporter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureGallery")
        offline.clear_leftovers()  # saved pages a killed process left in clear: one gallery per start
        self._tasks = tasks
        self._blur_by_default = blur_by_default
        self._vault: Vault | None = None
        self._case_id = ""
        self._entries: dict[str, GalleryEntry] = {}
        self._items: dict[str, QListWidgetItem] = {}  # capture id -> its row, for thumbnails arriving later
        self._listing = 0  # counts the list's rebuilds, so batches of thumbnails for an older one stop
        self._revealed: set[str] = set()
        self._pending_select = ""
        self.summary = QLabel(self)
        self.refresh_button = QToolButton(self)
        self.list = QListWidget(self)
        self.list.setObjectName("captureList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_WIDTH, THUMB_HEIGHT))
        self.list.setGridSize(QSize(THUMB_WIDTH + 24, self._cell_height()))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        # Scrolled by pixels: by whole items, one turn of the wheel jumped past a short entry (seen in a
        # case with three re-checks and a chat above two pages).
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(WHEEL_STEP)
        self.view = CaptureView(tasks, adapters, self, report_transcript=report_transcript)
        self._build_layout()
        self.refresh_button.clicked.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda _c, _p: self._on_current())
        self.view.reveal_changed.connect(self._on_reveal_changed)
        self._retranslate()

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([THUMB_WIDTH + 60, 1000])
        self.no_captures = QLabel(self)  # instead of an empty list beside a grey viewer
        self.no_captures.setObjectName("noCaptures")
        self.no_captures.setWordWrap(True)
        self.no_captures.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.no_captures)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _retranslate(self) -> None:
        self.refresh_button.setText("⟳")
        self.refresh_button.setToolTip(self.tr("Reload the captures"))
        self.refresh_button.setAccessibleName(self.tr("Reload the captures"))  # not "⟳", which a reader skips
        self.list.setAccessibleName(self.tr("Captures of the case"))
        self.no_captures.setText(self.tr(
            "Nothing has been captured in this case yet. Open the page in the Browser tab and press Capture "
            "evidence, or Capture chat for a conversation."))
        self._show_summary()
        for row in range(self.list.count()):
            self._label(self.list.item(row))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_summary(self) -> None:
        if not self._case_id:
            self.summary.setText(self.tr("No case chosen."))
            return
        entries = list(self._entries.values())
        partial = sum(1 for e in entries if not e.capture.complete)
        self.summary.setText(self.tr("{captures}, {partial} partial").format(
            captures=counted(len(entries), self.tr("1 capture"), self.tr("{count} captures")), partial=partial))

    # -- state --------------------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._revealed.clear()
        self.set_case("")

    def set_case(self, case_id: str) -> None:
        """Show ``case_id``'s captures. Another case's are taken off at once: they stayed on screen under
        the new case's number until its list had loaded, which took over a minute for a case of 1,000
        captures (seen: NP-115-0005 showing NP-115-0004's one capture, 「共 1 筆擷取」)."""
        if case_id != self._case_id:
            self._revealed.clear()
            self._entries, self._items = {}, {}
            self._listing += 1
            self.list.clear()
            self.view.clear()
            self.stack.setCurrentIndex(0)
            if case_id:
                self.summary.setText(self.tr("Loading the captures…"))
        self._case_id = case_id or ""
        self.refresh()

    def refresh(self, select: str = "") -> None:
        vault, case_id = self._vault, self._case_id
        self._pending_select = select or self.current_capture_id()
        if vault is None or not case_id:
            self._show(case_id, [])
            return
        self._tasks.run(lambda: gallery_entries(vault, case_id), lambda entries: self._show(case_id, entries),
                        self._on_failed, owner=self)

    def _on_failed(self, error: KnownError) -> None:
        show_error(self, error)

    def _show(self, case_id: str, entries: list[GalleryEntry]) -> None:
        if case_id != self._case_id:
            return   # the officer moved on to another case meanwhile
        entries = self._keep_thumbnails(entries)
        self._entries = {e.capture.id: e for e in entries}
        self._listing += 1
        self._items = {}
        self.list.blockSignals(True)
        self.list.clear()
        for entry in reversed(entries):      # newest first
            item = QListWidgetItem(self.list)
            # the whole cell, not the caption's own width: Qt sized a caption narrower than the cell to its widest
            # line, then painted it a few pixels narrower, so that line wrapped and pushed the title out (「完整…」)
            item.setSizeHint(self.list.gridSize())
            item.setData(Qt.ItemDataRole.UserRole, entry.capture.id)
            self._items[entry.capture.id] = item
            self._label(item)
        self.list.blockSignals(False)
        self._add_thumbnails(self._listing, [], [e for e in reversed(entries) if e.thumbnail.isNull() and e.preview_id])
        self._show_summary()
        self.stack.setCurrentIndex(1 if case_id and not entries else 0)
        if not self.select_capture(self._pending_select) and self.list.count():
            self.list.setCurrentRow(0)
        elif not self.list.count():
            self.view.clear()
        self.loaded.emit()

    def _keep_thumbnails(self, entries: list[GalleryEntry]) -> list[GalleryEntry]:
        """The thumbnails already made for this case's captures (the list is read again after each new
        capture; a big case's pictures would otherwise blank out and be made again)."""
        shown = self._entries  # this case's only: a change of case empties it
        return [replace(entry, thumbnail=shown[entry.capture.id].thumbnail,
                        blurred_thumbnail=shown[entry.capture.id].blurred_thumbnail)
                if entry.capture.id in shown and not shown[entry.capture.id].thumbnail.isNull() else entry
                for entry in entries]

    def _add_thumbnails(self, listing: int, done: list[GalleryEntry], pending: list[GalleryEntry]) -> None:
        """Thumbnails arrive a batch at a time, newest captures first, after the list is shown: making them
        all first kept a case of 1,000 captures blank for 18 s. A newer listing stops the batches."""
        if listing != self._listing:
            return
        for entry in done:
            if entry.capture.id in self._items:
                self._entries[entry.capture.id] = entry
                self._label(self._items[entry.capture.id])
        vault = self._vault
        if not pending or vault is None:
            return
        batch, rest = pending[:THUMBNAIL_BATCH], pending[THUMBNAIL_BATCH:]
        self._tasks.run(lambda: with_thumbnails(vault, batch), lambda made: self._add_thumbnails(listing, made, rest),
                        self._on_failed, owner=self)

    def _label(self, item: QListWidgetItem) -> None:
        entry = self._entries.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if entry is None:
            return
        capture = entry.capture
        state = self.tr("complete") if capture.complete else self.tr("PARTIAL")
        item.setText(f"{format_time(capture.started_at)}\n{capture.kind.label()} · {state}\n{capture.title[:40]}")
        item.setToolTip(f"{capture.id}\n{capture.final_url}")
        if not capture.complete:
            item.setForeground(on_base("#800000", self))
        image = entry.thumbnail if self.is_revealed(capture.id) else entry.blurred_thumbnail
        item.setIcon(QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon())

    def _cell_height(self) -> int:
        """As tall as a full-height thumbnail with a caption of two lines and a title of two needs, measured in a
        throwaway list like this one: a Chinese line is taller than the font's line spacing says, and a fixed
        64 px below a full 140 px picture left room for three lines only."""
        probe = QListWidget()
        probe.setViewMode(QListWidget.ViewMode.IconMode)
        probe.setIconSize(self.list.iconSize())
        probe.setWordWrap(True)
        probe.setFont(self.list.font())
        probe.setGridSize(QSize(THUMB_WIDTH + 24, 10 * THUMB_HEIGHT))  # the caption's width; any height
        picture = QPixmap(self.list.iconSize())
        picture.fill(Qt.GlobalColor.transparent)
        sample = QListWidgetItem(QIcon(picture), SAMPLE_CAPTION, probe)
        height = probe.sizeHintForIndex(probe.indexFromItem(sample)).height()
        probe.deleteLater()
        return height + CAPTION_MARGIN

    def is_revealed(self, capture_id: str) -> bool:
        return capture_id in self._revealed or not self._blur_by_default()

    def capture_ids(self) -> list[str]:
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def current_capture_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select_capture(self, capture_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == capture_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _on_current(self) -> None:
        capture_id = self.current_capture_id()
        if self._vault is None or not capture_id:
            self.view.clear()
            return
        self.view.load(self._vault, capture_id, revealed=self.is_revealed(capture_id))

    def reveal(self, capture_id: str, revealed: bool = True) -> None:
        """Show (or blur again) one capture's pictures, thumbnail and viewer alike."""
        if revealed:
            self._revealed.add(capture_id)
        else:
            self._revealed.discard(capture_id)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == capture_id:
                self._label(item)
        if self.view.detail is not None and self.view.detail.capture.id == capture_id:
            self.view.set_revealed(revealed)

    def _on_reveal_changed(self, capture_id: str, revealed: bool) -> None:
        if (capture_id in self._revealed) != revealed:
            self.reveal(capture_id, revealed)
