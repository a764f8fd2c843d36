"""Where an identifier was found is recorded in fixed words (the record is evidence, never rewritten) and shown in
the officer's language: seen, 「text line 12」 and 「adapter ptt: push line 3 (u1)」 in the zh_TW identifiers table and
in `netpatrol case show`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.identifiers import ENTERED_BY_OFFICER, adapter_source, corrected_source, from_text, source_label
from app.infra import translations


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    translations.load("zh_TW")
    yield
    translations.load("en")


def test_recorded_sources_read_in_chinese(chinese: None) -> None:
    [found] = from_text("第一行\n聯絡 0912-345-678")
    assert found.source == "text line 2"  # as recorded, whatever the language
    assert source_label(found.source) == "文字第 2 行"
    assert source_label(adapter_source("ptt", "push line 3 (u1)")) == "網站轉接器 ptt：push line 3 (u1)"
    assert source_label(ENTERED_BY_OFFICER) == "員警輸入"
    assert source_label(corrected_source("text line 7")) == "員警更正（原為：文字第 7 行）"


def test_an_officers_own_note_is_shown_as_typed(chinese: None) -> None:
    assert source_label("從截圖讀出") == "從截圖讀出"
    assert source_label("text line seven") == "text line seven"


def test_in_english_the_recorded_words_read_as_they_are(qapp) -> None:
    translations.load("en")
    for recorded in ("text line 2", adapter_source("ptt", "發信站 line 5"), ENTERED_BY_OFFICER,
                     corrected_source("text line 7")):
        assert source_label(recorded).replace("site adapter", "adapter") == recorded
