"""The `netpatrol` contract for the vault commands: outputs, --json, exit codes, messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def cli_vault(tmp_path: Path, vault_path: Path) -> Path:
    return vault_path


def test_init_then_cases_people_search_verify(tmp_path: Path, home: Path) -> None:
    vault = tmp_path / "new.npv"
    created = netpatrol("init", "--officer", "警員甲", "--unit", "婦幼隊", vault=vault, passphrase=PASSPHRASE, home=home)
    assert created.code == 0, created.err
    assert vault.stat().st_size > 0

    new = netpatrol("case", "new", "--title", "Dcard 貼文疑似媒介援交", "--platform", "Dcard", vault=vault,
                    passphrase=PASSPHRASE, home=home)
    assert new.code == 0, new.err
    case_id = new.out.strip()
    assert case_id.startswith("C") and len(case_id) == 11

    person = netpatrol("person", "add", "--case", case_id, "--role", "victim", "--name", "林虛構", "--json",
                       vault=vault, passphrase=PASSPHRASE, home=home)
    assert person.code == 0, person.err
    assert person.json()["pseudonym"] == "被害人1"
    assert person.json()["steps_done"] == ["seal-identities"]  # sealed as it was added: the procedure's step
    assert "林虛構" not in person.out

    shown = netpatrol("case", "show", case_id, "--json", vault=vault, passphrase=PASSPHRASE, home=home).json()
    assert shown["title"] == "Dcard 貼文疑似媒介援交"
    assert [p["pseudonym"] for p in shown["people"]] == ["被害人1"]

    listed = netpatrol("case", "list", "--json", vault=vault, passphrase=PASSPHRASE, home=home).json()
    assert [c["id"] for c in listed] == [case_id]
    assert listed[0]["changed_at"] > listed[0]["updated_at"]  # the person came after the case's one revision

    hits = netpatrol("search", "援交", "--json", vault=vault, passphrase=PASSPHRASE, home=home).json()
    assert [h["case_id"] for h in hits] == [case_id]
    assert netpatrol("search", "不存在的詞", "--json", vault=vault, passphrase=PASSPHRASE, home=home).json() == []
    netpatrol("case", "new", "--title", "IG 貼文疑似援交", vault=vault, passphrase=PASSPHRASE, home=home)
    cut = netpatrol("--lang", "en", "search", "援交", "--limit", "1", vault=vault, passphrase=PASSPHRASE, home=home)
    assert cut.out.splitlines()[-1] == "Only the newest hit is shown; --limit shows more."
    first = netpatrol("--lang", "en", "case", "list", "--limit", "1", vault=vault, passphrase=PASSPHRASE, home=home)
    assert first.out.splitlines()[-1] == "Only 1 case is shown; --offset 1 lists the next ones."
    # Seen: a last page exactly full promised more, and the next offset then said "No cases yet."
    full = netpatrol("--lang", "en", "case", "list", "--limit", "2", vault=vault, passphrase=PASSPHRASE, home=home)
    assert len(full.out.splitlines()) == 2 and "--offset" not in full.out
    past = netpatrol("--lang", "en", "case", "list", "--offset", "2", vault=vault, passphrase=PASSPHRASE, home=home)
    assert past.out.strip() == "No case at --offset 2: there are fewer cases."
    whole = netpatrol("search", "援交", "--json", vault=vault, passphrase=PASSPHRASE, home=home).json()
    assert len(whole) == 2  # the JSON is the hits alone

    verified = netpatrol("verify", "--json", vault=vault, passphrase=PASSPHRASE, home=home)
    assert verified.code == 0, verified.out
    assert verified.json()["ok"] is True


def test_case_edit_changes_what_is_given_as_a_new_audited_revision(cli_vault: Path, home: Path) -> None:
    """Before: a case's status (移送, 結案…) could be changed only in the window; a command had no way. Now `case edit`
    writes a new revision of what is given, recorded as the window's edit is, and says that the status alone stops
    no statutory clock."""
    from app.vault import Vault

    def run(*args: str, lang: str = "en") -> object:
        return netpatrol("case", *args, vault=cli_vault, passphrase=PASSPHRASE, home=home, lang=lang)

    case_id = run("new", "--title", "IG 限動疑似兒少性剝削", "--platform", "Instagram").out.strip()  # type: ignore[attr-defined]
    closed = run("edit", case_id, "--status", "closed", "--platform", "Instagram", "--platform", "Threads", "--json")
    assert closed.code == 0, closed.err  # type: ignore[attr-defined]
    data = closed.json()  # type: ignore[attr-defined]
    assert data["status"] == "closed" and data["platforms"] == ["Instagram", "Threads"] and data["revision"] == 2
    assert data["changed"] == ["platforms", "status"] and data["title"] == "IG 限動疑似兒少性剝削"
    said = run("edit", case_id, "--status", "closed", "--title", "IG 限動疑似兒少性剝削", lang="zh_TW")
    lines = said.out.splitlines()  # type: ignore[attr-defined]
    assert said.code == 0 and lines[0] == "未變更：案件內容已是如此。"  # type: ignore[attr-defined]
    assert "法定期限仍持續計算" in lines[-1]
    retitled = run("edit", case_id, "--title", "IG 限動（移送）", "--status", "transferred")
    assert retitled.out.splitlines()[0] == "Changed: Title, Status"  # type: ignore[attr-defined]
    assert "deadlines still run" not in retitled.out  # type: ignore[attr-defined]
    assert run("edit", "NP-000-0000", "--status", "open").code == 1  # type: ignore[attr-defined]
    assert run("edit", case_id, "--status", "shut").code == 2  # type: ignore[attr-defined]

    vault = Vault.open(cli_vault, PASSPHRASE)
    try:
        edits = [e for e in vault.audit.entries(case_id) if e.action == "case.edit"]
        assert [e.details["changed"] for e in edits] == [["platforms", "status"], ["status", "title"]]
        assert vault.case(case_id).revision == 3 and vault.case(case_id).title == "IG 限動（移送）"
    finally:
        vault.lock()


def test_exit_codes(cli_vault: Path, home: Path, tmp_path: Path) -> None:
    wrong = netpatrol("case", "list", vault=cli_vault, passphrase="definitely wrong words", home=home)
    assert wrong.code == 4
    assert wrong.err.strip().count("\n") == 0 and "passphrase is wrong" in wrong.err
    no_passphrase = netpatrol("case", "list", vault=cli_vault, home=home)
    assert no_passphrase.code == 4
    missing = netpatrol("case", "list", vault=tmp_path / "none.npv", passphrase=PASSPHRASE, home=home)
    assert missing.code == 1 and "netpatrol init" in missing.err
    usage = netpatrol("case", "frobnicate", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert usage.code == 2
    not_found = netpatrol("case", "show", "CNOSUCHCASE", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert not_found.code == 1 and "CNOSUCHCASE" in not_found.err
    exists = netpatrol("init", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert exists.code == 1


def test_weak_passphrase_refused_and_nothing_created(tmp_path: Path, home: Path) -> None:
    vault = tmp_path / "weak.npv"
    result = netpatrol("init", vault=vault, passphrase="1234", home=home)
    assert result.code == 2
    assert not vault.exists()


def test_messages_in_chinese(cli_vault: Path, home: Path) -> None:
    wrong = netpatrol("case", "list", vault=cli_vault, passphrase="definitely wrong words", home=home, lang="zh_TW")
    assert wrong.code == 4
    assert "密碼" in wrong.err


def test_reveal_needs_reason_and_is_audited(cli_vault: Path, home: Path) -> None:
    case_id = netpatrol("case", "new", "--title", "t", vault=cli_vault, passphrase=PASSPHRASE, home=home).out.strip()
    netpatrol("person", "add", "--case", case_id, "--role", "informant", "--name", "趙虛構", vault=cli_vault,
              passphrase=PASSPHRASE, home=home)
    no_reason = netpatrol("person", "reveal", "--case", case_id, "告發人A", vault=cli_vault, passphrase=PASSPHRASE,
                          home=home)
    assert no_reason.code == 2
    revealed = netpatrol("person", "reveal", "--case", case_id, "告發人A", "--reason", "檢察官指揮偵訊", "--json",
                         vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert revealed.code == 0, revealed.err
    assert revealed.json()["name"] == "趙虛構"
    shown = netpatrol("case", "show", case_id, "--json", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert "趙虛構" not in shown.out
    netpatrol("person", "add", "--case", case_id, "--role", "victim", "--name", "錢虛構", "--phone", "0900-000-000",
              vault=cli_vault, passphrase=PASSPHRASE, home=home)
    read = netpatrol("person", "reveal", "--case", case_id, "被害人1", "--reason", "核對", vault=cli_vault,
                     passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert read.code == 0, read.err
    lines = read.out.splitlines()
    assert "  電話：0900-000-000" in lines  # the field named in the officer's language (no space after 「：」)
    assert lines[0] == "被害人1：錢虛構"  # seen: 「被害人1: 錢虛構」
    netpatrol("person", "add", "--case", case_id, "--role", "suspect", "--name", "孫虛構", vault=cli_vault,
              passphrase=PASSPHRASE, home=home)
    entries = len(_audit_actions(cli_vault))
    suspect = netpatrol("person", "reveal", "--case", case_id, "犯嫌1", "--reason", "核對", vault=cli_vault,
                        passphrase=PASSPHRASE, home=home)
    # Seen: "This reveal is recorded in the audit log." for a suspect, whose name is not sealed, and no entry.
    assert suspect.code == 0 and "recorded in the audit log" not in suspect.out
    assert "Suspect 1 is not sealed (Suspect)" in suspect.out and "nothing was recorded" in suspect.out
    assert _audit_actions(cli_vault)[entries:] == ["vault.unlock", "vault.lock"]


def _audit_actions(path: Path) -> list[str]:
    from app.vault import Vault

    vault = Vault.open(path, PASSPHRASE, read_only=True)
    try:
        return [entry.action for entry in vault.audit.entries()]
    finally:
        vault.lock()


def test_a_clock_behind_the_vault_is_told_on_stderr_and_verify_names_the_step(cli_vault: Path, home: Path) -> None:
    """The vault's last entry lies a day ahead of this workstation's clock (as after a clock set back)."""
    from datetime import timedelta

    from app.core.timeutil import utc_now
    from app.vault import Vault

    ahead = utc_now() + timedelta(days=1, hours=2)
    Vault.open(cli_vault, PASSPHRASE, clock=lambda: ahead).lock()
    listed = netpatrol("case", "list", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert listed.code == 0 and listed.err.startswith("The workstation's clock reads ")
    assert " 1 d 1 h earlier than the vault's last entry." in listed.err  # a minute or so of it spent since

    verified = netpatrol("verify", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert verified.code == 0 and verified.err == ""  # a read-only check writes no unlock to say it of
    lines = verified.out.splitlines()
    assert lines[2] == "The vault is intact." and " earlier than entry " in lines[3] and len(lines) == 4
    in_chinese = netpatrol("verify", "--json", vault=cli_vault, passphrase=PASSPHRASE, home=home, lang="zh_TW").json()
    assert in_chinese["ok"] is True and [step["back_by_seconds"] > 86400 for step in in_chinese["clock_steps"]] == [True]


def test_a_command_that_upgrades_an_older_vault_says_where_the_copy_of_it_is_kept(tmp_path: Path, home: Path) -> None:
    """The first command to open a vault from an earlier NetPatrol upgrades it, after keeping a copy beside it;
    it says where on stderr (the output itself, --json included, is unchanged). A read-only command upgrades
    nothing and copies nothing."""
    import shutil

    older = tmp_path / "older.npv"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "vaults" / "vault-v1.npv", older)
    verified = netpatrol("verify", vault=older, passphrase=PASSPHRASE, home=home)
    assert verified.code == 0 and verified.err == "" and not list(tmp_path.glob("*before-upgrade*"))
    listed = netpatrol("case", "list", "--json", vault=older, passphrase=PASSPHRASE, home=home)
    kept = list(tmp_path.glob("older-before-upgrade-v1-*.npv"))
    assert listed.code == 0 and len(kept) == 1, listed.err
    assert listed.err.startswith("This vault was made by an earlier NetPatrol") and f" {kept[0]};" in listed.err
    assert [case["title"] for case in listed.json()] == ["版本一案件：PTT 貼文"]
    again = netpatrol("case", "list", vault=older, passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert again.code == 0 and again.err == ""


def test_a_missing_or_wrong_subcommand_is_named_in_words_not_by_its_internal_name(home: Path) -> None:
    """Seen: 「缺少必要的參數：case_command」 and 「參數 command：無效的選擇」."""
    missing = netpatrol("case", home=home, lang="zh_TW")
    assert missing.code == 2 and "缺少必要的參數：{new,list,show,edit}" in missing.err and "case_command" not in missing.err
    wrong = netpatrol("bogus", home=home, lang="zh_TW")
    assert wrong.code == 2 and "參數 指令：無效的選擇：'bogus'" in wrong.err


def test_verify_of_a_damaged_page_says_where_it_stopped_in_the_officers_words(cli_vault: Path, home: Path) -> None:
    """Seen: 「稽核紀錄 0 筆，證據資料列 0 筆…」 and an empty chain head above the damage, as if the vault had been
    checked and found empty, and SQLCipher's English 「HMAC verification failed for page 25」."""
    for n in range(3):
        netpatrol("case", "new", "--title", f"頁面{n}", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    data = bytearray(cli_vault.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4] = b"\xff\xff\xff\xff"
    cli_vault.write_bytes(bytes(data))
    checked = netpatrol("verify", vault=cli_vault, passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert checked.code == 3
    assert checked.out.splitlines()[0] == "檢查停在檔案本身：其中內容均無法清點或檢查。"
    assert "頁未通過驗證（第一個：第 " in checked.out and "HMAC" not in checked.out and "0 筆" not in checked.out


def test_backup_writes_a_copy_that_opens_with_the_passphrase_and_is_audited(cli_vault: Path, home: Path,
                                                                           tmp_path: Path) -> None:
    import hashlib

    netpatrol("case", "new", "--title", "備份指令測試", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    target = tmp_path / "backup.npv"
    made = netpatrol("--json", "backup", "-o", str(target), vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert made.code == 0, made.err
    assert made.json()["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    listed = netpatrol("case", "list", vault=target, passphrase=PASSPHRASE, home=home)
    assert listed.code == 0 and "備份指令測試" in listed.out
    again = netpatrol("backup", "-o", str(target), vault=cli_vault, passphrase=PASSPHRASE, home=home, lang="zh_TW")
    assert again.code == 2 and "--force" in again.err and again.err.strip().count("\n") == 0
    over_vault = netpatrol("backup", "-o", str(cli_vault), "--force", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert over_vault.code == 2 and "file of the vault itself" in over_vault.err
    audit = netpatrol("--json", "audit", vault=cli_vault, passphrase=PASSPHRASE, home=home)
    assert [e["action"] for e in audit.json()["entries"]].count("vault.backup") == 1
