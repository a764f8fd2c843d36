"""Pseudonyms, ROC dates, the passphrase rule, hashing, error messages."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest

from app.core import i18n
from app.core.errors import (
    ExitCode,
    NotFound,
    PassphraseCommon,
    PassphraseSequence,
    PassphraseTooShort,
    PassphraseTooUniform,
    PassphraseUnusable,
    WeakPassphrase,
    WrongPassphrase,
)
from app.core.hashing import sha256_bytes, sha256_chunks
from app.core.models import Role
from app.core.passphrase import check_passphrase
from app.core.pseudonyms import pseudonym, shown_pseudonym
from app.core.timeutil import date_text, iso_utc, parse_iso, roc_date, roc_datetime, short_date_text, short_time_text, time_text


@pytest.mark.parametrize("role,ordinal,expected", [
    (Role.REPORTER, 1, "報告人A"), (Role.REPORTER, 26, "報告人Z"), (Role.REPORTER, 27, "報告人AA"),
    (Role.INFORMANT, 2, "告發人B"), (Role.VICTIM, 1, "被害人1"), (Role.VICTIM, 12, "被害人12"),
    (Role.SUSPECT, 3, "犯嫌3"), (Role.WITNESS, 1, "證人1"),
])
def test_pseudonyms(role: Role, ordinal: int, expected: str) -> None:
    assert pseudonym(role, ordinal) == expected


@pytest.mark.parametrize("stored,english", [
    ("報告人A", "Reporter A"), ("告發人AB", "Informant AB"), ("被害人1", "Victim 1"), ("被害人12", "Victim 12"),
    ("犯嫌3", "Suspect 3"), ("證人1", "Witness 1"),
    ("被害人X", "被害人X"), ("報告人1", "報告人1"), ("被害人01", "被害人01"), ("被害人", "被害人"), ("甲", "甲"),
])
def test_pseudonyms_are_shown_in_the_readers_language(stored: str, english: str) -> None:
    """The English interface says "Victim 1" for 被害人1; forms not our own are shown as received; the
    Chinese catalogue gives back exactly the stored form, so screen and case file agree."""
    i18n.install_translator(None)
    assert shown_pseudonym(stored) == english
    table = _zh_tw_catalogue()
    i18n.install_translator(lambda context, text: table.get((context, text), text))
    try:
        assert shown_pseudonym(stored) == stored
    finally:
        i18n.install_translator(None)


def _zh_tw_catalogue() -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    table: dict[tuple[str, str], str] = {}
    root = ET.parse(Path(__file__).resolve().parents[3] / "i18n" / "netpatrol_zh_TW.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            table[(context.findtext("name") or "", message.findtext("source") or "")] = message.findtext("translation") or ""
    return table


def test_sealed_roles() -> None:
    assert {r for r in Role if r.sealed} == {Role.REPORTER, Role.INFORMANT, Role.VICTIM}


def test_roc_dates() -> None:
    assert roc_date(date(2025, 7, 8)) == "民國114年7月8日"
    # 2025-07-07 17:30 UTC is already 7月8日 in Taipei
    assert roc_date(datetime(2025, 7, 7, 17, 30, tzinfo=UTC)) == "民國114年7月8日"
    assert roc_datetime(datetime(2025, 12, 31, 16, 5, tzinfo=UTC)) == "民國115年1月1日 00:05"


def test_one_rule_for_times_in_each_language() -> None:
    """What the windows, the documents and the command line all show (the Taipei day, not UTC's)."""
    moment = datetime(2025, 12, 31, 16, 5, tzinfo=UTC)
    assert time_text(moment, "zh_TW") == "民國115年1月1日 00:05"
    assert time_text(moment, "en") == "2026-01-01 00:05 (UTC+8)"
    assert short_time_text(moment, "zh_TW") == "115/01/01 00:05" and short_time_text(moment, "en") == "2026-01-01 00:05"
    assert short_date_text(date(2025, 7, 8), "zh_TW") == "114/07/08" and short_date_text(date(2025, 7, 8), "en") == \
        "2025-07-08"
    assert date_text(date(2025, 7, 8), "zh_TW") == "民國114年7月8日" and date_text(date(2025, 7, 8), "en") == "2025-07-08"


def test_iso_round_trip_and_naive_times_are_taipei() -> None:
    moment = datetime(2025, 7, 8, 1, 2, 3, 456789, tzinfo=UTC)
    assert parse_iso(iso_utc(moment)) == moment
    assert parse_iso("2025-07-08T09:00") == datetime(2025, 7, 8, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(("weak", "reason"), [
    ("short", PassphraseTooShort), ("aaaaaaaaaaaaaa", PassphraseTooUniform), ("abababababab", PassphraseTooUniform),
    ("abcdefghijklmn", PassphraseSequence), ("9876543210", PassphraseSequence), ("password12", PassphraseCommon),
    ("1234567890", PassphraseCommon), ("my netpatrol vault", PassphraseCommon), ("ten chars\x00!", PassphraseUnusable)])
def test_a_weak_passphrase_is_refused_for_its_own_reason(weak: str, reason: type[WeakPassphrase]) -> None:
    """The officer who typed "password12" has ten characters and no repetition: telling them to use ten and no
    repeated one (the one sentence every refusal gave) left them guessing what was wrong."""
    with pytest.raises(reason) as refused:
        check_passphrase(weak)
    assert type(refused.value) is reason
    assert issubclass(reason, WeakPassphrase)  # the command's exit code and the callers' except clauses hold
    assert refused.value.exit_code == ExitCode.USAGE


@pytest.mark.parametrize("good", ["correct horse battery", "婦幼隊巡邏專用密碼二〇二六", "Tr0ub4dor&3xyz"])
def test_good_passphrases(good: str) -> None:
    check_passphrase(good)


def test_hashing() -> None:
    assert sha256_bytes(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert sha256_chunks([b"a", b"bc"]) == (sha256_bytes(b"abc"), 3)


def test_errors_render_through_the_translator() -> None:
    i18n.install_translator(lambda context, text: "譯:" + text if context == "errors" else text)
    try:
        assert WrongPassphrase().render().startswith("譯:The passphrase is wrong")
        assert NotFound(what="案件", ident="C1").render() == "譯:{what} {ident} was not found.".format(
            what="案件", ident="C1")
    finally:
        i18n.install_translator(None)
    assert WrongPassphrase().exit_code == ExitCode.LOCKED


@pytest.mark.parametrize(("parts", "expected"), [
    (("Links do not work here.", "Pictures are blurred."), "Links do not work here. Pictures are blurred."),
    (("此處連結無作用。", "圖片已模糊處理。"), "此處連結無作用。圖片已模糊處理。"),
    (("記錄案件來源", "（視需要）"), "記錄案件來源（視需要）"),
    (("Record the source", "(optional)"), "Record the source (optional)"),
    (("SHA-256: 0f78", "⚠ 此檔案是程式。"), "SHA-256: 0f78 ⚠ 此檔案是程式。"),
    (("Saved.", "", "Checklist: done."), "Saved. Checklist: done."),
])
def test_sentences_are_spaced_as_their_language_wants(parts: tuple[str, ...], expected: str) -> None:
    assert i18n.sentences(*parts) == expected


def test_in_language_translates_one_block_on_one_thread() -> None:
    """Documents for agencies are built in Chinese on the task pool while the interface stays English."""
    i18n.install_catalogue("zh_TW", lambda context, text: "中:" + text)
    seen: dict[str, str] = {}
    try:
        with i18n.in_language("zh_TW"):
            seen["inside"] = i18n.translate("reports", "Case")
            worker = threading.Thread(target=lambda: seen.update(other=i18n.translate("reports", "Case")))
            worker.start()
            worker.join()
        seen["after"] = i18n.translate("reports", "Case")
        with i18n.in_language("xx"):  # no such catalogue: the interface's language stays
            seen["unknown"] = i18n.translate("reports", "Case")
    finally:
        i18n.install_translator(None)
    assert seen == {"inside": "中:Case", "other": "Case", "after": "Case", "unknown": "Case"}
    with i18n.in_language("zh_TW"):  # install_translator(None) forgot the catalogue
        assert i18n.translate("reports", "Case") == "Case"


def test_a_count_agrees_with_its_noun() -> None:
    """Seen before: "1 file(s) in the encrypted vault", "End of transcript: 1 messages."."""
    assert i18n.counted(1, "1 file", "{count} files") == "1 file"
    assert i18n.counted(0, "1 file", "{count} files") == "0 files"
    assert i18n.counted(12, "1 file", "{count} files") == "12 files"
    assert i18n.counted(3, "1 file of {case}", "{count} files of {case}", case="NP-1") == "3 files of NP-1"
    assert i18n.counted(1, "1 file of {case}", "{count} files of {case}", case="NP-1") == "1 file of NP-1"
