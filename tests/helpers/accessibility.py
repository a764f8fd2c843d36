"""What a screen reader (Narrator, NVDA) is told about a window, read from Qt's accessibility tree.

Narrator and NVDA read a widget by the name its ``QAccessibleInterface`` gives. Qt finds that name in the
widget's ``accessibleName``, in its own text (a button's, a check box's) or in the label whose buddy it is.
A tool button with only an icon, a field known only by its placeholder or a separate label, or a table with
no name is read as "button", "edit" or "table" and nothing more: the officer cannot tell one from another.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

_INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QGraphicsView, QLineEdit,
                QPlainTextEdit, QTextEdit, QTabBar)
_QT_PARTS = ("qt_spinbox_lineedit", "qt_toolbar_ext_button", "qt_scrollarea_viewport")


@dataclass(frozen=True)
class Spoken:
    """One interactive widget as the reader announces it."""

    where: str
    role: str
    name: str
    description: str


def _where(widget: QWidget, top: QWidget) -> str:
    """The widget's object name (or class) and the named widgets above it, so a failure says which one."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not top:
        if current.objectName() and not current.objectName().startswith("qt_"):
            parts.append(current.objectName())
        elif current is widget:
            parts.append(type(widget).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts)) or type(widget).__name__


def _qt_part(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a spin box's edit, a tab bar's scroll arrows, a combo box's
    list): the reader announces them through their owner."""
    if isinstance(widget, QScrollBar) or widget.objectName() in _QT_PARTS:
        return True
    if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QAbstractItemView):
        return True  # a table's corner button (select all)
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabBar | QAbstractSpinBox | QComboBox) and parent is not widget:
            return True
        parent = parent.parentWidget()
    return False


def interactive(top: QWidget) -> list[QWidget]:
    """The widgets of ``top``'s own window the officer can reach and operate, as shown now."""
    return [widget for widget in top.findChildren(QWidget)
            if isinstance(widget, _INTERACTIVE) and widget.window() is top and widget.isVisibleTo(top)
            and (widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QAbstractButton))
            and not _qt_part(widget)]


def _windows_name(box: QComboBox) -> str:
    """A combo box's name as Qt gives it on Windows: its accessible name, its label's text or its group box's
    title. (On Linux Qt names a combo box by its current item, which would hide a box with no label.)"""
    if box.accessibleName():
        return box.accessibleName()
    parent = box.parentWidget()
    labels = [child for child in parent.children() if isinstance(child, QLabel) and child.buddy() is box] if parent else []
    if labels:
        return labels[0].text().replace("&", "")
    return parent.title() if isinstance(parent, QGroupBox) else ""


def spoken(widget: QWidget, top: QWidget) -> Spoken:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), type(widget).__name__
    name = _windows_name(widget) if isinstance(widget, QComboBox) else face.text(QAccessible.Text.Name)
    return Spoken(_where(widget, top), face.role().name, name.strip(), face.text(QAccessible.Text.Description).strip())


def said(top: QWidget) -> list[Spoken]:
    """What the reader says for each interactive widget of ``top``."""
    return [spoken(widget, top) for widget in interactive(top)]


def nameless(top: QWidget) -> list[str]:
    """The interactive widgets of ``top`` the reader can only call by their kind ("button", "edit"), or by a
    symbol with no word in it ("⟳", "+"), which a reader spells out or skips."""
    return [f"{item.where} ({item.role}{': ' + item.name if item.name else ''})" for item in said(top)
            if not any(character.isalpha() for character in item.name)]
