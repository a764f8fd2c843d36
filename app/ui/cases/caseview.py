"""One case: its fields (editable; every save is a new revision), its people, its history and its
part of the audit chain.

People appear as pseudonyms only for sealed roles (報告人A, 被害人1); the name column says the
identity is sealed. "Reveal identity…" asks for a reason and the passphrase (``ui.reveal``). The
window title never carries a name: only the case number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.audit_actions import CASE_FIELDS, changed_fields_text
from app.core.errors import KnownError
from app.core.i18n import labelled
from app.core.models import Case, CaseStatus, Person
from app.core.person_fields import detail_label
from app.core.pseudonyms import shown_pseudonym
from app.core.timeutil import parse_iso
from app.ui.cases.auditview import CaseAuditView
from app.ui.cases.dialogs import PlatformChecks
from app.ui.common import ErrorLabel, add_row, format_short, format_time, scrolling
from app.ui.tones import on_base
from app.vault import Vault

Title = str | Callable[[], str]
HISTORY_TITLE_COLUMN = 5  # the last of the history's columns, which takes the room left


class CaseView(QWidget):
    """Shows the case chosen in the list. Signals: ``case_changed(Case)`` after a save,
    ``add_person_requested(Case)``, ``reveal_requested(Person)``."""

    case_changed = Signal(object)
    add_person_requested = Signal(object)
    reveal_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, platforms: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._vault: Vault | None = None
        self.case: Case | None = None
        self._people: list[Person] = []
        self._extra_titles: list[tuple[QWidget, Title]] = []
        self._platform_list = list(platforms)  # offered in the details; a case keeps any others it names
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.heading = QLabel(self)
        self.heading.setObjectName("caseHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget(self)
        self._build_details()
        self._build_people()
        self._build_history()
        self.audit_view = CaseAuditView(self)
        self.tabs.addTab(self.audit_view, "")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.stack)
        self._retranslate()

    # -- building ------------------------------------------------------------------------------
    def _build_details(self) -> None:
        page = QWidget(self)
        self.number = QLabel(page)
        self.title_edit = QLineEdit(page)
        self.title_edit.setObjectName("caseTitleEdit")
        self.status_box = QComboBox(page)
        self.status_box.setObjectName("caseStatus")
        for status in CaseStatus:
            self.status_box.addItem(status.label(), str(status))
        self.status_note = QLabel(page)  # what the status does not do (see set_status_note)
        self.status_note.setObjectName("caseStatusNote")
        self.status_note.setWordWrap(True)
        self.status_note.hide()
        self.platforms = PlatformChecks(self._platform_list, page)
        self.platforms.setObjectName("casePlatforms")
        self.officer = QLabel(page)
        self.created = QLabel(page)
        self.received = QLabel(page)  # where a case handed over by another unit came from
        self.received.setWordWrap(True)
        self.updated = QLabel(page)  # the details' last revision
        self.changed = QLabel(page)  # anything in the case (「最後更新」, as in the case list)
        self.notes_edit = QPlainTextEdit(page)
        self.notes_edit.setObjectName("caseNotesEdit")
        self.notes_edit.setTabChangesFocus(True)  # Tab goes on to Save, as in every form; it typed a tab here
        self.save_button = QPushButton(page)
        self.save_button.setObjectName("saveCase")
        self.details_error = ErrorLabel(page)
        self.details_form = QFormLayout()
        self.detail_labels = [add_row(self.details_form, widget) for widget in (
            self.number, self.title_edit, self.status_box, self.platforms, self.officer, self.created, self.received,
            self.updated, self.changed, self.notes_edit)]
        self.details_form.insertRow(self.details_form.getWidgetPosition(self.status_box)[0] + 1, self.status_note)
        for label in (self.number, self.officer, self.created, self.received, self.updated, self.changed):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addLayout(self.details_form)
        layout.addWidget(self.details_error)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save)
        self.title_edit.textEdited.connect(self._update_save)
        self.notes_edit.textChanged.connect(self._update_save)
        self.status_box.currentIndexChanged.connect(self._update_save)
        self.platforms.changed.connect(self._update_save)
        self.tabs.addTab(scrolling(page, self), "")

    def _build_people(self) -> None:
        page = QWidget(self)
        self.people_table = QTableWidget(0, 5, page)
        self.people_table.setObjectName("peopleTable")
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.verticalHeader().hide()
        self.people_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.add_person_button = QPushButton(page)
        self.add_person_button.setObjectName("addPerson")
        self.reveal_button = QPushButton(page)
        self.reveal_button.setObjectName("revealPerson")
        self.people_hint = QLabel(page)
        self.people_hint.setWordWrap(True)
        self.no_people = QLabel(page)  # instead of an empty table: what belongs here and how to add it
        self.no_people.setObjectName("noPeople")
        self.no_people.setWordWrap(True)
        self.no_people.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.people_stack = QStackedWidget(page)
        self.people_stack.addWidget(self.people_table)
        self.people_stack.addWidget(self.no_people)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.people_stack, 1)
        layout.addWidget(self.people_hint)
        layout.addLayout(buttons)
        self.add_person_button.clicked.connect(self._on_add_person)
        self.reveal_button.clicked.connect(self._on_reveal)
        self.people_table.itemSelectionChanged.connect(self._update_reveal)
        self.tabs.addTab(page, "")

    def _build_history(self) -> None:
        self.history = QTableWidget(0, 6, self)
        self.history.setObjectName("historyTable")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(HISTORY_TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.history, "")

    def add_tab(self, widget: QWidget, title: Title) -> int:
        """A further section of the case (e.g. the checklist); ``title`` may be a callable so it is
        re-translated on a language switch."""
        self._extra_titles.append((widget, title))
        return self.tabs.addTab(widget, title() if callable(title) else title)

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.placeholder.setText(self.tr("Choose a case in the list on the left, or create a new one."))
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("People"))
        self.tabs.setTabText(2, self.tr("History"))
        self.tabs.setTabText(3, self.tr("Audit log"))
        for widget, title in self._extra_titles:
            if callable(title):
                self.tabs.setTabText(self.tabs.indexOf(widget), title())
        labels = [self.tr("Number:"), self.tr("T&itle:"), self.tr("St&atus:"), self.tr("Platforms:"),
                  self.tr("Officer:"), self.tr("Opened:"), self.tr("Received from:"), self.tr("Last revised:"),
                  self.tr("Last updated:"), self.tr("N&otes:")]
        for label, text in zip(self.detail_labels, labels, strict=True):
            label.setText(text)
        for index, status in enumerate(CaseStatus):
            self.status_box.setItemText(index, status.label())
        self.save_button.setText(self.tr("&Save changes"))
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Pseudonym"), self.tr("Role"), self.tr("Name"), self.tr("Details"), self.tr("Added")])
        self.people_table.setAccessibleName(self.tr("People in the case"))  # what a screen reader calls the table
        self.add_person_button.setText(self.tr("&Add person…"))
        self.reveal_button.setText(self.tr("&Reveal identity…"))
        self.people_hint.setText(self.tr(
            "Reporters, informants and victims are sealed: only their pseudonym is shown and printed."))
        self.no_people.setText(self.tr(
            "No one is recorded in this case yet. Add the reporter, informant, victim, suspect or witness with "
            "Add person."))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Revision"), self.tr("Time"), self.tr("Officer"), self.tr("Changed"), self.tr("Status"),
             self.tr("Title")])
        self.history.setAccessibleName(self.tr("Revisions of the case"))
        self._show_case(keep_typed=self.has_unsaved_changes())  # a language switch keeps what the officer typed too

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        self._vault = vault
        self.show_case(None)

    def show_case(self, case_id: str | None, *, keep_typed: bool = False) -> None:
        """Show ``case_id`` (None: the placeholder); reads the newest revision from the vault. ``keep_typed`` leaves
        the edited details as the officer typed them."""
        usable = self._vault is not None and self._vault.is_open
        self.case = self._vault.case(case_id) if (usable and case_id) else None  # type: ignore[union-attr]
        self._show_case(keep_typed=keep_typed)

    def reload(self) -> None:
        """Read the case again (Refresh, F5, a person added) and keep what the officer typed in its details and
        has not saved. Seen: notes typed, then F5 or Add person, and the notes were gone without a word."""
        self.show_case(self.case.id if self.case else None, keep_typed=self.has_unsaved_changes())

    def _show_case(self, keep_typed: bool = False) -> None:
        case = self.case
        self.details_error.clear_error()
        if case is None or self._vault is None or not self._vault.is_open:
            self.stack.setCurrentIndex(0)
            self._people = []
            self.people_table.setRowCount(0)
            self.history.setRowCount(0)
            self.audit_view.show_case(None, None)
            return
        self.stack.setCurrentIndex(1)
        self.heading.setText(f"{case.number}  {case.title}")
        self.number.setText(case.number)
        if not keep_typed:
            self._show_details(case)
        self.officer.setText(self.tr("{officer} ({unit})").format(officer=case.officer, unit=case.unit) if case.unit
                             else case.officer)
        self.created.setText(format_time(case.created_at))
        self._show_received(case.id)
        self._fill_people()
        revisions = self._fill_history()
        self.audit_view.show_case(self._vault, case.id)
        self.updated.setText(self.tr("{time} (revision {revision})").format(
            time=format_time(case.updated_at), revision=revisions))
        self.changed.setText(format_time(case.last_changed))
        self._update_save()

    def _show_details(self, case: Case) -> None:
        """The fields the officer edits, as the case has them."""
        self.title_edit.setText(case.title)
        self.status_box.setCurrentIndex(list(CaseStatus).index(case.status))
        self.platforms.set_chosen(case.platforms)
        self.notes_edit.setPlainText(case.notes)

    def show_last_update(self, changed: list[str]) -> None:
        """Follow the chain: a capture, a person or a step changes the case's 「最後更新」 without a new
        revision, and the case list beside already shows the new time (seen: the two disagreed).
        ``changed``: the cases that changed (the list has asked the vault); this one is read again only
        if it is among them."""
        if self.case is not None and self.case.id in changed and self._vault is not None and self._vault.is_open:
            self.changed.setText(format_time(self._vault.case(self.case.id).last_changed))

    def _show_received(self, case_id: str) -> None:
        """A received case was opened here when it arrived; the sending unit's number and opening time
        (the case.import entry) say where and when it began (seen: 立案時間 was the day of receipt only)."""
        assert self._vault is not None
        source = self._vault.cases.received_from(case_id)
        self.received.setVisible(source is not None)
        self.details_form.labelForField(self.received).setVisible(source is not None)
        if source is None:
            return
        text = self.tr("{unit}, their case number {number}").format(unit=source.get("source_unit") or "-",
                                                                    number=source.get("source_number", "-"))
        if source.get("source_created_at"):
            text = self.tr("{sender}; opened there {time}").format(
                sender=text, time=format_time(parse_iso(source["source_created_at"])))
        self.received.setText(text)

    def _fill_people(self) -> None:
        assert self._vault is not None and self.case is not None
        self._people = self._vault.people.in_case(self.case.id)
        self.people_table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            name = person.name
            if person.sealed:
                name = self.tr("(sealed)") if person.identity_here else self.tr("(stayed with the sending unit)")
            details = self.tr("; ").join(labelled(detail_label(key), value)
                                         for key, value in sorted(person.details.items()))
            cells = [shown_pseudonym(person.pseudonym), person.role.label(), name, details, format_short(person.created_at)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if person.sealed and column == 2:
                    item.setForeground(on_base("#808080", self))
                self.people_table.setItem(row, column, item)
        self.people_table.resizeColumnsToContents()
        self.people_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.people_stack.setCurrentWidget(self.people_table if self._people else self.no_people)
        self._update_reveal()

    def _fill_history(self) -> int:
        """Fill the revisions table, newest first; returns how many revisions the case has."""
        assert self._vault is not None and self.case is not None
        oldest_first = self._vault.cases.revisions(self.case.id)
        changed = [self._changed_fields(before, after) for before, after in zip([None, *oldest_first], oldest_first,
                                                                                  strict=False)]
        self.history.setRowCount(len(oldest_first))
        for row, (revision, what) in enumerate(zip(reversed(oldest_first), reversed(changed), strict=True)):
            cells = [str(revision.revision), format_short(revision.updated_at), revision.officer, what,
                     revision.status.label(), revision.title]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(HISTORY_TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        return len(oldest_first)

    def _changed_fields(self, before: Case | None, after: Case) -> str:
        """What a revision changed, in words (seen: a notes or platforms edit showed as a row the same as
        the one before it)."""
        if before is None:
            return self.tr("Opened")
        return changed_fields_text([field for field in CASE_FIELDS if getattr(before, field) != getattr(after, field)])

    def people(self) -> list[Person]:
        return list(self._people)

    def select_person(self, person_id: str) -> None:
        for row, person in enumerate(self._people):
            if person.id == person_id:
                self.people_table.selectRow(row)

    def selected_person(self) -> Person | None:
        rows = {index.row() for index in self.people_table.selectionModel().selectedRows()}
        return self._people[min(rows)] if rows else None

    # -- actions -------------------------------------------------------------------------------
    def _changes(self) -> dict[str, object]:
        if self.case is None:
            return {}
        wanted = {"title": self.title_edit.text().strip(), "notes": self.notes_edit.toPlainText().strip(),
                  "status": CaseStatus(self.status_box.currentData())}
        current = {"title": self.case.title, "notes": self.case.notes, "status": self.case.status}
        changes: dict[str, object] = {key: value for key, value in wanted.items() if value != current[key]}
        if set(self.platforms.chosen()) != set(self.case.platforms):  # the order of the boxes is no change
            changes["platforms"] = self.platforms.chosen()
        return changes

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.has_unsaved_changes())

    def set_status_note(self, text: str) -> None:
        """A sentence under the status about what it leaves undone in the checklist (set by the casework wiring,
        which knows the procedure); empty hides it."""
        self.status_note.setText(text)
        self.status_note.setVisible(bool(text))

    def has_unsaved_changes(self) -> bool:
        """Whether the officer typed or chose something in the case's details and has not saved it."""
        return bool(self._changes())

    def save_changes(self) -> bool:
        """Save what the officer changed in the details; False when the vault refused (the sentence is shown)."""
        self._on_save()
        return not self.has_unsaved_changes()

    def _on_save(self) -> None:
        changes = self._changes()
        if not changes or self._vault is None or self.case is None:
            return
        try:
            self.case = self._vault.update_case(self.case.id, **changes)
        except KnownError as error:
            self.details_error.show_error(error)
            return
        self._show_case()
        self.case_changed.emit(self.case)

    def _update_reveal(self) -> None:
        person = self.selected_person()
        self.reveal_button.setEnabled(person is not None and person.sealed and person.identity_here)

    def _on_add_person(self) -> None:
        if self.case is not None:
            self.add_person_requested.emit(self.case)

    def _on_reveal(self) -> None:
        person = self.selected_person()
        if person is not None and person.sealed:
            self.reveal_requested.emit(person)
