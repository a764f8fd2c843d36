"""The Chrome DevTools Protocol inside the process, through a hidden DevTools page: no port, ever.

Why this way: QtWebEngine only offers CDP over a remote-debugging port, which lets any local
process drive the officer's logged-in browser without authentication. Instead we give the tab a
DevTools page (``QWebEnginePage.setDevToolsPage``). Qt loads the DevTools front end into it and
wires it to the tab's DevTools agent. A script that runs at document creation in that page takes
the two ends of the wire for itself (``DevToolsHost.sendMessageToEmbedder`` out,
``DevToolsAPI.dispatchMessage`` / ``dispatchMessageChunk`` in) and then stops the document, so the
DevTools application never boots: it sends no commands of its own and enables no domains on the
officer's page. Replies come back as console messages of the DevTools page, which only this object
sees (the inspected page cannot write to that console).

Measured offscreen (software rendering): attaching takes about 0.3-0.45 s.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from app.capture.profiled import page_profile
from app.capture.shown import alive
from app.capture.waiting import within
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

_REPLY = "NPCDP:"
_READY = "NPCDP-READY"
_BRIDGE = r"""
(function () {
  const host = window.DevToolsHost, api = window.DevToolsAPI;
  if (!host || !api) { console.log('NPCDP-MISSING'); return; }
  const toEmbedder = host.sendMessageToEmbedder.bind(host);
  let embedderId = 0;
  Object.defineProperty(window, '__netpatrolCdp', { value: Object.freeze({
    send: function (message) {
      embedderId += 1;
      toEmbedder(JSON.stringify({ id: embedderId, method: 'dispatchProtocolMessage', params: [message] }));
    } }) });
  host.sendMessageToEmbedder = function () {};   // the front end, should any of it run, talks to no one
  const encoder = new TextEncoder();
  let pending = '', expected = 0, received = 0;
  api.dispatchMessage = function (message) {
    console.log('NPCDP:' + (typeof message === 'string' ? message : JSON.stringify(message)));
  };
  api.dispatchMessageChunk = function (chunk, size) {
    const total = Number(size) || 0;
    if (total > 0) { pending = ''; expected = total; received = 0; }
    pending += chunk;
    received += encoder.encode(chunk).length;
    if (received >= expected) { const whole = pending; pending = ''; console.log('NPCDP:' + whole); }
  };
  console.log('NPCDP-READY');
  window.stop();
})();
"""


class CdpError(KnownError):
    """The browser refused or failed a DevTools command (a page that went away, a crashed renderer)."""

    text = QT_TRANSLATE_NOOP("errors", "The browser could not complete the capture step {step}: {reason}")


class CdpTimeout(CdpError):
    text = QT_TRANSLATE_NOOP("errors", "The browser did not answer in time during capture step {step}.")


class PageCrashed(CdpError):
    text = QT_TRANSLATE_NOOP("errors", "The page's renderer crashed; nothing was stored. Reload the page and capture again.")


class _DevToolsPage(QWebEnginePage):
    """The hidden DevTools page: its console is our return channel."""

    message = Signal(str)

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, text: str,
                                 line: int, source: str) -> None:
        if text.startswith("NPCDP"):
            self.message.emit(text)


class CdpSession(QObject):
    """One CDP session on one tab. ``await send(method, params)`` returns the result object.

    Events (messages without an id) are emitted as ``event(method, params)``. The session lives
    until :meth:`detach` or until the tab is destroyed; a crashed renderer fails every waiting command.
    """

    event = Signal(str, dict)
    crashed = Signal()

    def __init__(self, page: QWebEnginePage) -> None:
        super().__init__(page)
        self._page = page
        self._devtools: _DevToolsPage | None = None
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[asyncio.Future[dict[str, Any]], str]] = {}
        self._ready: asyncio.Future[None] | None = None
        self._dead = False
        self._listeners: list[Callable[[str, dict[str, Any]], None]] = []
        page.renderProcessTerminated.connect(self._on_render_terminated)

    @property
    def attached(self) -> bool:
        return self._devtools is not None and not self._dead

    @property
    def crashed_renderer(self) -> bool:
        return self._dead

    @property
    def page(self) -> QWebEnginePage:
        return self._page

    async def attach(self, timeout: float = 15.0) -> None:
        """Attach the hidden DevTools page and wait until the bridge is in place."""
        if self.attached:
            return
        if self._page.devToolsPage() is not None:
            raise CdpError(step="attach", reason="another DevTools window is open on this tab")
        loop = asyncio.get_running_loop()
        self._ready = loop.create_future()
        devtools = _DevToolsPage(page_profile(self._page), self)
        script = QWebEngineScript()
        script.setName("netpatrol-cdp-bridge")
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(False)
        script.setSourceCode(_BRIDGE)
        devtools.scripts().insert(script)
        devtools.message.connect(self._on_message)
        self._devtools = devtools
        self._page.setDevToolsPage(devtools)
        try:
            await within(self._ready, timeout)
        except TimeoutError:
            self.detach()
            raise CdpTimeout(step="attach") from None

    def detach(self) -> None:
        """Give the tab back: no DevTools agent stays attached."""
        devtools, self._devtools = self._devtools, None
        if devtools is None:
            return
        self._fail_all(CdpError(step="detach", reason="the session was closed"))
        if not self._dead and alive(self._page):   # a closed tab took its page and ours with it
            self._page.setDevToolsPage(None)
        if alive(devtools):
            devtools.message.disconnect(self._on_message)
            devtools.deleteLater()

    async def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 60.0) -> dict[str, Any]:
        if self._dead:
            raise PageCrashed()
        if self._devtools is None:
            raise CdpError(step=method, reason="not attached")
        ident = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        payload = json.dumps({"id": ident, "method": method, "params": params or {}})
        self._waiting[ident] = (future, method)
        try:   # a send that raises (the tab was closed: its DevTools page is gone) leaves no waiting command behind
            self._devtools.runJavaScript(f"window.__netpatrolCdp.send({json.dumps(payload)})",
                                         QWebEngineScript.ScriptWorldId.MainWorld)
            return await within(future, timeout)
        except TimeoutError:
            raise CdpTimeout(step=method) from None
        finally:
            self._waiting.pop(ident, None)

    def add_listener(self, listener: Callable[[str, dict[str, Any]], None]) -> None:
        """Call ``listener(method, params)`` for every event, synchronously (no signal queue)."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[str, dict[str, Any]], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- incoming ---------------------------------------------------------------------------------
    def _on_message(self, text: str) -> None:
        if text == _READY:
            if self._ready is not None and not self._ready.done():
                self._ready.set_result(None)
            return
        if not text.startswith(_REPLY):
            log.warning("DevTools bridge could not start (%s)", text[:40])
            return
        message = json.loads(text[len(_REPLY):])
        if "id" in message:
            self._on_reply(message)
        else:
            method, params = message.get("method", ""), message.get("params", {})
            for listener in list(self._listeners):
                listener(method, params)
            self.event.emit(method, params)

    def _on_reply(self, message: dict[str, Any]) -> None:
        waiting = self._waiting.get(int(message["id"]))
        if waiting is None or waiting[0].done():
            return
        future, method = waiting
        if "error" in message:
            future.set_exception(CdpError(step=method, reason=str(message["error"].get("message", "")),))
        else:
            future.set_result(message.get("result", {}))

    def _on_render_terminated(self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        self._dead = True
        self._fail_all(PageCrashed())
        self.crashed.emit()

    def _fail_all(self, error: Exception) -> None:
        for future, _method in list(self._waiting.values()):
            if not future.done():
                future.set_exception(error)
        self._waiting.clear()


T = TypeVar("T")


async def with_session(page: QWebEnginePage, session: CdpSession | None,
                       work: Callable[[CdpSession], Awaitable[T]]) -> T:
    """Run ``work`` on an attached session: ``session`` when given (the caller keeps it), else one
    attached for this call and detached afterwards, so no DevTools agent stays on the tab. A
    renderer that dies mid-way shows up first as whichever call was waiting on it: that becomes
    :class:`PageCrashed`."""
    own = session is None
    session = session or CdpSession(page)
    try:
        await session.attach()
        return await work(session)
    except CdpError:
        if session.crashed_renderer:
            raise PageCrashed() from None
        raise
    finally:
        if own:
            session.detach()
            session.deleteLater()
