"""Open network requests of a tab, from CDP Network events: what "network quiet" means here."""

from __future__ import annotations

import contextlib
from typing import Any

from app.capture.cdp import CdpError, CdpSession

_OPENED = "Network.requestWillBeSent"
_CLOSED = ("Network.loadingFinished", "Network.loadingFailed")


class NetworkWatch:
    """Counts requests sent and not yet finished or failed, while started."""

    def __init__(self, session: CdpSession) -> None:
        self._session = session
        self._open: set[str] = set()
        self._running = False

    @property
    def open_requests(self) -> int:
        return len(self._open)

    async def start(self) -> None:
        self._session.add_listener(self._on_event)
        self._running = True
        # No response bodies are kept for us: we only count.
        await self._session.send("Network.enable", {"maxTotalBufferSize": 0, "maxResourceBufferSize": 0})

    async def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._session.remove_listener(self._on_event)
        self._open.clear()
        with contextlib.suppress(CdpError):  # the tab went away: nothing left to disable
            await self._session.send("Network.disable")

    def _on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == _OPENED:
            if not str(params.get("request", {}).get("url", "")).startswith("data:"):
                self._open.add(str(params.get("requestId")))
        elif method in _CLOSED:
            self._open.discard(str(params.get("requestId")))
