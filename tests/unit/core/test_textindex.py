"""Chinese words are found inside sentences; the query language cannot be injected."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.textindex import index_terms, match_query


@pytest.fixture
def index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(terms, tokenize='unicode61 remove_diacritics 2')")
    for rowid, text in enumerate([
        "今晚現約，茶資另計，私訊我的LINE：abc_123",  # 1
        "學生妹急需用錢 日領五千 求上車",  # 2
        "性交易是違法的",  # 3
        "Ordinary English post about homework",  # 4
        "援",  # 5
    ], start=1):
        conn.execute("INSERT INTO t (rowid, terms) VALUES (?, ?)", (rowid, index_terms(text)))
    return conn


def find(conn: sqlite3.Connection, query: str) -> list[int]:
    expression = match_query(query)
    if expression is None:
        return []
    return sorted(r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)))


@pytest.mark.parametrize("query,expected", [
    ("現約", [1]), ("茶資", [1]), ("急需用錢", [2]), ("日領五千", [2]), ("性交易", [3]), ("交易", [3]),
    ("上車", [2]), ("援", [5]), ("約", [1]), ("錢", [2]), ("abc", [1]), ("homework", [4]), ("HOMEWORK", [4]),
    ("現約 茶資", [1]), ("現約 日領", []), ("援交", []), ("English homework", [4]), ("abc_123", [1]),
])
def test_chinese_words_inside_sentences(index: sqlite3.Connection, query: str, expected: list[int]) -> None:
    assert find(index, query) == expected


@given(st.text(max_size=40))
def test_any_input_is_a_valid_query(query: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(terms, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t (terms) VALUES (?)", (index_terms("測試 text"),))
    expression = match_query(query)
    if expression is not None:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=30),
       st.integers(0, 29), st.integers(1, 6))
def test_any_substring_of_cjk_text_is_found(text: str, start: int, length: int) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(terms, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t (rowid, terms) VALUES (1, ?)", (index_terms("前文" + text + "後文"),))
    piece = text[start : start + length]
    if piece:
        assert find(conn, piece) == [1]
