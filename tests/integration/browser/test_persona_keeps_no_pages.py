"""A persistent persona keeps what staying logged in needs (cookies, site storage) and not the pages and
pictures it showed: Chromium's disk cache in the persona's folder held every page and image patrolled
under it (posts, pictures of children), unencrypted, long after the patrol."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.ui.browser import BrowserPanel
from tests.helpers.loopback import quiet, serving
from tests.integration.browser.conftest import open_and_wait

PAGE_MARKER = b"PAGEMARKER-4c7 synthetic post, IMG 1"
PICTURE_MARKER = b"PICTUREMARKER-2d9"


class _Cacheable(quiet(http.server.BaseHTTPRequestHandler)):  # type: ignore[misc]
    """A post and its picture, both allowed in any cache for a day, as social platforms serve them."""

    def do_GET(self) -> None:
        if self.path.startswith("/picture"):
            body, kind = b"GIF89a" + PICTURE_MARKER + b"\x00" * 64, "image/gif"
        else:
            body, kind = (b"<html><head><title>post</title></head><body><p>" + PAGE_MARKER
                          + b'</p><img src="/picture.gif"></body></html>'), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Cache-Control", "public, max-age=86400")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[str]:
    with serving(_Cacheable) as base:
        yield base


def _files_holding(folder: Path, marker: bytes) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and marker in path.read_bytes()]


def test_a_persistent_persona_writes_no_page_or_picture_to_its_folder(qtbot: Any, panel: BrowserPanel,
                                                                      site: str) -> None:
    persona = panel.personas.create("臥底帳號甲")
    assert persona.folder is not None
    tab = open_and_wait(qtbot, panel, site + "/post.html", persona=persona)
    qtbot.waitUntil(lambda: tab.page.title() == "post", timeout=10_000)
    qtbot.wait(1500)  # Chromium writes its disk cache a moment after the page shows
    panel.shutdown()  # the patrol ends: tabs closed, so anything pending is written
    qtbot.wait(500)
    assert _files_holding(persona.folder, PAGE_MARKER) == []
    assert _files_holding(persona.folder, PICTURE_MARKER) == []


def test_a_persona_folder_loses_the_page_cache_an_earlier_version_left(panel: BrowserPanel) -> None:
    persona = panel.personas.create("臥底帳號乙")
    assert persona.folder is not None
    old_cache = persona.folder / "cache" / "Cache" / "Cache_Data"
    old_cache.mkdir(parents=True)
    (old_cache / "0123456789abcdef_0").write_bytes(PAGE_MARKER)
    panel.personas.profile(persona)  # the persona's first use in this session
    assert _files_holding(persona.folder, PAGE_MARKER) == []
