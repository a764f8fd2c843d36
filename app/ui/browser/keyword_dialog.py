"""Keyword patrol (陸.一): pick a keyword and platforms; their search pages open in tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KnownError
from app.core.i18n import enumerated
from app.infra import patrol_catalog
from app.infra.patrol_catalog import KeywordSet, Platform
from app.ui.browser.sidebar import platform_icon
from app.ui.common import ErrorLabel, resize_within_screen


def _label_for(field: QWidget, text: str) -> QLabel:
    """A heading over ``field`` that is its buddy, so a screen reader names the field by it."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label


class KeywordPatrolDialog(QDialog):
    """Returns ``keyword()`` and ``chosen_platforms()`` when accepted."""

    def __init__(self, keyword_sets: list[KeywordSet], platforms: list[Platform], parent: QWidget | None = None,
                 *, preselected: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyword patrol"))
        self._sets = list(keyword_sets)
        self.sets = QComboBox(self)
        self.keywords = QListWidget(self)
        self.custom = QLineEdit(self)
        self.custom.setPlaceholderText(self.tr("or type a keyword"))
        # a screen reader names them by these, never by the grey hint or a label that is not their buddy
        self.keywords.setAccessibleName(self.tr("Keywords of the set"))
        self.custom.setAccessibleName(self.tr("Keyword of your own"))
        self.save_custom = QPushButton(self.tr("Add to my keywords"), self)
        self.platforms = QListWidget(self)
        self.error = ErrorLabel(self)
        self.unsearchable = QLabel(self)  # seen: BeReal, Retro, Snapchat and Messenger were simply not in the list
        self.unsearchable.setWordWrap(True)
        unsearchable = [platform.name for platform in platforms if not platform.searchable]
        self.unsearchable.setText(self.tr("No search page (open them from the sidebar): {names}").format(
            names=enumerated(unsearchable)) if unsearchable else "")
        self.unsearchable.setVisible(bool(unsearchable))
        for platform in platforms:
            if not platform.searchable:
                continue
            item = QListWidgetItem(platform_icon(platform), platform.name, self.platforms)
            item.setData(Qt.ItemDataRole.UserRole, platform)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = preselected is not None and platform.id in preselected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("Open searches"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._layout()
        self._fill_sets()
        self._connect_signals()
        self._update_state()

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(_label_for(self.sets, self.tr("Keyword set")), 0, 0)
        grid.addWidget(self.sets, 1, 0)
        grid.addWidget(self.keywords, 2, 0)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom, 1)
        custom_row.addWidget(self.save_custom)
        grid.addLayout(custom_row, 3, 0)
        grid.addWidget(_label_for(self.platforms, self.tr("Platforms with a search page")), 0, 1)
        select_row = QHBoxLayout()
        previous: QWidget = self.save_custom
        for text, state in ((self.tr("All"), Qt.CheckState.Checked), (self.tr("None"), Qt.CheckState.Unchecked)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            select_row.addWidget(button)
            QWidget.setTabOrder(previous, button)  # above the platforms, not after Cancel where Tab put them
            previous = button
        grid.addLayout(select_row, 1, 1)
        grid.addWidget(self.platforms, 2, 1, 2, 1)
        grid.addWidget(self.unsearchable, 4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 560, 440)

    def _connect_signals(self) -> None:
        self.sets.currentIndexChanged.connect(self._fill_keywords)
        self.keywords.currentItemChanged.connect(self._on_keyword_picked)
        self.custom.textChanged.connect(self._update_state)
        self.platforms.itemChanged.connect(self._update_state)
        self.save_custom.clicked.connect(self._on_save_custom)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill_sets(self, select: str | None = None) -> None:
        self.sets.blockSignals(True)
        self.sets.clear()
        for keyword_set in self._sets:
            self.sets.addItem(keyword_set.name, keyword_set.id)
        if select:
            self.sets.setCurrentIndex(max(0, self.sets.findData(select)))
        self.sets.blockSignals(False)
        self._fill_keywords()

    def _fill_keywords(self) -> None:
        self.keywords.clear()
        index = self.sets.currentIndex()
        if 0 <= index < len(self._sets):
            self.keywords.addItems(list(self._sets[index].keywords))

    def _on_keyword_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.custom.setText(item.text())

    def _on_save_custom(self) -> None:
        try:
            saved = patrol_catalog.add_user_keyword(self.custom.text())
        except KnownError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self._sets = [s for s in self._sets if s.id != saved.id] + [saved]
        self._fill_sets(select=saved.id)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.platforms.count()):
            self.platforms.item(row).setCheckState(state)

    def _update_state(self) -> None:
        self.open_button.setEnabled(bool(self.keyword()) and bool(self.chosen_platforms()))
        self.save_custom.setEnabled(bool(self.keyword()))

    def keyword(self) -> str:
        return self.custom.text().strip()

    def chosen_platforms(self) -> list[Platform]:
        items = (self.platforms.item(row) for row in range(self.platforms.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
