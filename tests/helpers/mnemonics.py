"""The Alt+letter mnemonics of a window, read from its built widgets, to find two that share a letter.

Two visible items of one window with the same ``&``-letter make Alt+letter go to the first one or cycle
between them, so the officer who works from the keyboard lands on the wrong field or button. A label's
``&`` works only with a buddy; without one the letter does nothing. Widgets on different pages of a
stacked or tabbed area are never on screen together and may share a letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str:
    """The letter after a single ``&`` (upper case), or "" when the text has none."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else ""


@dataclass(frozen=True)
class Item:
    letter: str
    text: str
    pages: tuple[tuple[int, int], ...]  # (id of a stacked area, the page the item is on) above it

    def together_with(self, other: Item) -> bool:
        """False when the two sit on different pages of one stacked area (never shown at once)."""
        mine = dict(self.pages)
        return all(mine.get(stack, page) == page for stack, page in other.pages)


def _placement(widget: QWidget, top: QWidget) -> tuple[tuple[int, int], ...] | None:
    """The stacked pages above ``widget``; None when it (or a parent other than a stack's page) is hidden."""
    pages: list[tuple[int, int]] = []
    child, parent = widget, widget.parentWidget()
    while child is not top and parent is not None:
        if isinstance(parent, QStackedWidget):
            pages.append((shiboken6.getCppPointer(parent)[0], parent.indexOf(child)))
        elif child.isHidden():
            return None
        child, parent = parent, parent.parentWidget()
    return tuple(pages)


def _texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        return  # a toolbar's button shows its action's icon text, which has no accelerator
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        yield widget.text()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index))


def window_items(top: QWidget) -> list[Item]:
    """Every mnemonic the officer can reach with Alt in ``top`` (its menu bar's titles included)."""
    items: list[Item] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or isinstance(widget, QMenu):
            continue
        pages = _placement(widget, top)
        if pages is None:
            continue
        items.extend(Item(letter, text, pages) for text in _texts(widget) if (letter := mnemonic(text)))
    if isinstance(top, QMainWindow):
        items.extend(Item(letter, action.text(), ()) for action in top.menuBar().actions()
                     if action.isVisible() and (letter := mnemonic(action.text())))
    return items


def clashes(items: list[Item]) -> list[tuple[str, str, str]]:
    """(letter, first text, second text) for each pair that can be on screen together with one letter."""
    found = []
    for index, first in enumerate(items):
        for second in items[index + 1:]:
            if first.letter == second.letter and first.together_with(second):
                found.append((first.letter, first.text, second.text))
    return found


def menu_clashes(menu: QMenu) -> list[tuple[str, str, str]]:
    """Clashes among one menu's visible entries (each menu is its own keyboard scope)."""
    items = [Item(letter, action.text(), ()) for action in menu.actions()
             if action.isVisible() and not action.isSeparator() and (letter := mnemonic(action.text()))]
    return clashes(items)


def dead_labels(top: QWidget) -> list[str]:
    """Labels with an ``&`` but no buddy: their letter does nothing."""
    return [label.text() for label in top.findChildren(QLabel)
            if label.window() is top and label.buddy() is None and mnemonic(label.text())
            and not Qt.mightBeRichText(label.text())]  # in rich text an & starts an entity
