"""Logging to a rotating file in the user log folder.

What may be logged: ids, counts, durations, error types, paths of our own files. What never is:
passphrases, keys, sealed identities, captured content, URLs of captured pages (they can carry
victims' names). Log calls pass only such values; there is no redaction filter to rely on.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.infra import paths

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(level: int = logging.INFO, folder: Path | None = None) -> Path:
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    logfile = folder / "netpatrol.log"
    handler = logging.handlers.RotatingFileHandler(logfile, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return logfile
