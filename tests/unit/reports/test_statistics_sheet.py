"""The printed statistics sheet (績效統計表): the same figures as `netpatrol stats`, in tables, in the
document's own language with ROC dates, signed by whoever compiled it and the unit's head, and issued
like every document (audited, named only once whole).

Synthetic work in July 2025 (tests.unit.vault.test_stats.month_of_work)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app.core import i18n
from app.core.timeutil import TAIPEI
from app.reports.document import BLANK, pdf_bytes, to_text
from app.reports.issue import DocumentWriteError, print_statistics
from app.reports.statistics_sheet import statistics_document
from app.vault import Vault
from app.vault.stats import Period, unit_statistics
from tests.conftest import PASSPHRASE
from tests.unit.conftest import FixedClock
from tests.unit.reports.conftest import _translations, pdf_pages, squeeze
from tests.unit.vault.test_stats import JULY, month_of_work
from tests.unit.vault.test_steps import PROCEDURE

PRINTED_AT = datetime(2025, 8, 1, 9, 30, tzinfo=TAIPEI)


@pytest.fixture
def july(vault_path: Path, clock: FixedClock) -> Iterator[Vault]:
    opened = Vault.open(vault_path, PASSPHRASE, clock=clock)
    month_of_work(opened, clock)
    yield opened
    opened.lock()


def _sheet(vault: Vault, period: Period = JULY, language: str = "en") -> tuple[str, list[str]]:
    document = statistics_document(unit_statistics(vault, PROCEDURE, period), PROCEDURE, unit="虛構婦幼隊",
                                   chain_head="9:abc", generated_at=PRINTED_AT, language=language,
                                   author="警員測試甲")
    return to_text(document), pdf_pages(pdf_bytes(document))


def test_the_sheet_holds_the_figures_of_the_period(july: Vault) -> None:
    text, pages = _sheet(july)
    for line in ("Unit: 虛構婦幼隊", "Period: 2025-07-01 to 2025-07-31", "Patrols: 1", "Time on patrol: 1 h 30 min",
                 "Pages visited: 3", "Officers: 警員測試甲", "Cases opened: 3", "Received from other units: 0",
                 "Captures: 2 (1 partial)", "Compiled by: 警員測試甲", f"Head of unit: {BLANK}"):
        assert line in text.splitlines(), line
    assert "1. How they came in: Internet patrol | Number of cases: 2" in text
    assert "2. How they came in: Report from the public | Number of cases: 1" in text
    assert "1. Platform: PTT | Number of cases: 2" in text and "3. Platform: X | Number of cases: 1" in text
    # the undone report does not count; the late one counts as done, and as late against its deadline
    assert ("3. Step done in the period: Report to the social authority (Department of Social Welfare / family "
            "protection centre), within 24 hours at the latest | Number of cases: 2") in text
    assert ("1. Deadline in the period: Report to the social authority (24 h) | On time: 1 | Late: 1 | Open past the "
            "deadline: 1") in text
    assert all("9:abc" in page for page in pages) and "Case number" not in text
    assert squeeze("Report to the social authority (24 h)") in squeeze("".join(pages))


def test_an_empty_period_keeps_its_tables_with_a_dash(july: Vault) -> None:
    text, pages = _sheet(july, Period(date(2025, 9, 1), date(2025, 9, 30)))
    assert "Patrols: 0" in text and "Captures: 0 (0 partial)" in text and "Officers: -" in text
    assert "1. How they came in: -" in text and "1. Deadline in the period: -" in text
    assert len(pages) == 1


def test_it_is_written_in_chinese_with_roc_dates_from_an_english_interface(july: Vault) -> None:
    """The window prints it in Chinese for the evaluation file, also for an officer working in English."""
    table = _translations()
    i18n.install_catalogue("zh_TW", lambda context, text: table.get((context, text), text))
    try:
        text, pages = _sheet(july, language="zh_TW")  # the interface stays English
    finally:
        i18n.install_translator(None)
    assert text.startswith("網路巡邏及查緝績效統計表")
    assert "期間：民國114年7月1日至民國114年7月31日" in text and "巡邏次數：1" in text
    assert "通報社政主管機關（24小時）" in text  # the procedure's zh-TW labels
    assert "製表人：警員測試甲" in text and "2025-0" not in "".join(pages)


def test_printing_is_audited_and_a_failed_write_leaves_nothing(july: Vault, tmp_path: Path) -> None:
    printed = print_statistics(july, PROCEDURE, JULY, tmp_path / "july.pdf", "en")
    assert printed.path.read_bytes().startswith(b"%PDF") and printed.statistics.patrols == 1
    entry = july.audit.entries()[-1]
    assert (entry.action, entry.case_id, entry.subject) == ("document.generated", None, "statistics")
    assert entry.details == {"file": "july.pdf", "sha256": printed.sha256, "format": "pdf",
                             "first_day": "2025-07-01", "last_day": "2025-07-31"}
    entries = len(july.audit.entries())
    with pytest.raises(DocumentWriteError):
        print_statistics(july, PROCEDURE, JULY, tmp_path / "no such folder" / "july.pdf", "en")
    assert len(july.audit.entries()) == entries and not (tmp_path / "no such folder").exists()
    assert july.verify().first_broken_entry is None  # (the synthetic captures carry no artifacts to check)
