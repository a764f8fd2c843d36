"""Storing a capture: one transaction, hashes, identifiers with audited corrections, verify."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.errors import StorageFull
from app.core.evidence_check import check_initial_evidence
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin
from app.core.models import ArtifactKind
from app.vault import Vault
from app.vault.captures import (
    IdentifierInvalid,
    add_identifier,
    all_identifiers,
    capture_files,
    captures_in_case,
    correct_identifier,
    current_identifiers,
    found_identifiers,
    retract_identifier,
    store_capture,
    stored_hashes,
)

T0 = datetime(2025, 7, 8, 2, 0, tzinfo=UTC)


def sample(text: str = "援交 測試內容 fake.poster@example.com") -> PageCapture:
    files = (CapturedFile(FileRole.VIEWPORT, ArtifactKind.PNG, "viewport.png", "image/png", b"\x89PNG viewport"),
             CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, "fullpage.png", "image/png", b"\x89PNG full" * 1000),
             CapturedFile(FileRole.TEXT, ArtifactKind.TEXT, "text.txt", "text/plain", text.encode()))
    identifiers = (FoundIdentifier(IdentifierKind.ACCOUNT_ID, "testposter", "adapter ptt: 作者 line", Origin.ADAPTER),
                   FoundIdentifier(IdentifierKind.POSTER_IP, "203.0.113.45", "adapter ptt: 發信站 line", Origin.ADAPTER),
                   FoundIdentifier(IdentifierKind.EMAIL, "fake.poster@example.com", "text line 1", Origin.RULE))
    return PageCapture(CaptureKind.PAGE, "http://127.0.0.1/ptt", "http://127.0.0.1/ptt", "測試文章", T0, T0,
                       Completeness(True, StopReason.END_REACHED, 1), files, identifiers,
                       {"viewport": {"width": 1280, "height": 800}}, persona="off-the-record", text=text,
                       adapter="ptt", shows_ip=True)


def test_store_writes_everything_hashed_searchable_and_verifiable(vault: Vault) -> None:
    case = vault.create_case("測試案件", ["PTT"])
    capture = sample()
    stored, artifacts = store_capture(vault, case.id, capture)
    assert stored.complete and stored.persona == "off-the-record" and stored.case_id == case.id
    by_name = {a.name: a for a in artifacts}
    assert set(by_name) == {"viewport.png", "fullpage.png", "text.txt", "metadata.json"}
    for item in capture.files:
        assert by_name[item.name].sha256 == item.sha256 and vault.artifacts.read(by_name[item.name].id) == item.data
    metadata = json.loads(vault.artifacts.read(by_name["metadata.json"].id))
    assert metadata["officer"] == vault.actor.officer and metadata["workstation"] == vault.actor.workstation
    assert {a["name"]: a["sha256"] for a in metadata["artifacts"]} == {f.name: f.sha256 for f in capture.files}
    assert metadata["completeness_statement"][0] == "Complete capture."
    assert [(i.kind, i.value) for i in current_identifiers(vault, case.id, stored.id)] == [
        (IdentifierKind.ACCOUNT_ID, "testposter"), (IdentifierKind.POSTER_IP, "203.0.113.45"),
        (IdentifierKind.EMAIL, "fake.poster@example.com")]
    assert [h.ref_id for h in vault.search("援交")] == [stored.id]
    assert captures_in_case(vault, case.id) == [stored]
    assert stored_hashes(capture_files(vault, stored.id))["fullpage.png"] == capture.files[1].sha256
    check = check_initial_evidence(capture, stored_hashes(artifacts))
    assert check.satisfied and check.items[5].detail.startswith("4 files")   # metadata.json counted too
    report = vault.verify()
    assert report.ok and report.rows_checked >= 1 + 3 + 4


def test_the_audit_log_says_when_a_capture_was_stored_in_order(vault: Vault) -> None:
    """Each entry's time is when it was written: the artifacts of a capture that ended at T0 are
    entered now, after the capture's own entry, and the chain's times never go backwards. When the
    picture was taken stays in each artifact's own acquisition time (and its row hash)."""
    case = vault.create_case("測試案件", ["PTT"])
    stored, artifacts = store_capture(vault, case.id, sample())
    entries = sorted(vault.audit.entries(case.id), key=lambda entry: entry.seq)
    times = [entry.at for entry in entries]
    assert times == sorted(times)
    entered = {entry.subject: entry.at for entry in entries}
    assert all(entered[artifact.id] >= entered[stored.id] > T0 for artifact in artifacts)
    assert {artifact.acquired_at for artifact in artifacts} == {T0}


def test_a_failure_midway_leaves_nothing_stored(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("測試案件")
    before = vault.audit_head()
    real_add = vault.artifacts.add
    calls = {"n": 0}

    def failing_add(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageFull()
        return real_add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vault.artifacts, "add", failing_add)
    with pytest.raises(StorageFull):
        store_capture(vault, case.id, sample())
    assert vault.audit_head() == before
    assert captures_in_case(vault, case.id) == [] and vault.artifacts.in_case(case.id) == []
    assert all_identifiers(vault, case.id) == [] and vault.search("援交") == []


def test_officer_corrections_and_additions_supersede_and_are_audited(vault: Vault) -> None:
    case = vault.create_case("測試案件")
    stored, _ = store_capture(vault, case.id, sample())
    [account, _ip, email] = current_identifiers(vault, case.id, stored.id)
    fixed = correct_identifier(vault, account.id, "testposter2", "typo in the page")
    added = add_identifier(vault, case.id, stored.id, IdentifierKind.PHONE, "0912-345-678", "read off the image")
    gone = retract_identifier(vault, email.id, "not the poster's")
    current = current_identifiers(vault, case.id, stored.id)
    assert [(i.kind, i.value, i.origin) for i in current] == [
        (IdentifierKind.POSTER_IP, "203.0.113.45", Origin.ADAPTER),
        (IdentifierKind.ACCOUNT_ID, "testposter2", Origin.OFFICER),
        (IdentifierKind.PHONE, "0912-345-678", Origin.OFFICER)]
    assert fixed.supersedes == account.id and gone.retracted and gone.supersedes == email.id and added.supersedes is None
    assert len(all_identifiers(vault, case.id)) == 6   # history kept
    actions = [e.action for e in vault.audit.entries(case.id)]
    assert actions[-3:] == ["identifier.correct", "identifier.add", "identifier.retract"]
    assert found_identifiers(current)[1].value == "testposter2"
    assert vault.verify().ok
    with pytest.raises(IdentifierInvalid):
        add_identifier(vault, case.id, stored.id, "shoe size", "42")


def test_verify_catches_an_altered_capture_row(vault: Vault) -> None:
    case = vault.create_case("測試案件")
    stored, _ = store_capture(vault, case.id, sample())
    raw = vault.db.raw()
    raw.execute("DROP TRIGGER captures_no_update")
    raw.execute("UPDATE captures SET final_url = 'http://127.0.0.1/elsewhere' WHERE id = ?", (stored.id,))
    problems = [p.render() for p in vault.verify().problems]
    assert any(f"captures row {stored.id} differs" in p for p in problems)


def test_a_captures_files_are_listed_in_the_order_they_were_captured(vault: Vault) -> None:
    """Seen: the printed transcript's hash table listed chat-image-0002.png before chat-image-0001.png (the files
    of one capture share their acquisition time, and were then ordered by their random ids). The capture view,
    the transcript and the evidence list give them in the order the capture took them."""
    case = vault.create_case("檔案順序測試（虛構）", [])
    tiles = tuple(CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, f"fullpage-{n:02d}-of-12.png", "image/png",
                               f"IMG {n}".encode()) for n in range(1, 13))
    stored, artifacts = store_capture(vault, case.id, PageCapture(
        CaptureKind.PAGE, "http://127.0.0.1/tall", "http://127.0.0.1/tall", "IMG", T0, T0,
        Completeness(True, StopReason.END_REACHED, 12), tiles))
    taken = [t.name for t in tiles] + ["metadata.json"]
    assert [a.name for a in artifacts] == taken
    assert [a.name for a in capture_files(vault, stored.id)] == taken
    assert [a.name for a in vault.artifacts.in_case(case.id)] == taken
