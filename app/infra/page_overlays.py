"""What NetPatrol paints over a page for the officer: keyword highlights, blurred media, grayscale.

The scripts (``resources/browser/highlight.js`` and ``blur.js``) run in an isolated JavaScript world
(``QWebEngineScript.ApplicationWorld``): page scripts cannot call or reconfigure them. They paint
with a constructed stylesheet and the CSS Custom Highlight API, so the page's markup is not edited.

Evidence must show the page as it is. Before a capture, :meth:`PageOverlays.suspend` removes every
overlay (the revealed-image markers included) and calls back once the page confirms; after it,
:meth:`PageOverlays.resume` restores them exactly. ``keep_highlight`` / ``keep_blur`` exist for the
rare case where the officer chooses to capture what they see. Capture code uses
:func:`overlays_suspended` (``async with``) or the two calls directly.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cache

import shiboken6
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript

from app.infra import paths

WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
LIBRARY_SCRIPT = "netpatrol-overlays"
CONFIG_SCRIPT = "netpatrol-overlay-config"


@cache
def library_source() -> str:
    folder = paths.RESOURCES / "browser"
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in ("blur.js", "highlight.js"))


@dataclass
class OverlayState:
    blur: bool = True
    gray: bool = False
    keywords: list[str] = field(default_factory=list)

    def script(self) -> str:
        return (f"window.__npBlur && window.__npBlur.configure({json.dumps(self.blur)}, {json.dumps(self.gray)});"
                f"window.__npHighlight && window.__npHighlight.configure({json.dumps(self.keywords, ensure_ascii=False)});")


def _script(name: str, source: str, point: QWebEngineScript.InjectionPoint, subframes: bool) -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName(name)
    script.setSourceCode(source)
    script.setWorldId(WORLD)
    script.setInjectionPoint(point)
    script.setRunsOnSubFrames(subframes)
    return script


class PageOverlays:
    """The overlays of one page: installed once, reconfigured live, suspended around captures."""

    def __init__(self, page: QWebEnginePage, state: OverlayState | None = None) -> None:
        self.page = page
        self.state = state or OverlayState()
        scripts = page.scripts()
        # At document creation, so a picture is blurred before it is first painted.
        scripts.insert(_script(LIBRARY_SCRIPT, library_source(), QWebEngineScript.InjectionPoint.DocumentCreation, True))
        self._install_config()

    def _install_config(self) -> None:
        scripts = self.page.scripts()
        for old in scripts.find(CONFIG_SCRIPT):
            scripts.remove(old)
        scripts.insert(_script(CONFIG_SCRIPT, self.state.script(), QWebEngineScript.InjectionPoint.DocumentCreation,
                               True))

    def configure(self, *, blur: bool | None = None, gray: bool | None = None, keywords: list[str] | None = None,
                  done: Callable[[object], None] | None = None) -> None:
        """Change the overlays for the page shown now (and every later page of this tab)."""
        if blur is not None:
            self.state.blur = blur
        if gray is not None:
            self.state.gray = gray
        if keywords is not None:
            self.state.keywords = list(keywords)
        self._install_config()
        self._run_everywhere(self.state.script())
        self.run("window.__npHighlight ? window.__npHighlight.count() : 0", done)

    def hit_count(self, done: Callable[[object], None]) -> None:
        self.run("window.__npHighlight ? window.__npHighlight.count() : 0", done)

    def next_hit(self, done: Callable[[int, int], None]) -> None:
        """Scroll to the next hit; ``done(index, total)`` (index -1 when there is none)."""
        def parsed(result: object) -> None:
            found = json.loads(result) if isinstance(result, str) and result else {"index": -1, "total": 0}
            done(int(found["index"]), int(found["total"]))

        self.run("window.__npHighlight ? window.__npHighlight.next() : ''", parsed)

    def suspend(self, done: Callable[[], None], *, keep_highlight: bool = False, keep_blur: bool = False) -> None:
        """Remove the overlays from what the page shows; ``done`` runs when the page has done it."""
        parts = []
        if not keep_blur:
            parts.append("window.__npBlur && window.__npBlur.suspend();")
        if not keep_highlight:
            parts.append("window.__npHighlight && window.__npHighlight.suspend();")
        self._run_everywhere("".join(parts))
        self.run("true", lambda _result: done())  # queued after the suspends: they have run

    def resume(self, done: Callable[[], None] | None = None) -> None:
        self._run_everywhere("window.__npBlur && window.__npBlur.resume();"
                             "window.__npHighlight && window.__npHighlight.resume();")
        self.run("true", (lambda _result: done()) if done else None)

    def run(self, source: str, done: Callable[[object], None] | None = None) -> None:
        if not shiboken6.isValid(self.page):   # the tab was closed: no page, and nothing on it to restore
            return
        if done is None:
            self.page.runJavaScript(source, WORLD)
        else:
            self.page.runJavaScript(source, WORLD, done)

    def _run_everywhere(self, source: str) -> None:
        """The main frame and every sub-frame (blurred media inside an embedded frame too)."""
        if not shiboken6.isValid(self.page):
            return
        pending = [self.page.mainFrame()]
        while pending:
            frame = pending.pop()
            if frame.isValid():
                frame.runJavaScript(source, WORLD)
                pending.extend(frame.children())


@asynccontextmanager
async def overlays_suspended(overlays: PageOverlays, *, keep_highlight: bool = False,
                             keep_blur: bool = False) -> AsyncIterator[None]:
    """``async with overlays_suspended(o): capture()`` — the page as it really is, then restored."""
    import asyncio  # here, not at the top: the browser starts without asyncio (about 50 ms less)

    loop = asyncio.get_running_loop()
    suspended: asyncio.Future[None] = loop.create_future()
    overlays.suspend(lambda: suspended.done() or suspended.set_result(None),
                     keep_highlight=keep_highlight, keep_blur=keep_blur)
    await suspended
    try:
        yield
    finally:
        overlays.resume()
