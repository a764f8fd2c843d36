"""What the log file keeps of an error that no call of ours wrote: an asyncio task whose exception nobody read
(asyncio's own handler logs it, quoting the task, its arguments and the error's message) and a library's
``log.exception``. The log is a plain file in the officer's profile: kinds and frames, never the values."""

from __future__ import annotations

import asyncio
import gc
import io
import logging
import logging.handlers
from pathlib import Path

from app.infra import logs

SECRET = "測試封存甲乙丙 marker passphrase 4711 zz"


def _file_format(stream: io.StringIO) -> logging.Handler:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logs.WithoutData(logs.FORMAT))
    return handler


async def _seal(name: str) -> None:
    raise ValueError(f"could not seal {name}")


def test_a_task_error_nobody_read_is_logged_without_its_values() -> None:
    stream = io.StringIO()
    handler = _file_format(stream)
    logging.getLogger("asyncio").addHandler(handler)
    try:
        loop = asyncio.new_event_loop()
        task = loop.create_task(_seal(SECRET))
        loop.run_until_complete(asyncio.sleep(0.01))
        assert task.done()
        del task
        gc.collect()  # "Task exception was never retrieved", from asyncio's default handler
        loop.close()
    finally:
        logging.getLogger("asyncio").removeHandler(handler)
    logged = stream.getvalue()
    assert "event loop error" in logged and "ValueError" in logged and "test_log_without_data.py" in logged
    assert "測試封存甲乙丙" not in logged and "4711" not in logged


def test_a_library_log_exception_keeps_kinds_and_frames_only() -> None:
    stream = io.StringIO()
    library = logging.getLogger("some.library")
    handler = _file_format(stream)
    library.addHandler(handler)
    try:
        try:
            raise KeyError(SECRET)
        except KeyError:
            library.exception("lookup failed")
    finally:
        library.removeHandler(handler)
    logged = stream.getvalue()
    assert "lookup failed" in logged and "KeyError" in logged and "test_log_without_data.py" in logged
    assert "測試封存甲乙丙" not in logged


def test_the_log_file_is_written_in_that_format(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
    try:
        logfile = logs.setup(folder=tmp_path)
        added = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert [Path(h.baseFilename) for h in added] == [logfile]
        assert isinstance(added[0].formatter, logs.WithoutData)
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
