"""``netpatrol audit``: the vault's audit chain for a period, one group of actions at a time, as text (ROC
times in Chinese), as JSON for scripts, and printed with -o like the window prints it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol
from tests.unit.vault.tamper import drop_guards, open_raw, restore_guards


def test_audit_lists_a_group_and_prints_the_log(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--title", "稽核指令測試（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    person = netpatrol("person", "add", "--case", case.out.strip(), "--role", "victim", "--name", "虛構被害人丙",
                       vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert person.code == 0, person.err
    reveal = netpatrol("person", "reveal", "--case", case.out.strip(), "被害人1", "--reason", "虛構事由",
                       vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert reveal.code == 0, reveal.err

    listed = netpatrol("audit", "--actions", "identities", vault=vault_path, passphrase=PASSPHRASE, home=home,
                       lang="zh_TW")
    assert listed.code == 0, listed.err
    lines = listed.out.splitlines()
    assert len(lines) == 2 and lines[-1] == "共 1 筆"
    assert "民國" in lines[0] and "檢視密封身分 (person.reveal)" in lines[0] and "事由：虛構事由" in lines[0]
    every = netpatrol("audit", "--json", vault=vault_path, passphrase=PASSPHRASE, home=home).json()
    actions = [entry["action"] for entry in every["entries"]]
    assert actions[0] == "vault.create" and actions.index("case.create") < actions.index("person.reveal")  # oldest first
    assert every["actions"] is None and all(entry["at"].endswith("Z") for entry in every["entries"])
    past = netpatrol("audit", "--from", "114/07/01", "--to", "114/07/31", "--json", vault=vault_path,
                     passphrase=PASSPHRASE, home=home).json()
    assert past["entries"] == [] and past["first_day"] == "2025-07-01"
    unknown = netpatrol("audit", "--actions", "reveals", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert unknown.code == 2 and "no group of actions named reveals" in unknown.err

    printed = netpatrol("audit", "--actions", "identities", "-o", str(tmp_path / "reveals.pdf"), "--json",
                        vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert printed.code == 0, printed.err
    data = printed.json()
    assert data["entries"] == 1 and (tmp_path / "reveals.pdf").read_bytes().startswith(b"%PDF")
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        issued = [entry for entry in vault.audit.entries() if entry.action == "document.generated"]
    finally:
        vault.lock()
    assert [(e.subject, e.details["actions"], e.details["sha256"]) for e in issued] == [
        ("audit-log", "identities", data["sha256"])]


def test_a_broken_chain_is_printed_and_exits_3(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert netpatrol("case", "new", "--title", "改寫（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home).code == 0
    conn = open_raw(vault_path, PASSPHRASE)
    drop_guards(conn)
    conn.execute("UPDATE audit SET action = 'case.edit' WHERE seq = 2")
    restore_guards(conn)
    conn.close()
    printed = netpatrol("audit", "-o", str(tmp_path / "log.pdf"), vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert printed.code == 3 and (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
    assert printed.out.splitlines()[-1] == ("The audit chain is broken: entry 2 was altered (its hash does not match "
                                            "its content).")


def test_a_checklist_entry_names_its_step(vault_path: Path, tmp_path: Path) -> None:
    """The step in words, then the id the chain records, as the action is listed."""
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--title", "步驟名稱（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    ticked = netpatrol("step", "--case", case.out.strip(), "record-origin", "done", "--set", "origin=patrol",
                       vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert ticked.code == 0, ticked.err
    listed = netpatrol("audit", "--actions", "casework", vault=vault_path, passphrase=PASSPHRASE, home=home,
                       lang="zh_TW")
    assert listed.code == 0, listed.err
    assert "記錄案件來源（網路巡邏、民眾檢舉或他單位轉報） (record-origin)" in listed.out
    printed = netpatrol("audit", "-o", str(tmp_path / "log.pdf"), vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert printed.code == 0, printed.err
    listed = netpatrol("audit", "--actions", "documents", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert "Document issued (document.generated)  Vault audit log (audit-log)" in listed.out


def test_without_a_procedure_file_steps_are_listed_by_their_ids(vault_path: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The audit chain is listed and printed all the same: the missing file is said, each step is its id."""
    from app import cli
    from app.checklist.loader import ProcedureLibrary
    from app.infra import paths
    from app.vault.steps import CaseSteps

    vault = Vault.open(vault_path, PASSPHRASE)
    case = vault.create_case("沒有程序檔（虛構）")
    CaseSteps(vault, ProcedureLibrary(paths.RESOURCES / "procedures").current).tick(
        case.id, "record-origin", data={"origin": "patrol"})
    vault.lock()
    resources = tmp_path / "resources"  # the installed data, but for an empty procedures folder
    (resources / "procedures").mkdir(parents=True)
    for item in paths.RESOURCES.iterdir():
        if item.name != "procedures":
            (resources / item.name).symlink_to(item)
    monkeypatch.setattr(paths, "RESOURCES", resources)
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    base = ["--lang", "en", "audit", "--vault", str(vault_path), "--actions", "casework"]
    assert cli.run(base) == 0
    listed = capsys.readouterr()
    assert "Step marked done (step.done)  record-origin  " in listed.out and "procedure" in listed.err.lower()
    assert cli.run([*base, "-o", str(tmp_path / "log.pdf")]) == 0
    assert (tmp_path / "log.pdf").read_bytes().startswith(b"%PDF")
