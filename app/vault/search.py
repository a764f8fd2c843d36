"""Full-text search over case text and captured text, Chinese included (see ``core.textindex``)."""

from __future__ import annotations

from app.core.models import SearchHit
from app.core.textindex import index_terms, match_query
from app.vault.connection import Database

SNIPPET_CHARS = 40


def snippet(body: str, query: str) -> str:
    """A short piece of the original text around the first query term (FTS5's own snippet would show
    the bigram form)."""
    flat = " ".join(body.split())
    positions = [flat.find(term) for term in query.split() if term and flat.find(term) >= 0]
    start = max(0, min(positions) - SNIPPET_CHARS // 2) if positions else 0
    piece = flat[start : start + SNIPPET_CHARS * 2]
    return ("…" if start else "") + piece + ("…" if start + len(piece) < len(flat) else "")


class SearchIndex:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, case_id: str, source: str, ref_id: str, body: str) -> None:
        """Index one text (a case's title and notes, a capture's visible text …). Append-only."""
        if not body.strip():
            return
        with self._db.transaction():
            cursor = self._db.execute(
                "INSERT INTO search_docs (case_id, source, ref_id, body) VALUES (?,?,?,?)",
                (case_id, source, ref_id, body),
            )
            self._db.execute("INSERT INTO search_index (rowid, terms) VALUES (?, ?)",
                             (cursor.lastrowid, index_terms(body)))

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Hits newest first; ``offset`` skips that many, for the next page of a long result."""
        expression = match_query(query)
        if expression is None:
            return []
        rows = self._db.all(
            "SELECT d.case_id, d.source, d.ref_id, d.body FROM search_index s "
            "JOIN search_docs d ON d.doc_id = s.rowid WHERE search_index MATCH ? "
            "ORDER BY s.rowid DESC LIMIT ? OFFSET ?",
            (expression, limit, offset),
        )
        return [SearchHit(case_id, source, ref_id, snippet(body, query)) for case_id, source, ref_id, body in rows]
