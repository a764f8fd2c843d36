"""`netpatrol verify FILE`, `import` and `export` on case files as officers meet them (audit 19): what each one
says, and its exit code."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyrage import x25519

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _exported(vault: Path, receiving: Path, home: Path, target: Path) -> Path:
    case = netpatrol("case", "new", "--title", "案件檔案訊息（虛構）", vault=vault, passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    recipient = netpatrol("keys", "show", "--json", vault=receiving, passphrase=PASSPHRASE, home=home).json()["recipient"]
    exported = netpatrol("export", "--case", case.out.strip(), "-o", str(target), "--recipient", recipient,
                         vault=vault, passphrase=PASSPHRASE, home=home)
    assert exported.code == 0, exported.err
    return target


def test_verify_uses_the_vaults_key_with_an_export_passphrase_set(vault_path: Path, receiving_path: Path, home: Path,
                                                                  tmp_path: Path) -> None:
    """Seen: with NETPATROL_EXPORT_PASSPHRASE left set in the shell, `verify FILE` of a file for this vault's key
    said it was not for this workstation (exit 4), while `import` of the same file worked."""
    case_file = _exported(vault_path, receiving_path, home, tmp_path / "case.npcase")
    checked = netpatrol("verify", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home,
                        extra_env={"NETPATROL_EXPORT_PASSPHRASE": "case file pass 97531 xyz"})
    assert checked.code == 0, checked.err
    assert checked.out.startswith("The case file is intact")


@pytest.mark.parametrize("command", ["verify", "import"])
def test_a_folder_is_named_as_a_folder(vault_path: Path, home: Path, tmp_path: Path, command: str) -> None:
    """Seen: "could not be read to the end (a disk or USB stick error): copy it again", and `verify` added
    "Nothing was imported"."""
    folder = tmp_path / "folder.npcase"
    folder.mkdir()
    result = netpatrol(command, str(folder), vault=vault_path, passphrase=PASSPHRASE, home=home)
    imported = " Nothing was imported." if command == "import" else ""
    assert (result.code, result.err) == (1, f"{folder} is a folder, not a case file.{imported}\n")


def test_a_secret_key_given_as_recipient_is_never_shown(vault_path: Path, home: Path, tmp_path: Path) -> None:
    """Seen: "AGE-SECRET-KEY-1DYAR… is not a workstation key", the whole secret key echoed on the screen."""
    case = netpatrol("case", "new", "--title", "私鑰誤用（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    secret = str(x25519.Identity.generate())
    result = netpatrol("export", "--case", case.out.strip(), "-o", str(tmp_path / "case.npcase"), "--recipient", secret,
                       vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert result.code == 2
    assert secret[15:] not in result.err + result.out and "looks like a secret key" in result.err
    assert not (tmp_path / "case.npcase").exists()


def test_verify_json_of_a_damaged_case_file_answers_in_json(vault_path: Path, receiving_path: Path, home: Path,
                                                            tmp_path: Path) -> None:
    """Seen: `verify --json` of a damaged vault printed {"ok": false, …}, of a damaged case file nothing at all:
    a script reading .ok read empty input."""
    case_file = _exported(vault_path, receiving_path, home, tmp_path / "case.npcase")
    data = bytearray(case_file.read_bytes())
    data[-40] ^= 0x01
    case_file.write_bytes(bytes(data))
    checked = netpatrol("verify", str(case_file), "--json", vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert checked.code == 3
    answer = checked.json()
    assert answer["ok"] is False and answer["problems"][0].startswith("The case file is damaged or was altered")
    plain = netpatrol("verify", str(case_file), vault=receiving_path, passphrase=PASSPHRASE, home=home)
    assert plain.code == 3 and plain.out == "" and "damaged or was altered" in plain.err
