"""Burst mode: the viewport every N ms while it is on, for stories and one-time views.

Each frame is a PNG of the tab exactly as shown, taken through the same CDP session as a page
capture, with the time it was taken. The burst ends when the officer stops it or at ``max_frames``
(then the capture says it stopped at the bound, so it is never silently short). A tab closed under a
running burst ends it: the frames already taken are kept (``app.capture.shown``).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import time
from datetime import datetime

from PySide6.QtWebEngineCore import QWebEnginePage

from app.capture.cdp import CdpSession
from app.capture.shown import Shown, alive, shown
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.models import ArtifactKind
from app.core.timeutil import Clock, iso_utc, utc_now


class BurstCapture:
    """``await start()``; frames accumulate on the Qt loop; ``await stop()`` returns the capture."""

    def __init__(self, page: QWebEnginePage, interval_ms: int = 250, max_frames: int = 400, *,
                 session: CdpSession | None = None, clock: Clock = utc_now) -> None:
        self._page = page
        self._interval = max(interval_ms, 20) / 1000
        self._max_frames = max_frames
        self._own_session = session is None
        self._session = session or CdpSession(page)
        self._clock = clock
        self._frames: list[tuple[datetime, bytes]] = []
        self._task: asyncio.Task[None] | None = None
        self._started: datetime | None = None
        self._url = ""
        self._shown = Shown()

    @property
    def frame_count(self) -> int:
        return len(self._frames)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        await self._session.attach()
        self._started = self._clock()
        self._url = self._page.url().toString()
        self._shown = shown(self._page, self._shown)
        self._task = asyncio.ensure_future(self._loop())

    async def _loop(self) -> None:
        while len(self._frames) < self._max_frames:
            began = time.monotonic()
            moment = self._clock()
            shot = await self._session.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
            self._frames.append((moment, base64.b64decode(shot["data"])))
            self._shown = shown(self._page, self._shown)
            await asyncio.sleep(max(0.0, self._interval - (time.monotonic() - began)))

    async def stop(self) -> PageCapture:
        task, self._task = self._task, None
        if task is not None:
            hit_bound = task.done() and not task.cancelled() and task.exception() is None
            task.cancel()
            try:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            except Exception:
                if alive(self._page):
                    raise
                # the tab was closed under the burst: its last frame failed, the ones before it stand
        else:
            hit_bound = False
        if self._own_session:
            self._session.detach()
        return self._result(hit_bound)

    def _result(self, hit_bound: bool) -> PageCapture:
        ended = self._clock()
        started = self._started or ended
        files = tuple(
            CapturedFile(FileRole.BURST_FRAME, ArtifactKind.PNG,
                         f"burst-{index:04d}-{int((moment - started).total_seconds() * 1000):07d}ms.png",
                         "image/png", data)
            for index, (moment, data) in enumerate(self._frames, start=1))
        completeness = Completeness(not hit_bound, StopReason.FRAME_BOUND if hit_bound else StopReason.OFFICER_STOPPED,
                                    0, frames=len(files))
        last = shown(self._page, self._shown)
        metadata = {"url": self._url, "started_at": iso_utc(started), "ended_at": iso_utc(ended),
                    "server_time": last.server_time,
                    "interval_ms": int(self._interval * 1000), "max_frames": self._max_frames,
                    "frames": [{"name": f.name, "taken_at": iso_utc(moment)}
                               for f, (moment, _data) in zip(files, self._frames, strict=True)]}
        return PageCapture(CaptureKind.BURST, self._url, last.url, last.title, started, ended, completeness, files,
                           metadata=metadata)
