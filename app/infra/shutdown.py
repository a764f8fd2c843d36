"""Being told to stop (SIGTERM at a Linux shutdown or from ``kill``, Ctrl+C or a closed terminal for an
app started from one, Ctrl+Break on Windows) ends NetPatrol the way its window's close button does.

Python's default for these kills the process where it stands: the vault stays open until the next
unlock replays its write-ahead log, and the audit chain never gets its ``vault.lock`` entry. Python runs
a signal's handler only between bytecodes of the main thread, which sits in Qt's C++ event loop for
as long as nothing happens; ``signal.set_wakeup_fd`` makes the signal write a byte to a socket that Qt
watches, so the handler runs at once. The handler only posts a request to the event loop; the
window's own closing path does the work there.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

# The ones this platform has: SIGHUP is POSIX only, SIGBREAK Windows only.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGBREAK")
                     if hasattr(signal, name))


class StopSignals(QObject):
    """Emits ``requested(signal number)`` when the process is told to stop; ``uninstall`` puts back
    what was there before (the tests' process goes on after)."""

    requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, self._on_signal) for number in STOP_SIGNALS}

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        """Python runs this between two bytecodes of whatever the main thread was doing, a vault
        transaction perhaps: the request waits for the event loop, where nothing is half done."""
        QTimer.singleShot(0, self, lambda: self.requested.emit(number))

    def _drain(self) -> None:
        """The wake-up bytes themselves mean nothing: Python has run the handler by the time this runs."""
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def uninstall(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_wakeup)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
