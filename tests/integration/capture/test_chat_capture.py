"""Chat capture in real QtWebEngine (offscreen) against synthetic chats on 127.0.0.1: a virtualised
chat that loads older messages on scroll-up and drops far rows, a chat read through an adapter with a
start marker, an endless chat and a page without a chat. Every message once, in order, compared
with the fixture's own data."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app.capture.chat import ChatNotFound, ChatOptions, capture_chat
from app.capture.images import png_size
from app.capture.loading import load_url
from app.capture.pagejs import run_js
from app.core.capture import CaptureKind, FileRole, StopReason
from app.core.chat import load_chat_adapters, outgoing_sender
from app.core.i18n import in_language
from app.core.timeutil import iso_utc, parse_iso
from app.infra import paths
from app.infra.personas import OFF_THE_RECORD
from app.reports.transcript import messages_from_json
from app.vault.captures import capture_files, store_chat

pytestmark = [pytest.mark.webengine, pytest.mark.gui]
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXPECTED = json.loads((FIXTURES / "pages" / "chat" / "messages.json").read_text(encoding="utf-8"))["messages"]
FAST = {"older_wait": 1.0, "locate_wait": 3.0}


@pytest.fixture(scope="module")
def chat_adapters() -> tuple[Any, ...]:
    return (*load_chat_adapters(FIXTURES / "adapters" / "chat"), *load_chat_adapters(paths.RESOURCES / "adapters" / "chat"))


@pytest.fixture
def chat_url(capture_server: str) -> Any:
    base = capture_server.rsplit("/capture", 1)[0]
    return lambda name: f"{base}/chat/{name}"


def capture(run: Any, tab: Any, url: str, adapters: Any, qtbot: Any = None, **options: Any) -> Any:
    run(load_url(tab.page, url))
    if qtbot is not None:   # virtual.html: its first messages arrive by fetch after the page loaded
        qtbot.waitUntil(lambda: "✓" in tab.page.title(), timeout=15_000)
    return run(capture_chat(tab.page, ChatOptions(adapters=adapters, **(FAST | options))))


def assert_same_conversation(messages: Any) -> None:
    """Every generated message exactly once, in order, with its sender, side, time and picture."""
    assert [m["text"] for m in messages] == [e["text"] for e in EXPECTED]
    assert [m["outgoing"] for m in messages] == [e["out"] for e in EXPECTED]
    with in_language("zh_TW"):  # the label the capture writes is the case file's, whatever the interface
        patrol_account = outgoing_sender()
    assert [m["sender"] for m in messages] == [patrol_account if e["out"] else e["sender"] for e in EXPECTED]
    assert [m["at"] for m in messages] == [iso_utc(parse_iso(e["at"])) for e in EXPECTED]
    assert [m["time_shown"] for m in messages] == [e["shown"] for e in EXPECTED]
    assert [[a["label"] for a in m["attachments"]] for m in messages] == [
        [e["image"]] if "image" in e else [] for e in EXPECTED]


def test_virtualised_chat_is_collected_whole_in_order_with_duplicates(run, tab, chat_url, chat_adapters, vault,
                                                                     qtbot):
    # The default persona is off the record, not an account: its messages are "Patrol account", with no
    # "(off-the-record)" after it (seen in a printed transcript).
    from app.infra import translations

    translations.load("en")  # an officer working in English; every catalogue is loaded, as at the app's start
    chat = capture(run, tab, chat_url("virtual.html"), chat_adapters, qtbot, persona=OFF_THE_RECORD)
    messages = chat.messages
    assert_same_conversation(messages)
    assert [m["text"] for m in messages[99:102]] == ["嗯嗯", "好", "好"]   # two identical rows stay two
    assert messages[149]["text"].startswith("長訊息開始") and messages[149]["text"].endswith("長訊息結束。")
    completeness = chat.capture.completeness
    assert completeness.complete and completeness.stop_reason == StopReason.CHAT_NO_OLDER
    assert completeness.messages == 230 and completeness.scroll_steps >= 10
    assert chat.capture.metadata["chat"]["container"] == "heuristic"   # found among the inbox and the thread
    pictures = chat.capture.files_of(FileRole.CHAT_IMAGE)
    assert [p.name for p in pictures] == ["chat-image-0001.png", "chat-image-0002.png"]
    for picture in pictures:
        assert png_size(picture.data) == (160, 120)
        grey = QImage.fromData(picture.data, "PNG").pixelColor(5, 5)
        assert grey.red() == grey.green() == grey.blue() and 100 < grey.red() < 170
    # The officer's view is given back: the chat is at its newest messages again.
    bottom = run(run_js(tab.page, "(function(t){return t.scrollHeight - t.scrollTop - t.clientHeight})"
                                  "(document.getElementById('thread'))"))
    assert bottom < 5

    stored, artifacts = store_chat(vault, vault.create_case("聊天", ["Messenger"]).id, chat)
    assert stored.kind == CaptureKind.CHAT and stored.complete and stored.completeness.messages == 230
    by_name = {a.name: a for a in artifacts}
    assert {"viewport.png", "text.txt", "chat.json", "metadata.json", "chat-image-0001.png"} <= set(by_name)
    for artifact in capture_files(vault, stored.id):
        assert hashlib.sha256(vault.artifacts.read(artifact.id)).hexdigest() == artifact.sha256
    document = json.loads(vault.artifacts.read(by_name["chat.json"].id))
    assert document["complete"] and document["message_count"] == 230
    # Captured under the English interface, the labels the capture writes are the case file's (seen: the same
    # thing stored as "Patrol account" or 「巡邏帳號」 by the officer's interface).
    assert {m["sender"] for m in document["messages"] if m["outgoing"] and not m["sender_shown"]} == {"巡邏帳號"}
    [picture] = document["messages"][59]["attachments"]
    assert picture["artifact_id"] == by_name["chat-image-0001.png"].id
    assert picture["sha256"] == by_name["chat-image-0001.png"].sha256
    printed = messages_from_json(document)
    assert [m.text for m in printed] == [e["text"] for e in EXPECTED]
    assert printed[59].attachments[0].artifact_id == by_name["chat-image-0001.png"].id
    metadata = json.loads(vault.artifacts.read(by_name["metadata.json"].id))
    assert {"name": "chat.json", "sha256": by_name["chat.json"].sha256} in [
        {"name": a["name"], "sha256": a["sha256"]} for a in metadata["artifacts"]]
    assert vault.verify().ok
    assert vault.search("第123則訊息")   # the conversation is searchable, Chinese included


def test_chat_that_replaces_every_row_is_stitched_by_content(run, tab, chat_url, chat_adapters, qtbot):
    """No node survives a step and rows have no ids: the content and the neighbours place them."""
    chat = capture(run, tab, chat_url("virtual.html?rerender=1"), chat_adapters, qtbot)
    assert_same_conversation(chat.messages)
    assert chat.capture.completeness.complete
    assert len(chat.capture.files_of(FileRole.CHAT_IMAGE)) == 2


def test_adapter_chat_with_start_marker(run, tab, chat_url, chat_adapters):
    chat = capture(run, tab, chat_url("inner.html"), chat_adapters, older_wait=5.0)
    completeness = chat.capture.completeness
    assert completeness.complete and completeness.stop_reason == StopReason.CHAT_START   # no 5 s wait needed
    messages = chat.messages
    assert len(messages) == 45 and chat.capture.adapter == "fixture-inner"
    assert [m["text"] for m in messages if m["index"] not in (20, 30)] == [
        f"對話第{n}句 line {n}" for n in range(1, 46) if n not in (20, 30)]
    assert all(m["outgoing"] == (m["index"] % 3 == 0) for m in messages)
    assert {m["sender"] for m in messages} == {"小明", "Alex"}
    assert messages[0]["at"] == "2025-07-09T07:02:00.000000Z" and messages[0]["time_shown"] == "下午3:02"
    assert "at" not in messages[10] and messages[10]["time_shown"] == "下午3:22"   # no machine time: as shown
    assert messages[19]["attachments"][0]["label"] == "IMG 1" and messages[19]["attachments"][0]["file"]
    assert messages[29]["text"] == "檔案" and messages[29]["attachments"] == [{"kind": "file", "label": "report-1.pdf"}]


def test_endless_chat_stops_at_the_message_bound_and_says_partial(run, tab, chat_url, chat_adapters):
    chat = capture(run, tab, chat_url("endless.html"), chat_adapters, max_messages=100)
    completeness = chat.capture.completeness
    assert not completeness.complete and not completeness.reached_end
    assert completeness.stop_reason == StopReason.MESSAGE_BOUND
    assert completeness.statement()[:2] == ["PARTIAL capture.", "Stopped: the message limit was reached; older "
                                                                 "messages were not collected."]
    texts = [m["text"] for m in chat.messages]
    assert len(texts) >= 100 and texts[-1] == "新訊息 39"
    oldest = -int(texts[0].split()[-1])
    assert texts == [f"舊訊息 {-n}" for n in range(oldest, 0, -1)] + [f"新訊息 {n}" for n in range(40)]


def test_page_without_a_chat_is_refused(run, tab, chat_url, chat_adapters):
    run(load_url(tab.page, chat_url("none.html")))
    with pytest.raises(ChatNotFound):
        run(capture_chat(tab.page, ChatOptions(adapters=chat_adapters, locate_wait=0.3)))
