"""Logging to a rotating file in the user log folder.

What may be logged: ids, counts, durations, error types, paths of our own files. What never is:
passphrases, keys, sealed identities, captured content, URLs of captured pages (they can carry
victims' names). Log calls pass only such values; there is no redaction filter to rely on.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from typing import Any

from app.infra import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(level: int = logging.INFO, folder: Path | None = None) -> Path:
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    logfile = folder / "netpatrol.log"
    handler = logging.handlers.RotatingFileHandler(logfile, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(WithoutData(FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return logfile


class WithoutData(logging.Formatter):
    """The log file's format, for what our own log calls do not control: an exception logged with its
    traceback (``log.exception`` in a library, asyncio's handler for a task whose error nobody read) is
    written as :func:`bug_traceback` (kinds and frames, no message), and asyncio's own text, which quotes
    the failed task, its coroutine's arguments and the exception's message, is withheld."""

    def formatException(self, ei: Any) -> str:
        error = ei[1] if ei else None
        return bug_traceback(error) if isinstance(error, BaseException) else ""

    def format(self, record: logging.LogRecord) -> str:
        if record.name == "asyncio" or record.name.startswith("asyncio."):
            record = logging.makeLogRecord({**record.__dict__, "args": None,
                                            "msg": "event loop error (asyncio's text withheld: it quotes values)"})
        return super().format(record)


def bug_traceback(error: BaseException) -> str:
    """What the log keeps of our own bug: each exception's kind and the frames of the code it went through,
    the causes' too, but never an exception's message (it can quote a sealed name, a passphrase or captured
    text) nor local variables. Enough for IT support to find the line; nothing from the vault."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__)).rstrip()
        parts.append(f"{type(current).__name__}\n{frames}" if frames else type(current).__name__)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\ncaused by ".join(parts)


def route_qt_messages() -> None:
    """Send Qt's own warnings to our log file instead of the terminal, where the officer expects one
    clear sentence per error. Messages of the ``js`` category are dropped: they are the pages' own
    console output, i.e. captured content, which never goes into a log."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        category = str(getattr(context, "category", "") or "")
        if category == "js" or category.startswith("js."):
            return
        qt_log.log(levels.get(kind, logging.WARNING), "%s: %s", category or "qt", message)

    qInstallMessageHandler(handler)
