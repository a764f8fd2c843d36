"""The chat-capture engine: scroll a conversation back to its start and keep every message once.

Chat sites (Messenger, Instagram DMs, LINE-like web chats) show the newest messages at the bottom,
load older ones when the reader scrolls up, and remove rows far from the screen. So one image of
the page is never the conversation. This engine, on the tab the officer has open:

1. takes the viewport image first, exactly as the officer sees the chat, and the page's visible text;
2. finds the chat's scroll container (a chat adapter's selector, else the largest scrolling element
   whose children look like repeated rows);
3. repeatedly scrolls it to the top, waits until older rows have arrived (the page grew, and the
   network and any loading indicator are quiet) or until nothing came within a bounded wait, and
   harvests the rows present at every step; :class:`app.core.chat.ChatLog` stitches the steps
   together (same DOM node, else the site's message id, else content and neighbours);
4. saves each picture shown in a message as a PNG of its rectangle (scrolled into view first);
5. stops at the start of the conversation (a start marker, or no older messages within the wait)
   or at a bound the officer set (time, messages) and says which: never silently partial;
6. puts the chat back where the officer had it.

It uses the page-capture machinery: the in-process CDP session (``cdp``), the network watch, the
page helpers (``pagejs`` + ``page.js``) and a chat helper (``chat.js``) in the same isolated world.
Nothing is stored here: ``app.vault.captures.store_capture`` stores the result in one transaction.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWebEngineCore import QWebEnginePage, qWebEngineChromiumVersion, qWebEngineVersion

from app import __version__
from app.capture.cdp import CdpError, CdpSession, with_session
from app.capture.engine import NothingToCapture, PageNavigatedAway
from app.capture.network import NetworkWatch
from app.capture.pagejs import helper, run_js
from app.capture.profiled import announced_identity
from app.capture.served import server_time_record
from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, Problem, StopReason
from app.core.chat import (
    ChatAdapter,
    ChatCapture,
    ChatEntry,
    ChatLog,
    ChatRow,
    conversation_text,
    message_records,
    outgoing_sender,
)
from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP, in_language
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin, dedupe, from_text
from app.core.models import ArtifactKind
from app.core.timeutil import Clock, iso_utc, taipei, utc_now
from app.infra.personas import OFF_THE_RECORD

log = logging.getLogger(__name__)
_CHAT_JS = Path(__file__).with_name("chat.js").read_text(encoding="utf-8")
_POLL = 0.05
# Labels the capture itself writes into chat.json (a sender the page did not show, the patrol account) are in the
# language of the case file, whatever the officer's interface: seen, a chat captured under the English interface
# and one captured under Chinese stored different words for the same thing, and the English transcript of a chat
# captured under zh-TW listed 「巡邏帳號、（未顯示傳送者）」 among its participants.
EVIDENCE_LANGUAGE = "zh_TW"


class ChatNotFound(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "No chat conversation was found on this page (no scrolling list of messages); "
                             "nothing was stored. Open the conversation itself, or capture the page as a page.")


class ChatAdapterSelector(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "Chat adapter {file}, line {line}: the selector “{selector}” is not valid CSS.")


@dataclass(frozen=True)
class ChatOptions:
    """Bounds the officer may set, and the waits that decide when older messages have stopped coming."""

    max_seconds: float = 180.0      # the whole scroll-back stops after this long (partial, says so)
    max_messages: int = 10_000      # ... or after this many messages
    older_wait: float = 2.5         # at the top: no older rows within this long (network quiet) = the start
    quiet_ms: int = 200             # network quiet after growth before harvesting
    busy_timeout: float = 15.0      # longest wait for one load that is under way
    max_images: int = 300           # pictures saved as PNG; more are labelled only (and said so)
    image_wait: float = 3.0         # for one picture to be shown and loaded
    load_timeout: float = 10.0
    locate_wait: float = 3.0        # a chat app renders its messages after the page loaded: look again for so long
    persona: str = ""
    adapters: tuple[ChatAdapter, ...] = ()


@dataclass
class _Progress:
    steps: int = 0
    reason: StopReason = StopReason.CHAT_NO_OLDER
    reached: bool = False
    busy_steps: int = 0
    images_skipped: int = 0
    problems: list[tuple[Problem, str]] = field(default_factory=list)


async def capture_chat(page: QWebEnginePage, options: ChatOptions | None = None, *,
                       session: CdpSession | None = None, clock: Clock = utc_now) -> ChatCapture:
    """Capture the conversation open in ``page`` (shown in a view or a hidden tab).

    Raises :class:`ChatNotFound` (nothing captured) when the page has no chat; otherwise returns a
    :class:`ChatCapture` whose completeness says whether the start of the conversation was reached.
    """
    chosen = options or ChatOptions()
    return await with_session(page, session, lambda attached: _ChatRun(page, attached, chosen, clock).run())


class _ChatRun:
    def __init__(self, page: QWebEnginePage, session: CdpSession, options: ChatOptions, clock: Clock) -> None:
        self.page = page
        self.cdp = session
        self.options = options
        self.clock = clock
        self.network = NetworkWatch(session)
        self.adapter: ChatAdapter | None = None
        self.log = ChatLog()
        self.files: list[CapturedFile] = []
        self.progress = _Progress()
        self._activity = time.monotonic()
        self._began = time.monotonic()
        self._world_id: int | None = None

    async def run(self) -> ChatCapture:
        started = self.clock()
        url = self.page.url().toString()
        if not url or url == "about:blank":
            raise NothingToCapture()
        info = await self._wait_loaded()
        self.adapter = await self._choose_adapter(info["url"])
        self.cdp.add_listener(self._on_event)
        await self.network.start()
        from_bottom: float | None = None
        try:
            located = await self._locate()
            self.files.append(await self._viewport())
            visible_text = str(await self._chat("visibleText") or "")
            self.files.append(CapturedFile(FileRole.TEXT, ArtifactKind.TEXT, "text.txt", "text/plain; charset=utf-8",
                                           visible_text.encode("utf-8")))
            from_bottom = located["scrollHeight"] - located["scrollTop"] - located["clientHeight"]
            await self._scroll_back()
        finally:
            if from_bottom is not None:
                await self._restore(from_bottom)
            await self.network.stop()
            self.cdp.remove_listener(self._on_event)
        final = await helper(self.page, "info")
        return self._result(url, info, final, started, visible_text, located)

    # -- set-up -------------------------------------------------------------------------------------
    async def _wait_loaded(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.options.load_timeout
        info: dict[str, Any] = await helper(self.page, "info")
        while info["readyState"] != "complete" and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
            info = await helper(self.page, "info")
        if info["readyState"] != "complete":
            self.progress.problems.append((Problem.PAGE_LOADING, ""))
        return info

    async def _choose_adapter(self, url: str) -> ChatAdapter | None:
        for adapter in self.options.adapters:
            if adapter.generic:
                continue
            if adapter.matches_url(url) or (adapter.detect_selector and
                                            await helper(self.page, "matches", adapter.detect_selector)):
                return adapter
        return next((a for a in self.options.adapters if a.generic), None)

    async def _chat(self, call: str, *args: Any, timeout: float = 15.0) -> Any:
        """Call ``window.__netpatrolChat.<call>(*args)`` in the isolated world (installed when new)."""
        arguments = ", ".join(json.dumps(a) for a in args)
        text = await run_js(self.page, f"{_CHAT_JS};\nJSON.stringify(window.__netpatrolChat.{call}({arguments}))",
                            timeout)
        if not isinstance(text, str) or not text:
            raise PageNavigatedAway()
        return json.loads(text)

    async def _locate(self) -> dict[str, Any]:
        adapter = self.adapter
        spec = json.dumps(adapter.spec() if adapter else {})
        reader = f"({adapter.script})" if adapter and adapter.script else "null"
        await run_js(self.page, f"{_CHAT_JS};\nwindow.__netpatrolChat.configure({spec}, {reader})")
        # A chat app fills its list after the page has loaded: while it still shows a loading
        # indicator or fetches, a list found now may be the inbox rather than the conversation.
        deadline = time.monotonic() + self.options.locate_wait
        while True:
            located: dict[str, Any] = await self._chat("locate")
            self._check_selectors(located)
            settled = not located["pageLoading"] and self._network_quiet()
            if located["found"] and (settled or time.monotonic() >= deadline):
                return located
            if time.monotonic() >= deadline:
                raise ChatNotFound()
            await asyncio.sleep(0.1)

    def _network_quiet(self) -> bool:
        return self.network.open_requests == 0 and time.monotonic() - self._activity >= self.options.quiet_ms / 1000

    def _check_selectors(self, result: dict[str, Any]) -> None:
        adapter = self.adapter
        if adapter is None or not result.get("bad"):
            return
        selector = str(result["bad"][0])
        key = next((k for k, v in adapter.selectors.items() if v == selector), "")
        if key or adapter.detect_selector == selector:
            raise ChatAdapterSelector(file=adapter.source_file, line=adapter.line_of_selector(key or "detect_selector"),
                                      selector=selector)

    async def _viewport(self) -> CapturedFile:
        result = await self.cdp.send("Page.captureScreenshot", {"format": "png", "optimizeForSpeed": True})
        return CapturedFile(FileRole.VIEWPORT, ArtifactKind.PNG, "viewport.png", "image/png",
                            base64.b64decode(result["data"]))

    def _on_event(self, method: str, params: dict[str, Any]) -> None:
        if method.startswith("Network."):
            self._activity = time.monotonic()

    # -- scrolling back -----------------------------------------------------------------------------
    async def _scroll_back(self) -> None:
        """Scroll to the top and harvest until the start: the start marker shows, or a step brought
        nothing new although the page was quiet (twice in a row when the page did change meanwhile,
        e.g. a picture finished loading, so a slow load is not taken for the start)."""
        self._began = time.monotonic()
        progress = self.progress
        state, _added = await self._harvest()
        idle_before = False
        while True:
            bound = self._bound()
            if bound is not None:
                progress.reason, progress.reached = bound, False
                return
            if state["start"] and state["scrollTop"] <= 1:
                progress.reason, progress.reached = StopReason.CHAT_START, True
                return
            before = state
            state = await self._to_top(state)
            progress.steps += 1
            grew = await self._wait_for_older(before, state)
            state, added = await self._harvest()
            idle = added == 0 and self.network.open_requests == 0 and not state["loading"]
            if idle and not state["start"] and (not grew or idle_before):
                if state["scrollTop"] > 1:
                    progress.reason, progress.reached = StopReason.SCROLL_BLOCKED, False
                else:
                    progress.reason, progress.reached = StopReason.CHAT_NO_OLDER, True
                return
            idle_before = idle

    def _bound(self) -> StopReason | None:
        if len(self.log) >= self.options.max_messages:
            return StopReason.MESSAGE_BOUND
        if time.monotonic() - self._began >= self.options.max_seconds:
            return StopReason.TIME_BOUND
        return None

    async def _to_top(self, state: dict[str, Any]) -> dict[str, Any]:
        """Scroll the container to its top. Already there: move down a little first, one frame, so the
        page sees a scroll to the top (loaders listen for scroll events)."""
        if state["scrollTop"] <= 1:
            await self._chat("scrollBy", 60)
            await self._frame()
        result: dict[str, Any] = await self._chat("toTop")
        await self._frame()
        return result

    async def _wait_for_older(self, before: dict[str, Any], state: dict[str, Any]) -> bool:
        """Wait until older rows arrived and the page is quiet again; False when nothing came within
        ``older_wait`` (with the network and any loading indicator quiet)."""
        opts = self.options
        began = time.monotonic()
        grew = False
        while True:
            now = time.monotonic()
            grew = grew or state["scrollHeight"] > before["scrollHeight"] or state["firstKey"] != before["firstKey"] \
                or state["start"]
            quiet = self._network_quiet() and not state["loading"]
            if quiet and (grew or now - began >= opts.older_wait):
                return grew
            if now - began >= opts.busy_timeout or now - self._began >= opts.max_seconds:
                if not quiet:
                    self.progress.busy_steps += 1
                return grew
            await asyncio.sleep(_POLL)
            state = await self._chat("measure")

    async def _frame(self) -> None:
        """Wait for the page's next painted frame. Asked in a world of our own: evaluated in the page's, the call
        went through the page's ``requestAnimationFrame``, which a site's script can wrap and so see (measured:
        five calls from code it never wrote in one chat capture) or hold back."""
        try:
            await self.cdp.send("Runtime.evaluate", {
                "expression": "new Promise(r => requestAnimationFrame(() => r(1)))", "contextId": await self._world(),
                "awaitPromise": True, "returnByValue": True}, timeout=1.0)
        except CdpError:
            self._world_id = None   # gone with a navigation, say: made again next time
            await asyncio.sleep(0.05)

    async def _world(self) -> int:
        """A JavaScript world of the main frame that page scripts cannot reach (made without Runtime.enable,
        which bot-detection scripts look for)."""
        if self._world_id is None:
            tree = await self.cdp.send("Page.getFrameTree", timeout=5.0)
            made = await self.cdp.send("Page.createIsolatedWorld", {"frameId": tree["frameTree"]["frame"]["id"],
                                                                    "worldName": "frames"}, timeout=5.0)
            self._world_id = int(made["executionContextId"])
        return self._world_id

    async def _harvest(self) -> tuple[dict[str, Any], int]:
        """Read the rows present now into the log (and save new pictures); the state and how many
        messages were new."""
        result: dict[str, Any] = await self._chat("harvest", timeout=60)
        rows = [ChatRow.from_page(raw) for raw in result["rows"] if isinstance(raw, dict)]
        merged = self.log.merge(rows)
        if merged.added and any(r.attachments for r in rows):
            await self._save_images(rows)
        return result, merged.added

    # -- pictures -----------------------------------------------------------------------------------
    async def _save_images(self, rows: list[ChatRow]) -> None:
        for row in rows:
            entry = self.log.entry_for_tag(row.tag)
            if entry is None:
                continue
            for attachment in row.attachments:
                if attachment.kind != "image" or attachment.index in entry.images:
                    continue
                saved = self._image_count() < self.options.max_images and await self._save_image(entry, row.tag,
                                                                                                  attachment.index)
                if not saved:
                    entry.images.setdefault(attachment.index, ("", ""))
                    self.progress.images_skipped += 1

    def _image_count(self) -> int:
        return sum(1 for f in self.files if f.role == FileRole.CHAT_IMAGE)

    async def _save_image(self, entry: ChatEntry, tag: int, index: int) -> bool:
        if not await self._chat("reveal", tag, index):
            return False
        deadline = time.monotonic() + self.options.image_wait
        while True:
            await self._frame()
            rect = await self._chat("imageRect", tag, index)
            if not rect["present"]:
                return False
            if rect["visible"] and rect["ready"]:
                break
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(_POLL)
        clip = {"x": rect["x"], "y": rect["y"], "width": rect["width"], "height": rect["height"], "scale": 1}
        shot = await self.cdp.send("Page.captureScreenshot", {"format": "png", "clip": clip})
        name = f"chat-image-{self._image_count() + 1:04d}.png"
        picture = CapturedFile(FileRole.CHAT_IMAGE, ArtifactKind.PNG, name, "image/png", base64.b64decode(shot["data"]))
        self.files.append(picture)
        entry.images[index] = (name, picture.sha256)
        return True

    async def _restore(self, from_bottom: float) -> None:
        """Back to where the officer was, measured from the newest message. Twice: a virtualised
        chat re-measures its rows when they come back, which moves the bottom a little: again, until
        it holds (a few frames at most)."""
        try:
            for _ in range(6):
                await self._chat("toBottomOffset", max(0.0, from_bottom))
                await self._frame()
                state = await self._chat("measure")
                if abs(state["scrollHeight"] - state["scrollTop"] - state["clientHeight"] - from_bottom) < 2:
                    break
        except (CdpError, PageNavigatedAway):
            log.warning("could not put the chat back where it was after a capture")

    # -- result -------------------------------------------------------------------------------------
    def _result(self, url: str, info: dict[str, Any], final: dict[str, Any], started: Any, visible_text: str,
                located: dict[str, Any]) -> ChatCapture:
        progress = self.progress
        entries = self.log.entries
        self._number_pictures(entries)
        # An off-the-record profile is no account name: its messages are just the patrol account's.
        persona = "" if self.options.persona == OFF_THE_RECORD else self.options.persona
        with in_language(EVIDENCE_LANGUAGE):  # the stored record does not depend on the officer's interface
            records = message_records(entries, outgoing_sender(persona))
        problems = list(progress.problems)
        if self.log.uncertain_steps:
            problems.append((Problem.CHAT_ALIGNMENT, str(self.log.uncertain_steps)))
        if progress.images_skipped:
            problems.append((Problem.CHAT_IMAGES, str(progress.images_skipped)))
        if progress.busy_steps and not progress.reached:
            problems.append((Problem.NETWORK_BUSY, str(self.network.open_requests)))
        completeness = Completeness(progress.reached, progress.reason, 0, 0, 1, False, progress.steps,
                                    tuple(problems), len(records))
        text = conversation_text(records)
        ended = self.clock()
        metadata = self._metadata(url, info, final, started, ended, completeness, located, len(records))
        capture = PageCapture(CaptureKind.CHAT, url, final["url"], final["title"], started, ended, completeness,
                              tuple(self.files), tuple(self._identifiers(records, text)), metadata,
                              self.options.persona, visible_text + "\n\n" + text,
                              self.adapter.id if self.adapter else "generic-chat")
        return ChatCapture(capture, tuple(records))

    def _number_pictures(self, entries: list[ChatEntry]) -> None:
        """Pictures were saved in the order they were met (newest first); number them in the order of
        the conversation instead. A picture that was never saved stays a label only."""
        pictures = {f.name: f for f in self.files if f.role == FileRole.CHAT_IMAGE}
        renamed: list[CapturedFile] = []
        for entry in entries:
            kept = {}
            for index, (name, digest) in sorted(entry.images.items()):
                if not name:
                    continue
                new_name = f"chat-image-{len(renamed) + 1:04d}.png"
                renamed.append(replace(pictures[name], name=new_name))
                kept[index] = (new_name, digest)
            entry.images = kept
        self.files = [f for f in self.files if f.role != FileRole.CHAT_IMAGE] + renamed

    def _identifiers(self, records: list[dict[str, Any]], text: str) -> list[FoundIdentifier]:
        """The other side's names as shown (the patrol account's own messages are left out), and what
        the generic rules find in the messages (phones, LINE ids, e-mails, links)."""
        senders = dict.fromkeys(r["sender"] for r in records if not r["outgoing"] and r["sender_shown"])
        found = [FoundIdentifier(IdentifierKind.ACCOUNT_NAME, name, "chat sender", Origin.ADAPTER) for name in senders]
        return dedupe(found + from_text(text))

    def _metadata(self, url: str, info: dict[str, Any], final: dict[str, Any], started: Any, ended: Any,
                  completeness: Completeness, located: dict[str, Any], messages: int) -> dict[str, Any]:
        opts = self.options
        return {
            "url": url, "final_url": final["url"], "title": final["title"],
            "started_at": iso_utc(started), "ended_at": iso_utc(ended),
            "started_at_taipei": taipei(started).isoformat(), "ended_at_taipei": taipei(ended).isoformat(),
            "persona": opts.persona, "http_status": info.get("status") or None,
            "server_time": server_time_record(self.page),
            "app": {"name": "NetPatrol", "version": __version__},
            "engine": {"qt": qVersion(), "pyside6": PySide6.__version__, "qtwebengine": qWebEngineVersion(),
                       "chromium": qWebEngineChromiumVersion(), **announced_identity(self.page)},
            "viewport": {"width": info["innerWidth"], "height": info["innerHeight"], "device_pixel_ratio": info["dpr"]},
            "adapter": self.adapter.id if self.adapter else "generic-chat",
            "chat": {"container": located["source"], "messages": messages, "scroll_steps": self.progress.steps,
                     "uncertain_steps": self.log.uncertain_steps,
                     "images_saved": self._image_count(), "images_labelled_only": self.progress.images_skipped},
            "options": {"max_seconds": opts.max_seconds, "max_messages": opts.max_messages,
                        "older_wait": opts.older_wait, "max_images": opts.max_images},
            "completeness": completeness.as_dict(),
        }
