"""The printed vault audit log (保管庫稽核紀錄): every entry of the period and group, oldest first, with its
case number and whole entry hash, never what an officer typed with an action (a reveal's reason), in
the document's own language with ROC dates, and issued like every document."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab.platypus import KeepTogether, Table

from app.commands.steps import load_procedure
from app.core import i18n
from app.core.audit_actions import action_group
from app.core.models import Role
from app.core.timeutil import TAIPEI, taipei
from app.reports.audit_log import audit_log_document
from app.reports.document import GRID_PART_ROWS, TAIL_ROWS, pdf_bytes, story
from app.reports.issue import DocumentWriteError, print_audit_log
from app.reports.model import ChainCheck, CustodyEntry
from app.vault import Vault
from app.vault.people import RevealWrongPassphrase
from app.vault.stats import Period
from app.vault.steps import CaseSteps
from tests.conftest import PASSPHRASE
from tests.unit.conftest import FixedClock
from tests.unit.reports.conftest import _translations, pdf_pages, squeeze
from tests.unit.vault.tamper import drop_guards, open_raw, restore_guards

JULY_8 = Period(date(2025, 7, 8), date(2025, 7, 8))
REASON = "通報社會局所需（虛構事由）"


@pytest.fixture
def worked(vault_path: Path, clock: FixedClock) -> Iterator[Vault]:
    """A day of work: a case, a sealed victim revealed once (with a reason) and refused once."""
    opened = Vault.open(vault_path, PASSPHRASE, clock=clock)
    case = opened.create_case("稽核紀錄列印（虛構）")
    person = opened.add_person(case.id, Role.VICTIM, "虛構被害人甲")
    clock.now += timedelta(minutes=5)
    opened.reveal(person.id, REASON, PASSPHRASE)
    with pytest.raises(RevealWrongPassphrase):  # the refusal is audited too
        opened.reveal(person.id, REASON, "wrong passphrase")
    clock.now += timedelta(days=1)
    opened.create_case("隔日案件（虛構）")  # 7/9: outside the period
    yield opened
    opened.lock()


def test_every_entry_of_the_period_is_printed_without_what_officers_typed(worked: Vault, tmp_path: Path) -> None:
    printed = print_audit_log(worked, JULY_8, None, tmp_path / "audit.pdf", "en")
    pages = pdf_pages(printed.path.read_bytes())
    text = squeeze("".join(pages))
    day = [e for e in worked.audit.entries() if e.at.date() == date(2025, 7, 8)]
    assert printed.entries == len(day) == 5  # unlock, case, person, reveal, refused reveal
    for entry in day:
        assert squeeze(entry.entry_hash) in text and entry.action in text
    assert text.index("vault.unlock") < text.index("person.reveal")  # oldest first, as the chain runs
    case_number = worked.cases.numbers([day[1].case_id or ""])[day[1].case_id or ""]
    assert squeeze(case_number) in text and squeeze("Period: 2025-07-08 to 2025-07-08") in text
    assert "隔日案件" not in text and squeeze(REASON) not in text and "虛構被害人甲" not in text
    entry = worked.audit.entries()[-1]
    assert (entry.action, entry.case_id, entry.subject) == ("document.generated", None, "audit-log")
    assert entry.details == {"file": "audit.pdf", "sha256": printed.sha256, "format": "pdf",
                             "first_day": "2025-07-08", "last_day": "2025-07-08", "actions": "all", "entries": 5}


def test_a_step_is_printed_by_its_title_then_its_id(worked: Vault, tmp_path: Path) -> None:
    """The supervisor reads which step was ticked; whoever checks the chain finds the id it records."""
    procedure = load_procedure()
    case = worked.create_case("步驟名稱列印（虛構）")
    CaseSteps(worked, lambda: procedure).tick(case.id, "record-origin", data={"origin": "patrol"})
    today = taipei(worked.clock()).date()
    printed = print_audit_log(worked, Period(today, today), None, tmp_path / "steps.pdf", "en", procedure=procedure)
    text = squeeze("".join(pdf_pages(printed.path.read_bytes())))
    assert squeeze("Record how the case came in (patrol, a report, a referral)") + "record-origin" in text
    lines = [line.strip() for line in "\n".join(pdf_pages(printed.path.read_bytes())).splitlines()]
    assert "record-origin" in lines and "step.done" in lines  # each id on a line of its own, below its words


def test_one_group_and_a_failed_write(worked: Vault, tmp_path: Path) -> None:
    identities = action_group("identities")
    printed = print_audit_log(worked, JULY_8, identities, tmp_path / "reveals.pdf", "en")
    text = squeeze("".join(pdf_pages(printed.path.read_bytes())))
    assert printed.entries == 2 and "person.reveal_denied" in text and "case.create" not in text
    assert squeeze("Actions: Sealed identities: reveals, refusals, sending") in text
    assert worked.audit.entries()[-1].details["actions"] == "identities"
    count = len(worked.audit.entries())
    with pytest.raises(DocumentWriteError):
        print_audit_log(worked, JULY_8, identities, tmp_path / "gone" / "reveals.pdf", "en")
    assert len(worked.audit.entries()) == count and not (tmp_path / "gone").exists()


def test_an_empty_period_says_so(worked: Vault, tmp_path: Path) -> None:
    printed = print_audit_log(worked, Period(date(2025, 8, 1), date(2025, 8, 31)), None, tmp_path / "a.pdf", "en")
    pages = pdf_pages(printed.path.read_bytes())
    assert printed.entries == 0 and len(pages) == 1
    assert "No entry was recorded in the period." in " ".join(pages[0].split())


def test_a_choice_of_actions_with_no_entry_says_so_and_not_that_nothing_happened(worked: Vault, tmp_path: Path) -> None:
    """Seen: "Patrols" chosen for a period of 106 entries printed "No entry was recorded in the period."."""
    printed = print_audit_log(worked, JULY_8, action_group("patrols"), tmp_path / "patrols.pdf", "en")
    text = " ".join(pdf_pages(printed.path.read_bytes())[0].split())
    assert printed.entries == 0 and "No entry was recorded in the period." not in text
    assert "No entry of these actions (Patrols, personas, certificate overrides) was recorded in the period." in text


def test_it_is_written_in_chinese_with_roc_dates(worked: Vault, tmp_path: Path) -> None:
    table = _translations()
    i18n.install_catalogue("zh_TW", lambda context, text: table.get((context, text), text))
    try:
        printed = print_audit_log(worked, JULY_8, action_group("identities"), tmp_path / "zh.pdf", "zh_TW")
    finally:
        i18n.install_translator(None)
    text = squeeze("".join(pdf_pages(printed.path.read_bytes())))
    assert "保管庫稽核紀錄" in text and "民國114年7月8日" in text and "2025-07-08" not in text
    assert "檢視密封身分" in text and "製表人" in text


def test_a_long_log_is_laid_out_in_parts_with_every_entry_and_header() -> None:
    """Thousands of entries are printed as tables of at most GRID_PART_ROWS entries, each with its header
    (one table of thousands of rows took reportlab minutes); no entry is lost at a part's edge."""
    moment = datetime(2025, 7, 8, 10, 0, tzinfo=TAIPEI)
    entries = [CustodyEntry(seq, moment, "警員測試甲", "ws", "step.done", "identify-victim", f"{seq:064x}", "NP-1")
               for seq in range(1, 2 * GRID_PART_ROWS + 6)]
    document = audit_log_document(entries, first=date(2025, 7, 8), last=date(2025, 7, 8), group=None, unit="虛構隊",
                                  chain_head="9:abc", chain=ChainCheck(9), generated_at=moment, language="en")
    flowables = story(document)
    tables = [flowable for flowable in flowables if isinstance(flowable, Table)]
    parts = [table for table in tables if "No." in str(table._cellvalues[0][0].text)]
    # the last TAIL_ROWS entries go, without a header of their own, with the 製表人 block under them
    assert [len(part._cellvalues) for part in parts] == [1 + 2 * GRID_PART_ROWS] * 2 + [1 + 2 * (5 - TAIL_ROWS)]
    tail = [f for f in flowables if isinstance(f, KeepTogether)][-1]._content[0]
    assert isinstance(tail, Table) and len(tail._cellvalues) == 2 * TAIL_ROWS
    text = squeeze("".join(pdf_pages(pdf_bytes(document))))
    assert all(f"{seq:064x}" in text for seq in range(1, 2 * GRID_PART_ROWS + 6))


def test_a_broken_chain_is_printed_as_broken(vault_path: Path, tmp_path: Path) -> None:
    """Someone with the key changed an entry: the log still prints, and says where the chain breaks."""
    vault = Vault.open(vault_path, PASSPHRASE)
    vault.create_case("改寫測試（虛構）")
    vault.lock()
    conn = open_raw(vault_path, PASSPHRASE)
    drop_guards(conn)
    conn.execute("UPDATE audit SET officer = '他人' WHERE seq = 2")
    restore_guards(conn)
    conn.close()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        today = taipei(vault.clock()).date()
        printed = print_audit_log(vault, Period(date(2020, 1, 1), today), None, tmp_path / "broken.pdf", "en")
        intact = print_audit_log(vault, Period(today, today), None, tmp_path / "again.pdf", "en")
    finally:
        vault.lock()
    assert printed.chain.broken is not None and intact.chain.broken is not None  # the whole chain, whatever the period
    text = " ".join(" ".join(pdf_pages(printed.path.read_bytes())).split())
    assert "BROKEN: entry 2 was altered (its hash does not match its content)." in text


def test_an_intact_chain_is_said_so(worked: Vault, tmp_path: Path) -> None:
    printed = print_audit_log(worked, JULY_8, None, tmp_path / "log.pdf", "en")
    text = " ".join(" ".join(pdf_pages(printed.path.read_bytes())).split())
    assert printed.chain.broken is None and printed.chain.entries == len(worked.audit.entries()) - 1
    assert f"Intact: entries #1 to #{printed.chain.entries} each carry the hash" in text
    # the test vault was made today and this day of work is of 2025: its unlock stepped the clock back
    stepped = worked.verify().clock_steps[0].seq
    assert printed.chain.clock_steps == (stepped,) and (
        f"their own hashes match. The workstation's clock was set back once, at entry #{stepped}:") in text
