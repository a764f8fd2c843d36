"""A notice bar inside the browser: one sentence, optional buttons, a close cross.

Used for what the officer must see without a modal dialog interrupting a patrol: denied
permissions, blocked pop-ups, downloads stored in the vault, TLS errors, a crashed page, the
break reminder and the "no patrol running" prompt.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QToolButton, QWidget

from app.ui.tones import is_dark, legible, mixed


class Level(Enum):
    INFO = ("#e8f1fb", "#1f5fa8")
    GOOD = ("#e7f6ea", "#1e7b34")
    WARNING = ("#fff4d6", "#8a5a00")
    DANGER = ("#fde7e9", "#b00020")


def notice_style(level: Level, palette: QPalette) -> str:
    """The bar's stylesheet: its pale tint and dark text on a light window, as designed; on a dark one (Windows'
    dark mode, a high-contrast theme) a dark tint of its accent with the palette's text, so the sentence and the
    close cross (drawn in the palette's button text) read. Seen: the cross white on the pale bar, invisible."""
    background, accent = level.value
    window = palette.color(QPalette.ColorRole.Window)
    if not is_dark(window):
        return (f"#notice {{ background: {background}; border-left: 4px solid {accent}; }}"
                f"#notice QLabel {{ color: #222; }}")
    tint = mixed(QColor(accent), window, 0.25).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    return (f"#notice {{ background: {tint}; border-left: 4px solid {legible(accent, window).name()}; }}"
            f"#notice QLabel {{ color: {text}; }}")


class NoticeBar(QFrame):
    closed = Signal()

    def __init__(self, text: str, level: Level = Level.INFO, parent: QWidget | None = None, *,
                 key: str = "", closable: bool = True) -> None:
        super().__init__(parent)
        self.key = key
        self.dismissed = False
        self.level = level
        self.setObjectName("notice")
        self._follow_palette()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._follow_palette)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.label, 1)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setAccessibleName(self.tr("Close"))
        self._close.clicked.connect(self.dismiss)
        self._close.setVisible(closable)
        self._layout.addWidget(self._close)

    def _follow_palette(self, palette: QPalette | None = None) -> None:
        """Its colours from the palette around it; again when the application's palette changes (Windows switched
        to dark mode, or back, while the bar was shown): Qt does not hand a new palette to a widget with a
        stylesheet, and its own holds the tint its stylesheet gave it."""
        around = palette or (self.parentWidget().palette() if self.parentWidget() is not None
                             else QGuiApplication.palette())
        sheet = notice_style(self.level, around)
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def add_action(self, text: str, handler: Callable[[], None], *, closes: bool = True) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: handler())
        if closes:
            button.clicked.connect(self.dismiss)
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()
        self.closed.emit()
        self.deleteLater()


def in_layout(layout: QLayout, notices: list[NoticeBar]) -> list[NoticeBar]:
    """The notices still shown in ``layout``, in its order (a dismissed one is on its way out)."""
    placed = [(layout.indexOf(notice), notice) for notice in notices if not notice.dismissed]
    return [notice for index, notice in sorted(placed, key=lambda pair: pair[0]) if index >= 0]
