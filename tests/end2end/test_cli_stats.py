"""`netpatrol stats`: the period as officers write it, the figures, --json, a wrong day, and the printed
sheet (-o), audited."""

from __future__ import annotations

from pathlib import Path

from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol


def test_stats_for_this_month_and_a_roc_period(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--title", "統計測試（虛構）", "--platform", "PTT", vault=vault_path,
                     passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    origin = netpatrol("step", "--case", case.out.strip(), "record-origin", "done", "--set", "origin=patrol",
                       vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert origin.code == 0, origin.err
    this_month = netpatrol("stats", "--json", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert this_month.code == 0, this_month.err
    figures = this_month.json()
    assert figures["cases_opened"] == 1 and figures["cases_by_platform"] == {"PTT": 1}
    assert figures["steps_done"] == {"record-origin": 1} and figures["cases_by_origin"] == {"patrol": 1}
    past = netpatrol("stats", "--from", "114/07/01", "--to", "民國114年7月31日", vault=vault_path, passphrase=PASSPHRASE,
                     home=home, lang="zh_TW")
    assert past.code == 0, past.err
    assert past.out.splitlines()[0] == "統計期間：民國114年7月1日至民國114年7月31日"
    assert "新立案件：0 件" in past.out
    wrong = netpatrol("stats", "--from", "114/13/01", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert wrong.code == 2 and "is not a day" in wrong.err
    backwards = netpatrol("stats", "--from", "2025-07-31", "--to", "2025-07-01", vault=vault_path,
                          passphrase=PASSPHRASE, home=home)
    assert backwards.code == 2 and "ends" in backwards.err


def test_stats_prints_the_sheet_in_chinese(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    made = netpatrol("case", "new", "--title", "統計表測試（虛構）", "--platform", "X", vault=vault_path,
                     passphrase=PASSPHRASE, home=home)
    assert made.code == 0, made.err
    sheet = netpatrol("stats", "-o", str(tmp_path / "sheet.pdf"), vault=vault_path, passphrase=PASSPHRASE, home=home,
                      lang="zh_TW")
    assert sheet.code == 0, sheet.err
    assert sheet.out.splitlines()[-1].startswith(f"已寫入 {tmp_path / 'sheet.pdf'}（SHA-256 ")
    assert "依平臺：X 1" in sheet.out and (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        issued = [entry for entry in vault.audit.entries() if entry.action == "document.generated"]
    finally:
        vault.lock()
    assert [(entry.subject, entry.details["format"]) for entry in issued] == [("statistics", "pdf")]
    nowhere = netpatrol("stats", "-o", str(tmp_path / "missing" / "sheet.pdf"), vault=vault_path,
                        passphrase=PASSPHRASE, home=home)
    assert nowhere.code == 2 and nowhere.err == (f"The folder {tmp_path / 'missing'} does not exist: create it "
                                                 "first, or name a file in a folder that exists. Nothing was written.\n")
