"""Our own bugs: the traceback goes to the log file, the officer sees a short message and where the
log is, and can carry on or quit. Never a silent failure, never a traceback in the officer's face.

The dialog shows no exception text (an exception's message could quote data from the vault); the
log holds the traceback, which names files and lines of our code (``logs.bug_traceback``: kinds and
frames, the causes' too, never a message). Local variables are never written.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.infra.logs import bug_traceback

log = logging.getLogger("netpatrol.crash")

QUIT = 2  # the dialog's result when the officer chose to quit
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashDialog(QDialog):
    def __init__(self, log_file: Path, error_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.log_file = log_file
        self.error_kind = error_kind
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.path = QLabel(str(log_file), self)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.folder_button = QPushButton(self)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self._on_quit)
        self.folder_button.clicked.connect(self._on_open_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.path)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("NetPatrol: internal error"))
        self.text.setText(self.tr(
            "NetPatrol hit an internal error ({kind}). This is a fault in the program, not something you did. "
            "Evidence already saved in the vault is safe. Please give the log file below to your IT "
            "support:").format(kind=self.error_kind))
        self.continue_button.setText(self.tr("&Continue"))
        self.quit_button.setText(self.tr("&Quit NetPatrol"))
        self.folder_button.setText(self.tr("Open log &folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_quit(self) -> None:
        self.done(QUIT)
        app = QApplication.instance()
        if app is not None:
            app.exit(1)

    def _on_open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


class _ThreadBridge(QObject):
    """Created on the UI thread; a bug in another thread is emitted here and handled on the UI thread."""

    crashed = Signal(object, object, object)


class CrashHandler:
    """``sys.excepthook``: log the traceback, then show one crash dialog (never a cascade of them)."""

    def __init__(self, log_file: Path, *, show_dialog: bool = True) -> None:
        self.log_file = log_file
        self.show_dialog = show_dialog
        self._showing = False
        self.crashes = 0
        self.quit_requested = False
        self._bridge = _ThreadBridge()
        self._bridge.crashed.connect(self)

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.crashes += 1
        if issubclass(kind, KeyboardInterrupt):
            QApplication.exit(130)
            return
        log.critical("internal error %s", bug_traceback(exc.with_traceback(tb)))
        app = QApplication.instance()
        if not self.show_dialog or app is None or self._showing:
            print(f"NetPatrol internal error ({kind.__name__}); see {self.log_file}", file=sys.stderr)
            return
        self._showing = True
        try:
            if CrashDialog(self.log_file, kind.__name__, QApplication.activeWindow()).exec() == QUIT:
                self.quit_requested = True
        finally:
            self._showing = False

    def install(self) -> ExceptHook:
        """Become ``sys.excepthook`` (and the hook for exceptions in threads); returns the old hook."""
        previous = sys.excepthook
        sys.excepthook = self
        threading.excepthook = self._on_thread_exception
        return previous

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._bridge.crashed.emit(args.exc_type, args.exc_value, args.exc_traceback)
