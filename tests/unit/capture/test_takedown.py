"""Takedown patterns: classification order and the file's validation (errors name file and line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.capture.takedown import Classification, load_patterns, reason_label
from app.core import i18n
from app.core.datafile import DataFileError

PATTERNS = load_patterns()


@pytest.mark.parametrize(("url", "status", "final_url", "text", "expected", "platform"), [
    ("https://www.instagram.com/p/X/", 200, "https://www.instagram.com/p/X/",
     "Sorry, this page isn't available.", Classification.REMOVED, "instagram"),
    ("https://www.instagram.com/p/X/", 200, "https://www.instagram.com/accounts/login/?next=/p/X/",
     "Log in", Classification.UNKNOWN, "instagram"),
    ("https://www.ptt.cc/bbs/Gossiping/M.1.A.html", 200, "https://www.ptt.cc/ask/over18?from=%2Fbbs",
     "本網站已依網站內容分級規定處理", Classification.UNKNOWN, "ptt"),
    ("https://www.ptt.cc/bbs/x/M.1.A.html", 404, "https://www.ptt.cc/bbs/x/M.1.A.html", "404 - Not Found.",
     Classification.REMOVED, "ptt"),
    ("https://x.com/u/status/1", 200, "https://x.com/u/status/1", "Hmm...this page doesn't exist. Try searching",
     Classification.REMOVED, "x"),
    # An age gate, a private account or an adult-content label still shows the content to some adults: not the
    # restriction Art. 8 asks for when minors are involved, so an officer must look (seen: counted as removed,
    # which stopped the removal clock as met and called off the DNS escalation).
    ("https://www.youtube.com/watch?v=1", 200, "https://www.youtube.com/watch?v=1", "Sign in to confirm your age",
     Classification.UNKNOWN, "youtube"),
    ("https://x.com/u/status/1", 200, "https://x.com/u/status/1", "Age-restricted adult content", Classification.UNKNOWN,
     "x"),
    ("https://www.tiktok.com/@u/video/1", 200, "https://www.tiktok.com/@u/video/1", "This account is private",
     Classification.UNKNOWN, "tiktok"),
    ("https://www.dcard.tw/f/x/p/1", 200, "https://www.dcard.tw/f/x/p/1", "本文為限制級內容", Classification.UNKNOWN,
     "dcard"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "Please confirm you are 18 or older",
     Classification.UNKNOWN, "default"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "依當地法令，本內容已限制瀏覽。",
     Classification.RESTRICTED, "default"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "This post is not available in your "
     "country", Classification.RESTRICTED, "default"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "一般貼文內容", Classification.ONLINE,
     "default"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "此文章已被刪除", Classification.REMOVED,
     "default"),
    ("https://forum.example.test/t/1", 451, "https://forum.example.test/t/1", "", Classification.RESTRICTED, "default"),
    ("https://forum.example.test/t/1", 503, "https://forum.example.test/t/1", "busy", Classification.UNKNOWN, "default"),
    ("https://m.facebook.com/story.php?id=1", 200, "https://m.facebook.com/login.php?next=x", "",
     Classification.UNKNOWN, "facebook"),
    # A bot check says nothing about the content: the headless re-check is what sites call a bot, and such a page
    # came with status 200, which counted as still online (the escalation raised on a page nobody saw).
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "Verify you are human by completing "
     "the action below.", Classification.UNKNOWN, "default"),
    ("https://www.dcard.tw/f/x/p/1", 200, "https://www.dcard.tw/f/x/p/1", "Checking if the site connection is "
     "secure. Just a moment...", Classification.UNKNOWN, "dcard"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "Our systems have detected unusual "
     "traffic from your computer network.", Classification.UNKNOWN, "default"),
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "請完成安全驗證，證明我不是機器人",
     Classification.UNKNOWN, "default"),
    # … but a post whose page merely names a captcha service in its footer is still online
    ("https://forum.example.test/t/1", 200, "https://forum.example.test/t/1", "一般貼文內容 This site is protected "
     "by reCAPTCHA and the Google Privacy Policy.", Classification.ONLINE, "default"),
])
def test_classification(url: str, status: int, final_url: str, text: str, expected: Classification,
                        platform: str) -> None:
    verdict = PATTERNS.classify(url, status, final_url, text)
    assert (verdict.classification, verdict.platform) == (expected, platform), verdict.reason


def test_subdomains_match_but_lookalikes_do_not() -> None:
    assert PATTERNS.platform_for("https://m.facebook.com/x").name == "facebook"
    assert PATTERNS.platform_for("https://notfacebook.com/x").name == "default"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "takedown_patterns.json"
    path.write_text(text, encoding="utf-8")
    return path


def _base() -> dict:
    return {"platforms": {"default": {"hosts": []}, "demo": {"hosts": ["demo.test"], "removed": {"text": ["gone"]}}}}


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '{\n  "platforms": {\n    "default": {"hosts": [],}\n  }\n}\n')
    with pytest.raises(DataFileError) as caught:
        load_patterns(path)
    assert str(path) in str(caught.value) and "line 3" in str(caught.value)


@pytest.mark.parametrize(("mutate", "key", "words"), [
    (lambda d: d["platforms"]["demo"]["removed"].update(text=["(unclosed"]), '"text"', "invalid regular expression"),
    (lambda d: d["platforms"]["demo"]["removed"].update(status=["404"]), '"status"', "status"),
    (lambda d: d["platforms"]["demo"].update(removd={}), '"removd"', "removd"),
    (lambda d: d["platforms"]["demo"].update(hosts="demo.test"), '"hosts": "demo.test"', "hosts"),
])
def test_schema_errors_name_the_line_of_the_key(tmp_path: Path, mutate, key: str, words: str) -> None:
    data = _base()
    mutate(data)
    text = json.dumps(data, indent=2)
    lines = text.splitlines()
    demo = next(i for i, row in enumerate(lines) if '"demo"' in row)
    line = 1 + next(i for i in range(demo, len(lines)) if key in lines[i])
    path = _write(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_patterns(path)
    message = str(caught.value)
    assert words in message
    key_line = int(message.split("line ")[1].split(":", maxsplit=1)[0])
    assert key_line == line, text.splitlines()[key_line - 1]


def test_missing_default_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        load_patterns(_write(tmp_path, '{"platforms": {"demo": {"hosts": ["a.test"]}}}'))


def test_recorded_reasons_are_shown_in_the_officers_language() -> None:
    """The vault keeps the reason in stable English; the re-check table shows it translated."""
    login = PATTERNS.classify("https://www.instagram.com/p/X/", 200,
                              "https://www.instagram.com/accounts/login/?next=/p/X/", "Log in")
    assert login.reason.startswith("login wall: final_url /")
    assert reason_label(login.reason).startswith("login wall: final address matches /")
    assert reason_label("status 200") == "HTTP status 200"
    assert reason_label("login wall: status 401") == "login wall: HTTP status 401"
    assert reason_label("navigation failed: Page.goto: net::ERR_NAME_NOT_RESOLVED at https://x.invalid/") == (
        "could not be opened: No server answers to this name: check the address; the site may no longer exist. "
        "(Page.goto: net::ERR_NAME_NOT_RESOLVED at https://x.invalid/)")
    assert reason_label("navigation failed: Timeout 30000ms exceeded.") == (
        "could not be opened: Timeout 30000ms exceeded.")  # no network error named: shown as recorded
    assert reason_label("something new") == "something new"  # unknown forms are shown as recorded
    previous = i18n._active
    try:
        i18n.install_translator(lambda context, text: {("recheck", "HTTP status {rest}"): "HTTP 狀態碼 {rest}"}.get(
            (context, text), text))
        assert reason_label("status 200") == "HTTP 狀態碼 200"
    finally:
        i18n.install_translator(previous)

