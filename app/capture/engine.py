"""The page-capture engine: one call captures a tab completely, or says exactly what it missed.

Order matters and is chosen for evidence:
1. the viewport image first, exactly as the officer sees it, before anything moves;
2. lazy scrolling (the page, or its main inner scroll container when the page itself does not
   scroll) to make lazy content load, bounded by time, height and item count, waiting for network
   quiet and images at every step;
3. back to the top, the full-page image via CDP ``captureBeyondViewport`` (only for a page larger than
   the viewport: it resizes the page's window) in numbered tiles no taller than a safe limit; fixed and
   sticky elements appear in the first tile only;
4. straight after the image, MHTML, DOM and visible text, and a count of content changes while
   they were taken;
5. the page is put back where the officer had it, and identifiers are read by the site adapters
   and the generic rules.

Nothing is stored here: the result goes to ``app.vault.captures.store_capture`` in one transaction.
A failure that leaves nothing usable raises a :class:`~app.core.errors.KnownError`; everything
else ends in a capture whose completeness statement names what is missing.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWebEngineCore import QWebEnginePage, qWebEngineChromiumVersion, qWebEngineVersion

from app import __version__
from app.capture.cdp import CdpError, CdpSession, with_session
from app.capture.images import is_blank, png_size
from app.capture.network import NetworkWatch
from app.capture.pagejs import evaluate, helper, helpers_present
from app.capture.profiled import announced_identity
from app.capture.served import server_time_record
from app.core.adapters import Adapter
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, Problem, StopReason
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.identifiers import FoundIdentifier, dedupe, from_text
from app.core.models import ArtifactKind
from app.core.timeutil import Clock, iso_utc, taipei, utc_now

log = logging.getLogger(__name__)


class PageNavigatedAway(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The page navigated away while it was being captured; nothing was stored. "
                             "Capture again.")


class NothingToCapture(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The tab has no page to capture (nothing loaded, or it failed to load).")


@dataclass(frozen=True)
class CaptureOptions:
    """Bounds the officer may set, and the waits that make lazy content appear."""

    lazy_scroll: bool = True
    max_seconds: float = 30.0          # lazy scrolling stops after this long
    max_height: int = 60_000           # CSS px: scrolling stops and the image is cut here
    max_items: int = 2_000             # feed items (adapter's item selector) before stopping
    step_fraction: float = 0.9         # of the viewport per scroll step (overlap keeps observers firing)
    step_settle_ms: int = 50           # a pause before a fresh wait for network quiet, so loads can start
    step_timeout: float = 2.0          # longest wait after the inner container was expanded
    quiet_ms: int = 250                # network quiet needed before the full-page image
    quiet_timeout: float = 5.0
    tile_limit_px: int = 16_384        # device pixels per tile (GPU texture limit on many machines)
    load_timeout: float = 10.0         # wait for a page that is still loading
    persona: str = ""
    adapters: tuple[Adapter, ...] = ()


_STOPS = {"height": StopReason.HEIGHT_BOUND, "items": StopReason.ITEM_BOUND, "time": StopReason.TIME_BOUND,
          "blocked": StopReason.SCROLL_BLOCKED}


@dataclass
class _Scroll:
    reason: StopReason = StopReason.NOT_SCROLLED
    reached_end: bool = True
    steps: int = 0
    grew: int = 0
    containers: int = 0
    container: bool = False
    container_top: float | None = None
    problems: list[tuple[Problem, str]] = field(default_factory=list)


async def capture_page(page: QWebEnginePage, options: CaptureOptions | None = None, *,
                       session: CdpSession | None = None, clock: Clock = utc_now) -> PageCapture:
    """Capture ``page`` (shown in a view, or in an offscreen host) and return what it produced.

    ``session``: an attached :class:`CdpSession` to reuse (the GUI may keep one per tab); when
    None one is attached for this capture and detached afterwards.
    """
    chosen = options or CaptureOptions()
    return await with_session(page, session, lambda attached: _Capture(page, attached, chosen, clock).run())


class _Capture:
    def __init__(self, page: QWebEnginePage, session: CdpSession, options: CaptureOptions, clock: Clock) -> None:
        self.page = page
        self.cdp = session
        self.options = options
        self.clock = clock
        self.files: list[CapturedFile] = []
        self.problems: list[tuple[Problem, str]] = []
        self.network = NetworkWatch(session)
        self.adapter: Adapter | None = None
        self.tile_layout: list[dict[str, Any]] = []
        self._lazy_pending = 0
        # Network quiet is measured from the last network event, not from when a wait began, so
        # the wait before the image does not start over right after the scroll's final wait.
        self._network_activity = time.monotonic()
        self._quiet_since: float | None = None

    async def run(self) -> PageCapture:
        started = self.clock()
        url = self.page.url().toString()
        if not url or url == "about:blank":
            raise NothingToCapture()
        info = await self._wait_loaded()
        self.adapter = await self._choose_adapter(info["url"])
        self.files.append(await self._viewport())
        self.cdp.add_listener(self._on_event)
        await self.network.start()
        scroll: _Scroll | None = None
        try:
            scroll = await self._lazy_scroll()
            if scroll.reached_end and self.options.lazy_scroll:
                await self._revisit_skipped_pictures()
            await self._settle_before_image()
            tiles, page_size = await self._full_page(scroll)
            snapshot = await self._snapshots()
        finally:
            await self._restore(info, scroll)
            await self.network.stop()
            self.cdp.remove_listener(self._on_event)
        if not await helpers_present(self.page):
            raise PageNavigatedAway()
        final = await helper(self.page, "info")
        identifiers = await self._identifiers(final["url"], snapshot["text"])
        completeness = self._completeness(scroll, len(tiles), page_size)
        ended = self.clock()
        metadata = self._metadata(url, info, final, started, ended, page_size, tiles, completeness)
        return PageCapture(CaptureKind.PAGE, url, final["url"], final["title"], started, ended, completeness,
                           tuple(self.files), tuple(identifiers), metadata, self.options.persona,
                           snapshot["text"], self.adapter.id if self.adapter else "",
                           bool(self.adapter and self.adapter.shows_ip))

    # -- steps ------------------------------------------------------------------------------------
    async def _wait_loaded(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.options.load_timeout
        info: dict[str, Any] = await helper(self.page, "info")
        while info["readyState"] != "complete" and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
            info = await helper(self.page, "info")
        if info["readyState"] != "complete":
            self.problems.append((Problem.PAGE_LOADING, ""))
        if int(info.get("status") or 0) >= 400:
            self.problems.append((Problem.HTTP_ERROR, str(info["status"])))
        await helper(self.page, "watchChanges")
        return info

    async def _choose_adapter(self, url: str) -> Adapter | None:
        for adapter in self.options.adapters:
            if adapter.generic:
                continue
            if adapter.matches_url(url) or (adapter.detect_selector and
                                            await helper(self.page, "matches", adapter.detect_selector)):
                return adapter
        return None

    async def _viewport(self) -> CapturedFile:
        result = await self.cdp.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
        return CapturedFile(FileRole.VIEWPORT, ArtifactKind.PNG, "viewport.png", "image/png",
                            base64.b64decode(result["data"]))

    def _item_selector(self) -> str:
        if self.adapter and self.adapter.item_selector:
            return self.adapter.item_selector
        generic = [a for a in self.options.adapters if a.generic and a.item_selector]
        return generic[0].item_selector if generic else ""

    async def _lazy_scroll(self) -> _Scroll:
        selected = await helper(self.page, "selectContainer")
        scroll = _Scroll(containers=int(selected["containers"]), container=selected["scrolls"] == "container",
                         container_top=selected.get("scrollTop") if selected["scrolls"] == "container" else None)
        if not self.options.lazy_scroll:
            scroll.reached_end = False
            return scroll
        if selected["scrolls"] == "none":
            scroll.reason = StopReason.END_REACHED
            return scroll
        await self._scroll_loop(scroll)
        return scroll

    async def _scroll_loop(self, scroll: _Scroll) -> None:
        """Step through the page until its end or a bound. At the end, wait for the network: a feed
        that grows at the bottom gets more steps (and, when it keeps growing, is named as one)."""
        opts = self.options
        began = time.monotonic()
        selector = self._item_selector()
        first_height = (await helper(self.page, "measure", selector))["height"]
        while True:
            run = await self._run_steps(selector, opts.max_seconds - (time.monotonic() - began))
            scroll.steps += run["steps"]
            scroll.grew += run["grew"]
            state, stop = run["state"], run["stop"]
            if stop == "end":
                await self._settle(opts.quiet_timeout, quiet_ms=opts.quiet_ms)
                bottom = state["height"]
                state = await helper(self.page, "measure", selector)
                scroll.grew += state["height"] > bottom   # more arrived at the bottom: a feed
                if state["atEnd"]:
                    scroll.reason, scroll.reached_end = StopReason.END_REACHED, True
                    break
                bound = self._bound(state, began)
                if bound is None:
                    continue
                scroll.reason, scroll.reached_end = bound, False
                break
            scroll.reason, scroll.reached_end = _STOPS[stop], False
            break
        if not scroll.reached_end and scroll.reason != StopReason.SCROLL_BLOCKED and \
                scroll.grew >= 2 and state["height"] > first_height:
            scroll.problems.append((Problem.INFINITE_FEED, ""))

    async def _run_steps(self, selector: str, seconds_left: float) -> dict[str, Any]:
        """Run the page's stepping loop and wait until it stops.

        The loop runs in the page, one step per rendering update (the update runs the scroll
        events and computes the intersection observers' entries; the loads they start finish in
        parallel, and the wait before the image waits for all of them). Driving each step from
        here cost three round trips per step (15,820 px fixture: 1.3 s of scrolling became 1.1 s)."""
        opts = self.options
        seconds_left = max(0.0, seconds_left)
        limits = {"maxHeight": opts.max_height, "maxItems": opts.max_items, "maxMs": seconds_left * 1000}
        await helper(self.page, "startScroll", selector, opts.step_fraction, limits)
        self._quiet_since = None   # what is in view changes: images there are yet to be seen
        deadline = time.monotonic() + seconds_left + opts.step_timeout
        while True:
            await asyncio.sleep(0.025)
            status = await helper(self.page, "scrollStatus")
            if status is None:                       # a new document: the page navigated away
                raise PageNavigatedAway()
            if status["done"]:
                if status["stop"] == "error":
                    raise CdpError(step="scroll", reason=status["error"])
                return dict(status)
            if time.monotonic() >= deadline:         # a page that starves our loop of frames and timers
                await helper(self.page, "cancelScroll")
                deadline = time.monotonic() + opts.step_timeout

    async def _revisit_skipped_pictures(self) -> None:
        """Bring back into view, one at a time, each picture the scroll passed that still waits for its lazy address.
        The page's observer sees a picture only at a rendering update; a step goes on after 100 ms without one (a
        loaded machine), and a loader may want a picture in view for a while. Seen in CI: one picture of a 30-card
        feed never loaded and the capture was marked incomplete. Within ``quiet_timeout`` in all; what still waits
        is counted as before."""
        deadline = time.monotonic() + self.options.quiet_timeout
        revisited: list[int] = []
        while (left := deadline - time.monotonic()) > 0:
            index = int(await helper(self.page, "revealLazy", self.options.max_height, revisited))
            if index < 0:
                return
            revisited.append(index)
            await self._settle(min(left, self.options.step_timeout + 1.0))

    def _bound(self, state: dict[str, Any], began: float) -> StopReason | None:
        opts = self.options
        if state["pos"] + state["view"] >= opts.max_height:
            return StopReason.HEIGHT_BOUND
        if opts.max_items and state["items"] >= opts.max_items:
            return StopReason.ITEM_BOUND
        if time.monotonic() - began >= opts.max_seconds:
            return StopReason.TIME_BOUND
        return None

    def _on_event(self, method: str, _params: dict[str, Any]) -> None:
        if method.startswith("Network."):
            self._network_activity = time.monotonic()

    async def _settle(self, timeout: float, quiet_ms: int = 0, in_view: bool = True, *, fresh: bool = True) -> bool:
        """Wait (after a frame, when ``fresh``) until no request is open and no network event came
        for ``quiet_ms``, and the images (in view, or all) have loaded; False when ``timeout`` ran out
        first. ``fresh=False`` continues a quiet period the previous wait saw, if nothing moved since."""
        if fresh:
            await asyncio.sleep(self.options.step_settle_ms / 1000)
            self._quiet_since = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            busy = self.network.open_requests or await helper(self.page, "pendingImages", in_view)
            now = time.monotonic()
            if busy:
                self._quiet_since = None
            else:
                self._quiet_since = self._quiet_since or now
                if (now - max(self._quiet_since, self._network_activity)) * 1000 >= quiet_ms:
                    return True
            await asyncio.sleep(0.02)
        return False

    async def _settle_before_image(self) -> None:
        # Straight after the scroll's final wait (nothing moved since), its quiet period counts.
        if not await self._settle(self.options.quiet_timeout, quiet_ms=self.options.quiet_ms, in_view=False,
                                  fresh=False) and self.network.open_requests:
            self.problems.append((Problem.NETWORK_BUSY, str(self.network.open_requests)))

    async def _full_page(self, scroll: _Scroll) -> tuple[list[CapturedFile], dict[str, Any]]:
        await helper(self.page, "scrollTo", 0, 0, 0 if scroll.container else None)
        if scroll.container:
            await helper(self.page, "expandContainer")
            await self._settle(self.options.step_timeout)
        info = await helper(self.page, "info")
        metrics = await self.cdp.send("Page.getLayoutMetrics")
        content = metrics.get("cssContentSize") or metrics["contentSize"]
        width = max(int(content["width"]), int(info["innerWidth"]) - 0)
        height = max(int(content["height"]), int(info["docHeight"]))
        captured_height = min(height, self.options.max_height)
        if captured_height < height:
            self.problems.append((Problem.HEIGHT_TRUNCATED, str(captured_height)))
        self._lazy_pending = int(await helper(self.page, "lazyPending", captured_height))
        await helper(self.page, "watchChanges")
        fits = width <= int(info["innerWidth"]) and captured_height <= int(info["innerHeight"])
        tiles = await self._tiles(width, captured_height, float(info["dpr"] or 1), beyond_viewport=not fits)
        if is_blank(tiles[0].data) and (info["textLength"] or info["images"]):
            self.problems.append((Problem.BLANK_IMAGE, ""))
        page_size = {"width": width, "height": height, "captured_height": captured_height}
        return tiles, page_size

    async def _tiles(self, width: int, height: int, dpr: float, *, beyond_viewport: bool = True) -> list[CapturedFile]:
        """The full page in numbered tiles. ``beyond_viewport`` False: the whole page is in the viewport, so it is
        taken as shown. Chromium's ``captureBeyondViewport`` resizes the page's window for the shot (measured: to
        1 x 1 px and back, two ``resize`` events), which a site's script sees and may re-lay its page out for."""
        tile_css = max(1, int(self.options.tile_limit_px / dpr))
        count = (height + tile_css - 1) // tile_css
        tiles: list[CapturedFile] = []
        try:
            for index in range(count):
                top = index * tile_css
                clip = {"x": 0, "y": top, "width": width, "height": min(tile_css, height - top), "scale": 1}
                if index == 1:
                    await helper(self.page, "hideFixed")
                result = await self.cdp.send("Page.captureScreenshot", {
                    "format": "png", "captureBeyondViewport": beyond_viewport, "optimizeForSpeed": True, "clip": clip},
                    timeout=120)
                name = "fullpage.png" if count == 1 else f"fullpage-{index + 1:02d}-of-{count:02d}.png"
                tiles.append(CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, name, "image/png",
                                          base64.b64decode(result["data"])))
        finally:
            if count > 1:
                await helper(self.page, "restoreStyles")
        self.files.extend(tiles)
        self.tile_layout = [{"name": t.name, "y": i * tile_css, "height": min(tile_css, height - i * tile_css)}
                            for i, t in enumerate(tiles)]
        return tiles

    async def _snapshots(self) -> dict[str, str]:
        mhtml = await self.cdp.send("Page.captureSnapshot", {"format": "mhtml"}, timeout=120)
        snapshot: dict[str, str] = await helper(self.page, "snapshot", timeout=60)
        changes = int(await helper(self.page, "changes"))
        if changes:
            self.problems.append((Problem.PAGE_CHANGED, str(changes)))
        self.files.append(CapturedFile(FileRole.MHTML, ArtifactKind.MHTML, "page.mhtml", "multipart/related",
                                       mhtml["data"].encode("utf-8")))
        self.files.append(CapturedFile(FileRole.DOM, ArtifactKind.HTML, "dom.html", "text/html; charset=utf-8",
                                       snapshot["html"].encode("utf-8")))
        self.files.append(CapturedFile(FileRole.TEXT, ArtifactKind.TEXT, "text.txt", "text/plain; charset=utf-8",
                                       snapshot["text"].encode("utf-8")))
        return snapshot

    async def _restore(self, info: dict[str, Any], scroll: _Scroll | None) -> None:
        """Put the page back as the officer had it (styles, scroll position of page and container)."""
        try:
            await helper(self.page, "restoreStyles")
            top = scroll.container_top if scroll and scroll.container else None
            await helper(self.page, "scrollTo", info["scrollX"], info["scrollY"], top)
        except CdpError:
            log.warning("could not restore the page's scroll position after a capture")

    async def _identifiers(self, url: str, text: str) -> list[FoundIdentifier]:
        found: list[FoundIdentifier] = []
        for adapter in [a for a in [self.adapter] if a] + [a for a in self.options.adapters if a.generic]:
            try:
                records = await evaluate(self.page, adapter.script)
            except CdpError:
                records = None
            if not isinstance(records, list):
                self.problems.append((Problem.ADAPTER_FAILED, adapter.id))
                continue
            found.extend(adapter.identifiers(r for r in records if isinstance(r, dict)))
        found.extend(from_text(text))
        return dedupe(found)

    def _completeness(self, scroll: _Scroll, tiles: int, page_size: dict[str, Any]) -> Completeness:
        return Completeness(scroll.reached_end, scroll.reason, tiles, self._lazy_pending, scroll.containers,
                            scroll.container, scroll.steps, tuple(scroll.problems + self._lazy_problem()
                                                                  + self.problems))

    def _lazy_problem(self) -> list[tuple[Problem, str]]:
        return [(Problem.LAZY_PENDING, str(self._lazy_pending))] if self._lazy_pending else []

    def _metadata(self, url: str, info: dict[str, Any], final: dict[str, Any], started: Any, ended: Any,
                  page_size: dict[str, Any], tiles: list[CapturedFile], completeness: Completeness) -> dict[str, Any]:
        return {
            "url": url, "final_url": final["url"], "title": final["title"],
            "started_at": iso_utc(started), "ended_at": iso_utc(ended),
            "started_at_taipei": taipei(started).isoformat(), "ended_at_taipei": taipei(ended).isoformat(),
            "persona": self.options.persona, "http_status": info.get("status") or None,
            "server_time": server_time_record(self.page),
            "app": {"name": "NetPatrol", "version": __version__},
            "engine": {"qt": qVersion(), "pyside6": PySide6.__version__, "qtwebengine": qWebEngineVersion(),
                       "chromium": qWebEngineChromiumVersion(), **announced_identity(self.page)},
            "viewport": {"width": info["innerWidth"], "height": info["innerHeight"], "device_pixel_ratio": info["dpr"]},
            "page": page_size,
            "tiles": [dict(layout, pixels=list(png_size(t.data))) for layout, t in zip(self.tile_layout, tiles,
                                                                                      strict=True)],
            "adapter": self.adapter.id if self.adapter else "generic",
            "options": {"lazy_scroll": self.options.lazy_scroll, "max_seconds": self.options.max_seconds,
                        "max_height": self.options.max_height, "max_items": self.options.max_items},
            "completeness": completeness.as_dict(),
        }

