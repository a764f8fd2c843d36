"""The printed patrol duty log (勤務紀錄): one day or one patrol, with every page visited, each patrol's
true span (not the time a crashed patrol was closed), and whether its log is sealed in the audit chain.

Synthetic patrols on invented pages (documentation addresses), on 2025-07-08 in Taipei.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.core.timeutil import TAIPEI
from app.reports.document import pdf_bytes, to_text
from app.reports.issue import print_patrol_log
from app.reports.patrol_log import PatrolLogScope, patrol_log_document
from app.vault import Vault
from app.vault.patrols import PatrolEventKind, PatrolStore, StopReason
from tests.unit.reports.conftest import pdf_pages, squeeze

DAY = date(2025, 7, 8)
LONG_URL = "https://forum.example.test/board/very-long-path/" + "segment-" * 12 + "end?query=一二三&page=7"


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TAIPEI)


def _patrols(vault: Vault) -> dict[str, str]:
    """Morning: stopped normally. Afternoon: never stopped. Evening: the application ended at 20:40
    and an officer closed the patrol the next morning."""
    store = PatrolStore(vault.db, vault.audit)
    morning = store.start(vault.actor, at(9), "off-the-record")
    store.navigate(morning.id, at(9, 5), "https://board.example.test/a", "看板 A（虛構）", "1", "off-the-record")
    store.navigate(morning.id, at(9, 20), LONG_URL, "很長的網址頁", "2", "臥底帳號甲（虛構）")
    store.record(morning.id, PatrolEventKind.CAPTURE, at(9, 21), url=LONG_URL, title="很長的網址頁", tab="2",
                 persona="臥底帳號甲（虛構）", data={"capture": "K123"})
    store.stop(vault.actor, morning.id, at(10, 30))
    afternoon = store.start(vault.actor, at(14), "off-the-record")
    store.navigate(afternoon.id, at(14, 10), "https://unreachable.example.test/", "", "1", "off-the-record")
    store.record(afternoon.id, PatrolEventKind.NAVIGATE, at(14, 10), url="https://unreachable.example.test/",
                 data={"error": "host not found"})
    evening = store.start(vault.actor, at(20), "off-the-record")
    store.navigate(evening.id, at(20, 40), "https://board.example.test/night", "夜間看板", "1", "off-the-record")
    store.stop(vault.actor, evening.id, at(9, 0, DAY + timedelta(days=1)), StopReason.INTERRUPTED)
    return {"morning": morning.id, "afternoon": afternoon.id, "evening": evening.id}


def _document(vault: Vault, scope: PatrolLogScope, language: str = "en") -> tuple[str, list[str]]:
    document = patrol_log_document(PatrolStore(vault.db, vault.audit), scope, unit="虛構婦幼隊", chain_head="7:abc",
                                   generated_at=at(18, 0, DAY + timedelta(days=2)), language=language)
    return to_text(document), pdf_pages(pdf_bytes(document))


def test_a_day_lists_every_patrol_with_its_true_span_and_state(vault: Vault) -> None:
    ids = _patrols(vault)
    text, pages = _document(vault, PatrolLogScope(day=DAY))
    assert "Patrols: 3" in text and "Pages visited: 5" in text and "Captures: 1" in text
    # 1 h 30 + 10 min until the last logged event + 40 min until the application ended: not 13 hours
    # until the evening patrol was closed, nor two days until the document was printed
    assert "Time on patrol: 2 h 20 min" in text
    assert [line for line in text.splitlines() if line.startswith("【")] == [
        f"【Patrol {ids[key]}】" for key in ("morning", "afternoon", "evening")]
    assert text.count("Sealed in the audit chain when the officer stopped the patrol.") == 1
    assert text.count("Open: the patrol is running") == 1
    assert "2025-07-08 20:00 (UTC+8) – 2025-07-08 20:40 (UTC+8) (the last event logged: the patrol was not " \
           "stopped normally)" in text
    # Seen: a patrol still running printed as one "not stopped normally".
    assert "2025-07-08 14:00 (UTC+8) – 2025-07-08 14:10 (UTC+8) (the last event logged: the patrol is still " \
           "running, or the application ended before it was stopped)" in text
    assert "(not loaded: host not found)" in text and "臥底帳號甲（虛構）" in text and "Off the record" in text
    assert "Closed after the application" not in text  # closed on the next day: not this day's log
    assert squeeze(LONG_URL) in squeeze("".join(pages))  # a long address prints whole, wrapped
    assert "Case number" not in text and not any("Case " in page.splitlines()[0] for page in pages)


def test_the_time_the_vault_stood_locked_is_not_time_on_patrol(vault: Vault) -> None:
    store = PatrolStore(vault.db, vault.audit)
    patrol = store.start(vault.actor, at(9), "off-the-record")
    store.record(patrol.id, PatrolEventKind.PAUSE, at(11))
    store.record(patrol.id, PatrolEventKind.RESUME, at(12, 15))
    store.stop(vault.actor, patrol.id, at(13))
    text, _pages = _document(vault, PatrolLogScope(day=DAY))
    assert "Time on patrol: 2 h 45 min" in text
    assert "Paused: the vault was locked" in text and "Resumed: the vault was unlocked" in text


def test_one_patrol_and_the_next_day(vault: Vault) -> None:
    ids = _patrols(vault)
    text, _pages = _document(vault, PatrolLogScope(patrol_id=ids["morning"]))
    assert "Patrols: 1" in text and "Pages visited: 2" in text and "Time on patrol: 1 h 30 min" in text
    assert "board.example.test/night" not in text
    text, _pages = _document(vault, PatrolLogScope(day=DAY + timedelta(days=1)))
    assert "Closed after the application ended unexpectedly" in text and "Time on patrol: 0 h 00 min" in text
    assert "Sealed in the audit chain when an officer closed it after the application had ended" in text


def test_an_empty_day_says_so(vault: Vault) -> None:
    text, pages = _document(vault, PatrolLogScope(day=DAY))
    assert "No patrol was logged in this period." in text and "Patrols: 0" in text and len(pages) == 1


@pytest.mark.usefixtures("zh_tw")
def test_zh_tw_prints_roc_dates(vault: Vault) -> None:
    _patrols(vault)
    text, pages = _document(vault, PatrolLogScope(day=DAY), "zh_TW")
    assert "網路巡邏勤務紀錄" in text and "民國114年7月8日" in text and "2025-07" not in "".join(pages)
    assert "虛構婦幼隊" in text and "民國114年7月10日" in pages[0]
    # seen: 「無痕（不保 / 存）」 in a persona column narrower than the name of the default persona
    assert any(line.strip() == "無痕（不保存）" for line in "\n".join(pages).splitlines())
    assert "網址" in pages[0] and "地址" not in "".join(pages)  # seen: the column of web addresses headed 「地址」


def test_printing_is_audited_and_the_file_appears_whole(vault: Vault, tmp_path: Path) -> None:
    _patrols(vault)
    issued = print_patrol_log(vault, PatrolLogScope(day=DAY), tmp_path / "log.pdf", "en")
    assert issued.path.read_bytes().startswith(b"%PDF")
    entry = vault.audit.entries()[-1]
    assert (entry.action, entry.case_id, entry.subject) == ("document.generated", None, "patrol-log")
    assert entry.details == {"file": "log.pdf", "sha256": issued.sha256, "format": "pdf", "day": "2025-07-08"}
    assert vault.verify().ok


def test_the_log_is_written_in_its_own_language_whatever_the_interface(vault: Vault) -> None:
    """The window prints the log in Chinese for the duty file, also for an officer working in English."""
    from app.core import i18n
    from tests.unit.reports.conftest import _translations

    table = _translations()
    i18n.install_catalogue("zh_TW", lambda context, text: table.get((context, text), text))
    try:
        _patrols(vault)
        text, _pages = _document(vault, PatrolLogScope(day=DAY), "zh_TW")  # the interface stays English
        assert "網路巡邏勤務紀錄" in text and "巡邏次數" in text and "Patrols" not in text
    finally:
        i18n.install_translator(None)


@pytest.mark.usefixtures("zh_tw")
@pytest.mark.parametrize("recorded", ["CertificateDateInvalid", "certificate_date_invalid"])
def test_a_certificate_override_names_the_problem_in_words_not_as_a_page_not_loaded(vault: Vault,
                                                                                    recorded: str) -> None:
    """Seen: 「憑證錯誤仍繼續 … 證書已過期 certificate expired（未載入：certificate_date_invalid）」: the
    officer proceeded, and the problem was a raw English id."""
    store = PatrolStore(vault.db, vault.audit)
    patrol = store.start(vault.actor, at(9), "off-the-record")
    store.record(patrol.id, PatrolEventKind.TLS_OVERRIDE, at(9, 5), url="https://tls.example.test/",
                 title="The certificate has expired.", tab="1", persona="off-the-record", data={"error": recorded})
    store.stop(vault.actor, patrol.id, at(9, 30))
    text, pages = _document(vault, PatrolLogScope(patrol_id=patrol.id), "zh_TW")
    for content in (text, squeeze("".join(pages))):
        assert squeeze("憑證問題：憑證已過期或尚未生效") in squeeze(content)
        assert "未載入" not in content and recorded not in content and "expired." not in content


@pytest.mark.usefixtures("zh_tw")
def test_the_log_is_dated_by_its_duty_day_and_a_patrol_past_midnight_dates_its_times(vault: Vault) -> None:
    """Seen: the log of 115/11/28, printed on 11/30, headed 「日期：民國115年11月30日」; and a patrol's times
    running 23:57:00 → 00:00:00 with nothing to say the day had changed."""
    store = PatrolStore(vault.db, vault.audit)
    night = store.start(vault.actor, at(23, 30), "off-the-record")
    store.navigate(night.id, at(23, 50), "https://board.example.test/a", "看板 A（虛構）", "1", "off-the-record")
    store.navigate(night.id, at(0, 10, DAY + timedelta(days=1)), "https://board.example.test/b", "看板 B（虛構）", "1",
                   "off-the-record")
    store.stop(vault.actor, night.id, at(0, 30, DAY + timedelta(days=1)))
    text, pages = _document(vault, PatrolLogScope(day=DAY), "zh_TW")  # printed on 7/10
    assert "勤務日期：民國114年7月8日　　列印日期：民國114年7月10日" in text
    assert pages[0].count("民國114年7月10日") == 1  # the print date under the title only, not in the header
    text, pages = _document(vault, PatrolLogScope(patrol_id=night.id), "zh_TW")
    assert "勤務日期：民國114年7月8日至民國114年7月9日" in text
    lines = [line.strip() for line in "".join(pages).splitlines()]
    assert "114/07/08" in lines and "23:50:00" in lines and "114/07/09" in lines and "00:10:00" in lines
