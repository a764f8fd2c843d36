"""Make damaged vault files from a good one, each for a stated reason (no unexplained blobs).

Every maker takes the bytes of a good, closed vault and returns the bytes of a damaged file (or
None to mean "no file at all"). The corpus covers what happens to files on officers' machines:
truncation (full disk, interrupted copy), bit rot, overwritten headers, a different file given by
mistake, tampering, and files from other programs.
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

PAGE = 4096
Maker = Callable[[bytes], bytes]


def _flip(offset: int, mask: int = 0x01) -> Maker:
    def make(good: bytes) -> bytes:
        data = bytearray(good)
        position = offset if offset >= 0 else len(data) + offset
        data[position] ^= mask
        return bytes(data)

    return make


def _truncate(size: int | Callable[[int], int]) -> Maker:
    def make(good: bytes) -> bytes:
        length = size(len(good)) if callable(size) else size
        return good[:length]

    return make


def _swap_pages(a: int, b: int) -> Maker:
    def make(good: bytes) -> bytes:
        pages = [good[i : i + PAGE] for i in range(0, len(good), PAGE)]
        pages[a], pages[b] = pages[b], pages[a]
        return b"".join(pages)

    return make


def _zero_page(index: int) -> Maker:
    def make(good: bytes) -> bytes:
        start = index * PAGE if index >= 0 else len(good) + index * PAGE
        return good[:start] + bytes(PAGE) + good[start + PAGE :]

    return make


def _plain_sqlite(_: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plain.db"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE cases (id TEXT)")
        conn.execute("INSERT INTO cases VALUES ('x')")
        conn.commit()
        conn.close()
        return path.read_bytes()


def corpus() -> dict[str, Maker]:
    """Name → maker. Names say what the damage stands for."""
    makers: dict[str, Maker] = {
        "zero-length": lambda good: b"",
        "one-byte": _truncate(1),
        "salt-only": _truncate(16),
        "first-page-minus-one": _truncate(PAGE - 1),
        "first-page-only": _truncate(PAGE),
        "first-page-plus-one": _truncate(PAGE + 1),
        "half-file": _truncate(lambda n: n // 2),
        "half-file-page-aligned": _truncate(lambda n: (n // 2) // PAGE * PAGE),
        "last-page-missing": _truncate(lambda n: n - PAGE),
        "last-byte-missing": _truncate(lambda n: n - 1),
        "garbage-appended-byte": lambda good: good + b"\x00",
        "garbage-page-appended": lambda good: good + os.urandom(PAGE),
        "zero-page-appended": lambda good: good + bytes(PAGE),
        "plain-sqlite": _plain_sqlite,
        "text-file": lambda good: ("案件清單\n" * 2000).encode("utf-8"),
        "png-header": lambda good: b"\x89PNG\r\n\x1a\n" + bytes(PAGE * 2),
        "random-bytes": lambda good: random.Random(7).randbytes(len(good)),
        "all-zero-same-size": lambda good: bytes(len(good)),
        "all-ff-same-size": lambda good: b"\xff" * len(good),
        "pages-2-3-swapped": _swap_pages(1, 2),
        "pages-1-2-swapped": _swap_pages(0, 1),
        "page-2-zeroed": _zero_page(1),
        "last-page-zeroed": _zero_page(-1),
        "first-page-zeroed": _zero_page(0),
        "page-2-copied-over-3": lambda good: good[: 2 * PAGE] + good[PAGE : 2 * PAGE] + good[3 * PAGE :],
        "reversed-pages": lambda good: b"".join(reversed([good[i : i + PAGE] for i in range(0, len(good), PAGE)])),
        "sqlite-magic-over-salt": lambda good: b"SQLite format 3\x00" + good[16:],
    }
    for offset in (0, 7, 15, 16, 17, 100, 1000, PAGE - 48, PAGE - 1, PAGE, PAGE + 16, 2 * PAGE - 1,
                   2 * PAGE + 2000, 3 * PAGE + 5, -1, -16, -48, -PAGE, -PAGE - 1, -2 * PAGE + 100):
        makers[f"flip-bit-at-{offset}"] = _flip(offset)
    for offset in (24, 2 * PAGE + 77, -300):
        makers[f"flip-byte-at-{offset}"] = _flip(offset, 0xFF)
    return makers
