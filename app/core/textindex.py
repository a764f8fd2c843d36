"""Search terms that find Chinese words inside sentences.

Chinese has no spaces, so SQLite's word tokenizer sees a whole sentence as one token, and the
trigram tokenizer cannot match the many two-character words that matter here (援交, 幼齒, 包養).
We index every run of CJK characters as its overlapping bigrams plus its last character, and ask
for a query's bigrams as a phrase: "性交易" → "性交 交易". A one-character query becomes a prefix
search. Latin words, digits and handles pass through to the word tokenizer unchanged.
"""

from __future__ import annotations

import re

_CJK = (
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\U00020000-\U0002ffff"  # extensions B–F
)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _cjk_terms(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_terms(text: str) -> str:
    """The text as the word tokenizer should index it."""
    out: list[str] = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        out.append(text[position : match.start()])
        out.append(" " + " ".join(_cjk_terms(match.group())) + " ")
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _query_part(token: str) -> list[str]:
    """One whitespace-separated query token → FTS5 phrases (all must match)."""
    parts: list[str] = []
    position = 0
    for match in _CJK_RUN.finditer(token):
        parts.extend(_latin_phrases(token[position : match.start()]))
        run = match.group()
        if len(run) == 1:
            parts.append(_quote(run) + "*")
        else:
            parts.append(_quote(" ".join(run[i : i + 2] for i in range(len(run) - 1))))
        position = match.end()
    parts.extend(_latin_phrases(token[position:]))
    return parts


def _latin_phrases(text: str) -> list[str]:
    words = _WORD.findall(text)
    return [_quote(" ".join(words)) + "*"] if words else []


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what the officer typed; None when nothing searchable remains.

    Every token must be present (AND). Quotes in the input are neutralised, so no input can
    become FTS5 syntax.
    """
    parts: list[str] = []
    for token in query.split():
        parts.extend(_query_part(token))
    return " AND ".join(parts) if parts else None
