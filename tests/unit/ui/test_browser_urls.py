"""The address bar shows the complete address and the punycode of a look-alike host."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from app.ui.browser.urls import ace_host, display_text, parse_address


def test_a_look_alike_host_shows_its_punycode() -> None:
    url = QUrl("https://xn--pple-43d.test/path?q=1")  # Cyrillic а + "pple"
    assert display_text(url) == "https://аpple.test/path?q=1"
    assert ace_host(url) == "xn--pple-43d.test"
    assert ace_host(QUrl("https://apple.test/")) == ""


def test_the_full_address_is_kept_with_chinese_readable() -> None:
    url = QUrl.fromEncoded(b"https://www.dcard.tw/search?query=%E6%8F%B4%E4%BA%A4&page=2#top")
    assert display_text(url) == "https://www.dcard.tw/search?query=援交&page=2#top"


def test_only_web_addresses_are_accepted() -> None:
    assert parse_address("www.ptt.cc/bbs/index.html") == QUrl("http://www.ptt.cc/bbs/index.html")
    assert parse_address("about:blank") == QUrl("about:blank")
    for typed in ("javascript:alert(1)", "file:///C:/Windows", "data:text/html,x", "", "http://", "ftp://x.test/"):
        assert parse_address(typed) is None, typed
