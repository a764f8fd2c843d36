"""Issuing a document: the file appears under its name only together with its audit entry (with the
SHA-256 of exactly the bytes written) and its checklist report, in one transaction; any failure
leaves neither the file, nor a temporary file, nor an audit entry."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from app.reports.issue import DocumentWriteError, TranscriptWriteError, issue_file
from app.vault import Vault

CONTENT = b"%PDF-1.4 synthetic document bytes\n" * 100


def generated(vault: Vault) -> list[Any]:
    return [entry for entry in vault.audit.entries() if entry.action == "document.generated"]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".netpatrol-"))


def test_the_file_its_hash_its_audit_entry_and_the_steps_come_together(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("合成案件")
    target = tmp_path / "函稿.pdf"
    issued = issue_file(vault, case.id, "referral", CONTENT, target, {"format": "pdf"}, lambda: ["step-a"])
    assert target.read_bytes() == CONTENT
    assert issued.sha256 == hashlib.sha256(CONTENT).hexdigest() and issued.steps_done == ("step-a",)
    [entry] = generated(vault)
    assert entry.case_id == case.id and entry.subject == "referral"
    assert entry.details == {"file": "函稿.pdf", "sha256": issued.sha256, "format": "pdf"}
    assert leftovers(tmp_path) == []


def test_a_failing_checklist_report_leaves_no_file_and_no_entry(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("合成案件")
    target = tmp_path / "out.pdf"

    def broken_report() -> list[str]:
        raise RuntimeError("checklist failed")

    with pytest.raises(RuntimeError):
        issue_file(vault, case.id, "referral", CONTENT, target, {}, broken_report)
    assert not target.exists() and leftovers(tmp_path) == [] and generated(vault) == []


def test_an_unwritable_folder_is_one_sentence_and_nothing_is_recorded(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("合成案件")
    target = tmp_path / "missing-folder" / "out.pdf"
    with pytest.raises(TranscriptWriteError) as raised:
        issue_file(vault, case.id, "transcript", CONTENT, target, {}, list, error=TranscriptWriteError)
    assert str(target) in raised.value.render() and generated(vault) == []


def test_when_naming_the_file_fails_the_audit_entry_is_rolled_back(vault: Vault, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("合成案件")
    target = tmp_path / "out.pdf"
    target.write_bytes(b"an older file the officer keeps")

    def refuse(source: Any, destination: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DocumentWriteError) as raised:
        issue_file(vault, case.id, "referral", CONTENT, target, {}, lambda: ["step-a"])
    assert "No space left on device" in raised.value.render()
    assert target.read_bytes() == b"an older file the officer keeps"  # untouched
    assert leftovers(tmp_path) == [] and generated(vault) == []


def test_a_full_disk_while_writing_leaves_no_partial_file(vault: Vault, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("合成案件")
    target = tmp_path / "out.pdf"

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DocumentWriteError):
        issue_file(vault, case.id, "referral", CONTENT, target, {}, list)
    assert not target.exists() and leftovers(tmp_path) == [] and generated(vault) == []
