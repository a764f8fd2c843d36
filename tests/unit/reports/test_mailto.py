from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from app.reports.mailto import mailto_url


def test_rfc6068_encoding_round_trips() -> None:
    body = "事由：測試\n網址 https://x.example.test/p?a=1&b=2#frag\n100% 完整"
    url = mailto_url(["wcpd@example.test", "second@example.test"], "【NP-114-0007】陳報單", body, limit=None)
    assert url.startswith("mailto:wcpd@example.test,second@example.test?subject=")
    assert "%0D%0A" in url and "\n" not in url and " " not in url
    assert "&b=" not in url and "#" not in url  # reserved characters in the body are encoded
    query = parse_qs(urlsplit(url).query)
    assert query["subject"] == ["【NP-114-0007】陳報單"]
    assert query["body"] == [body.replace("\n", "\r\n")]


def test_no_recipient_still_makes_a_draft() -> None:
    assert mailto_url([""], "s", "b").startswith("mailto:?subject=s&body=b")


def test_long_body_is_cut_at_a_line_and_says_so() -> None:
    body = "\n".join(f"第{i}行 https://example.test/{i}" for i in range(400))
    url = mailto_url(["a@example.test"], "s", body, limit=1800)
    assert len(url) <= 1800
    text = unquote(url.split("&body=", 1)[1])
    assert text.startswith("第0行") and "第399行" not in text
    assert "剪貼簿" in text or "clipboard" in text
