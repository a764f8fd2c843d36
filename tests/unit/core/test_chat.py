"""The pure part of chat capture: stitching scroll steps into one conversation (identical messages
stay apart), times, the records and chat.json, and chat adapter files (errors name file and line)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.chat import (
    ChatCapture,
    ChatLog,
    ChatRow,
    RowAttachment,
    load_chat_adapters,
    message_records,
    parse_message_time,
)
from app.core.datafile import DataFileError
from app.core.models import ArtifactKind
from app.core.timeutil import parse_iso
from app.infra import paths
from app.reports.transcript import messages_from_json


def row(tag: int, text: str, sender: str = "小明", time: str = "", out: bool = False, ident: str = "") -> ChatRow:
    return ChatRow(tag, ident, sender, time, "", text, out)


class Page:
    """A virtualised chat in miniature: messages in a window; a row's node (tag) lives while it stays
    in the window and is new when it comes back; ``rerender`` gives every row a new node."""

    def __init__(self, conversation: list[str]) -> None:
        self.conversation = conversation
        self.tags = itertools.count(1)
        self.nodes: dict[int, int] = {}

    def show(self, start: int, stop: int, rerender: bool = False) -> list[ChatRow]:
        if rerender:
            self.nodes.clear()
        self.nodes = {i: self.nodes.get(i) or next(self.tags) for i in range(start, stop)}
        return [row(self.nodes[i], self.conversation[i]) for i in range(start, stop)]


def windows(draw_sizes: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Windows moving up the conversation, each overlapping the one before by at least one row."""
    stop = length
    start = max(0, stop - draw_sizes[0][0])
    shown = [(start, stop)]
    for size, overlap in draw_sizes[1:]:
        if start == 0:
            break
        stop = min(length, start + max(1, overlap))
        start = max(0, stop - max(size, overlap + 1))
        shown.append((start, stop))
    return shown


steps = st.lists(st.tuples(st.integers(2, 12), st.integers(1, 6)), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["好", "嗯", "在嗎", "ok"]), min_size=1, max_size=80), steps)
def test_stitched_with_nodes_every_message_once_in_order(conversation: list[str], sizes: list[tuple[int, int]]) -> None:
    page, log = Page(conversation), ChatLog()
    shown = windows(sizes, len(conversation))
    for start, stop in shown:
        log.merge(page.show(start, stop))
    first = shown[-1][0]
    assert [e.row.text for e in log.entries] == conversation[first:]
    assert log.uncertain_steps == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["好", "嗯", "在嗎", "ok"]), min_size=1, max_size=60), steps,
       st.lists(st.booleans(), min_size=40, max_size=40))
def test_replaced_rows_are_placed_by_content_or_the_step_is_flagged(conversation: list[str],
                                                                    sizes: list[tuple[int, int]],
                                                                    rerender: list[bool]) -> None:
    page, log = Page(conversation), ChatLog()
    shown = windows(sizes, len(conversation))
    for (start, stop), fresh in zip(shown, rerender, strict=False):
        log.merge(page.show(start, stop, rerender=fresh))
    if log.uncertain_steps == 0:
        assert [e.row.text for e in log.entries] == conversation[shown[-1][0]:]


def test_two_identical_messages_stay_two_when_rows_are_replaced() -> None:
    conversation = ["a", "b", "嗯嗯", "好", "好", "c", "d", "e"]
    page, log = Page(conversation), ChatLog()
    log.merge(page.show(3, 8))
    log.merge(page.show(0, 6, rerender=True))   # no node in common: content and neighbours place it
    assert [e.row.text for e in log.entries] == conversation and log.uncertain_steps == 0


def test_ambiguous_placement_is_flagged_not_guessed() -> None:
    page, log = Page(["x", "好", "好", "好", "y"]), ChatLog()
    log.merge(page.show(2, 5))   # 好 好 y
    result = log.merge(page.show(0, 3, rerender=True))   # x 好 好: overlaps by one or two rows?
    assert result.uncertain and log.uncertain_steps == 1


def test_message_ids_survive_re_rendering() -> None:
    log = ChatLog()
    log.merge([row(1, "好", ident="m2"), row(2, "好", ident="m3")])
    log.merge([row(7, "好", ident="m1"), row(8, "好", ident="m2")])
    assert [e.row.message_id for e in log.entries] == ["m1", "m2", "m3"]


def test_times_iso_epoch_or_as_shown() -> None:
    assert parse_message_time("2025-07-08T22:00:00+08:00") == parse_iso("2025-07-08T14:00:00Z")
    assert parse_message_time("1752044520") == parse_iso("2025-07-09T07:02:00Z")
    assert parse_message_time("1752044520000") == parse_iso("2025-07-09T07:02:00Z")
    assert parse_message_time("下午3:05", "昨天") is None
    assert parse_message_time("", "2025-07-08 22:00") == parse_iso("2025-07-08T14:00:00Z")


def test_records_carry_the_sender_down_a_group_and_label_the_patrol_account() -> None:
    log = ChatLog()
    log.merge([row(1, "hi", time="2025-07-08T22:00:00+08:00"), row(2, "again", sender=""),
               row(3, "mine", sender="", out=True), ChatRow(4, "", "", "", "下午3:05", "later", False)])
    records = message_records(log.entries, "Patrol account (Undercover 1)")
    assert [r["sender"] for r in records] == ["小明", "小明", "Patrol account (Undercover 1)", "小明"]
    assert [r["sender_shown"] for r in records] == [True, True, False, True]
    assert records[0]["at"] == "2025-07-08T14:00:00.000000Z" and "at" not in records[3]
    assert records[3]["time_shown"] == "下午3:05"


def test_chat_json_names_pictures_by_artifact_id_and_reads_back_for_the_transcript() -> None:
    log = ChatLog()
    log.merge([ChatRow(1, "", "小明", "", "下午3:05", "看這張", False, (RowAttachment("image", "IMG 1", 0),)),
               ChatRow(2, "", "小明", "", "下午3:06", "檔案", False, (RowAttachment("file", "a.pdf", 0),))])
    log.entries[0].images[0] = ("chat-image-0001.png", "ab" * 32)
    completeness = Completeness(True, StopReason.CHAT_START, 0, messages=2)
    moment = parse_iso("2025-07-09T07:00:00Z")
    capture = PageCapture(CaptureKind.CHAT, "https://chat.invalid/t/1", "https://chat.invalid/t/1", "t", moment,
                          moment, completeness, (CapturedFile(FileRole.VIEWPORT, ArtifactKind.PNG, "viewport.png",
                                                              "image/png", b"png"),))
    chat = ChatCapture(capture, tuple(message_records(log.entries)))
    made = chat.chat_file({"chat-image-0001.png": ("AIMAGE1", "ab" * 32)})
    assert made.name == "chat.json" and made.role == FileRole.CHAT
    data = json.loads(made.data)
    assert data["complete"] and data["message_count"] == 2 and data["completeness"]["messages"] == 2
    printed = messages_from_json(data)
    assert printed[0].attachments[0].artifact_id == "AIMAGE1" and printed[0].attachments[0].sha256 == "ab" * 32
    assert printed[0].shown_time == "下午3:05" and printed[0].at is None
    assert printed[1].attachments[0].label == "a.pdf" and not printed[1].attachments[0].artifact_id
    assert Completeness.from_dict(completeness.as_dict()) == completeness
    assert "messages collected" in completeness.statement()[-1]


def test_shipped_chat_adapters_load() -> None:
    [generic] = load_chat_adapters(paths.RESOURCES / "adapters" / "chat")
    assert generic.generic and generic.selectors["start_marker"]


@pytest.mark.parametrize(("text", "line", "problem"), [
    ('{\n "id": "x",\n "name": "X",\n "colour": "red"\n}', 4, "unknown key 'colour'"),
    ('{\n "id": "x",\n "name": "X",\n "url_patterns": ["("]\n}', 4, "bad regular expression"),
    ('{\n "id": "x",\n "name": "X",\n "script": "missing.js"\n}', 4, "does not exist"),
    ('{\n "id": "x",\n "name": "X",\n "row": 3\n}', 4, "must be a string"),
    ('{\n "id": "x",\n "name": "X",\n}', 4, "Expecting property name"),
])
def test_adapter_mistakes_name_file_and_line(tmp_path: Path, text: str, line: int, problem: str) -> None:
    (tmp_path / "site.json").write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_chat_adapters(tmp_path)
    message = str(raised.value)
    assert f"site.json, line {line}:" in message and problem in message


def test_two_adapters_with_one_id_are_refused(tmp_path: Path) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text('{"id": "same", "name": "N"}', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"also used by a\.json"):
        load_chat_adapters(tmp_path)
