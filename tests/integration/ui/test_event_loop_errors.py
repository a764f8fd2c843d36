"""A task's error that nobody awaited, in the window's loop, is our bug: it reaches the crash handler (dialog
and log) like any other, instead of a line in the log that no one reads (or, before, its text in the log)."""

from __future__ import annotations

import asyncio
import gc
import sys
from typing import Any

import pytest

from app.main import event_loop


async def _fails() -> None:
    raise ValueError("a task of ours went wrong")


def test_a_task_error_nobody_read_reaches_the_crash_handler(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))
    loop = event_loop(qapp)
    try:
        task = loop.create_task(_fails())
        loop.run_until_complete(asyncio.sleep(0.05))
        assert task.done()
        del task
        gc.collect()  # the task is gone with its error unread: asyncio calls the loop's exception handler
    finally:
        asyncio.set_event_loop(None)
        loop.close()
    assert [type(error) for error in reported] == [ValueError]
