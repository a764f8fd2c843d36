"""Edit the platform list (name, home page, search address with {q}, notes, colour, badge).

A page the settings dialog can host (``PlatformsEditor``) and a dialog around it for the browser's
own menu. Saving validates every row first and writes the officer's copy in the config folder;
"Restore defaults" removes that copy so the shipped list applies again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.infra import patrol_catalog
from app.infra.patrol_catalog import Platform
from app.ui.browser.sidebar import platform_icon
from app.ui.common import ErrorLabel, resize_within_screen

FIELDS = ("name", "home", "search", "notes", "color", "badge", "id")


class PlatformsEditor(QWidget):
    saved = Signal(list)  # list[Platform], after a successful save or restore

    def __init__(self, platforms: list[Platform] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.setIconSize(QSize(22, 22))  # the badge's mark stays legible
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Home page"), self.tr("Search address ({q})"),
                                              self.tr("Notes"), self.tr("Colour"), self.tr("Badge"), self.tr("Id")])
        self.table.setAccessibleName(self.tr("Platforms"))  # what a screen reader calls the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 220, 300, 260, 80, 60, 110)):
            self.table.setColumnWidth(column, width)
        self.error = ErrorLabel(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.defaults_button = QPushButton(self.tr("Restore defaults"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.defaults_button,
                       self.save_button):
            # Seen: Enter that ended typing in a cell, pressed once more, added an empty platform (the
            # first of these buttons took Enter). In a table Enter should change nothing.
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.save_button.clicked.connect(self.save)
        self.set_platforms(platforms if platforms is not None else patrol_catalog.load_platforms())

    def set_platforms(self, platforms: list[Platform]) -> None:
        self.table.setRowCount(0)
        for platform in platforms:
            self._append(platform)

    def _append(self, platform: Platform) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, field in enumerate(FIELDS):
            item = QTableWidgetItem(getattr(platform, field))
            if field == "name":
                item.setIcon(platform_icon(platform))
            self.table.setItem(row, column, item)

    def platforms(self) -> list[Platform]:
        """The rows as typed (not yet validated)."""
        result = []
        for row in range(self.table.rowCount()):
            values = {field: (self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                      for c, field in enumerate(FIELDS)}
            values["color"] = values["color"] or Platform.color
            result.append(Platform(**values))
        return result

    def save(self) -> bool:
        platforms = self.platforms()
        for row, platform in enumerate(platforms):
            problem = patrol_catalog.platform_problem(platform)
            if problem:
                self.table.setCurrentCell(row, FIELDS.index(problem[0]))
                self.error.show_error(  # a row without a name is not "Row 14 (): …"
                    self.tr("Row {row} ({name}): {problem}").format(row=row + 1, name=platform.name, problem=problem[1])
                    if platform.name.strip() else self.tr("Row {row}: {problem}").format(row=row + 1, problem=problem[1]))
                return False
        try:
            patrol_catalog.save_platforms(platforms)
        except KnownError as error:
            self.error.show_error(error)
            return False
        self.error.clear_error()
        self.saved.emit(platforms)
        return True

    def restore_defaults(self) -> None:
        try:
            platforms = patrol_catalog.restore_shipped_platforms()
        except KnownError as error:
            self.error.show_error(error)
            return
        self.set_platforms(platforms)
        self.error.clear_error()
        self.saved.emit(platforms)

    def _on_add(self) -> None:
        self._append(Platform(id=f"site-{self.table.rowCount() + 1}", name="", home="https://"))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def _on_remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        platforms = self.platforms()
        platforms[row], platforms[target] = platforms[target], platforms[row]
        self.set_platforms(platforms)
        self.table.setCurrentCell(target, 0)


class PlatformsEditorDialog(QDialog):
    saved = Signal(list)

    def __init__(self, platforms: list[Platform] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Platforms"))
        self.editor = PlatformsEditor(platforms, self)
        self.editor.saved.connect(self.saved)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)  # nor close the editor, with what is typed but not saved
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        resize_within_screen(self, 1180, 520)
