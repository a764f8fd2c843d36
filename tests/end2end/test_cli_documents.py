"""`netpatrol document`, `transcript` and `recheck` as subprocesses: files written, audited, the
checklist told, and no sealed identity in anything written."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.hashing import sha256_file
from app.core.models import ArtifactKind, Role
from app.vault import Vault
from app.vault.captures import store_capture
from tests.conftest import PASSPHRASE
from tests.end2end.cli_helpers import netpatrol
from tests.unit.vault.tamper import change_evidence_bytes

T = datetime(2025, 7, 8, 2, 0, tzinfo=UTC)
SEALED_NAME = "王小明"


def _chat_capture() -> PageCapture:
    chat = {"messages": [
        {"sender": "@victim_handle", "at": "2025-07-08T02:00:00Z", "text": "你好"},
        {"sender": "@seller_0712", "at": "2025-07-08T02:01:00Z", "text": "日領五千（測試）",
         "attachments": [{"label": "IMG 1", "artifact_id": "A1", "sha256": "d" * 64}]},
    ]}
    return PageCapture(CaptureKind.PAGE, "https://chat.example.test/t/1", "https://chat.example.test/t/1", "chat", T, T,
                       Completeness(True, StopReason.END_REACHED, 1),
                       (CapturedFile(FileRole.TEXT, ArtifactKind.JSON, "chat.json", "application/json",
                                     json.dumps(chat, ensure_ascii=False).encode()),),
                       metadata={"platform": "Messenger"})


@pytest.fixture
def case(vault_path: Path) -> tuple[str, str]:
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        case = vault.create_case("Messenger 對話疑似媒介（測試）", ["Messenger"])
        vault.add_person(case.id, Role.VICTIM, SEALED_NAME, {"phone": "0912-345-678"})
        stored, _ = store_capture(vault, case.id, _chat_capture())
        return case.number, stored.id
    finally:
        vault.lock()


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_document_pdf_is_written_audited_and_ticks_the_step(vault_path: Path, case, tmp_path: Path) -> None:
    """Printed before the assessment, the report is a draft and leaves its step open; printed after it,
    the report ticks the step."""
    number, _capture = case
    draft = netpatrol("document", "--case", number, "social-report", "-o", str(tmp_path / "draft.pdf"), "--json",
                      vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW")
    assert draft.code == 0, draft.err
    assert draft.json()["steps_done"] == []
    assessed = netpatrol("step", "--case", number, "assess-elements", "done", "--note", "三要件成立（測試）",
                         vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW")
    assert assessed.code == 0, assessed.err
    target = tmp_path / "social.pdf"
    result = netpatrol("document", "--case", number, "social-report", "-o", str(target), "--mailto", "--json",
                       vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW")
    assert result.code == 0, result.err
    data = result.json()
    assert data["sha256"] == sha256_file(target)
    assert data["steps_done"] == ["report-social-authority"]
    assert data["mailto"].startswith("mailto:?subject=")
    text = _pdf_text(target)
    assert "被害人1" in text and SEALED_NAME not in text and "0912-345-678" not in text
    assert "民國" in text and data["audit_head"] in text
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        entries = [e for e in vault.audit.entries() if e.action == "document.generated"]
        assert entries[-1].details["sha256"] == data["sha256"] and entries[-1].subject == "social-report"
    finally:
        vault.lock()


def test_document_as_plain_text(vault_path: Path, case, tmp_path: Path) -> None:
    number, _capture = case
    target = tmp_path / "referral.txt"
    result = netpatrol("document", "--case", number, "takedown-referral", "-o", str(target), "--reason", "測試事由",
                       vault=vault_path, passphrase=PASSPHRASE, lang="zh_TW")
    assert result.code == 0, result.err
    body = target.read_text(encoding="utf-8")
    assert "事由" in body and "測試事由" in body and "https://chat.example.test/t/1" in body


def test_transcript_prints_every_message_with_aliases(vault_path: Path, case, tmp_path: Path) -> None:
    number, capture = case
    target = tmp_path / "chat.pdf"
    result = netpatrol("transcript", "--case", number, "--capture", capture, "-o", str(target),
                       "--alias", "@victim_handle=被害人1", "--json", vault=vault_path, passphrase=PASSPHRASE,
                       lang="zh_TW")
    assert result.code == 0, result.err
    assert result.json()["messages"] == 2
    text = _pdf_text(target)
    assert "被害人1" in text and "@victim_handle" not in text and "日領五千（測試）" in text


def test_a_transcript_of_a_chat_file_that_no_longer_matches_its_hash_is_refused(vault_path: Path, case,
                                                                              tmp_path: Path) -> None:
    """A transcript prints what the chat file says: from a file changed since it was acquired it would print
    altered messages under the SHA-256 of the original. Nothing is printed; one sentence, exit 3."""
    number, capture = case
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        chat = next(a for a in vault.artifacts.in_case(vault.case(number).id) if a.name == "chat.json")
        change_evidence_bytes(vault.db, chat.id,
                              '{"messages": [{"sender": "@seller_0712", "text": "改過的訊息（測試）"}]}'.encode(), chunk=None)
    finally:
        vault.lock()
    target = tmp_path / "chat.pdf"
    result = netpatrol("transcript", "--case", number, "--capture", capture, "-o", str(target), vault=vault_path,
                       passphrase=PASSPHRASE)
    assert result.code == 3 and f"evidence file {chat.id} no longer matches its SHA-256" in result.err
    assert not target.exists()


def test_transcript_of_a_capture_without_chat_is_refused(vault_path: Path, case, tmp_path: Path) -> None:
    number, _capture = case
    result = netpatrol("transcript", "--case", number, "--capture", "CNOSUCH", "-o", str(tmp_path / "x.pdf"),
                       vault=vault_path, passphrase=PASSPHRASE)
    assert result.code == 1 and "CNOSUCH" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_recheck_stores_the_result(vault_path: Path, case, fixture_server: str) -> None:
    number, _capture = case
    url = f"{fixture_server}/recheck/unavailable.html"
    result = netpatrol("recheck", "--case", number, "--url", url, "--json", vault=vault_path, passphrase=PASSPHRASE,
                       timeout=180)
    assert result.code == 0, result.err
    [row] = result.json()
    assert row["classification"] == "removed" and row["status"] == 200 and row["event"] == "recheck.removed"
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        stored = vault.db.one("SELECT kind, url FROM captures WHERE id = ?", (row["capture"],))
        assert stored == ("recheck", url)
        assert vault.verify().ok
    finally:
        vault.lock()


def test_what_the_officer_types_wrong_is_one_sentence_not_an_internal_error(vault_path: Path, case,
                                                                            tmp_path: Path) -> None:
    """Seen: a --notice-at of "tomorrow" and a persona file that is not there both reached "Internal error"."""
    number, _capture = case
    notice = netpatrol("document", "platform-notice", "--case", number, "-o", str(tmp_path / "n.pdf"), "--notice-at",
                       "tomorrow", vault=vault_path, passphrase=PASSPHRASE)
    assert notice.code == 2 and "“tomorrow” is not a date and time" in notice.err and "Internal error" not in notice.err
    assert not (tmp_path / "n.pdf").exists()
    persona = netpatrol("recheck", "--case", number, "--url", "http://127.0.0.1:9/", "--persona",
                        str(tmp_path / "nope.json"), vault=vault_path, passphrase=PASSPHRASE, timeout=180)
    assert persona.code == 1 and "There is no persona storage-state file at" in persona.err
    assert "Internal error" not in persona.err


def test_patrol_log_prints_a_day_or_one_patrol(vault_path: Path, tmp_path: Path) -> None:
    from app.core.timeutil import TAIPEI
    from app.vault.patrols import PatrolStore

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        store = PatrolStore(vault.db, vault.audit)
        moment = datetime(2025, 7, 8, 9, 0, tzinfo=TAIPEI)
        patrol = store.start(vault.actor, moment, "off-the-record")
        store.navigate(patrol.id, moment, "https://board.example.test/a", "看板 A（虛構）", "1", "off-the-record")
        store.stop(vault.actor, patrol.id, moment.replace(hour=10))
    finally:
        vault.lock()
    day = netpatrol("patrol-log", "--day", "114/07/08", "-o", str(tmp_path / "day.pdf"), "--json", vault=vault_path,
                    passphrase=PASSPHRASE, lang="zh_TW")
    assert day.code == 0, day.err
    assert day.json()["day"] == "2025-07-08" and day.json()["sha256"]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "day.pdf").pages)
    assert "網路巡邏勤務紀錄" in text and patrol.id in text and "民國114年7月8日" in text
    one = netpatrol("patrol-log", "--patrol", patrol.id, "-o", str(tmp_path / "one.pdf"), vault=vault_path,
                    passphrase=PASSPHRASE)
    assert one.code == 0 and (tmp_path / "one.pdf").exists()
    both = netpatrol("patrol-log", "--patrol", patrol.id, "--day", "114/07/08", "-o", str(tmp_path / "x.pdf"),
                     vault=vault_path, passphrase=PASSPHRASE)
    wrong = netpatrol("patrol-log", "--day", "July", "-o", str(tmp_path / "x.pdf"), vault=vault_path,
                      passphrase=PASSPHRASE)
    assert both.code == 2 and wrong.code == 2 and "not a day" in wrong.err and not (tmp_path / "x.pdf").exists()
    unknown = netpatrol("patrol-log", "--patrol", "TNOSUCH", "-o", str(tmp_path / "x.pdf"), vault=vault_path,
                        passphrase=PASSPHRASE)
    assert unknown.code == 1 and not (tmp_path / "x.pdf").exists(), unknown.err


def test_an_evidence_list_from_the_command_checks_the_case_as_it_is_printed(vault_path: Path, case,
                                                                           tmp_path: Path) -> None:
    number, _capture = case
    target = tmp_path / "list.pdf"
    result = netpatrol("document", "--case", number, "evidence-list", "-o", str(target), vault=vault_path,
                       passphrase=PASSPHRASE, lang="en")
    assert result.code == 0, result.err
    assert "were read back from the vault and hashed again: each matches" in " ".join(_pdf_text(target).split())
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        entry = [e for e in vault.audit.entries() if e.action == "document.generated"][-1]
        assert entry.subject == "evidence-list" and entry.details["ok"] is True and entry.details["artifacts"] == 2
    finally:
        vault.lock()
