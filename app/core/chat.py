"""Chat capture, the pure part: chat adapters (data), merging the rows seen at each scroll step into
one conversation, and the ``chat.json`` the transcript is printed from (guideline 陸.三(三)).

Why merging is the hard part: chat sites show the newest messages at the bottom, load older ones
when the reader scrolls up, and *virtualise*: rows far from the screen are removed from the page.
No single moment shows the whole conversation, so the engine looks at the rows present after every
scroll step and this module stitches those windows together. Each message must end up exactly
once, in order, and two identical messages ("好", then "好" again) must stay two. The keys, from the
most to the least certain:

1. the DOM node: the capture helper numbers each row element it sees (privately, in Qt's isolated
   world); a node that is still in the page at the next step is the same message, whatever it says;
2. the site's own message id (``data-message-id`` and the like), which survives re-rendering;
3. only when a step shares neither with what was collected (the site replaced every row and has no
   ids): the content (sender, time, text, attachments) *and its position among its neighbours* —
   the new window is laid over the collected messages where the longest run of neighbours agrees.
   When more than one placement fits, the step is counted as uncertain and the completeness
   statement says so; it is never silently guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.capture import CapturedFile, FileRole, PageCapture
from app.core.datafile import DataFileError, fail, line_of, read_json
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.models import ArtifactKind
from app.core.timeutil import iso_utc, parse_iso

CTX = "chat"
CHAT_FORMAT = "netpatrol-chat/1"

# -- adapters -------------------------------------------------------------------------------------
_SELECTOR_KEYS = ("container", "row", "sender", "time", "text", "outgoing", "attachment", "start_marker", "loading")
_KEYS = ("id", "name", "description", "generic", "url_patterns", "detect_selector", "id_attributes", "script",
         *_SELECTOR_KEYS)


@dataclass(frozen=True)
class ChatAdapter:
    """How to read one site's chat: CSS selectors (each optional: the generic rules fill the gaps), the
    attributes that carry a message id, and optionally a small script reading one row.

    ``script`` is the text of a JavaScript function expression ``function (row) { return {sender,
    time, timeText, text, outgoing, attachments} }``; any field it leaves out is read the generic way.
    """

    id: str
    name: str
    url_patterns: tuple[re.Pattern[str], ...] = ()
    detect_selector: str = ""
    generic: bool = False
    selectors: Mapping[str, str] = field(default_factory=dict)
    id_attributes: tuple[str, ...] = ()
    script: str = ""
    source_file: str = ""
    lines: Mapping[str, int] = field(default_factory=dict)

    def matches_url(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self.url_patterns)

    def spec(self) -> dict[str, Any]:
        """What the page helper needs (JSON): selectors in camelCase, id attributes."""
        names = {"start_marker": "startMarker"}
        return {names.get(key, key): value for key, value in self.selectors.items()} | {
            "idAttributes": list(self.id_attributes)}

    def line_of_selector(self, key: str) -> int:
        return self.lines.get(key, 1)


class ChatAdapterInvalid(DataFileError):
    """A chat adapter file with a mistake (file and line named)."""


def _string(path: Path, text: str, data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise fail(path, text, [key], f"'{key}' must be a string")
    return value


def _string_list(path: Path, text: str, data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise fail(path, text, [key], f"'{key}' must be a list of non-empty strings")
    return list(value)


def parse_chat_adapter(path: Path) -> ChatAdapter:
    """Read and validate one chat adapter file; errors name the file and the line."""
    data, text = read_json(path)
    if not isinstance(data, dict):
        raise fail(path, text, [], "the file must hold one JSON object")
    for key in data:
        if key not in _KEYS:
            raise fail(path, text, [key], f"unknown key '{key}' (known: {', '.join(_KEYS)})")
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(path, text, [key], f"the key '{key}' is missing or empty")
    if not isinstance(data.get("generic", False), bool):
        raise fail(path, text, ["generic"], "'generic' must be true or false")
    patterns = []
    for pattern in _string_list(path, text, data, "url_patterns"):
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            raise fail(path, text, ["url_patterns"], f"bad regular expression {pattern!r}: {exc}") from None
    script = ""
    if data.get("script"):
        script_path = path.parent / _string(path, text, data, "script")
        if not script_path.is_file():
            raise fail(path, text, ["script"], f"the script {data['script']} does not exist next to the file")
        script = script_path.read_text(encoding="utf-8").strip().rstrip(";")
    selectors = {key: _string(path, text, data, key).strip() for key in _SELECTOR_KEYS if data.get(key)}
    return ChatAdapter(str(data["id"]), str(data["name"]), tuple(patterns),
                       _string(path, text, data, "detect_selector"), bool(data.get("generic", False)), selectors,
                       tuple(_string_list(path, text, data, "id_attributes")), script, path.name,
                       {key: line_of(text, [key]) for key in data})


def load_chat_adapters(folder: Path) -> list[ChatAdapter]:
    """Every ``*.json`` in ``folder``: site adapters first (by file name), the generic ones last."""
    adapters = [parse_chat_adapter(path) for path in sorted(folder.glob("*.json"))]
    seen: dict[str, str] = {}
    for adapter in adapters:
        if adapter.id in seen:
            raise ChatAdapterInvalid(path=str(folder / adapter.source_file), line=adapter.lines.get("id", 1),
                                     problem=f"the id {adapter.id} is also used by {seen[adapter.id]}")
        seen[adapter.id] = adapter.source_file
    return sorted(adapters, key=lambda a: a.generic)


# -- rows and the merged conversation ---------------------------------------------------------------
@dataclass(frozen=True)
class RowAttachment:
    kind: str      # "image" | "file"
    label: str
    index: int     # position among the row's attachments (the helper finds the element again by it)


@dataclass(frozen=True)
class ChatRow:
    """One message row as the page showed it at one step."""

    tag: int                 # the helper's private number for the row's DOM node
    message_id: str
    sender: str
    time_attribute: str      # datetime / title / data-time as found (may be empty)
    time_text: str           # the time as displayed
    text: str
    outgoing: bool
    attachments: tuple[RowAttachment, ...] = ()

    @property
    def content(self) -> tuple[object, ...]:
        """What two identical messages have in common (their position tells them apart)."""
        return (self.sender, self.time_attribute, self.time_text, self.text, self.outgoing,
                tuple((a.kind, a.label) for a in self.attachments))

    @classmethod
    def from_page(cls, raw: Mapping[str, Any]) -> ChatRow:
        return cls(int(raw["tag"]), str(raw.get("id") or ""), _clean(raw.get("sender")),
                   str(raw.get("time") or "").strip(), _clean(raw.get("timeText")),
                   str(raw.get("text") or "").strip("\n "), bool(raw.get("outgoing")),
                   tuple(RowAttachment(str(a.get("kind") or "file"), _clean(a.get("label")), int(a.get("index", i)))
                         for i, a in enumerate(raw.get("attachments") or []) if isinstance(a, dict)))


def _clean(value: object) -> str:
    return " ".join(str(value or "").split())


@dataclass
class ChatEntry:
    """A message in the merged conversation, with every node number it was seen under."""

    row: ChatRow
    tags: set[int]
    images: dict[int, tuple[str, str]] = field(default_factory=dict)   # attachment index -> (file name, sha256)


@dataclass
class MergeResult:
    added: int
    uncertain: bool = False


class ChatLog:
    """The conversation as collected so far, oldest first. ``merge`` adds one step's rows."""

    def __init__(self) -> None:
        self.entries: list[ChatEntry] = []
        self._by_tag: dict[int, ChatEntry] = {}
        self._by_id: dict[str, ChatEntry] = {}
        self.uncertain_steps = 0

    def __len__(self) -> int:
        return len(self.entries)

    def entry_for_tag(self, tag: int) -> ChatEntry | None:
        return self._by_tag.get(tag)

    def merge(self, rows: Sequence[ChatRow]) -> MergeResult:
        """Add the rows of one step (top to bottom as shown); returns how many messages were new."""
        if not rows:
            return MergeResult(0)
        if not self.entries:
            self.entries = [self._new(row) for row in rows]
            return MergeResult(len(rows))
        matched = [self._known(row) for row in rows]
        if any(entry is not None for entry in matched):
            return MergeResult(self._merge_anchored(rows, matched))
        return self._merge_by_content(rows)

    # -- by node and id ---------------------------------------------------------------------------
    def _known(self, row: ChatRow) -> ChatEntry | None:
        entry = self._by_tag.get(row.tag)
        if entry is None and row.message_id:
            entry = self._by_id.get(row.message_id)
        if entry is not None:
            entry.tags.add(row.tag)
            self._by_tag[row.tag] = entry
            entry.row = _filled(entry.row, row)
        return entry

    def _new(self, row: ChatRow) -> ChatEntry:
        entry = ChatEntry(row, {row.tag})
        self._by_tag[row.tag] = entry
        if row.message_id:
            self._by_id[row.message_id] = entry
        return entry

    def _merge_anchored(self, rows: Sequence[ChatRow], matched: Sequence[ChatEntry | None]) -> int:
        """Rows around known rows. A virtualised chat re-creates the nodes of rows it had removed
        when they come back into range, so an unknown node next to a known one is first compared
        with the collected messages on that side of it (in order, by content); only what is left
        over is new, and goes where the page shows it."""
        position = {id(entry): i for i, entry in enumerate(self.entries)}
        before: dict[int, list[ChatEntry]] = {}
        after: dict[int, list[ChatEntry]] = {}
        runs = _runs(rows, matched)
        head, first = runs[0]
        if head:
            assert first is not None
            at = position[id(first)]
            known = self._claim_backwards(head, at)
            if len(head) > known:
                before[id(self.entries[at - known])] = [self._new(row) for row in head[:len(head) - known]]
        for run, known_entry in runs[1:]:
            assert known_entry is not None
            at = position[id(known_entry)]
            known = self._claim_forwards(run, at)
            if len(run) > known:
                after[id(self.entries[at + known])] = [self._new(row) for row in run[known:]]
        merged: list[ChatEntry] = []
        for entry in self.entries:
            merged.extend(before.get(id(entry), ()))
            merged.append(entry)
            merged.extend(after.get(id(entry), ()))
        added = len(merged) - len(self.entries)
        self.entries = merged
        return added

    def _claim(self, row: ChatRow, entry: ChatEntry) -> None:
        entry.tags.add(row.tag)
        self._by_tag[row.tag] = entry

    def _claim_backwards(self, rows: Sequence[ChatRow], at: int) -> int:
        """How many of the last ``rows`` are the collected messages just above index ``at``."""
        for count in range(min(len(rows), at), 0, -1):
            if all(rows[len(rows) - count + i].content == self.entries[at - count + i].row.content
                   for i in range(count)):
                for i in range(count):
                    self._claim(rows[len(rows) - count + i], self.entries[at - count + i])
                return count
        return 0

    def _claim_forwards(self, rows: Sequence[ChatRow], at: int) -> int:
        """How many of the first ``rows`` are the collected messages just below index ``at``."""
        for count in range(min(len(rows), len(self.entries) - at - 1), 0, -1):
            if all(rows[i].content == self.entries[at + 1 + i].row.content for i in range(count)):
                for i in range(count):
                    self._claim(rows[i], self.entries[at + 1 + i])
                return count
        return 0

    # -- by content and neighbours ----------------------------------------------------------------
    def _merge_by_content(self, rows: Sequence[ChatRow]) -> MergeResult:
        collected = [entry.row.content for entry in self.entries]
        shown = [row.content for row in rows]
        placements = _placements(shown, collected)
        if not placements:
            # Nothing in common: the rows came from above what was collected (we scroll upwards),
            # and there may be a gap between them.
            self.entries = [self._new(row) for row in rows] + self.entries
            self.uncertain_steps += 1
            return MergeResult(len(rows), uncertain=True)
        best = max(placements, key=lambda p: p[1])
        offset, _overlap = best
        uncertain = len(placements) > 1
        self.uncertain_steps += uncertain
        for index, row in enumerate(rows):
            position = offset + index
            if 0 <= position < len(self.entries):
                entry = self.entries[position]
                entry.tags.add(row.tag)
                self._by_tag[row.tag] = entry
        above = [self._new(row) for row in rows[:max(0, -offset)]]
        below = [self._new(row) for row in rows[max(0, len(self.entries) - offset):]]
        self.entries = above + self.entries + below
        return MergeResult(len(above) + len(below), uncertain)


def _runs(rows: Sequence[ChatRow], matched: Sequence[ChatEntry | None]) -> list[tuple[list[ChatRow], ChatEntry | None]]:
    """The unknown rows before the first known one (with that known entry), then after each known
    entry the unknown rows that follow it."""
    first = next(entry for entry in matched if entry is not None)
    runs: list[tuple[list[ChatRow], ChatEntry | None]] = [([], first)]
    for row, entry in zip(rows, matched, strict=True):
        if entry is not None:
            runs.append(([], entry))
        else:
            runs[-1][0].append(row)
    return runs


def _placements(shown: Sequence[object], collected: Sequence[object]) -> list[tuple[int, int]]:
    """Every (offset, overlap) at which ``shown`` laid over ``collected`` agrees row for row, where
    ``offset`` is the collected index of shown[0] (negative: it starts above what was collected)."""
    found = []
    for offset in range(-len(shown) + 1, len(collected)):
        start, stop = max(0, offset), min(len(collected), offset + len(shown))
        if all(collected[i] == shown[i - offset] for i in range(start, stop)):
            found.append((offset, stop - start))
    return found


def _filled(old: ChatRow, new: ChatRow) -> ChatRow:
    """Keep what was first seen, but fill in what was still empty (a lazy image's label, a time)."""
    if old.content == new.content:
        return old
    return ChatRow(old.tag, old.message_id or new.message_id, old.sender or new.sender,
                   old.time_attribute or new.time_attribute, old.time_text or new.time_text, old.text or new.text,
                   old.outgoing, old.attachments or new.attachments)


# -- times ----------------------------------------------------------------------------------------
_EPOCH = re.compile(r"^\d{10}(\d{3})?$")


def parse_message_time(*candidates: str) -> datetime | None:
    """The first candidate that is an ISO 8601 time or a Unix timestamp (s or ms); None otherwise
    (the displayed text is then kept as shown)."""
    for candidate in candidates:
        value = candidate.strip()
        if not value:
            continue
        if _EPOCH.match(value):
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            return datetime.fromtimestamp(seconds, UTC)
        try:
            return parse_iso(value)
        except ValueError:
            continue
    return None


# -- the result -----------------------------------------------------------------------------------
def outgoing_sender(persona: str = "") -> str:
    """How the patrol (undercover) account's own messages are labelled when the site shows no name."""
    label = translate(CTX, QT_TRANSLATE_NOOP("chat", "Patrol account"))
    return translate(CTX, QT_TRANSLATE_NOOP("chat", "{label} ({persona})")).format(label=label, persona=persona) \
        if persona else label


def _sender(row: ChatRow, outgoing_name: str) -> str:
    if row.sender:
        return row.sender
    return outgoing_name if row.outgoing else translate(CTX, QT_TRANSLATE_NOOP("chat", "(sender not shown)"))


def message_records(entries: Iterable[ChatEntry], outgoing_name: str = "") -> list[dict[str, Any]]:
    """The messages as ``chat.json`` holds them (without artifact ids, which the vault assigns).

    A row without a sender (sites show the name once per group) takes the sender of the message
    above it on the same side. ``sender_shown`` is False when the page showed no name at all (the
    sender is then our label, never an identifier)."""
    outgoing_name = outgoing_name or outgoing_sender()
    records: list[dict[str, Any]] = []
    last_sender = {True: "", False: ""}
    for number, entry in enumerate(entries, start=1):
        row = entry.row
        sender = row.sender or last_sender[row.outgoing]
        last_sender[row.outgoing] = sender
        when = parse_message_time(row.time_attribute, row.time_text)
        record: dict[str, Any] = {"index": number, "sender": sender or _sender(row, outgoing_name),
                                  "sender_shown": bool(sender), "text": row.text, "outgoing": row.outgoing}
        if when is not None:
            record["at"] = iso_utc(when)
        if row.time_text:
            record["time_shown"] = row.time_text
        if row.time_attribute:
            record["time_attribute"] = row.time_attribute
        if row.message_id:
            record["message_id"] = row.message_id
        record["attachments"] = [
            {"kind": a.kind, "label": a.label or a.kind,
             **({"file": entry.images[a.index][0], "sha256": entry.images[a.index][1]} if a.index in entry.images
                else {})}
            for a in row.attachments]
        records.append(record)
    return records


def conversation_text(records: Sequence[Mapping[str, Any]]) -> str:
    """The conversation as plain lines (for search and the text index)."""
    lines = []
    for record in records:
        when = record.get("time_shown") or record.get("at") or ""
        labels = " ".join(f"[{a['label']}]" for a in record.get("attachments", []))
        lines.append(f"{record['sender']} {when}: {record['text']} {labels}".rstrip())
    return "\n".join(lines)


@dataclass(frozen=True)
class ChatCapture:
    """A chat capture before it is stored: the page-capture part (viewport, text, pictures, metadata,
    completeness) and the messages. ``chat.json`` is made at store time, because each picture is
    named in it by the artifact id the vault gives it."""

    capture: PageCapture
    messages: tuple[dict[str, Any], ...]

    def chat_file(self, stored: Mapping[str, tuple[str, str]]) -> CapturedFile:
        """``chat.json`` given ``stored``: file name -> (artifact id, sha256) of what the vault holds."""
        messages = []
        for record in self.messages:
            attachments = []
            for shown in record["attachments"]:
                attachment = dict(shown)
                if attachment.get("file") in stored:
                    attachment["artifact_id"], attachment["sha256"] = stored[attachment["file"]]
                attachments.append(attachment)
            messages.append(dict(record, attachments=attachments))
        capture = self.capture
        data = {"format": CHAT_FORMAT, "url": capture.url, "final_url": capture.final_url, "title": capture.title,
                "started_at": iso_utc(capture.started_at), "ended_at": iso_utc(capture.ended_at),
                "complete": capture.completeness.complete, "completeness": capture.completeness.as_dict(),
                "statement": capture.completeness.statement(), "participants": participants(messages),
                "message_count": len(messages), "messages": messages}
        return CapturedFile(FileRole.CHAT, ArtifactKind.JSON, "chat.json", "application/json",
                            json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def participants(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for record in records:
        person = seen.setdefault(record["sender"], {"sender": record["sender"], "outgoing": record["outgoing"],
                                                    "messages": 0})
        person["messages"] += 1
    return list(seen.values())
