"""Chat transcript: every message printed, in order, across pages; frame on every page."""

from __future__ import annotations

import pytest

from app.reports.model import Attachment, ChatMessage
from app.reports.transcript import TranscriptSource, pseudonymize, write_transcript
from tests.unit.reports.conftest import pdf_pages, squeeze
from tests.unit.reports.sample import HEAD, T0, artifact

pytestmark = pytest.mark.usefixtures("zh_tw")


def _messages(count: int) -> list[ChatMessage]:
    from datetime import timedelta

    return [ChatMessage("@seller_0712" if i % 2 else "@buyer_test", T0 + timedelta(minutes=37 * i),
                        f"MSG{i:04d} 這是第{i}則測試訊息，內容為合成文字。" + ("很長的訊息" * 60 if i == 5 else ""),
                        (Attachment("IMG 1", "A000000099", "d" * 64),) if i == 9 else ())
            for i in range(count)]


def test_long_chat_is_printed_in_full_across_pages(tmp_path) -> None:
    target = tmp_path / "chat.pdf"
    source = TranscriptSource("NP-114-0007", "K000000001", "Messenger", "https://chat.example.test/t/1", T0, True,
                              (artifact("A1", "json", "chat.json", "e"),))
    count = write_transcript(target, source, _messages(400), HEAD, T0, aliases={"@buyer_test": "被害人1"})
    pages = pdf_pages(target.read_bytes())
    assert count == 400 and len(pages) > 5
    flat = squeeze("".join(pages))
    positions = [flat.index(f"MSG{i:04d}") for i in range(400)]
    assert positions == sorted(positions)  # all there, in order
    assert "很長的訊息" * 60 in flat  # the long message is whole
    assert squeeze("［附件：IMG1］檔案編號A000000099SHA-256") + "d" * 64 in flat
    assert "@buyer_test" not in flat and "被害人1" in flat
    assert "民國114年7月8日" in flat and "民國114年7月17日" in flat  # day separators (400 × 37 min)
    assert "chat.json之SHA-256" + "e" * 64 in flat
    assert "聊天紀錄結束，共400則訊息。" in flat
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 頁／共 {len(pages)} 頁" in page and HEAD in page and "偵查不公開" in page


def test_incomplete_capture_is_flagged(tmp_path) -> None:
    target = tmp_path / "chat.pdf"
    source = TranscriptSource("NP-114-0007", "K1", "Messenger", "https://chat.example.test/t/1", T0, False)
    write_transcript(target, source, _messages(3), HEAD, T0)
    assert squeeze("否：較早之訊息可能缺漏") in squeeze("".join(pdf_pages(target.read_bytes())))


def test_pseudonymize_replaces_longest_handle_first() -> None:
    out = pseudonymize([ChatMessage("@amy", None, "@amy2 and @amy")], {"@amy": "被害人1", "@amy2": "證人1"})
    assert out[0].sender == "被害人1" and out[0].text == "證人1 and 被害人1"


def test_emoji_and_symbols_are_printed_and_can_be_copied(tmp_path) -> None:
    """Chats are full of emoji, which the text face lacks: they print in Symbola (and copy out of the PDF
    as themselves), one newer than Symbola as its code point; a line of them wraps like any other."""
    from app.reports.base import styles
    from app.reports.transcript import _fits_one_line

    hearts = ChatMessage("@seller_0712", T0, "好啊💕😊♥ 見面再說🥰", ())
    row = ChatMessage("@buyer_test", T0, "💕" * 30, ())
    assert not _fits_one_line(row, styles()["message"])  # measured in a face without them: not trusted
    assert _fits_one_line(ChatMessage("@buyer_test", T0, "好" * 30, ()), styles()["message"])
    target = tmp_path / "chat.pdf"
    source = TranscriptSource("NP-114-0007", "K1", "Messenger", "https://chat.example.test/t/1", T0, True)
    write_transcript(target, source, [hearts, row], HEAD, T0)
    flat = squeeze("".join(pdf_pages(target.read_bytes())))
    assert "好啊💕😊♥見面再說[U+1F970]" in flat and "💕" * 30 in flat


def test_korean_in_a_chat_is_printed_and_thai_by_its_code_points(tmp_path) -> None:
    """Seen: a chat in Korean printed every syllable as its code point, 「[U+C548] [U+B155]」, which no prosecutor
    can read; Hangul now prints in a shipped Korean face (and copies out of the PDF as itself). Thai needs a
    shaper to stack its marks (unshaped, 「ที่」 draws as 「ที」), so it stays as code points, which say exactly
    what was there."""
    target = tmp_path / "chat.pdf"
    source = TranscriptSource("NP-114-0007", "K1", "Instagram", "https://chat.example.test/t/1", T0, True)
    write_transcript(target, source, [ChatMessage("@seller_0712", T0, "안녕하세요 내일 만나요 好", ()),
                                      ChatMessage("@buyer_test", T0, "กี่บาท", ())], HEAD, T0)
    flat = squeeze("".join(pdf_pages(target.read_bytes())))
    assert "안녕하세요내일만나요好" in flat and "[U+" not in flat.split("[U+0E01]")[0]
    assert "[U+0E01][U+0E35][U+0E48][U+0E1A][U+0E32][U+0E17]" in flat


def _lines(flowables: list) -> list[str]:
    """The printed lines of a message's paragraphs, as laid out on the page."""
    from app.reports.base import CONTENT_WIDTH

    lines = []
    for flowable in flowables:
        flowable.wrap(CONTENT_WIDTH, 10_000)
        for line in getattr(getattr(flowable, "blPara", None), "lines", [None]):  # a spacer: an empty line
            words = line[1] if isinstance(line, tuple) else getattr(line, "words", [])  # one face, or several
            lines.append("".join(word if isinstance(word, str) else word.text for word in words).strip())
    return lines


def test_a_message_line_that_fills_the_width_is_not_followed_by_an_empty_one() -> None:
    """reportlab broke a line that ended at the page's width with a space, then broke again at the message's
    own line break: an empty line the chat did not have. The empty line the chat had stays."""
    from app.reports.transcript import _message_flowables

    full = "hello world 你好 " * 6  # ends at the width of a message line, with a space
    message = ChatMessage("小明（虛構）", T0, f"{full}\n第二行\n\n第四行", (Attachment("IMG 1", "A1", "e" * 64),))
    lines = _lines(list(_message_flowables([message], "zh_TW"))[1:])  # after the day's heading
    assert lines[1:5] == [full.strip(), "第二行", "", "第四行"]
    assert len(lines) == 6 and lines[5].endswith(f"A1 SHA-256 {'e' * 64}")  # the attachment's line


def test_a_sender_as_wide_as_the_page_is_not_followed_by_an_empty_line() -> None:
    from app.reports.transcript import _message_flowables

    sender = ("陳報婦幼警察隊轉報 iWIN 等單位下架（檢附事由、完整網址、事證）" * 5)[:162]  # its 3rd line ends at the width
    message = ChatMessage(sender, T0, "第一行\n第二行")
    lines = _lines(list(_message_flowables([message], "zh_TW"))[1:])
    assert lines[-2:] == ["第一行", "第二行"] and "" not in lines


def test_a_picture_sent_without_words_follows_its_sender_directly() -> None:
    from app.reports.transcript import _message_flowables

    message = ChatMessage("小明（虛構）", T0, "", (Attachment("IMG 2", "A2", "f" * 64),))
    lines = _lines(list(_message_flowables([message], "zh_TW"))[1:])
    assert len(lines) == 2 and lines[1].endswith(f"A2 SHA-256 {'f' * 64}")  # no empty line between them


def test_a_senders_line_is_never_left_at_the_foot_of_a_page_without_the_message(tmp_path) -> None:
    """The sender's line of a long message is a paragraph of its own: it goes over the page break with the
    message's first line, wherever the page ends."""
    from datetime import timedelta

    source = TranscriptSource("NP-114-0007", "K000000001", "Messenger", "https://chat.example.test/t/1", T0, True, ())
    for before in range(10, 40):  # the message starts at every height near the foot of a page
        messages = [ChatMessage("甲（虛構）", T0, f"短訊息{i}") for i in range(before)]
        messages.append(ChatMessage("乙（虛構）", T0 + timedelta(minutes=1), "長訊息第一行\n長訊息第二行"))
        write_transcript(tmp_path / "t.pdf", source, messages, HEAD, T0)
        pages = pdf_pages((tmp_path / "t.pdf").read_bytes())
        assert [page for page, text in enumerate(pages) if "10:06:00" in text] == [  # its sender's line
            page for page, text in enumerate(pages) if "長訊息第一行" in text], before


@pytest.mark.parametrize(("complete", "title"), [(True, "聊天紀錄（全文）"), (False, "聊天紀錄（不完整）")])
def test_the_title_and_every_page_header_say_whether_the_chat_is_complete(tmp_path, complete: bool,
                                                                          title: str) -> None:
    """Seen: a capture stopped by the message limit printed as 「聊天紀錄（全文）」 on its title line and in
    every page header, above a row saying older messages may be missing."""
    target = tmp_path / "chat.pdf"
    source = TranscriptSource("NP-114-0007", "K1", "Messenger", "https://chat.example.test/t/1", T0, complete)
    write_transcript(target, source, _messages(120), HEAD, T0)
    pages = pdf_pages(target.read_bytes())
    assert len(pages) > 1
    for page in pages:
        assert title in page
        assert ("全文" in page) is complete


def test_the_end_of_transcript_line_is_never_alone_on_a_page(tmp_path) -> None:
    """Like every document's ending, the closing line shares its page with the last message."""
    source = TranscriptSource("NP-114-0007", "K000000001", "Messenger", "https://chat.example.test/t/1", T0, True, ())
    for count in range(30, 52):  # the last message ends at every height near the foot of page 1
        messages = [ChatMessage("甲（虛構）", T0, f"短訊息{i:03d}") for i in range(count)]
        write_transcript(tmp_path / "t.pdf", source, messages, HEAD, T0)
        pages = pdf_pages((tmp_path / "t.pdf").read_bytes())
        ending = [text for text in pages if "聊天紀錄結束" in text]
        assert len(ending) == 1 and f"短訊息{count - 1:03d}" in ending[0], count


def test_a_group_chat_with_hundreds_of_senders_is_printed_with_every_one_named(tmp_path) -> None:
    """Its Participants row, one table cell, is taller than a page: reportlab stopped with a LayoutError
    ("too large on page 2") and the chat could not be printed at all."""
    from datetime import timedelta

    senders = [f"群組成員暱稱很長的帳號名稱_{i:04d}" for i in range(300)]
    messages = [ChatMessage(sender, T0 + timedelta(minutes=i), f"MSG{i:04d} 大家好") for i, sender in enumerate(senders)]
    target = tmp_path / "group.pdf"
    source = TranscriptSource("NP-114-0007", "K000000001", "Telegram", "https://chat.example.test/g/1", T0, True)
    assert write_transcript(target, source, messages, HEAD, T0) == 300
    # each page's text without its frame (pypdf gives the header and footer after the body): a name split
    # over two pages reads whole again
    flat = squeeze("".join(page[:page.rindex("案號 NP-114-0007")] for page in pdf_pages(target.read_bytes())))
    participants = flat[flat.index("對話者"):flat.index("訊息則數")]
    assert all(sender in participants for sender in senders)
    positions = [flat.index(f"MSG{i:04d}") for i in range(300)]
    assert positions == sorted(positions)


def test_the_spaces_of_a_message_are_printed_as_sent(tmp_path) -> None:
    """Seen: a price list sent in a chat, 「    方案甲    3000」, printed as 「方案甲 3000」 (a paragraph drops the
    spaces that start a line and all but one of a run), its columns gone; the same in a one-line message."""
    import io

    price_list = ChatMessage("@seller_0712", T0, "價目表\n    方案甲    3000\n    方案乙    5000")
    short = ChatMessage("@buyer_test", T0, "  好    謝謝")
    out = io.BytesIO()
    write_transcript(out, TranscriptSource("NP-114-0007", "K1", "LINE", "https://chat.example.test/t/1", T0, True),
                     [price_list, short], HEAD, T0)
    text = "".join(pdf_pages(out.getvalue())).replace("\u00a0", " ")
    assert "\n    方案甲    3000\n    方案乙    5000\n" in text
    assert "\n  好    謝謝\n" in text


def test_a_tab_in_a_message_prints_as_the_spaces_to_its_column(tmp_path) -> None:
    """A price list typed with tabs printed each tab as one space (a paragraph treats a tab as a space), so its
    columns ran together; a tab now stands for the spaces to the next column of 8 characters, as a plain-text
    viewer shows it. The capture keeps the tab itself."""
    import io

    price_list = ChatMessage("@seller_0712", T0, "價目表\n方案甲\t3000\nB\t5000")
    out = io.BytesIO()
    write_transcript(out, TranscriptSource("NP-114-0007", "K1", "LINE", "https://chat.example.test/t/1", T0, True),
                     [price_list], HEAD, T0)
    text = "".join(pdf_pages(out.getvalue())).replace("\u00a0", " ")
    assert "\n方案甲     3000\nB       5000\n" in text
