"""Generic identifier rules and site adapters, without a browser."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.adapters import AdapterInvalid, load_adapters, parse_adapter
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin, dedupe, find_ips, from_text, normalise
from app.infra import paths

K = IdentifierKind


def values(text: str, kind: IdentifierKind) -> list[str]:
    return [i.value for i in from_text(text) if i.kind == kind]


def test_taiwanese_phone_numbers_in_common_spellings() -> None:
    text = "手機0912-345-678 或 0987654321 或 0912345678（重複），國際 +886 912 345 679，市話 (02)2345-6789 與 04-2345-6789"
    assert values(text, K.PHONE) == ["0912-345-678", "0987654321", "+886 912 345 679", "(02)2345-6789",
                                     "04-2345-6789"]
    assert normalise(K.PHONE, "+886 912 345 679") == "0912345679"


def test_phone_rule_ignores_longer_digit_runs() -> None:
    assert values("訂單編號 20250912345678901", K.PHONE) == []


def test_line_ids_from_labels_and_links() -> None:
    text = "加賴：fake_line01\nLINE ID: @shop.test\nline.me/ti/p/~invented99\n很有信賴感"
    assert values(text, K.LINE_ID) == ["fake_line01", "@shop.test", "invented99"]


def test_emails_and_urls_with_line_numbers() -> None:
    found = from_text("第一行\n寫信到 Fake.Poster@example.com 或看 https://example.org/p/1?x=2。")
    assert [(i.kind, i.value, i.source) for i in found] == [
        (K.EMAIL, "Fake.Poster@example.com", "text line 2"),
        (K.URL, "https://example.org/p/1?x=2", "text line 2")]
    assert all(i.origin == Origin.RULE for i in found)


def test_ipv4_and_ipv6_but_not_times_or_versions() -> None:
    assert find_ips("來自: 203.0.113.45 (臺灣) 07/08 10:10") == ["203.0.113.45"]
    assert find_ips(" 2001:db8:85a3::8a2e:370:7334 07/08 10:12") == ["2001:db8:85a3::8a2e:370:7334"]
    assert find_ips("※ 編輯: user (2001:db8::25 臺灣), 07/08/2025 10:20:00") == ["2001:db8::25"]
    assert find_ips("版本 1.2.3.4.5 與 999.1.1.1 與 12:30:45") == []


@given(st.ip_addresses())
def test_every_ip_address_is_found_in_a_push_line(address: object) -> None:
    assert find_ips(f"推 someone: 內容 {address} 07/08 10:10") == [str(address)]


def test_dedupe_keeps_adapter_sources_and_drops_rule_repeats() -> None:
    adapter = FoundIdentifier(K.IP, "203.0.113.9", "adapter ptt: 發信站 line", Origin.ADAPTER)
    push = FoundIdentifier(K.IP, "203.0.113.9", "adapter ptt: push line 1 (a)", Origin.ADAPTER)
    rule = FoundIdentifier(K.IP, "203.0.113.9", "text line 4", Origin.RULE)
    assert dedupe([adapter, push, rule, adapter]) == [adapter, push]


def test_shipped_adapters_load_ptt_first_generic_last() -> None:
    adapters = load_adapters(paths.RESOURCES / "adapters")
    assert [a.id for a in adapters] == ["ptt", "generic"]
    ptt = adapters[0]
    assert ptt.shows_ip and ptt.matches_url("https://www.ptt.cc/bbs/Test/M.1751940000.A.1F3.html")
    assert not ptt.matches_url("https://example.org/bbs/")


def test_ptt_rules_turn_raw_lines_into_identifiers() -> None:
    ptt = load_adapters(paths.RESOURCES / "adapters")[0]
    records = [
        {"field": "author", "text": "testposter (測試暱稱)", "where": "作者 line"},
        {"field": "author_nick", "text": "testposter (測試暱稱)", "where": "作者 line"},
        {"field": "poster_ip", "text": "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 203.0.113.45 (臺灣)", "where": "發信站 line"},
        {"field": "push_ip", "text": " 2001:db8::7 07/08 10:12", "where": "push line 2 (fakeuser2)"},
        {"field": "push_ip", "text": " 07/08 10:15", "where": "push line 3 (fakeuser3)"},
        {"field": "post_id", "text": "https://www.ptt.cc/bbs/T/M.1751940000.A.1F3.html", "where": "page URL"},
        {"field": "unknown", "text": "ignored"},
    ]
    assert [(i.kind, i.value, i.source) for i in ptt.identifiers(records)] == [
        (K.ACCOUNT_ID, "testposter", "adapter ptt: 作者 line"),
        (K.ACCOUNT_NAME, "測試暱稱", "adapter ptt: 作者 line"),
        (K.POSTER_IP, "203.0.113.45", "adapter ptt: 發信站 line"),
        (K.IP, "2001:db8::7", "adapter ptt: push line 2 (fakeuser2)"),
        (K.POST_ID, "M.1751940000.A.1F3", "adapter ptt: page URL"),
    ]


def _adapter(tmp_path: Path, text: str) -> Path:
    (tmp_path / "x.js").write_text("(function(){ return []; })()", encoding="utf-8")
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "line", "words"), [
    ('{\n  "id": "x",\n  "name": "X",\n  "script": "x.js",\n  "fields": {\n    "a": {"kind": "nonsense"}\n  }\n}', 6,
     "unknown identifier kind"),
    ('{\n  "id": "x",\n  "name": "X",\n  "script": "x.js",\n  "fields": {"a": {"kind": "ip", "pattern": "("}}\n}', 5,
     "bad regular expression"),
    ('{\n  "id": "x",\n  "name": "X",\n  "script": "x.js",\n  "colour": 1,\n  "fields": {"a": {"kind": "ip"}}\n}', 5,
     "unknown key 'colour'"),
    ('{\n  "id": "x",\n  "name": "X",\n  "script": "missing.js",\n  "fields": {"a": {"kind": "ip"}}\n}', 4,
     "does not exist"),
    ('{\n  "id": "x",\n  "name": "X"\n  "script": "x.js"\n}', 4, "Expecting"),
])
def test_broken_adapter_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = _adapter(tmp_path, text)
    with pytest.raises(AdapterInvalid) as caught:
        parse_adapter(path, text)
    message = caught.value.render()
    assert message.startswith(f"Site adapter x.json, line {line}:") and words in message


def test_a_stored_kind_is_named_and_an_unknown_one_shown_as_stored() -> None:
    """`netpatrol case show` names each identifier's kind; a kind from a newer unit's case file must not
    stop it (IdentifierKind("…") raised ValueError there)."""
    from app.core.identifiers import kind_label

    assert kind_label("poster_ip") == "Poster's IP address"
    assert kind_label("hologram_id") == "hologram_id"
