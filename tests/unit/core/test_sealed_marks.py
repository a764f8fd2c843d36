"""Marks of sealed identities: what counts as the same handle, and that a mark means nothing without
the vault's key."""

from __future__ import annotations

from app.core.sealed_marks import SealedHandles, marks_of, normal_forms

KEY = bytes(range(32))


def handles(*values: str) -> SealedHandles:
    return SealedHandles(KEY, dict.fromkeys(marks_of(KEY, values), "被害人1"))


def test_a_handle_matches_with_or_without_its_at_sign_and_in_any_width_or_case() -> None:
    sealed = handles("Victim_Chat")
    for seen in ("@victim_chat", "Victim_Chat", " VICTIM_CHAT ", "＠ｖｉｃｔｉｍ＿ｃｈａｔ"):
        assert sealed.pseudonym_for(seen) == "被害人1", seen
    assert sealed.pseudonym_for("victim_chat_2") is None


def test_a_phone_number_matches_as_its_digits() -> None:
    sealed = handles("0912-345-678")
    assert sealed.pseudonym_for("0912345678") == "被害人1"
    assert sealed.pseudonym_for("0912 345 678") == "被害人1"
    assert sealed.pseudonym_for("A0912345678") is None  # an ID number with those digits is not her phone


def test_a_single_letter_is_never_a_mark() -> None:
    assert normal_forms("王") == set() and handles("王").pseudonym_for("王") is None


def test_marks_are_keyed() -> None:
    assert marks_of(KEY, ["小明"]) != marks_of(bytes(32), ["小明"])
    assert SealedHandles(bytes(32), handles("小明").pseudonyms).pseudonym_for("小明") is None


def test_aliases_name_only_the_sealed_values() -> None:
    assert handles("小明").aliases(["小明", "@seller", "小明"]) == {"小明": "被害人1"}
    assert SealedHandles().aliases(["小明"]) == {}


def test_sealed_values_are_found_where_someone_typed_them() -> None:
    """Seen: the suspect typed the victim's full name and phone number in the chat; the printed transcript named
    her by pseudonym as a sender and printed both in his message. The pieces are given as written, to be replaced."""
    sealed = handles("林小美", "0912-345-678", "A123456789", "victim_chat_01")
    texts = ["林小美妳好，妳的電話是 0912 345 678 對吧", "身分證 A123456789。", "加我 @Victim_Chat_01 好嗎",
             "小美明天見", "0912-999-999 是我的", "林小美麗"]
    assert sealed.found_in(texts) == {"林小美": "被害人1", "0912 345 678": "被害人1", "A123456789": "被害人1",
                                      "@Victim_Chat_01": "被害人1"}
    assert handles("小明").found_in(["我是小明的朋友"]) == {"小明": "被害人1"}  # a name in the middle of a sentence
    assert SealedHandles().found_in(texts) == {}


def test_only_whole_words_are_found_in_latin_text() -> None:
    sealed = handles("amy", "A123456789")
    assert sealed.found_in(["dreamy amy_2 xA123456789"]) == {}
    assert sealed.found_in(["hi Amy!"]) == {"Amy": "被害人1"}


def test_a_name_of_several_words_and_a_korean_name_are_found_where_typed() -> None:
    """A name recorded in Latin letters with spaces (Nguyen Thi Lan) was looked for word by word, and so never
    found; a Korean name is written with a particle after it (김민지는), which made it no whole word. Both were
    printed in the transcript under a header that names the person by pseudonym only."""
    sealed = handles("Nguyen Thi Lan", "김민지")
    texts = ["hi Nguyen Thi Lan, see you", "김민지는 몇 살이야?", "Thi Lan only", "nguyen thi lanh"]
    assert sealed.found_in(texts) == {"Nguyen Thi Lan": "被害人1", "김민지": "被害人1"}
