"""Waiting with a time limit, without losing a cancellation.

``asyncio.wait_for`` in Python 3.11 drops a cancellation that comes while the awaited future is completing: it
returns the result, and the task runs on as if it had not been cancelled (fixed in 3.12, which rebuilt it on
``asyncio.timeout``). Seen: Ctrl+C during `netpatrol capture` cancelled the capture just as a page script
answered, and the capture ran on to its time bound and was stored. ``asyncio.timeout`` keeps the cancellation.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def within(awaitable: Awaitable[T], seconds: float | None) -> T:
    """``await awaitable``, raising TimeoutError after ``seconds`` (None: no limit)."""
    async with asyncio.timeout(seconds):
        return await awaitable
