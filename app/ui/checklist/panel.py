"""The checklist of one case: steps by section with their state, who and when, notes and linked
evidence; manual ticks and undos; the reason a step is blocked; the case's clocks on top."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checklist.clocks import ClockStatus, format_remaining
from app.checklist.engine import ChecklistView, StepState, StepStatus
from app.checklist.events import StepAction, StepEvent
from app.core.errors import KnownError
from app.core.i18n import labelled, sentences
from app.reports.notices import DocumentKind
from app.ui.checklist.dashboard import format_date
from app.ui.checklist.dialogs import Submit, TickDialog
from app.ui.checklist.icons import clock_color, step_icon
from app.ui.checklist.source import ChecklistSource
from app.ui.common import ErrorLabel, format_time, run_modal, show_known_error
from app.ui.language import current_language
from app.ui.tones import base_colour, on_base, on_window

STEP_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 5  # step, state, who and when, note, evidence


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as the step's title and "who and when" wrapped at their columns' widths; the other
    columns (a note can be a whole prerequisite's title) stay on one line, cut, whole in the tooltip.
    A tree view asks for a row's size without the column's width, so a title wider than its column
    stayed on one line with an ellipsis, however `setWordWrap` was set (seen: 「記錄張貼者帳號名稱、ID，及…」
    beside a 420 px case list)."""

    WRAPPED = (0, 2)

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_section: tree.doItemsLayout())

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() in self.WRAPPED:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[operator]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text or index.column() not in self.WRAPPED:
            return hint
        room = QRect(0, 0, max(self._text_width(option, index), 40), 100_000)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        wrapped = QFontMetrics(font).boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), wrapped.height() + 6))

    def _text_width(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """The column's width less what the text does not get: the margins, the icon, and in the first
        column the indentation of the item and of its branch."""
        tree, column = self._tree, index.column()
        width = tree.columnWidth(column)
        if column == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * (depth + int(tree.rootIsDecorated()))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= option.decorationSize.width() + 4
        return width - 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) - 2


class ChecklistPanel(QWidget):
    """Emits ``changed(case_id)`` after a tick or an undo (the audit chain grew)."""

    changed = Signal(str)

    def __init__(self, source: ChecklistSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self._source = source
        self._case_id = ""
        self._view: ChecklistView | None = None
        self._build()
        self._retranslate()
        self._show_placeholder()

    # -- public --------------------------------------------------------------------------------------
    def set_case(self, case_id: str) -> None:
        """Show the checklist of ``case_id`` ("" for none)."""
        self._case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read the steps (after an event elsewhere ticked one, or as time moves clocks on)."""
        if not self._case_id:
            self._show_placeholder()
            return
        try:
            self._view = self._source.view(self._case_id)
        except KnownError as error:
            self._view = None
            self.error.show_error(error)
            return
        self.error.clear_error()
        self._fill()

    @property
    def view(self) -> ChecklistView | None:
        return self._view

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)  # as the case's other pages: the tab's frame is the border
        self.title = QLabel(self)
        self.title.setObjectName("checklistTitle")
        self.title.setWordWrap(True)
        self.clock_strip = QLabel(self)
        self.clock_strip.setObjectName("caseClocks")
        self.clock_strip.setWordWrap(True)
        self.clock_strip.setTextFormat(Qt.TextFormat.RichText)
        self.error = ErrorLabel(self)
        self.tree = self._build_tree()
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("stepDetail")
        self.detail.setOpenExternalLinks(True)
        # two lines of the step's explanation at the least, not a scroll area's default 70 pixels: with the tree's
        # 70 those held the main window taller than a 1366 × 768 screen at Windows' 125 % scaling in zh_TW (552
        # logical pixels with 534 to spare above the taskbar), its status bar below the edge; the officer drags
        # the divider for more
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing() + 2 * self.detail.frameWidth() + 8)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        self.tick_button = QPushButton(self)
        self.tick_button.setObjectName("tickButton")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.refresh_button = QPushButton(self)
        buttons.addWidget(self.tick_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addWidget(self.title)
        layout.addWidget(self.clock_strip)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.tree.currentItemChanged.connect(self._on_selection)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tick_button.clicked.connect(self._on_tick)
        self.undo_button.clicked.connect(self._on_undo)
        self.refresh_button.clicked.connect(self.refresh)

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("checklistTree")
        tree.setColumnCount(COLUMNS)
        tree.setUniformRowHeights(False)
        tree.setItemDelegate(_WrappedRows(tree))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # Beside a 420 px case list in the default 1280 px window the step titles keep about 360 px, and
        # wrap past it; "who and when" takes two lines (林小明，民國115年11月29日 / 04:36).
        for column, width in ((1, 80), (2, 170), (3, 110), (4, 90)):
            tree.setColumnWidth(column, width)
        return tree

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("State"), self.tr("Who and when"), self.tr("Note"),
                                   self.tr("Evidence")])
        # what a screen reader calls them; the explanation is painted text the reader would otherwise not name
        self.tree.setAccessibleName(self.tr("Checklist steps"))
        self.detail.setAccessibleName(self.tr("About the chosen step"))
        self.tick_button.setText(self.tr("&Mark done…"))
        self.undo_button.setText(self.tr("&Undo…"))
        self.refresh_button.setText(self.tr("&Refresh"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    # -- filling -------------------------------------------------------------------------------------
    def _show_placeholder(self) -> None:
        self._view = None
        self.tree.clear()
        self.title.setText(self.tr("Choose a case to see its checklist."))
        self.clock_strip.clear()
        self.detail.clear()
        self._update_buttons()

    def _fill(self) -> None:
        assert self._view is not None
        language = current_language()
        procedure = self._view.procedure
        selected = self._selected_step_id()
        self.title.setText(self.tr("<b>{title}</b> — procedure version {version}").format(
            title=html.escape(procedure.title.text(language)), version=procedure.version))
        self.clock_strip.setText(self._clock_html(self._view.clocks, language))
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for section in procedure.sections:
            parent = QTreeWidgetItem(self.tree, [section.label.text(language)])
            parent.setFont(0, bold)
            parent.setToolTip(0, section.basis_label.text(language))
            parent.setFirstColumnSpanned(True)
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for status in self._view.in_section(section.id):
                self._add_step(parent, status, language)
            parent.setExpanded(True)
        self._select(selected)
        self._update_buttons()

    def _add_step(self, parent: QTreeWidgetItem, status: StepStatus, language: str) -> None:
        step = status.step
        label = sentences(step.label.text(language), self.tr("(optional)") if step.optional else "")
        item = QTreeWidgetItem(parent, [label, status.state.label(), "", "", ""])
        item.setIcon(0, step_icon(status.state, base_colour(self.tree).name()))
        item.setData(0, STEP_ROLE, step.id)
        # the whole title (the column may cut it), its legal basis in the interface language, its id
        item.setToolTip(0, f"{label}\n{step.basis_label.text(language)} ({step.id})")
        event = status.event
        if status.state is StepState.DONE and event is not None:
            who = self.tr("{officer}, {when}").format(officer=event.officer, when=format_time(event.happened_at))
            if event.action is StepAction.AUTO:
                who = sentences(who, self.tr("(automatic)"))
            item.setText(2, who)
            item.setToolTip(2, who)
            item.setText(3, event.note)
            item.setToolTip(3, event.note)
            item.setText(4, ", ".join(status.evidence_ids))
        elif status.reasons:
            reason = status.reason_text(language)
            item.setText(3, reason)
            item.setToolTip(1, reason)
            item.setToolTip(3, reason)
        if status.state is StepState.NOT_APPLICABLE:
            for column in range(COLUMNS):
                item.setForeground(column, QBrush(self.palette().placeholderText().color()))

    def _event_text(self, event: str) -> str:
        """A completing event (``document.generated:social-report``) as the officer would say it."""
        name, _, argument = event.partition(":")
        if name == "document.generated":
            if argument == "transcript":
                return self.tr("printing a chat transcript")
            try:
                return self.tr("issuing “{document}”").format(document=DocumentKind(argument).label())
            except ValueError:
                return event
        texts = {"capture.complete": self.tr("a complete capture"),
                 "recheck.removed": self.tr("a re-check that finds the content removed"),
                 "person.sealed": self.tr("adding a reporter, informant or victim (sealed)")}
        return texts.get(event, event)

    def _clock_html(self, clocks: tuple[ClockStatus, ...], language: str) -> str:
        parts = []
        for clock in clocks:
            if clock.started_at is None or clock.deadline is None:
                continue
            text = labelled(html.escape(clock.clock.label.text(language)), clock.state_label)
            if clock.clock.kind == "retention" and clock.start_date and clock.end_date:
                text = sentences(text, self.tr("({start} to {end})").format(start=format_date(clock.start_date),
                                                                            end=format_date(clock.end_date)))
            else:
                text = sentences(text, self.tr("(deadline {at})").format(at=format_time(clock.deadline)))
            if clock.remaining is not None:
                text += " — " + format_remaining(clock.remaining)
            color = clock_color(clock.state)
            style = f"color:{on_window(color, self.clock_strip)}; font-weight:bold;" if color else ""
            parts.append(f'<span style="{style}">{text}</span>')
        return "<br>".join(parts) if parts else self.tr("No clock has started for this case.")

    # -- selection and detail ------------------------------------------------------------------------
    def _selected_step_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, STEP_ROLE) or "") if item else ""

    def selected_status(self) -> StepStatus | None:
        step_id = self._selected_step_id()
        return self._view.status(step_id) if self._view and step_id else None

    def select_step(self, step_id: str) -> None:
        self._select(step_id)

    def _select(self, step_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            for child in range(parent.childCount()):
                item = parent.child(child)
                if item.data(0, STEP_ROLE) == step_id:
                    self.tree.setCurrentItem(item)
                    return
        self.detail.clear()

    def _on_selection(self, *_args: object) -> None:
        status = self.selected_status()
        self.detail.setHtml(self._detail_html(status) if status else "")
        self._update_buttons()

    def _detail_html(self, status: StepStatus) -> str:
        language = current_language()
        step = status.step
        rows = [f"<b>{html.escape(step.label.text(language))}</b>",
                self.tr("Legal basis: {basis}").format(basis=html.escape(step.basis_label.text(language))),
                self.tr("State: {state}").format(state=status.state.label())]
        if status.reasons:
            color = on_base("#b00020" if status.state is StepState.BLOCKED else "#555555", self.detail).name()
            rows.append(f'<span style="color:{color}">{html.escape(status.reason_text(language))}</span>')
        if step.link is not None:
            rows.append(f'<a href="{html.escape(step.link.url)}">{html.escape(step.link.label.text(language))}</a>')
        if step.completion.events:
            rows.append(self.tr("Completed automatically by: {events}").format(
                events=html.escape("; ".join(self._event_text(e) for e in step.completion.events))))
        event = status.event
        if status.state is StepState.DONE and event is not None:
            for key, value in event.data.items():
                if key in ("evidence", "event"):
                    continue
                field = step.field(key)
                shown = field.choice_label(str(value)) if field else None
                name = field.label.text(language) if field else key
                rows.append(labelled(html.escape(name), html.escape(shown.text(language) if shown else str(value))))
            if status.evidence_ids:
                rows.append(self.tr("Evidence: {ids}").format(ids=", ".join(status.evidence_ids)))
        if status.history:
            rows.append("<u>" + self.tr("Record") + "</u>")
            rows += [html.escape(self._history_line(e)) for e in status.history]
        return "<br>".join(rows)

    def _history_line(self, event: StepEvent) -> str:
        line = self.tr("{when}: {action} by {officer} (recorded {recorded})").format(
            when=format_time(event.happened_at), action=event.action.label(), officer=event.officer,
            recorded=format_time(event.recorded_at))
        return f"{line} — {event.note}" if event.note else line

    def _update_buttons(self) -> None:
        status = self.selected_status()
        can_tick = bool(status and status.state is StepState.AVAILABLE and status.step.completion.manual)
        self.tick_button.setEnabled(can_tick)
        self.undo_button.setEnabled(bool(status and status.state is StepState.DONE))
        if status and status.state is StepState.AVAILABLE and not status.step.completion.manual:
            self.tick_button.setToolTip(self.tr("This step is completed by the application."))
        elif status and status.state is StepState.BLOCKED:
            self.tick_button.setToolTip(status.reason_text(current_language()))
        else:
            self.tick_button.setToolTip("")

    # -- actions -------------------------------------------------------------------------------------
    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, STEP_ROLE) and self.tick_button.isEnabled():
            self._on_tick()

    def tick_dialog(self) -> TickDialog | None:
        """The dialog for the selected step (tests drive it; the button opens it)."""
        status = self.selected_status()
        if status is None:
            return None
        now = datetime.now().astimezone()
        items = self._source.evidence_items(self._case_id)
        return TickDialog(status.step, current_language(), now, items, self._submit_tick(status.step.id), self)

    def _submit_tick(self, step_id: str) -> Submit:
        def submit(at: datetime, note: str, data: dict[str, object]) -> object:
            event = self._source.tick(self._case_id, step_id, at=at, note=note, data=data)
            self.changed.emit(self._case_id)
            return event
        return submit

    def _on_tick(self) -> None:
        dialog = self.tick_dialog()
        if dialog is not None and run_modal(dialog):
            self.refresh()

    def undo_dialog(self) -> QInputDialog | None:
        """The confirmation for undoing the selected step, which asks why: Undo stays disabled until a reason is
        typed. Seen: an empty reason was accepted, and the withdrawn statutory tick had no word of why in the
        record or the audit log."""
        status = self.selected_status()
        if status is None:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Undo step"))
        dialog.setLabelText(self.tr(
            "Undo “{step}”? The tick stays in the record and the undo is written to the audit log.\n"
            "Reason (required):").format(step=status.step.label.text(current_language())))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Undo"))
        buttons = dialog.findChild(QDialogButtonBox)
        if buttons is not None:
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            dialog.textValueChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
            ok.setEnabled(False)
        return dialog

    def _on_undo(self) -> None:
        status = self.selected_status()
        dialog = self.undo_dialog()
        if status is None or dialog is None:
            return
        if run_modal(dialog) and dialog.textValue().strip():
            self.undo(status.step.id, dialog.textValue().strip())

    def undo(self, step_id: str, reason: str) -> None:
        """Undo a tick (after the confirmation); errors are shown, not raised."""
        try:
            self._source.undo(self._case_id, step_id, note=reason)
        except KnownError as error:
            show_known_error(self, error)
            return
        self.changed.emit(self._case_id)
        self.refresh()

