"""Screen recording of a tab into a video artifact: CDP screencast frames, encoded by Qt Multimedia.

Why this way: the tab's frames come from Chromium itself (``Page.startScreencast``), so nothing
outside the page is recorded and no screen-capture permission is needed; Qt Multimedia (FFmpeg,
shipped with PySide6) encodes them with their own timestamps via ``QVideoFrameInput`` into an
MPEG-4 file held in memory (``QBuffer``): no clear-text temporary file on disk. A tab closed under a
running recording ends it: what was recorded is still written (``app.capture.shown``).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaCaptureSession, QMediaFormat, QMediaRecorder, QVideoFrame, QVideoFrameInput
from PySide6.QtWebEngineCore import QWebEnginePage

from app.capture.cdp import CdpError, CdpSession
from app.capture.shown import Shown, alive, shown
from app.capture.waiting import within
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, Problem, StopReason
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models import ArtifactKind
from app.core.timeutil import Clock, iso_utc, utc_now


class RecordingFailed(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The screen recording could not be written ({detail}); nothing was stored.")


class TabRecorder:
    """``await start()``, then ``await stop()`` returns a capture holding one video artifact."""

    def __init__(self, page: QWebEnginePage, *, session: CdpSession | None = None, max_seconds: float = 600,
                 clock: Clock = utc_now) -> None:
        self._page = page
        self._own_session = session is None
        self._session = session or CdpSession(page)
        self._max_seconds = max_seconds
        self._clock = clock
        self._buffer = QBuffer()
        self._session_obj = QMediaCaptureSession()
        self._input: QVideoFrameInput | None = None
        self._recorder = QMediaRecorder()
        self._first_ts: float | None = None
        self._last_us = -1
        self._frames = 0
        self._started: datetime | None = None
        self._url = ""
        self._shown = Shown()
        self._stopped: asyncio.Future[None] | None = None
        self._error = ""
        self._truncated = False
        self._acks: set[asyncio.Future[None]] = set()

    @property
    def frames(self) -> int:
        return self._frames

    async def start(self) -> None:
        await self._session.attach()
        self._started = self._clock()
        self._url = self._page.url().toString()
        self._shown = shown(self._page, self._shown)
        self._input = QVideoFrameInput()
        self._session_obj.setVideoFrameInput(self._input)
        self._session_obj.setRecorder(self._recorder)
        media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
        media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
        self._recorder.setMediaFormat(media_format)
        self._recorder.setQuality(QMediaRecorder.Quality.VeryHighQuality)
        self._buffer.open(QIODevice.OpenModeFlag.ReadWrite)
        self._recorder.setOutputDevice(self._buffer)
        self._recorder.errorOccurred.connect(self._on_error)
        self._recorder.recorderStateChanged.connect(self._on_state)
        self._recorder.record()
        self._session.add_listener(self._on_event)
        await self._session.send("Page.startScreencast", {"format": "png", "everyNthFrame": 1})

    async def stop(self) -> PageCapture:
        """Stop, finish the file, and return the capture (video artifact hashed like any other)."""
        self._session.remove_listener(self._on_event)
        if alive(self._page):  # a closed tab, like a crashed one, stops by itself: what was recorded is written
            with contextlib.suppress(CdpError):
                await self._session.send("Page.stopScreencast")
        loop = asyncio.get_running_loop()
        self._stopped = loop.create_future()
        self._recorder.stop()
        try:
            await within(self._stopped, 30)
        except TimeoutError:
            raise RecordingFailed(detail="the encoder did not finish") from None
        finally:
            if self._own_session:
                self._session.detach()
        if self._error:
            raise RecordingFailed(detail=self._error)
        data = bytes(self._buffer.data().data())
        ended = self._clock()
        started = self._started or ended
        problems = ((Problem.RECORDING_CUT, f"{self._max_seconds:g}"),) if self._truncated else ()
        completeness = Completeness(not self._truncated, StopReason.TIME_BOUND if self._truncated
                                    else StopReason.OFFICER_STOPPED, 0, problems=problems, frames=self._frames)
        video = CapturedFile(FileRole.VIDEO, ArtifactKind.VIDEO, "recording.mp4", "video/mp4", data)
        last = shown(self._page, self._shown)
        metadata = {"url": self._url, "started_at": iso_utc(started), "ended_at": iso_utc(ended),
                    "server_time": last.server_time,
                    "frames": self._frames, "encoding": "MPEG-4 Part 2 in MP4 (Qt Multimedia, FFmpeg)"}
        return PageCapture(CaptureKind.RECORDING, self._url, last.url, last.title, started, ended, completeness,
                           (video,), metadata=metadata)

    def _on_event(self, method: str, params: dict[str, object]) -> None:
        if method != "Page.screencastFrame":
            return
        ack = asyncio.ensure_future(self._ack(params.get("sessionId")))
        self._acks.add(ack)
        ack.add_done_callback(self._acks.discard)
        meta = params.get("metadata")
        timestamp = float(meta.get("timestamp", 0.0)) if isinstance(meta, dict) else 0.0
        if self._first_ts is None:
            self._first_ts = timestamp
        offset = timestamp - self._first_ts
        if offset > self._max_seconds:
            self._truncated = True
            return
        start_us = int(offset * 1_000_000)
        if start_us <= self._last_us:   # a frame stamped no later than the last one would stop the encoder
            return
        self._last_us = start_us
        image = QImage.fromData(QByteArray(base64.b64decode(str(params.get("data", "")))), "PNG")
        frame = QVideoFrame(image.convertToFormat(QImage.Format.Format_RGBA8888))
        frame.setStartTime(start_us)
        if self._input is not None and self._input.sendVideoFrame(frame):
            self._frames += 1
            self._shown = shown(self._page, self._shown)

    async def _ack(self, session_id: object) -> None:
        with contextlib.suppress(CdpError):  # the screencast ended while this frame was being acknowledged
            await self._session.send("Page.screencastFrameAck", {"sessionId": session_id})

    def _on_error(self, error: QMediaRecorder.Error, text: str) -> None:
        self._error = text or str(error)

    def _on_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state == QMediaRecorder.RecorderState.StoppedState and self._stopped and not self._stopped.done():
            self._stopped.set_result(None)
