"""One NetPatrol window per account: a second start brings the running window forward and ends.

Why: a workstation is shared and officers double-click the icon twice. Two windows of one account share
more than the vault (which already refuses a second writer, ``app.vault.connection.claim``): the cache
folders, whose leftovers each start sweeps (seen: the second start deleted the first window's download
in progress and the saved page its offline viewer showed), the settings file, the log file and the
persistent personas' browser storage, which Chromium does not expect two processes to share. The second
start never gets as far as any of these.

The guard is a ``QLockFile`` in the account's cache folder (a lock left by a process that died is taken
over: the file holds its process id) and a ``QLocalServer`` the first window listens on, open to this
account only, over which a second start asks it to come forward. The server's name is derived from the
lock's path, so two accounts (two NETPATROL_HOMEs) never meet.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
COME_FORWARD = b"come-forward\n"
# How long a second start waits on the running window: it answers from its event loop at once; a window
# that is stuck does not keep the second start (and the officer) waiting long.
ASK_TIMEOUT_MS = 2000


def server_name(lock_path: Path) -> str:
    """The local socket's name: one per lock file, so per account and per NETPATROL_HOME (Windows' pipe
    names are shared by every session of the machine)."""
    return "netpatrol-" + hashlib.sha256(str(lock_path.resolve()).encode("utf-8")).hexdigest()[:24]


class InstanceGuard(QObject):
    """``claim()`` makes this process the account's one window, or asks the one running to come forward
    and returns False (``answered`` then says whether it took the request); ``come_forward(asked)`` is emitted
    in the first when a second start asks, with the vault that start was given (``--vault``), "" for none."""

    come_forward = Signal(str)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = folder / LOCK_NAME
        self.name = server_name(self.lock_path)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self.answered = False  # after a refused claim: the running window took the request

    def claim(self, asked: Path | None = None) -> bool:
        """True: no other window of this account runs, and this one now holds the guard. False: another
        does, and was asked to come forward. A folder the lock cannot be made in does not stop NetPatrol
        (the vault still refuses a second writer): it is logged, and this process goes on unguarded."""
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no single-window guard: its folder cannot be made (%s)", exc.strerror)
            return True
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long the window has run
        if lock.tryLock(0):
            self._lock = lock
            self._listen()
            return True
        if lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("no single-window guard: the lock file cannot be written (%s)", lock.error().name)
            return True
        self._ask_to_come_forward(asked)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket a killed window left: the lock says it is not in use
        if not server.listen(self.name):
            log.warning("a second start cannot reach this window: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_request)
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self) -> None:
        """The request is two lines: COME_FORWARD, then the vault the second start was given (empty for none).
        Read once both are in (a local socket may hand them over in pieces)."""
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        received = bytes(socket.property("received") or b"") + bytes(socket.readAll().data())
        if received.count(b"\n") < 2:
            socket.setProperty("received", received)
            return
        if received.startswith(COME_FORWARD):
            log.info("another start of NetPatrol: this window comes forward")
            self.come_forward.emit(received[len(COME_FORWARD):].split(b"\n", 1)[0].decode("utf-8", "replace"))
        socket.disconnectFromServer()

    def _ask_to_come_forward(self, asked: Path | None) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(ASK_TIMEOUT_MS):
            log.warning("NetPatrol already runs for this account but did not answer: %s", socket.errorString())
            return
        socket.write(COME_FORWARD + (str(asked) if asked is not None else "").encode("utf-8") + b"\n")
        self.answered = socket.waitForBytesWritten(ASK_TIMEOUT_MS)
        socket.disconnectFromServer()
