"""A cancellation that comes as the awaited answer arrives is kept (Python 3.11's wait_for dropped it)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from app.capture.waiting import within


def _cancel_as_the_answer_arrives(wait: Callable[[asyncio.Future[int]], Awaitable[int]]) -> Any:
    async def scene() -> Any:
        answer: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        waiting = asyncio.create_task(wait(answer))
        await asyncio.sleep(0)   # the task now waits for the page's answer
        answer.set_result(1)     # the answer arrives…
        waiting.cancel()         # …as Ctrl+C cancels the capture
        try:
            return await waiting
        except asyncio.CancelledError:
            return "cancelled"

    return asyncio.run(scene())


def test_a_cancellation_as_the_answer_arrives_is_kept() -> None:
    assert _cancel_as_the_answer_arrives(lambda answer: within(answer, 10)) == "cancelled"


def test_the_reference_wait_for_of_this_python_drops_it() -> None:
    """What `within` replaces: seen, Ctrl+C during a capture did nothing one time in eight."""
    import sys

    if sys.version_info >= (3, 12):
        pytest.skip("rebuilt on asyncio.timeout in 3.12")
    assert _cancel_as_the_answer_arrives(lambda answer: asyncio.wait_for(answer, 10)) == 1


def test_a_time_limit_still_raises_timeout() -> None:
    async def scene() -> None:
        never: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        await within(never, 0.01)

    with pytest.raises(TimeoutError):
        asyncio.run(scene())
