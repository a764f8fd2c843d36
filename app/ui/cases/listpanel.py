"""The case list: the case changed last first, a search box (full text, Chinese included) and a status filter.

Search goes through ``Vault.search`` (the trigram index), so a word inside a Chinese sentence is
found. With no vault (locked) the list is empty and disabled. With no cases yet it says so and
offers to create the first one, instead of showing an empty table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.models import Case, CaseStatus, SearchHit
from app.ui.common import format_short
from app.vault import Vault

PAGE_SIZE = 100
SEARCH_HITS = 200  # hits read at a time; one case can have many (its title, notes, every capture)
SEARCH_DELAY_MS = 250
_LIST, _EMPTY, _NO_MATCH = range(3)


def _status_filter(parent: QWidget) -> QComboBox:
    """"All statuses" and each status. Sized again when its words change: switched to English in Settings it read
    「All statu」 (seen), the width of 「全部狀態」 it was first shown with."""
    box = QComboBox(parent)
    box.setObjectName("statusFilter")
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.addItem("", None)
    for status in CaseStatus:
        box.addItem(status.label(), str(status))
    return box


class CaseListPanel(QWidget):
    """Emits ``case_activated(case id)`` when a case is chosen, ``new_case_requested`` for the button."""

    case_activated = Signal(str)
    new_case_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self._vault: Vault | None = None
        self._shown = 0
        self._hits_read = 0  # of the current search, so that "Show more" goes on from there
        self._listed: set[str] = set()  # the cases listed, each once
        self._found: set[str] = set()  # the cases the search has come to, listed or filtered out
        self._seen_seq = 0  # the audit entry the list has been read up to (see show_changes)
        self._marked: str | None = None  # the case the window shows, highlighted wherever it is listed
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.status = _status_filter(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newCase")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("caseTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(4)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.more = QPushButton(self)
        self.more.hide()
        self.empty_text = QLabel(self)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.first_case = QPushButton(self)
        self.first_case.setObjectName("firstCase")
        self.first_import = QPushButton(self)
        self.first_import.setObjectName("firstImport")
        self.no_match = QLabel(self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self.no_match)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._layout()
        self._connect_signals()
        self._retranslate()
        self.set_vault(None)

    def _list_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.more)
        return page

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.first_case, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.first_import, 0, Qt.AlignmentFlag.AlignHCenter)  # a unit that receives cases
        layout.addStretch(2)
        return page

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.new_button)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.new_button.clicked.connect(self.new_case_requested)
        self.first_case.clicked.connect(self.new_case_requested)
        self.first_import.clicked.connect(self.import_requested)
        self.more.clicked.connect(self._on_more)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search cases and captured text…"))
        # a screen reader names a field by its accessible name, never by the grey hint inside it
        self.search.setAccessibleName(self.tr("Search cases"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.tree.setAccessibleName(self.tr("Cases"))
        self.status.setItemText(0, self.tr("All statuses"))
        for index, status in enumerate(CaseStatus, start=1):
            self.status.setItemText(index, status.label())
        self.tree.setHeaderLabels([self.tr("Number"), self.tr("Title"), self.tr("Status"), self.tr("Updated")])
        self.tree.headerItem().setToolTip(3, self.tr(
            "When anything in the case last changed: its details, people, evidence, checklist steps or documents. "
            "Viewing it, copying a document's text or exporting does not count."))
        self.new_button.setText(self.tr("&New case…"))
        self.more.setText(self.tr("Show more"))
        self.empty_text.setText(self.tr("No cases yet.\nA case holds the captures, people and steps of one matter."))
        self.first_case.setText(self.tr("Create the first case"))
        self.first_import.setText(self.tr("Import a case file…"))
        self.no_match.setText(self.tr("No case matches this search or filter."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self._marked = None  # a vault opened or locked shows no case yet
        self.setEnabled(vault is not None)
        if vault is None:
            self.search.clear()
        self.refresh()

    def status_filter(self) -> CaseStatus | None:
        value = self.status.currentData()
        return CaseStatus(value) if value else None

    def refresh(self) -> None:
        """Reload the first page (or the search results) from the vault."""
        self._timer.stop()
        self.tree.clear()
        self._shown = self._hits_read = 0
        self._listed, self._found = set(), set()
        self.more.hide()
        if self._vault is None or not self._vault.is_open:
            self.stack.setCurrentIndex(_LIST)
            return
        self._seen_seq = self._vault.audit.head()[0]
        query = self.search.text().strip()
        if query:
            self._show_search(query)
        else:
            self._append_page()
        self.mark(self._marked)
        self._show_list_or_why_empty(query)

    def _show_list_or_why_empty(self, query: str) -> None:
        if self.tree.topLevelItemCount():
            self.stack.setCurrentIndex(_LIST)
        elif query or self.status_filter() is not None:
            self.stack.setCurrentIndex(_NO_MATCH)
        else:
            self.stack.setCurrentIndex(_EMPTY)

    def _append_page(self) -> None:
        assert self._vault is not None
        cases = self._vault.list_cases(limit=PAGE_SIZE, offset=self._shown, status=self.status_filter())
        for case in cases:
            if case.id not in self._listed:  # a case moved up by show_changes comes again on a later page
                self._add_row(case)
        self._shown += len(cases)
        self.more.setVisible(len(cases) == PAGE_SIZE)

    def _on_more(self) -> None:
        if self._vault is None:
            return
        query = self.search.text().strip()
        if query:
            self._show_search(query)
        else:
            self._append_page()

    def _show_search(self, query: str) -> None:
        """The next cases the search finds, newest hit first. Hits are read until a case is listed or
        there are no more, and "Show more" stays while there may be more: a common word can have
        thousands of hits, and listing the first cases alone looked like all there were (seen: 40 of
        1,000 matching cases, with nothing to say the rest existed)."""
        assert self._vault is not None
        rows_before = self.tree.topLevelItemCount()
        exhausted = False
        while not exhausted and self.tree.topLevelItemCount() == rows_before:
            hits = self._vault.search(query, limit=SEARCH_HITS, offset=self._hits_read)
            self._hits_read += len(hits)
            exhausted = len(hits) < SEARCH_HITS
            self._list_new_cases(hits)
        self.more.setVisible(not exhausted)

    def _list_new_cases(self, hits: list[SearchHit]) -> None:
        """A row for each case not listed yet (with its newest hit's snippet) that the status filter allows."""
        assert self._vault is not None
        wanted = self.status_filter()
        for hit in hits:
            if hit.case_id in self._found:
                continue
            self._found.add(hit.case_id)
            case = self._vault.case(hit.case_id)
            if wanted is None or case.status == wanted:
                self._add_row(case, hit.snippet)

    def _add_row(self, case: Case, snippet: str | None = None, *, on_top: bool = False) -> None:
        item = QTreeWidgetItem([case.number, case.title, case.status.label(), format_short(case.last_changed)])
        item.setData(0, Qt.ItemDataRole.UserRole, case.id)
        if snippet:
            item.setToolTip(1, snippet)
            item.setText(1, f"{case.title} — {snippet}")
        if on_top:
            self.tree.insertTopLevelItem(0, item)
        else:
            self.tree.addTopLevelItem(item)
        self._listed.add(case.id)

    def show_changes(self) -> list[str]:
        """Move the cases that changed since the list was read (a capture, a step, a document, in this
        window or a tool window) to the top with their new time, where a fresh read would list them, and
        without reading the list again from its first page: the officer keeps the pages shown and the
        place. Search results keep their order (the newest hit first); only the times change. Seen: a
        case that had just taken three captures stayed below older cases, its 「最後更新」 a week old.
        Returns the cases that changed, for the case shown beside."""
        if self._vault is None or not self._vault.is_open:
            return []
        changed = self._vault.cases.changed_since(self._seen_seq)
        self._seen_seq = self._vault.audit.head()[0]
        query, wanted = self.search.text().strip(), self.status_filter()
        for case_id in changed:
            row = self._row_of(case_id)
            if query and row is None:
                continue  # not among the hits: nothing to show
            case = self._vault.case(case_id)
            if query:
                self.tree.topLevelItem(row).setText(3, format_short(case.last_changed))
                continue
            if row is not None:
                self.tree.takeTopLevelItem(row)
            if wanted is None or case.status == wanted:
                self._add_row(case, on_top=True)
        if changed:
            self.mark(self._marked)
            self._show_list_or_why_empty(query)
        return changed

    def _row_of(self, case_id: str) -> int | None:
        return next((row for row in range(self.tree.topLevelItemCount())
                     if self.tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) == case_id), None)

    def mark(self, case_id: str | None) -> None:
        """Highlight the case the window shows, however it was opened (a reminder, a re-check, a new or
        received case), and again after the list is reloaded; nothing when it is not listed. Seen: a
        reminder's case shown beside the list while the list still highlighted the case before it."""
        self._marked = case_id
        row = self._row_of(case_id) if case_id else None
        item = None if row is None else self.tree.topLevelItem(row)
        if item is None:
            self.tree.clearSelection()
            self.tree.setCurrentItem(None)  # type: ignore[arg-type]  # Qt takes none: no current row
            return
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def case_ids(self) -> list[str]:
        """The ids shown, in order (for tests and keyboard navigation)."""
        return [self.tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole)
                for row in range(self.tree.topLevelItemCount())]

    def _on_item_activated(self, item: QTreeWidgetItem) -> None:
        self.case_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
