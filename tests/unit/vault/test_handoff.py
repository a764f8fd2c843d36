"""Case files: export to the next unit's key or a passphrase, verify without a vault, import verified.

Everything is synthetic: invented names, grey-box bytes, documentation IP ranges.
"""

from __future__ import annotations

import hashlib
import io
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519

from app.core.errors import ExitCode, IntegrityFailure, KnownError, NotFound
from app.core.models import ArtifactKind, Role
from app.vault import Vault
from app.vault.captures import add_identifier, correct_identifier, current_identifiers, store_capture
from app.vault.handoff import (
    MANIFEST,
    SIGNATURE,
    CaseAlreadyHere,
    CaseFileDamaged,
    CaseFileNotForUs,
    CaseFilePassphrase,
    NotACaseFile,
    export_case,
    read_case_file,
    workstation_keys,
)
from app.vault.people import IdentityNotHandedOver
from app.vault.receive import import_case_file
from app.vault.steps import StepStore
from app.vault.tarstream import ChunkReader, TarParser, tar_stream
from tests.conftest import PASSPHRASE
from tests.unit.vault.tamper import change_evidence_bytes
from tests.unit.vault.test_captures_store import sample

EXPORT_PASSPHRASE = "hand-off passphrase 4711"


def busy_case(vault: Vault) -> str:
    """A case with a sealed victim, a suspect, a capture with a corrected identifier, a download, a step."""
    case = vault.create_case("測試移交案件", ["PTT"], notes="虛構之案件備註")
    vault.add_person(case.id, Role.VICTIM, "王小明（虛構）", {"phone": "0900-000-000"})
    vault.add_person(case.id, Role.SUSPECT, "李大華（虛構）", {"account": "fake_suspect_01"})
    stored, _ = store_capture(vault, case.id, sample("移交測試 內文 fake.poster@example.com"))
    first = current_identifiers(vault, case.id, stored.id)[0]
    correct_identifier(vault, first.id, "testposter2", "officer corrected")
    add_identifier(vault, case.id, stored.id, "line_id", "fake-line-id")
    vault.add_artifact(case.id, ArtifactKind.DOWNLOAD, "big.bin", "application/octet-stream",
                       bytes(range(256)) * 9000)  # 2.3 MB: more than two storage chunks
    moment = vault.clock() - timedelta(hours=3)
    StepStore(vault.db, vault.audit).record(vault.actor, case.id, "evidence.preserve", "done", moment, vault.clock(),
                                            "虛構備註", {"evidence": [stored.id]}, "test-1")
    return case.id


def rows(vault: Vault) -> dict[str, int]:
    tables = ("cases", "case_revisions", "people", "captures", "artifacts", "artifact_chunks", "identifiers",
              "step_events", "search_docs")
    return {table: int(vault.db.scalar(f"SELECT count(*) FROM {table}")) for table in tables}


def test_a_case_goes_to_the_next_unit_whole_and_verifiable(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    keys = workstation_keys(receiving)
    assert keys.recipient.startswith("age1") and len(keys.fingerprint.split()) == 8
    result = export_case(vault, case_id, tmp_path / "case.npcase", recipients=[keys.recipient])
    assert vault.audit.entries(case_id)[-1].action == "case.export"
    assert vault.audit.entries(case_id)[-1].details["sha256"] == result.sha256

    imported = import_case_file(receiving, tmp_path / "case.npcase")
    assert imported.report.fingerprint == workstation_keys(vault).fingerprint
    assert imported.report.sha256 == result.sha256
    case = imported.case
    assert case.id == case_id and case.title == "測試移交案件" and case.unit == receiving.meta("unit")
    assert vault.case(case_id).number in case.notes and "虛構之案件備註" in case.notes
    sent = {a.id: (a.name, a.sha256, a.acquired_at) for a in vault.artifacts.in_case(case_id)}
    got = {a.id: (a.name, a.sha256, a.acquired_at) for a in receiving.artifacts.in_case(case_id)}
    assert {k: got[k] for k in sent} == sent  # same ids, hashes and acquisition times
    assert sorted(v[0] for k, v in got.items() if k not in sent) == ["handoff-manifest.json", "handoff-receipt.json"]
    for artifact_id in sent:
        assert receiving.artifacts.read(artifact_id) == vault.artifacts.read(artifact_id)
    assert [(i.kind, i.value, i.origin) for i in current_identifiers(receiving, case_id)] == [
        (i.kind, i.value, i.origin) for i in current_identifiers(vault, case_id)]
    assert [e.step_id for e in StepStore(receiving.db, receiving.audit).events(case_id)] == ["evidence.preserve"]
    assert {hit.case_id for hit in receiving.search("移交測試")} == {case_id}
    report = receiving.verify()
    assert report.ok, [p.render() for p in report.problems]


def test_sealed_identities_never_leave_the_vault(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient])
    report = read_case_file(tmp_path / "case.npcase", identities=[_identity(receiving)])
    assert "王小明" not in report.manifest_bytes.decode("utf-8") and "0900-000-000" not in report.manifest_bytes.decode()
    assert "李大華（虛構）" in report.manifest_bytes.decode("utf-8")  # a suspect is not sealed
    import_case_file(receiving, tmp_path / "case.npcase")
    people = {p.pseudonym: p for p in receiving.people.in_case(case_id)}
    assert set(people) == {p.pseudonym for p in vault.people.in_case(case_id)}
    victim = next(p for p in people.values() if p.role is Role.VICTIM)
    with pytest.raises(IdentityNotHandedOver):
        receiving.reveal(victim.id, "核對身分", PASSPHRASE)


def test_a_reveal_reason_stays_behind(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """Officers type the reason for a reveal; it may name the person, so it never travels."""
    case_id = busy_case(vault)
    victim = next(p for p in vault.people.in_case(case_id) if p.role is Role.VICTIM)
    vault.reveal(victim.id, "核對王小明（虛構）之聯絡方式", PASSPHRASE)
    export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient])
    report = read_case_file(tmp_path / "case.npcase", identities=[_identity(receiving)])
    assert "王小明" not in report.manifest_bytes.decode("utf-8")
    reveal = next(e for e in report.manifest["audit"] if e["action"] == "person.reveal")
    assert reveal["details"] is None and reveal["details_withheld"] and reveal["entry_hash"]


def test_a_received_case_sent_on_still_counts_its_sealed_people(vault: Vault, receiving: Vault, tmp_path: Path,
                                                                vault_template: Path) -> None:
    """Unit A → unit B → unit C: B never had the victim's identity, and C is still told it stayed behind."""
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "ab.npcase", recipients=[workstation_keys(receiving).recipient])
    import_case_file(receiving, tmp_path / "ab.npcase")
    shutil.copyfile(vault_template, tmp_path / "third.npv")
    third = Vault.open(tmp_path / "third.npv", PASSPHRASE)
    try:
        export_case(receiving, case_id, tmp_path / "bc.npcase", recipients=[workstation_keys(third).recipient])
        received = import_case_file(third, tmp_path / "bc.npcase")
        assert received.report.as_dict()["sealed_people"] == 1
        assert [p.identity_here for p in third.people.in_case(case_id) if p.role is Role.VICTIM] == [False]
        assert third.verify().ok
    finally:
        third.lock()


def test_verify_needs_no_vault_and_names_the_sender(vault: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    identity = x25519.Identity.generate()
    export_case(vault, case_id, tmp_path / "case.npcase", recipients=[str(identity.to_public())])
    report = read_case_file(tmp_path / "case.npcase", identities=[identity])
    assert report.fingerprint == workstation_keys(vault).fingerprint
    assert report.files == len(vault.artifacts.in_case(case_id))
    assert report.as_dict()["sealed_people"] == 1
    assert report.manifest["source"]["audit_head"].startswith(str(vault.audit.head()[0] - 1) + ":")
    with pytest.raises(CaseFileNotForUs) as refused:
        read_case_file(tmp_path / "case.npcase", identities=[x25519.Identity.generate()])
    assert refused.value.exit_code is ExitCode.LOCKED


def test_a_passphrase_file_round_trips_and_a_wrong_passphrase_is_refused(vault: Vault, receiving: Vault,
                                                                         tmp_path: Path) -> None:
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "case.npcase", passphrase=EXPORT_PASSPHRASE)
    before = rows(receiving)
    with pytest.raises(CaseFilePassphrase):
        import_case_file(receiving, tmp_path / "case.npcase", passphrase="not the passphrase 99")
    assert rows(receiving) == before
    assert import_case_file(receiving, tmp_path / "case.npcase", passphrase=EXPORT_PASSPHRASE).case.id == case_id


def test_a_passphrase_file_streams_with_only_its_one_time_key_under_the_passphrase(
        vault: Vault, receiving: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made in memory, a passphrase file took 1.3 GiB for 200 MB of evidence; now the passphrase wraps a
    one-time key of a few hundred bytes and the case streams to it, as to a workstation key."""
    from app.vault import handoff

    wrapped: list[int] = []
    real_encrypt = handoff.age_passphrase.encrypt
    monkeypatch.setattr(handoff.age_passphrase, "encrypt",
                        lambda data, passphrase: wrapped.append(len(data)) or real_encrypt(data, passphrase))
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    result = export_case(vault, case_id, path, passphrase=EXPORT_PASSPHRASE)
    assert len(wrapped) == 1 and wrapped[0] < 100 and path.stat().st_size > 2_304_000
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # the file as it lies on disk
    assert import_case_file(receiving, path, passphrase=EXPORT_PASSPHRASE).case.id == case_id


def count_unwraps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each opening of a passphrase file's one-time key with the passphrase (an scrypt, about a second)."""
    from app.vault import handoff

    opened: list[str] = []
    real_unwrap = handoff._unwrap_key
    monkeypatch.setattr(handoff, "_unwrap_key", lambda wrapped, passphrase: opened.append(passphrase)
                        or real_unwrap(wrapped, passphrase))
    return opened


def test_importing_a_passphrase_file_opens_its_key_once(vault: Vault, receiving: Vault, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The import reads the file twice (verify, then write); the passphrase is paid for once."""
    path = tmp_path / "case.npcase"
    export_case(vault, busy_case(vault), path, passphrase=EXPORT_PASSPHRASE)
    opened = count_unwraps(monkeypatch)
    import_case_file(receiving, path, passphrase=EXPORT_PASSPHRASE)
    assert opened == [EXPORT_PASSPHRASE]


def test_the_key_a_check_opened_imports_without_the_passphrase_again(vault: Vault, receiving: Vault,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The officer checks, then imports: the check's opened key serves the import (no second scrypt)."""
    path = tmp_path / "case.npcase"
    case_id = busy_case(vault)
    export_case(vault, case_id, path, passphrase=EXPORT_PASSPHRASE)
    opened = count_unwraps(monkeypatch)
    report = read_case_file(path, identities=[], passphrase=EXPORT_PASSPHRASE)
    assert report.file_key is not None and len(opened) == 1
    assert import_case_file(receiving, path, file_key=report.file_key).case.id == case_id
    assert len(opened) == 1
    assert "file_key" not in repr(report) and str(report.file_key) not in str(report.as_dict())


def test_a_file_replaced_after_its_check_does_not_open_with_the_checked_key(vault: Vault, receiving: Vault,
                                                                            tmp_path: Path) -> None:
    """Exported again (same case, same passphrase) between check and import: a new one-time key, so the
    checked key does not open it, and nothing is imported."""
    path = tmp_path / "case.npcase"
    case_id = busy_case(vault)
    export_case(vault, case_id, path, passphrase=EXPORT_PASSPHRASE)
    report = read_case_file(path, identities=[], passphrase=EXPORT_PASSPHRASE)
    path.unlink()
    export_case(vault, case_id, path, passphrase=EXPORT_PASSPHRASE)
    before, head = rows(receiving), receiving.audit_head()
    with pytest.raises(CaseFileDamaged):
        import_case_file(receiving, path, passphrase=EXPORT_PASSPHRASE, file_key=report.file_key)
    assert rows(receiving) == before and receiving.audit_head() == head


def test_a_workstation_key_file_has_no_file_key(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    path = tmp_path / "case.npcase"
    export_case(vault, busy_case(vault), path, recipients=[workstation_keys(receiving).recipient])
    assert read_case_file(path, identities=[_identity(receiving)]).file_key is None


def test_a_passphrase_file_opens_with_standard_tools(vault: Vault, tmp_path: Path) -> None:
    """What a prosecutor without NetPatrol does (README): tar -xf, age -d the key with the passphrase,
    age -d -i the case with it; here with Python's tarfile and the age library NetPatrol uses."""
    import tarfile

    from app.vault.handoff import CASE_MEMBER, KEY_MEMBER

    path = tmp_path / "case.npcase"
    export_case(vault, busy_case(vault), path, passphrase=EXPORT_PASSPHRASE)
    with tarfile.open(path) as outer:
        assert outer.getnames() == [KEY_MEMBER, CASE_MEMBER]
        key = pyrage.passphrase.decrypt(outer.extractfile(KEY_MEMBER).read(), EXPORT_PASSPHRASE)  # type: ignore[union-attr]
        case = pyrage.decrypt(outer.extractfile(CASE_MEMBER).read(),  # type: ignore[union-attr]
                              [x25519.Identity.from_str(key.decode())])
    with tarfile.open(fileobj=io.BytesIO(case)) as inner:
        assert inner.getnames()[:2] == [MANIFEST, SIGNATURE] and len(inner.getnames()) > 4


@pytest.mark.parametrize(("damage", "refusal"), [
    ((148, 0x01), CaseFileDamaged),  # the key member's header (its checksum)
    ((512 + 200, 0x01), CaseFilePassphrase),  # the wrapped key: age cannot tell damage from a wrong passphrase
    ((1024, 0x01), CaseFileDamaged),  # the case member's header
    ((-70_000, 0x01), CaseFileDamaged),  # the case itself
    ((None, 0x01), CaseFileDamaged),  # a byte added at the end
])
def test_a_damaged_passphrase_file_imports_nothing(vault: Vault, receiving: Vault, tmp_path: Path,
                                                   damage: tuple[int | None, int], refusal: type[Exception]) -> None:
    path = tmp_path / "case.npcase"
    export_case(vault, busy_case(vault), path, passphrase=EXPORT_PASSPHRASE)
    data = bytearray(path.read_bytes())
    where, flip = damage
    if where is None:
        data.append(flip)
    else:
        data[where] ^= flip
    path.write_bytes(bytes(data))
    before, head = rows(receiving), receiving.audit_head()
    with pytest.raises(refusal):
        import_case_file(receiving, path, passphrase=EXPORT_PASSPHRASE)
    assert rows(receiving) == before and receiving.audit_head() == head


def _earlier_passphrase_file(vault: Vault, receiving: Vault, path: Path) -> str:
    """A case file as NetPatrol made passphrase files before they streamed: one scrypt age file of the tar."""
    case_id = busy_case(vault)
    export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient])
    plaintext = pyrage.decrypt(path.read_bytes(), [_identity(receiving)])
    path.write_bytes(pyrage.passphrase.encrypt(plaintext, EXPORT_PASSPHRASE))
    return case_id


def test_a_passphrase_file_made_by_an_earlier_version_is_still_read(vault: Vault, receiving: Vault,
                                                                    tmp_path: Path) -> None:
    path = tmp_path / "earlier.npcase"
    case_id = _earlier_passphrase_file(vault, receiving, path)
    before = rows(receiving)
    with pytest.raises(CaseFilePassphrase):
        import_case_file(receiving, path, passphrase="not the passphrase 99")
    assert rows(receiving) == before
    assert import_case_file(receiving, path, passphrase=EXPORT_PASSPHRASE).case.id == case_id


@pytest.mark.parametrize("short_of", ["size", "memory"])
def test_an_earlier_passphrase_file_too_large_to_open_here_is_one_sentence(
        vault: Vault, receiving: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, short_of: str) -> None:
    """Those files open in memory: past the limit they are refused unread; within it, a workstation short of
    memory says so instead of crashing."""
    from app.vault import handoff

    path = tmp_path / "earlier.npcase"
    _earlier_passphrase_file(vault, receiving, path)

    def no_memory(*args: object) -> bytes:
        raise MemoryError

    if short_of == "size":
        monkeypatch.setattr(handoff, "PASSPHRASE_FILE_LIMIT", 1_000_000)
        monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("a file over the limit was read"))
    else:
        monkeypatch.setattr(handoff.age_passphrase, "decrypt", no_memory)
    before = rows(receiving)
    with pytest.raises(handoff.PassphraseCaseFileTooLarge, match="3 MB"):
        import_case_file(receiving, path, passphrase=EXPORT_PASSPHRASE)
    assert rows(receiving) == before


@pytest.mark.parametrize("where", [0.3, 0.6, 0.97])
def test_a_damaged_file_imports_nothing(vault: Vault, receiving: Vault, tmp_path: Path, where: float) -> None:
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient])
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    path.write_bytes(bytes(data))
    before = rows(receiving)
    with pytest.raises(IntegrityFailure) as failed:
        import_case_file(receiving, path)
    assert failed.value.exit_code is ExitCode.INTEGRITY
    assert rows(receiving) == before


def test_a_cut_file_imports_nothing(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient])
    path.write_bytes(path.read_bytes()[: -70_000])
    before = rows(receiving)
    with pytest.raises(CaseFileDamaged):
        import_case_file(receiving, path)
    assert rows(receiving) == before


def test_a_manifest_changed_and_encrypted_again_fails_its_signature(vault: Vault, receiving: Vault,
                                                                    tmp_path: Path) -> None:
    """Someone who can encrypt to us (anyone: the recipient key is public) but cannot sign as the
    sender edits the case file: the signature no longer matches."""
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient])
    members = _members(path, _identity(receiving))
    members[MANIFEST] = members[MANIFEST].replace("測試移交案件".encode(), "改過的案件名稱".encode())
    _rewrite(path, members, workstation_keys(receiving).recipient)
    with pytest.raises(CaseFileDamaged, match="signature"):
        import_case_file(receiving, path)
    assert int(receiving.db.scalar("SELECT count(*) FROM cases")) == 0


def test_an_evidence_file_swapped_inside_is_named(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient])
    members = _members(path, _identity(receiving))
    name = next(n for n in members if n.startswith("files/") and len(members[n]) > 20)
    members[name] = b"\x89PNG grey box IMG 1".ljust(len(members[name]), b"\0")
    _rewrite(path, members, workstation_keys(receiving).recipient)
    with pytest.raises(CaseFileDamaged, match=name.removeprefix("files/")):
        import_case_file(receiving, path)
    assert rows(receiving)["artifacts"] == 0


def test_the_same_case_twice_is_refused(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient])
    local = import_case_file(receiving, path).case.number
    before = rows(receiving)
    with pytest.raises(CaseAlreadyHere, match=local):
        import_case_file(receiving, path)
    assert rows(receiving) == before


def test_evidence_here_under_another_case_names_this_vaults_number(vault: Vault, receiving: Vault,
                                                                    tmp_path: Path) -> None:
    """Seen: a file with a new case id but evidence already here said "already in this vault, as XX-999": the number
    the file gave, which is no number here. The case holding that evidence here is named."""
    import json

    from app.vault.handoff import _signer

    receiving.create_case("先建之案件（虛構）")  # so that the case is received under another number than the sender's
    case = vault.create_case("編號測試（虛構）")
    vault.add_artifact(case.id, ArtifactKind.TEXT, "note.txt", "text/plain", b"grey box")
    path = tmp_path / "case.npcase"
    export_case(vault, case.id, path, recipients=[workstation_keys(receiving).recipient])
    here = import_case_file(receiving, path).case.number
    members = _members(path, _identity(receiving))
    manifest = json.loads(members[MANIFEST])
    manifest["case"].update(id="CNEWCASE0001", number="XX-999")
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    _rewrite(path, {**members, MANIFEST: raw, SIGNATURE: _signer(vault).sign(raw)}, workstation_keys(receiving).recipient)
    with pytest.raises(CaseAlreadyHere) as refused:
        import_case_file(receiving, path)
    assert here != case.number and refused.value.render() == (
        f"This case (or evidence in it) is already in this vault, as {here}. Nothing was imported.")


def test_not_a_case_file(receiving: Vault, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(NotACaseFile):
        import_case_file(receiving, path)
    with pytest.raises(NotFound, match=r"no-such\.npcase was not found"):
        import_case_file(receiving, tmp_path / "no-such.npcase")


def test_export_never_ships_evidence_that_no_longer_matches_its_hash(vault: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    artifact = next(a for a in vault.artifacts.in_case(case_id) if a.name == "big.bin")
    change_evidence_bytes(vault.db, artifact.id, b"\0" * 10, chunk=1)
    with pytest.raises(IntegrityFailure, match=artifact.id):
        export_case(vault, case_id, tmp_path / "case.npcase", recipients=[str(x25519.Identity.generate().to_public())])
    assert list(tmp_path.glob("*.npcase")) == [] and list(tmp_path.glob(".netpatrol-*")) == []


def test_the_tar_stream_parses_back_in_any_slicing() -> None:
    members = [("a", 0, [b""]), ("files/B", 1500, [b"x" * 700, b"y" * 800]), ("c", 512, [b"z" * 512])]
    raw = b"".join(tar_stream(members, mtime=0))
    for size in (1, 7, 512, 8192, len(raw)):
        got: dict[str, bytes] = {}
        sink = _Collect(got)
        parser = TarParser(sink)
        for start in range(0, len(raw), size):
            parser.write(raw[start : start + size])
        assert parser.error is None and parser.finished
        assert got == {"a": b"", "files/B": b"x" * 700 + b"y" * 800, "c": b"z" * 512}


def test_a_failing_producer_stops_the_reader_and_is_kept() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"abc"
        raise IntegrityFailure(detail="test")

    reader = ChunkReader(chunks())
    assert reader.read() == b"abc"
    assert isinstance(reader.error, IntegrityFailure)


# -- helpers -------------------------------------------------------------------------------------------
class _Collect:
    def __init__(self, into: dict[str, bytes]) -> None:
        self.into = into
        self.name = ""

    def begin(self, name: str, size: int) -> None:
        self.name = name
        self.into[name] = b""

    def data(self, chunk: bytes) -> None:
        self.into[self.name] += chunk

    def end(self) -> None:
        pass


def _identity(vault: Vault) -> x25519.Identity:
    return x25519.Identity.from_str(vault.meta("handoff_identity") or "")


def _members(path: Path, identity: x25519.Identity) -> dict[str, bytes]:
    got: dict[str, bytes] = {}
    parser = TarParser(_Collect(got))
    pyrage.decrypt_io(io.BytesIO(path.read_bytes()), parser, [identity])
    assert set(list(got)[:2]) == {MANIFEST, SIGNATURE}
    return got


def _rewrite(path: Path, members: dict[str, bytes], recipient: str) -> None:
    raw = b"".join(tar_stream([(n, len(d), [d]) for n, d in members.items()], mtime=0))
    out = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(raw), out, [x25519.Recipient.from_str(recipient)])
    path.write_bytes(out.getvalue())



def test_a_full_disk_while_importing_leaves_nothing(vault: Vault, receiving: Vault, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.errors import StorageFull
    from app.vault import receive

    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient])
    real = receive._CaseWriter._store_chunk
    calls = {"n": 0}

    def filling(self: receive._CaseWriter, chunk: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageFull()
        real(self, chunk)

    monkeypatch.setattr(receive._CaseWriter, "_store_chunk", filling)
    before, head = rows(receiving), receiving.audit_head()
    with pytest.raises(StorageFull):
        import_case_file(receiving, tmp_path / "case.npcase")
    assert rows(receiving) == before and receiving.audit_head() == head


@pytest.mark.parametrize("protection", ["key", "passphrase"])
def test_a_full_disk_while_exporting_leaves_no_file_and_no_entry(vault: Vault, tmp_path: Path, protection: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from app.core.errors import StorageFull
    from app.vault import handoff

    case_id = busy_case(vault)

    class FillingDisk:
        """The temporary file, on a disk that fills up after 1 MB."""

        def __init__(self, out: io.BufferedWriter) -> None:
            self.out, self.written = out, 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > 1_000_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.out.write(data)

        def flush(self) -> None:
            self.out.flush()

    real_init = handoff._HashingWriter.__init__
    monkeypatch.setattr(handoff._HashingWriter, "__init__", lambda self, out, **how: real_init(self, FillingDisk(out), **how))
    workstation_keys(vault)  # made (and audited) on first use: not part of what must be undone
    head = vault.audit_head()
    to = {"recipients": [str(x25519.Identity.generate().to_public())]} if protection == "key" else {
        "passphrase": EXPORT_PASSPHRASE}
    with pytest.raises(StorageFull):
        export_case(vault, case_id, tmp_path / "case.npcase", **to)  # type: ignore[arg-type]
    assert list(tmp_path.glob("*.npcase")) == [] and list(tmp_path.glob(".netpatrol-*")) == []
    assert vault.audit_head() == head


@pytest.mark.parametrize("failing", ["record", "commit"])
def test_a_case_file_whose_export_is_not_recorded_does_not_stay(vault: Vault, tmp_path: Path, failing: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: with the vault's disk nearly full (the case file going to another disk), a complete, valid case
    file was renamed into place, its case.export entry then failed, and the officer read "Nothing was written":
    a case file out of the vault with no record that it was sent. Whether the entry or the commit fails, the
    file is removed, and the sentence is then true."""
    from app.core.errors import StorageFull

    case_id = busy_case(vault)
    workstation_keys(vault)  # made (and audited) on first use: not part of what must be undone
    head = vault.audit_head()
    real_record, real_execute = vault.record, vault.db.execute
    recording: list[str] = []

    def record(action: str, **kwargs: object) -> object:
        recording.append(action)
        if failing == "record":
            raise StorageFull()
        return real_record(action, **kwargs)  # type: ignore[arg-type]

    def execute(sql: str, *args: object) -> object:
        if sql == "COMMIT" and recording:
            raise StorageFull()
        return real_execute(sql, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(vault, "record", record)
    monkeypatch.setattr(vault.db, "execute", execute)
    out = tmp_path / "usb"  # the output on another disk than the vault's
    out.mkdir()
    with pytest.raises(StorageFull) as refused:
        export_case(vault, case_id, out / "case.npcase", recipients=[str(x25519.Identity.generate().to_public())])
    assert refused.value.render() == "The disk is full. Nothing was written; free some space and try again."
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    assert vault.audit_head() == head and not vault.db.in_transaction


def test_an_evidence_file_written_out_unrecorded_does_not_stay(vault: Vault, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`artifact export` likewise: the file is named inside the transaction that audits it."""
    from app.core.errors import StorageFull

    case = vault.create_case("匯出證據測試（虛構）")
    artifact = vault.add_artifact(case.id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box")

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(vault.audit, "append", full)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StorageFull):
        vault.export_artifact(artifact.id, out / "IMG1.png")
    assert list(out.iterdir()) == []


def _header_damage(data: bytes, how: str) -> bytes:
    """The case file with its age header damaged as seen in audit 19."""
    header_end = data.index(b"\n--- ") + 1
    mac_end = data.index(b"\n", header_end) + 1
    if how == "mac":  # one character of the MAC changed to another base64 character: the line still parses
        at = header_end + 10
        return data[:at] + (b"B" if data[at:at + 1] != b"B" else b"C") + data[at + 1:]
    if how == "mac line":  # a bit flipped into a character base64 does not have
        return data[:header_end + 10] + bytes([data[header_end + 10] ^ 0x80]) + data[header_end + 11:]
    if how == "cut after the header":
        return data[:mac_end]
    return data[:data.index(b"\n") + 1]  # the first line only


@pytest.mark.parametrize("how", ["mac", "mac line", "cut after the header", "first line only"])
def test_a_damaged_age_header_is_damage_not_another_key(vault: Vault, receiving: Vault, tmp_path: Path,
                                                        how: str) -> None:
    """Seen: these were "not encrypted to this workstation's key … ask the sending unit to export it to your key",
    exit 4, when the file had reached its key damaged or altered (exit 3)."""
    case = vault.create_case("標頭損壞（虛構）")
    path = tmp_path / "case.npcase"
    export_case(vault, case.id, path, recipients=[workstation_keys(receiving).recipient])
    path.write_bytes(_header_damage(path.read_bytes(), how))
    with pytest.raises(CaseFileDamaged) as refused:
        read_case_file(path, identities=[_identity(receiving)])
    assert refused.value.exit_code == ExitCode.INTEGRITY
    with pytest.raises(CaseFileDamaged if how in ("mac line", "first line only") else CaseFileNotForUs):
        read_case_file(path, identities=[x25519.Identity.generate()])  # a header that parses names no key here


def test_a_case_file_for_another_key_is_still_said_so(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case = vault.create_case("他機金鑰（虛構）")
    path = tmp_path / "case.npcase"
    export_case(vault, case.id, path, recipients=[workstation_keys(receiving).recipient])
    with pytest.raises(CaseFileNotForUs) as refused:
        read_case_file(path, identities=[_identity(vault)])
    assert refused.value.exit_code == ExitCode.LOCKED


def test_a_case_file_without_permission_to_read_it_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: "could not be read to the end (a disk or USB stick error): copy it again", for a file the officer may
    not read. The reason is named, as `provenance` names it."""
    from app.vault.handoff import needs_passphrase

    path = tmp_path / "case.npcase"
    path.write_bytes(b"age-encryption.org/v1\n")

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refused)
    with pytest.raises(KnownError) as told:
        needs_passphrase(path)
    # the reason in the officer's words, as `provenance` says it (seen: the system's 「Permission denied」 in Chinese)
    assert told.value.render() == f"The case file {path} could not be read (no permission to read it). Nothing was imported."


def test_a_case_file_that_cannot_be_read_to_the_end_says_so(vault: Vault, receiving: Vault, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from app.vault import handoff
    from app.vault.handoff import CaseFileUnreadable

    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient])
    read = {"bytes": 0}
    real = handoff._HashingReader.read

    def failing(self: handoff._HashingReader, size: int = -1) -> bytes:
        read["bytes"] += max(size, 0)
        if read["bytes"] > 500_000:
            self.error = OSError(errno.EIO, "Input/output error")
            raise self.error
        return real(self, size)

    monkeypatch.setattr(handoff._HashingReader, "read", failing)
    before = rows(receiving)
    with pytest.raises(CaseFileUnreadable):
        import_case_file(receiving, tmp_path / "case.npcase")
    assert rows(receiving) == before


def test_progress_is_told_file_by_file(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """A case of thousands of files takes minutes to send or receive: the window counts them."""
    case_id = busy_case(vault)
    files = len(vault.artifacts.in_case(case_id))
    told: list[tuple[str, int, int]] = []
    export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient],
                progress=lambda *report: told.append(report))
    import_case_file(receiving, tmp_path / "case.npcase", progress=lambda *report: told.append(report))
    for stage in ("export", "check", "import"):
        assert [done for s, done, total in told if s == stage and total == files] == list(range(1, files + 1))


def test_a_case_file_that_appeared_meanwhile_is_not_replaced_nor_recorded(vault: Vault, receiving: Vault,
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`netpatrol export -o` without --force checks the name first, then writes a case file for minutes: another
    unit's case file saved under that name meanwhile stays, and no export is recorded."""
    from app.vault import handoff
    from app.vault.atomic import OutputExists

    case_id = busy_case(vault)
    target = tmp_path / "case.npcase"
    writing = handoff._write

    def slow_write(*args: Any, **kwargs: Any) -> str:
        digest = writing(*args, **kwargs)
        target.write_bytes(b"another unit's case file")
        return digest

    monkeypatch.setattr(handoff, "_write", slow_write)
    with pytest.raises(OutputExists):
        export_case(vault, case_id, target, recipients=[workstation_keys(receiving).recipient], replace=False)
    assert target.read_bytes() == b"another unit's case file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".netpatrol-")] == []
    assert "case.export" not in [entry.action for entry in vault.audit.entries(case_id)]


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _stanza_damage(data: bytes, how: str) -> bytes:
    """The case file with a bit flipped in its (only) X25519 stanza: `-> X25519 <share>\\n<body>\\n`."""
    share_at = data.index(b"-> X25519 ") + len(b"-> X25519 ")
    body_at = data.index(b"\n", share_at) + 1
    body_end = data.index(b"\n", body_at)
    if how == "share out of base64":  # a character base64 does not have
        return data[:share_at + 5] + bytes([data[share_at + 5] ^ 0x80]) + data[share_at + 6:]
    if how == "body not canonical":  # the last character's spare bits, which age writes as zero, set
        last = _B64.index(data[body_end - 1:body_end]) | 1
        return data[:body_end - 1] + _B64[last:last + 1] + data[body_end:]
    # one bit of the wrapped key itself: still well formed, and then it opens with no key
    middle = body_at + 10
    flipped = _B64.index(data[middle:middle + 1]) ^ 0b100000
    return data[:middle] + _B64[flipped:flipped + 1] + data[middle + 1:]


@pytest.mark.parametrize("how", ["share out of base64", "body not canonical"])
def test_a_malformed_stanza_is_damage_not_another_key(vault: Vault, receiving: Vault, tmp_path: Path,
                                                      how: str) -> None:
    """A bit flipped in our own X25519 stanza read as "for another key" (exit 4). Where the flip leaves a stanza that
    no age implementation writes, the file is damaged (exit 3), whoever it was for."""
    case = vault.create_case("金鑰段損壞（虛構）")
    path = tmp_path / "case.npcase"
    export_case(vault, case.id, path, recipients=[workstation_keys(receiving).recipient])
    path.write_bytes(_stanza_damage(path.read_bytes(), how))
    for identities in ([_identity(receiving)], [x25519.Identity.generate()]):
        with pytest.raises(CaseFileDamaged) as refused:
            read_case_file(path, identities=identities)
        assert refused.value.exit_code == ExitCode.INTEGRITY


def test_a_flip_that_cannot_be_told_from_another_key_names_both(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """A bit of the wrapped key flipped leaves a well-formed stanza that opens with no key: the cryptography cannot
    tell it from a file for another key, so the sentence says both."""
    case = vault.create_case("金鑰段損壞（虛構）")
    path = tmp_path / "case.npcase"
    export_case(vault, case.id, path, recipients=[workstation_keys(receiving).recipient])
    path.write_bytes(_stanza_damage(path.read_bytes(), "wrapped key"))
    with pytest.raises(CaseFileNotForUs) as refused:
        read_case_file(path, identities=[_identity(receiving)])
    assert refused.value.exit_code == ExitCode.LOCKED
    said = refused.value.render()
    assert "not encrypted to this workstation's key" in said and "damaged on the way" in said
