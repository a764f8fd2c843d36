"""`netpatrol keys show / export / import / verify FILE` as subprocesses: outputs, --json, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import ROOT, netpatrol


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _sending_case(vault: Path, home: Path) -> str:
    case = netpatrol("case", "new", "--title", "移交指令測試（虛構）", vault=vault, passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    added = netpatrol("person", "add", "--case", case.out.strip(), "--role", "victim", "--name", "虛構被害人甲",
                      vault=vault, passphrase=PASSPHRASE, home=home)
    assert added.code == 0, added.err
    return case.out.strip()


def test_keys_export_verify_import(vault_path: Path, receiving_path: Path, home: Path, tmp_path: Path) -> None:
    case_id = _sending_case(vault_path, home)
    keys = netpatrol("keys", "show", "--json", vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert keys.code == 0, keys.err
    recipient, fingerprint = keys.json()["recipient"], keys.json()["fingerprint"]
    assert recipient.startswith("age1") and len(fingerprint) == 39
    assert netpatrol("keys", "show", "--json", vault=receiving_path, passphrase=PASSPHRASE, home=home).json() == keys.json()

    case_file = tmp_path / "out" / "case.npcase"
    case_file.parent.mkdir()  # an export writes into a folder that exists, and makes none
    exported = netpatrol("export", "--case", case_id, "-o", str(case_file), "--recipient", recipient,
                         vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert exported.code == 0, exported.err
    assert "Sealed identities left out: 1." in exported.out and case_file.exists()
    assert "虛構被害人甲" not in exported.out

    checked = netpatrol("verify", str(case_file), "--json", vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert checked.code == 0, checked.err
    assert checked.json()["ok"] and checked.json()["sealed_people"] == 1

    imported = netpatrol("import", str(case_file), "--json", vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert imported.code == 0, imported.err
    assert imported.json()["case_id"] == case_id
    again = netpatrol("import", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert again.code == 1 and "already in this vault" in again.err
    assert netpatrol("verify", vault=receiving_path, passphrase=PASSPHRASE, home=home).code == 0

    not_ours = netpatrol("verify", str(case_file), vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert not_ours.code == 4 and "not encrypted to this workstation's key" in not_ours.err

    # the receiving unit sends it back: the first unit takes in what it added (here, its receipt of the case)
    ours = netpatrol("keys", "show", "--json", vault=vault_path, passphrase=PASSPHRASE, home=home).json()["recipient"]
    back = tmp_path / "back.npcase"
    sent_back = netpatrol("export", "--case", case_id, "-o", str(back), "--recipient", ours, vault=receiving_path,
                          passphrase=PASSPHRASE, home=home)
    assert sent_back.code == 0, sent_back.err
    # the victim's identity never came here: it is not "left in this vault" (seen: "Sealed identities left out: 1")
    assert "left out" not in sent_back.out
    # signed by a key this vault never saw for the case (its export recorded the other unit's workstation key
    # only): refused, with the fingerprint to compare and the flag to accept it, until the officer does
    refused = netpatrol("import", str(back), vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert refused.code == 1 and refused.out == ""
    assert f'never seen for this case, fingerprint {fingerprint}' in refused.err
    assert f'--accept-signer "{fingerprint}"; nothing was imported.' in refused.err
    returned = netpatrol("import", str(back), "--accept-signer", fingerprint, vault=vault_path, passphrase=PASSPHRASE,
                         home=home)
    assert returned.code == 0, returned.err
    assert returned.out.splitlines()[0].endswith("was already here (it came back): added 0 captures, 2 evidence "
                                                 "files, 0 people, 0 identifiers and 0 step records; what "
                                                 "was here is unchanged.")
    assert returned.out.splitlines()[1].startswith(f"You accepted the signing key {fingerprint} for case ")
    assert netpatrol("verify", vault=vault_path, passphrase=PASSPHRASE, home=home).code == 0


def test_sealed_identities_go_along_only_with_a_reason(vault_path: Path, receiving_path: Path, home: Path,
                                                      tmp_path: Path) -> None:
    case_id = _sending_case(vault_path, home)
    recipient = netpatrol("keys", "show", "--json", vault=receiving_path, passphrase=PASSPHRASE, home=home).json()[
        "recipient"]
    case_file = tmp_path / "case.npcase"
    no_reason = netpatrol("export", "--case", case_id, "-o", str(case_file), "--recipient", recipient,
                          "--include-sealed", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert no_reason.code == 2 and "--reason" in no_reason.err and not case_file.exists()
    sent = netpatrol("export", "--case", case_id, "-o", str(case_file), "--recipient", recipient, "--include-sealed",
                     "--reason", "轄區分局須通知家屬（虛構）", "--json", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert sent.code == 0, sent.err
    assert sent.json()["identities_enclosed"] == ["被害人1"] and "虛構被害人甲" not in sent.out
    imported = netpatrol("import", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert imported.code == 0, imported.err
    assert "Sealed identities sent along by the sender: 1." in imported.out and "虛構被害人甲" not in imported.out


def test_verify_with_an_identity_file_needs_no_vault(vault_path: Path, home: Path, tmp_path: Path) -> None:
    case_id = _sending_case(vault_path, home)
    identity = x25519.Identity.generate()
    identity_file = tmp_path / "key.txt"
    identity_file.write_text(f"# created for this test\n{identity}\n", encoding="utf-8")
    case_file = tmp_path / "case.npcase"
    assert netpatrol("export", "--case", case_id, "-o", str(case_file), "--recipient", str(identity.to_public()),
                     vault=vault_path, passphrase=PASSPHRASE, home=home).code == 0
    checked = netpatrol("verify", str(case_file), "--identity", str(identity_file), home=home)
    assert checked.code == 0, checked.err
    assert "The case file is intact" in checked.out

    damaged = bytearray(case_file.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    case_file.write_bytes(bytes(damaged))
    failed = netpatrol("verify", str(case_file), "--identity", str(identity_file), home=home)
    assert failed.code == 3 and "damaged or was altered" in failed.err and "imported" not in failed.err


def test_a_passphrase_case_file(vault_path: Path, receiving_path: Path, home: Path, tmp_path: Path) -> None:
    case_id = _sending_case(vault_path, home)
    case_file = tmp_path / "case.npcase"
    weak = netpatrol("export", "--case", case_id, "-o", str(case_file), vault=vault_path, passphrase=PASSPHRASE,
                     home=home, extra_env={"NETPATROL_EXPORT_PASSPHRASE": "short"})
    assert weak.code == 2 and not case_file.exists()
    strong = {"NETPATROL_EXPORT_PASSPHRASE": "hand-off passphrase 4711"}
    assert netpatrol("export", "--case", case_id, "-o", str(case_file), vault=vault_path, passphrase=PASSPHRASE,
                     home=home, extra_env=strong).code == 0
    no_passphrase = netpatrol("import", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert no_passphrase.code == 4 and "NETPATROL_EXPORT_PASSPHRASE" in no_passphrase.err
    wrong = {"NETPATROL_EXPORT_PASSPHRASE": "not the hand-off passphrase"}
    refused = netpatrol("import", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home,
                        extra_env=wrong)
    assert refused.code == 4 and refused.err.strip().endswith("passphrase is wrong, or the file is damaged. "
                                                              "Nothing was imported.")
    # A check imports nothing whatever happens: it does not say "nothing was imported" as if it had tried.
    checked = netpatrol("verify", str(case_file), home=home, extra_env=wrong, lang="zh_TW")
    assert checked.code == 4 and checked.err.strip() == "案件檔案密碼錯誤，或檔案已損壞。"
    done = netpatrol("import", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home, extra_env=strong,
                     lang="zh_TW")
    assert done.code == 0, done.err
    assert "已收為案件" in done.out


def test_a_reader_that_stops_early_is_not_a_bug(vault_path: Path, home: Path) -> None:
    """`netpatrol … | head -1`: the pipe closes while the command prints. Seen: 'Internal error: this
    is a bug in NetPatrol' and a traceback in the log, after a verify that had succeeded."""
    env = dict(os.environ, NETPATROL_PASSPHRASE=PASSPHRASE, NETPATROL_HOME=str(home))
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read: the first line printed hits a broken pipe
    done = subprocess.run([sys.executable, "-m", "app", "--lang", "en", "keys", "show", "--vault", str(vault_path)],
                          cwd=ROOT, env=env, stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120)
    os.close(writer)
    assert done.returncode == 0 and "Internal error" not in done.stderr, done.stderr
    assert not (home / "logs" / "netpatrol.log").exists() or "BrokenPipeError" not in (
        home / "logs" / "netpatrol.log").read_text(encoding="utf-8")


def test_import_names_step_records_this_procedure_lacks(vault: Any, receiving: Any, receiving_path: Path,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A case file from a unit under another revision of the procedure (or a forged one) carries a step record
    this workstation's procedure does not have: `netpatrol import` says how many and which, in text and --json."""
    import shutil

    from app import cli
    from app.vault.handoff import workstation_keys
    from tests.unit.vault.test_handoff_return_trust import _foreign_step, altered, send

    case_id = vault.create_case("未知步驟測試（虛構）").id
    sent = altered(send(vault, receiving, case_id, tmp_path / "ab.npcase"), receiving, vault,
                   lambda manifest: manifest["steps"].append(_foreign_step(case_id, "other-unit.extra-step")))
    workstation_keys(receiving)
    vault.lock()
    receiving.lock()
    second = tmp_path / "second.npv"
    shutil.copyfile(receiving_path, second)
    monkeypatch.setenv("NETPATROL_PASSPHRASE", PASSPHRASE)
    assert cli.run(["--lang", "en", "import", str(sent), "--vault", str(receiving_path)]) == 0
    said = capsys.readouterr().out
    assert ("1 step record of the case file is for a step this workstation's procedure does not have "
            "(other-unit.extra-step): it is kept as the other unit recorded it, but ticks nothing here") in said
    assert cli.run(["--lang", "en", "import", str(sent), "--json", "--vault", str(second)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["steps_not_in_procedure"] == ["other-unit.extra-step"] and data["step_records_not_in_procedure"] == 1
