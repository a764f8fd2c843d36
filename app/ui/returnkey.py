"""Return in a line edit of a dialog does one thing.

A QLineEdit hands the Return key on to its dialog after emitting ``returnPressed``, and the dialog then
presses its default button too. Seen: Return in a day field of the vault audit log listed the period
twice (``returnPressed`` and the default Show button), and Return in the file-origin window's chain-head
field checked the page and then opened the file chooser (its first button was the default).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReturnKey(QObject):
    """Return or Enter in ``edit`` calls ``action`` (not while the field is read-only, as while its value
    is being used) and goes no further: no default button is pressed, the dialog is not closed."""

    def __init__(self, edit: QLineEdit, action: Callable[[], object]) -> None:
        super().__init__(edit)
        self._edit, self._action = edit, action
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.key() not in RETURN_KEYS:
            return False
        if not self._edit.isReadOnly():
            self._action()
        return True
