"""What one capture produced, independent of how (pure; the Qt engine fills it, the vault stores it).

The completeness statement is the point of this module: a capture says whether it reached the end
of the page and, when it did not, why (a bound the officer set, an infinite feed, a timeout, a page
that blocked scrolling), how many lazy items were still pending, how many tiles the full-page image
has and which scroll containers were found. A capture is never silently partial.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, counted, translate
from app.core.identifiers import FoundIdentifier
from app.core.models import ArtifactKind

CTX = "capture"


class CaptureKind(StrEnum):
    PAGE = "page"
    BURST = "burst"
    RECORDING = "recording"
    RECHECK = "recheck"  # a takedown re-check in a clean headless browser (app/capture/recheck.py)
    CHAT = "chat"        # a whole conversation, scrolled back to its start (app/capture/chat.py)

    def label(self) -> str:
        """The kind in the officer's language (the vault keeps the value above)."""
        return translate("CaptureGallery", _KIND_LABELS[self])

    @property
    def captures_the_content(self) -> bool:
        """Whether a complete capture of this kind is the guideline's capture of the content and its address
        (陸.一(二)至(四)): a full page, or a burst or recording of a story. A chat's messages are printed as a
        transcript, their own step; a re-check is about removal (seen: a chat capture ticked the step "capture
        the content as a full-page capture" while its own result said it was no full-page capture)."""
        return self in (CaptureKind.PAGE, CaptureKind.BURST, CaptureKind.RECORDING)


def capture_kind_label(kind: str) -> str:
    """A kind as stored (``page``, ``chat``…) in the officer's language; a kind this version does not
    know is shown as stored."""
    try:
        return CaptureKind(kind).label()
    except ValueError:
        return kind


_KIND_LABELS = {
    CaptureKind.PAGE: QT_TRANSLATE_NOOP("CaptureGallery", "Page"),
    CaptureKind.BURST: QT_TRANSLATE_NOOP("CaptureGallery", "Burst"),
    CaptureKind.RECORDING: QT_TRANSLATE_NOOP("CaptureGallery", "Recording"),
    CaptureKind.RECHECK: QT_TRANSLATE_NOOP("CaptureGallery", "Re-check"),
    CaptureKind.CHAT: QT_TRANSLATE_NOOP("CaptureGallery", "Chat"),
}


class StopReason(StrEnum):
    END_REACHED = "end_reached"
    HEIGHT_BOUND = "height_bound"
    TIME_BOUND = "time_bound"
    ITEM_BOUND = "item_bound"
    SCROLL_BLOCKED = "scroll_blocked"
    NOT_SCROLLED = "not_scrolled"   # lazy scrolling was switched off by the officer
    CHAT_START = "chat_start"       # the chat showed its start-of-conversation marker
    CHAT_NO_OLDER = "chat_no_older"  # scrolled to the top, and no older message arrived within the wait
    MESSAGE_BOUND = "message_bound"
    OFFICER_STOPPED = "officer_stopped"  # a burst or recording ended by the officer
    FRAME_BOUND = "frame_bound"          # a burst that took its most frames

    def describe(self) -> str:
        return translate(CTX, _STOP_TEXT[self])


_STOP_TEXT = {
    StopReason.END_REACHED: QT_TRANSLATE_NOOP("capture", "Reached the end of the page."),
    StopReason.HEIGHT_BOUND: QT_TRANSLATE_NOOP("capture", "Stopped: the height limit was reached."),
    StopReason.TIME_BOUND: QT_TRANSLATE_NOOP("capture", "Stopped: the time limit was reached."),
    StopReason.ITEM_BOUND: QT_TRANSLATE_NOOP("capture", "Stopped: the item limit was reached."),
    StopReason.SCROLL_BLOCKED: QT_TRANSLATE_NOOP("capture", "Stopped: the page did not let itself be scrolled."),
    StopReason.NOT_SCROLLED: QT_TRANSLATE_NOOP("capture", "The page was not scrolled (lazy loading was switched off)."),
    StopReason.CHAT_START: QT_TRANSLATE_NOOP("capture", "Reached the start of the conversation (the chat shows its "
                                             "beginning)."),
    StopReason.CHAT_NO_OLDER: QT_TRANSLATE_NOOP("capture", "Reached the start of the conversation: at the top of the "
                                                "chat no older messages arrived within the wait."),
    StopReason.MESSAGE_BOUND: QT_TRANSLATE_NOOP("capture", "Stopped: the message limit was reached; older messages "
                                                "were not collected."),
    StopReason.OFFICER_STOPPED: QT_TRANSLATE_NOOP("capture", "Stopped by the officer."),
    StopReason.FRAME_BOUND: QT_TRANSLATE_NOOP("capture", "Stopped: the frame limit was reached; later moments were "
                                              "not captured."),
}


class Problem(StrEnum):
    """Something that makes a capture partial; each has one sentence for the officer."""

    PAGE_LOADING = "page_loading"
    HTTP_ERROR = "http_error"
    INFINITE_FEED = "infinite_feed"
    NETWORK_BUSY = "network_busy"
    LAZY_PENDING = "lazy_pending"
    BLANK_IMAGE = "blank_image"
    PAGE_CHANGED = "page_changed"
    HEIGHT_TRUNCATED = "height_truncated"
    ADAPTER_FAILED = "adapter_failed"
    CHAT_ALIGNMENT = "chat_alignment"
    CHAT_IMAGES = "chat_images"
    RECORDING_CUT = "recording_cut"

    def describe(self, detail: object = "") -> str:
        text = _PROBLEM_TEXT[self]
        if isinstance(text, str):
            return translate(CTX, text).format(detail=detail)
        one, many = (translate(CTX, form) for form in text)  # the detail is a count
        return counted(int(str(detail)), one, many) if str(detail).isdigit() else many.format(count=detail)


def messages_phrase(count: int) -> str:
    """「12 則訊息」, "1 message": how a chat capture's size is said in statements, views and transcripts."""
    return counted(count, translate(CTX, QT_TRANSLATE_NOOP("capture", "1 message")),
                   translate(CTX, QT_TRANSLATE_NOOP("capture", "{count} messages")))


_PROBLEM_TEXT: dict[Problem, str | tuple[str, str]] = {  # a pair: singular and plural of a counted detail
    Problem.PAGE_LOADING: QT_TRANSLATE_NOOP("capture", "The page was still loading when the capture ended."),
    Problem.HTTP_ERROR: QT_TRANSLATE_NOOP("capture", "The server answered with an error page (HTTP {detail})."),
    Problem.INFINITE_FEED: QT_TRANSLATE_NOOP("capture", "The page is an endless feed: it kept growing while it was "
                                             "scrolled, so there is more below what was captured."),
    Problem.NETWORK_BUSY: (
        QT_TRANSLATE_NOOP("capture", "The page was still loading data when the time to wait ran out (1 request open)."),
        QT_TRANSLATE_NOOP("capture", "The page was still loading data when the time to wait ran out ({count} requests "
                          "open).")),
    Problem.LAZY_PENDING: (QT_TRANSLATE_NOOP("capture", "1 lazy-loaded item had not appeared yet."),
                           QT_TRANSLATE_NOOP("capture", "{count} lazy-loaded items had not appeared yet.")),
    Problem.BLANK_IMAGE: QT_TRANSLATE_NOOP("capture", "The full-page image came out blank although the page has "
                                           "content; the page may hide itself from capture."),
    Problem.PAGE_CHANGED: (
        QT_TRANSLATE_NOOP("capture", "The page changed while it was being captured (1 change); the image and the "
                          "saved page may differ."),
        QT_TRANSLATE_NOOP("capture", "The page changed while it was being captured ({count} changes); the image and "
                          "the saved page may differ.")),
    Problem.HEIGHT_TRUNCATED: QT_TRANSLATE_NOOP("capture", "Only the first {detail} px of the page are in the "
                                                "full-page image (height limit)."),
    Problem.ADAPTER_FAILED: QT_TRANSLATE_NOOP("capture", "The site adapter {detail} failed; only the generic rules "
                                              "found identifiers."),
    Problem.CHAT_ALIGNMENT: (
        QT_TRANSLATE_NOOP("capture", "At 1 step the chat replaced its rows and they had no message ids, so identical "
                          "neighbouring messages may be merged or repeated there; compare with the screen."),
        QT_TRANSLATE_NOOP("capture", "At {count} steps the chat replaced its rows and they had no message ids, so "
                          "identical neighbouring messages may be merged or repeated there; compare with the screen.")),
    Problem.CHAT_IMAGES: (
        QT_TRANSLATE_NOOP("capture", "1 image in the chat was not saved as a picture (only labelled): too many, or "
                          "not shown in time."),
        QT_TRANSLATE_NOOP("capture", "{count} images in the chat were not saved as pictures (only labelled): too "
                          "many, or not shown in time.")),
    Problem.RECORDING_CUT: QT_TRANSLATE_NOOP("capture", "The recording stopped at its time limit of {detail} s; what "
                                             "the page showed after that was not recorded."),
}


@dataclass(frozen=True)
class Completeness:
    reached_end: bool
    stop_reason: StopReason
    tiles: int
    lazy_pending: int = 0
    scroll_containers: int = 0
    container_expanded: bool = False
    scroll_steps: int = 0
    problems: tuple[tuple[Problem, str], ...] = ()
    messages: int | None = None   # chat captures: messages collected (None for pages)
    frames: int | None = None     # bursts and recordings: frames taken (None for pages)

    @property
    def complete(self) -> bool:
        return self.reached_end and self.lazy_pending == 0 and not self.problems

    def has(self, problem: Problem) -> bool:
        return any(p == problem for p, _detail in self.problems)

    def statement(self) -> list[str]:
        """The statement in the officer's language, one sentence per line."""
        lines = [translate(CTX, QT_TRANSLATE_NOOP("capture", "Complete capture.")) if self.complete
                 else translate(CTX, QT_TRANSLATE_NOOP("capture", "PARTIAL capture."))]
        lines.append(self.stop_reason.describe())
        lines.extend(problem.describe(detail) for problem, detail in self.problems)
        if self.messages is not None:
            lines.append(translate(CTX, QT_TRANSLATE_NOOP("capture", "Chat: {messages} collected in {steps}.")).format(
                messages=messages_phrase(self.messages),
                steps=counted(self.scroll_steps, translate(CTX, QT_TRANSLATE_NOOP("capture", "1 scroll step")),
                              translate(CTX, QT_TRANSLATE_NOOP("capture", "{count} scroll steps")))))
            return lines
        if self.frames is not None:  # what was on screen over time: no full page, no scrolling
            lines.append(counted(self.frames, translate(CTX, QT_TRANSLATE_NOOP("capture", "1 frame of the screen taken.")),
                                 translate(CTX, QT_TRANSLATE_NOOP("capture", "{count} frames of the screen taken."))))
            return lines
        lines.append(translate(CTX, QT_TRANSLATE_NOOP(
            "capture", "Full-page image: {tiles}; lazy items still pending: {pending}; scroll containers "
            "found: {containers}.")).format(tiles=counted(self.tiles, translate(CTX, QT_TRANSLATE_NOOP(
                "capture", "1 tile")), translate(CTX, QT_TRANSLATE_NOOP("capture", "{count} tiles"))),
                                           pending=self.lazy_pending,
                                           containers=self.scroll_containers))
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {"complete": self.complete, "reached_end": self.reached_end, "stop_reason": str(self.stop_reason),
                "tiles": self.tiles, "lazy_pending": self.lazy_pending, "scroll_containers": self.scroll_containers,
                "container_expanded": self.container_expanded, "scroll_steps": self.scroll_steps,
                "problems": [{"problem": str(p), "detail": d} for p, d in self.problems],
                **({"messages": self.messages} if self.messages is not None else {}),
                **({"frames": self.frames} if self.frames is not None else {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Completeness:
        return cls(bool(data["reached_end"]), StopReason(data["stop_reason"]), int(data["tiles"]),
                   int(data.get("lazy_pending", 0)), int(data.get("scroll_containers", 0)),
                   bool(data.get("container_expanded", False)), int(data.get("scroll_steps", 0)),
                   tuple((Problem(p["problem"]), str(p["detail"])) for p in data.get("problems", [])),
                   int(data["messages"]) if data.get("messages") is not None else None,
                   int(data["frames"]) if data.get("frames") is not None else None)


class FileRole(StrEnum):
    """What an artifact of a capture is; the vault stores it in the artifact's name."""

    FULL_PAGE = "fullpage"
    VIEWPORT = "viewport"
    MHTML = "page"
    DOM = "dom"
    TEXT = "text"
    METADATA = "metadata"
    BURST_FRAME = "burst"
    VIDEO = "video"
    CHAT = "chat"              # chat.json: the messages, oldest first
    CHAT_IMAGE = "chat-image"  # a picture shown in a chat message (its element's rectangle)


@dataclass(frozen=True)
class CapturedFile:
    role: FileRole
    kind: ArtifactKind
    name: str
    mime: str
    data: bytes = field(repr=False)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class PageCapture:
    """Everything one capture produced, before it is stored."""

    kind: CaptureKind
    url: str
    final_url: str
    title: str
    started_at: datetime
    ended_at: datetime
    completeness: Completeness
    files: tuple[CapturedFile, ...]
    identifiers: tuple[FoundIdentifier, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)
    persona: str = ""
    text: str = field(default="", repr=False)
    adapter: str = ""
    shows_ip: bool = False

    def files_of(self, role: FileRole) -> list[CapturedFile]:
        return [f for f in self.files if f.role == role]
