"""Issuing a document: the file appears under its name only together with its audit entry (with the
SHA-256 of exactly the bytes written) and its checklist report, in one transaction; any failure
leaves neither the file, nor a temporary file, nor an audit entry."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.models import ArtifactKind
from app.reports.issue import DocumentWriteError, TranscriptWriteError, issue_file, print_transcript
from app.vault import Vault
from app.vault.captures import store_capture

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
    assert raised.value.render() == f"The transcript could not be written to {target} (the folder does not exist)."
    assert generated(vault) == []


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
    assert raised.value.render() == f"The document could not be written to {target} (the disk is full)."
    assert target.read_bytes() == b"an older file the officer keeps"  # untouched
    assert leftovers(tmp_path) == [] and generated(vault) == []


def _written_on_a_full_disk(vault: Vault, target: Path, monkeypatch: pytest.MonkeyPatch) -> DocumentWriteError:
    """The error of issuing a document while the disk fills up under it."""
    case = vault.create_case("合成案件")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DocumentWriteError) as raised:
        issue_file(vault, case.id, "referral", CONTENT, target, {}, list)
    return raised.value


def test_a_full_disk_while_writing_leaves_no_partial_file(vault: Vault, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.pdf"
    error = _written_on_a_full_disk(vault, target, monkeypatch)
    assert error.render() == f"The document could not be written to {target} (the disk is full)."
    assert not target.exists() and leftovers(tmp_path) == [] and generated(vault) == []


def _chat(complete: bool) -> PageCapture:
    moment = datetime(2025, 7, 8, 2, 0, tzinfo=UTC)
    chat = {"messages": [{"sender": "@seller_0712", "at": "2025-07-08T02:01:00Z", "text": "日領五千（測試）"}]}
    stop = StopReason.CHAT_START if complete else StopReason.MESSAGE_BOUND
    return PageCapture(CaptureKind.CHAT, "https://chat.example.test/t/1", "https://chat.example.test/t/1", "chat",
                       moment, moment, Completeness(complete, stop, 1),
                       (CapturedFile(FileRole.TEXT, ArtifactKind.JSON, "chat.json", "application/json",
                                     json.dumps(chat, ensure_ascii=False).encode()),))


@pytest.mark.parametrize("complete", [True, False])
def test_only_a_complete_chat_is_reported_as_printed_in_full(vault: Vault, tmp_path: Path, complete: bool) -> None:
    """The step is to print the conversation in full (陸.三(三)): a chat cut short by the message limit
    prints, but tells the checklist nothing, and says so."""
    case = vault.create_case("合成案件")
    stored, _ = store_capture(vault, case.id, _chat(complete))
    reported: list[str] = []
    printed = print_transcript(vault, case.id, stored.id, tmp_path / "chat.pdf", "zh_TW",
                               lambda _v, _case, capture: reported.append(capture) or ["print-chat"])
    assert printed.complete is complete and printed.messages == 1 and (tmp_path / "chat.pdf").exists()
    assert (reported, printed.steps_done) == (([stored.id], ("print-chat",)) if complete else ([], ()))
    assert generated(vault)[-1].details["complete"] is complete


def test_the_window_cannot_write_a_document_a_case_file_or_an_evidence_file_over_the_vault(vault: Vault) -> None:
    """The window's save dialogs ask before replacing a file, and an officer who said yes to the vault's own
    name lost every case: whatever the dialog said, nothing is written over the vault or its working files."""
    from app.core.models import ArtifactKind
    from app.vault.atomic import OutputIsTheVault
    from app.vault.handoff import export_case, workstation_keys

    case = vault.create_case("合成案件")
    artifact = vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box IMG 1")
    recipient = workstation_keys(vault).recipient
    head = vault.audit_head()
    for target in (vault.path, Path(f"{vault.path}-wal")):
        with pytest.raises(OutputIsTheVault):
            issue_file(vault, case.id, "referral", CONTENT, target, {}, list)
        with pytest.raises(OutputIsTheVault):
            export_case(vault, case.id, target, recipients=[recipient])
        with pytest.raises(OutputIsTheVault):
            vault.export_artifact(artifact.id, target)
    assert vault.audit_head() == head and vault.verify().ok


def test_a_document_that_appeared_meanwhile_is_not_replaced_nor_recorded(vault: Vault, tmp_path: Path) -> None:
    """`netpatrol document -o` without --force: a file that appears after the early check (another program
    writing the same name) is refused with the check's own sentence, the audit entry rolled back, nothing left."""
    from app.vault.atomic import OutputExists

    case = vault.create_case("合成案件")
    target = tmp_path / "函稿.pdf"

    def meanwhile() -> list[str]:
        target.write_bytes(b"another officer's document")
        return ["step-a"]

    with pytest.raises(OutputExists) as refused:
        issue_file(vault, case.id, "referral", CONTENT, target, {}, meanwhile, replace=False)
    assert "add --force to replace it" in refused.value.render()
    assert target.read_bytes() == b"another officer's document"
    assert leftovers(tmp_path) == [] and generated(vault) == []


@pytest.mark.usefixtures("zh_tw")
def test_why_a_document_could_not_be_written_is_said_in_chinese(vault: Vault, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: 「無法將文件寫入 /media/usb/d.pdf（No space left on device）。」"""
    target = tmp_path / "out.pdf"
    assert _written_on_a_full_disk(vault, target, monkeypatch).render() == f"無法將文件寫入 {target}（磁碟空間已滿）。"


@pytest.mark.skipif(os.name != "posix", reason="flock is POSIX")
def test_a_document_killed_half_way_before_is_removed_by_the_next_one_but_not_one_being_written(
        vault: Vault, tmp_path: Path) -> None:
    """Seen: `netpatrol audit -o` or `document -o` killed (power cut, Task Manager) after its `.part` was written
    left it in the officer's folder for good, the document's content in clear. The next document written there
    removes it; a `.part` another NetPatrol still holds open (its document being written) stays."""
    import fcntl

    case = vault.create_case("合成案件")
    killed, writing = tmp_path / ".netpatrol-k1lled_0.part", tmp_path / ".netpatrol-wr1ting0.part"
    for path in (killed, writing):
        path.write_bytes(CONTENT[:1000])
        os.utime(path, (1_600_000_000, 1_600_000_000))  # long ago: before the power cut
    held = os.open(writing, os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        issue_file(vault, case.id, "referral", CONTENT, tmp_path / "函稿.pdf", {"format": "pdf"}, lambda: [])
        assert leftovers(tmp_path) == [writing.name]
    finally:
        os.close(held)
    assert (tmp_path / "函稿.pdf").read_bytes() == CONTENT


@pytest.mark.skipif(os.name != "posix", reason="Windows opens no folder to flush it")
def test_a_documents_name_is_flushed_to_the_disk_before_it_is_recorded(vault: Vault, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """After a power cut the chain must not hold a document.generated entry for a file whose name the disk never
    got: the folder is flushed once the file has its name, before the entry commits."""
    import stat

    case = vault.create_case("合成案件")
    target = tmp_path / "函稿.pdf"
    folder = tmp_path.stat()
    flushed: list[bool] = []  # each flush of the folder: whether the document had its name by then
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode) and (info.st_dev, info.st_ino) == (folder.st_dev, folder.st_ino):
            flushed.append(target.exists())
        real_fsync(descriptor)

    def report() -> list[str]:
        assert flushed == [], "flushed before the file was written"
        return []

    monkeypatch.setattr(os, "fsync", fsync)
    issue_file(vault, case.id, "referral", CONTENT, target, {"format": "pdf"}, report)
    assert flushed == [True] and len(generated(vault)) == 1
