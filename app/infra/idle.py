"""Lock the vault after the officer has left the workstation for a while.

An event filter on every top-level window notices keyboard, mouse and touch input (the embedded
browser included: input reaches the window before any widget) and restarts a single-shot timer;
when the timer runs out, ``idle`` is emitted and the composition root locks the vault. Windows are
watched as they get the focus (dialogs included). No widgets here.

Not an application-wide filter: PySide6 then wraps every object an event is sent to, and wrapping
QtWebEngine's internal window (its class unknown to PySide) re-enters itself and crashes the
process (a segmentation fault as soon as the mouse moves over a web page; PySide6 6.11.3).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without user input, while started."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @staticmethod
    def minutes_to_ms(minutes: int) -> int:
        return minutes * 60_000

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Begin watching (when the vault is unlocked)."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._installed:
            app.focusWindowChanged.connect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                self._watch(window)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the vault is locked: nothing to protect)."""
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._installed:
            app.focusWindowChanged.disconnect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
            self._installed = False

    def _watch(self, window: QWindow | None) -> None:
        """Installing twice is harmless: Qt keeps one entry per filter object."""
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
