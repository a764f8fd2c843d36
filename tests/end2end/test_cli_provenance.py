"""``netpatrol provenance FILE…``: an issued document and an exported evidence file are named, a
changed copy is not (exit 3), a missing file is one sentence (exit 1); --json for scripts."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol
from tests.unit.reports.conftest import pdf_pages


def test_provenance_names_what_the_vault_produced(vault_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    case = netpatrol("case", "new", "--title", "來源核對（虛構）", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert case.code == 0, case.err
    printed = netpatrol("audit", "-o", str(tmp_path / "log.pdf"), vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert printed.code == 0, printed.err
    changed = tmp_path / "changed.pdf"
    changed.write_bytes((tmp_path / "log.pdf").read_bytes()[:-1])

    known = netpatrol("provenance", str(tmp_path / "log.pdf"), vault=vault_path, passphrase=PASSPHRASE, home=home,
                      lang="zh_TW")
    assert known.code == 0, known.err
    lines = known.out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'log.pdf'}（SHA-256 ") and "保管庫稽核紀錄" in lines[1]
    assert "民國" in lines[1] and "log.pdf" in lines[1]

    both = netpatrol("provenance", str(tmp_path / "log.pdf"), str(changed), "--json", vault=vault_path,
                     passphrase=PASSPHRASE, home=home)
    assert both.code == 3
    data = both.json()["files"]
    assert [item["known"] for item in data] == [True, False]
    assert data[0]["recorded"][0]["action"] == "document.generated" and data[1]["recorded"] == []

    footer = " ".join(" ".join(pdf_pages((tmp_path / "log.pdf").read_bytes())).split())
    head = re.search(r"(\d+):([0-9a-f]{64})", footer)
    assert head is not None
    page = netpatrol("provenance", "--head", f"{head.group(1)}:{head.group(2)[:8]}", "--json", vault=vault_path,
                     passphrase=PASSPHRASE, home=home)
    assert page.code == 0, page.err
    assert page.json()["pages"][0]["issued"]["file"] == "log.pdf"
    misread = netpatrol("provenance", "--head", f"{head.group(1)}:ffffffff", vault=vault_path, passphrase=PASSPHRASE,
                        home=home)
    assert misread.code == 3 and "or its head was misread" in misread.out
    nothing = netpatrol("provenance", vault=vault_path, passphrase=PASSPHRASE, home=home)
    assert nothing.code == 2 and "Name a file to check" in nothing.err

    missing = netpatrol("provenance", str(tmp_path / "nowhere.pdf"), vault=vault_path, passphrase=PASSPHRASE,
                        home=home)
    assert missing.code == 1 and "could not be read" in missing.err


def test_verify_given_a_document_points_to_provenance(vault_path: Path, tmp_path: Path) -> None:
    document = tmp_path / "returned.pdf"
    document.write_bytes(b"%PDF-1.4 synthetic")
    checked = netpatrol("verify", str(document), vault=vault_path, home=tmp_path / "home")  # no passphrase asked
    assert checked.code == 1
    assert checked.err.strip() == (f"{document} is not a NetPatrol case file. Whether a document or an evidence file "
                                   f"is one this vault produced, unchanged, is what 'netpatrol provenance {document}' "
                                   f"tells.")
