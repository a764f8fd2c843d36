"""A case file checked by an examiner who does not run NetPatrol (audit 25): a prosecutor's IT examiner, a
defence expert or a court's expert, with standard tools only. The manifest says how, in both languages,
and carries the signing key in the form openssl reads; the commands it gives are run here as written."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from pyrage import x25519

from app.vault import Vault
from app.vault.dossier import build_dossier
from app.vault.examiner import (
    AUDIT_ENTRY,
    CHECK_FILES,
    CHECK_SIGNATURE,
    EXTRACT_KEY,
    FILES_TO_CAPTURES,
    FINGERPRINT,
    README,
)
from app.vault.handoff import MANIFEST, export_case, read_case_file, workstation_keys
from tests.unit.vault.test_handoff import busy_case

TOOLS = ("age", "tar", "jq", "openssl", "sha256sum", "sed", "tr", "cut", "tail", "python3", "bash")


def exported(vault: Vault, path: Path) -> tuple[x25519.Identity, str]:
    """A busy case exported to a court's key (as age-keygen makes one); returns the key and the case id."""
    court = x25519.Identity.generate()
    case_id = busy_case(vault)
    export_case(vault, case_id, path, recipients=[str(court.to_public())])
    return court, case_id


def test_the_manifest_opens_with_how_to_check_it_in_both_languages(vault: Vault, tmp_path: Path) -> None:
    court, _ = exported(vault, tmp_path / "case.npcase")
    report = read_case_file(tmp_path / "case.npcase", identities=[court])
    assert report.manifest_bytes.startswith(b'{\n "README": [')  # the first thing a reader of manifest.json sees
    text = "\n".join(report.manifest["README"])
    assert "不需 NetPatrol" in text and "without NetPatrol" in text
    for command in (CHECK_FILES, EXTRACT_KEY, CHECK_SIGNATURE, FINGERPRINT, FILES_TO_CAPTURES, AUDIT_ENTRY):
        assert "   " + command in report.manifest["README"]
    assert "netpatrol keys show" in text and "工具 → 案件檔案用工作站金鑰" in text
    assert report.manifest["README"] == list(README)


def test_the_signing_key_travels_as_a_pem_that_checks_the_signature(vault: Vault, tmp_path: Path) -> None:
    court, _ = exported(vault, tmp_path / "case.npcase")
    report = read_case_file(tmp_path / "case.npcase", identities=[court])
    source = report.manifest["source"]
    public = load_pem_public_key(source["signing_key_pem"].encode("ascii"))
    assert isinstance(public, Ed25519PublicKey)
    public.verify(report.signature, report.manifest_bytes)  # raises when it does not check out
    assert base64.b64encode(public.public_bytes_raw()).decode("ascii") == source["signing_key"]
    assert source["fingerprint"] == workstation_keys(vault).fingerprint


def run(command: str, where: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=where, capture_output=True, text=True,
                          timeout=60, check=False)


def opened_by_the_examiner(path: Path, court: x25519.Identity, where: Path) -> Path:
    """``age -d -i key.txt case.npcase | tar -x``, as the README and the manifest's README say."""
    where.mkdir()
    (where / "key.txt").write_text(f"{court}\n", encoding="ascii")
    opened = run(f"age -d -i key.txt '{path}' | tar -x", where)
    assert opened.returncode == 0, opened.stderr
    return where


@pytest.mark.skipif(any(shutil.which(tool) is None for tool in TOOLS), reason="needs age, jq, openssl 3 and coreutils")
def test_an_examiner_checks_everything_with_standard_tools_only(vault: Vault, tmp_path: Path) -> None:
    court, case_id = exported(vault, tmp_path / "case.npcase")
    where = opened_by_the_examiner(tmp_path / "case.npcase", court, tmp_path / "examiner")
    manifest = json.loads((where / MANIFEST).read_text(encoding="utf-8"))

    files = run(CHECK_FILES, where)
    assert files.returncode == 0, files.stderr
    assert files.stdout.count(": OK\n") == len(manifest["artifacts"]) == len(vault.artifacts.in_case(case_id))

    signature = run(f"{EXTRACT_KEY} && {CHECK_SIGNATURE}", where)
    assert signature.returncode == 0 and "Signature Verified Successfully" in signature.stdout, signature.stderr
    assert run(FINGERPRINT, where).stdout.strip() == workstation_keys(vault).fingerprint

    rows = [line.split("\t") for line in run(FILES_TO_CAPTURES, where).stdout.splitlines()]
    by_id = {artifact.id: artifact for artifact in vault.artifacts.in_case(case_id)}
    assert {row[0]: (row[1], row[2]) for row in rows} == {a.id: (a.name, a.sha256) for a in by_id.values()}
    captured = [row for row in rows if by_id[row[0]].capture_id is not None]
    assert captured and all(row[3] == "http://127.0.0.1/ptt" and row[5] == "off-the-record"
                            and row[6] == vault.actor.officer for row in captured)

    entries = run(AUDIT_ENTRY, where).stdout.split()
    assert entries[1::2] == ["True"] * len(manifest["audit"]) and len(manifest["audit"]) > 5


@pytest.mark.skipif(any(shutil.which(tool) is None for tool in TOOLS), reason="needs age, jq, openssl 3 and coreutils")
@pytest.mark.parametrize("altered", ["evidence", "manifest", "signature"])
def test_a_byte_altered_shows_in_the_examiners_check(vault: Vault, tmp_path: Path, altered: str) -> None:
    court, _ = exported(vault, tmp_path / "case.npcase")
    where = opened_by_the_examiner(tmp_path / "case.npcase", court, tmp_path / "examiner")
    assert run(EXTRACT_KEY, where).returncode == 0  # the key as it came, before anything is altered
    manifest = json.loads((where / MANIFEST).read_text(encoding="utf-8"))
    target = {"evidence": where / "files" / manifest["artifacts"][0]["id"], "manifest": where / MANIFEST,
              "signature": where / "manifest.sig"}[altered]
    data = bytearray(target.read_bytes())
    data[-2] ^= 0x01
    target.write_bytes(bytes(data))
    files, signature = run(CHECK_FILES, where), run(CHECK_SIGNATURE, where)
    if altered == "evidence":
        assert files.returncode != 0 and f"files/{manifest['artifacts'][0]['id']}: FAILED" in files.stdout
        assert hashlib.sha256(bytes(data)).hexdigest() != manifest["artifacts"][0]["sha256"]
    else:
        assert signature.returncode != 0 and "Signature Verification Failure" in signature.stdout + signature.stderr


def test_the_dossier_carries_each_case_file_made_and_the_signing_fingerprint(vault: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    assert build_dossier(vault, case_id).signing_fingerprint == ""  # printing before any export makes no keys
    assert vault.meta("handoff_signing") is None
    results = [export_case(vault, case_id, tmp_path / f"case-{n}.npcase",
                           recipients=[str(x25519.Identity.generate().to_public())]) for n in (1, 2)]
    case = build_dossier(vault, case_id)
    assert case.signing_fingerprint == workstation_keys(vault).fingerprint == results[0].fingerprint
    assert [(sent.file, sent.sha256, sent.manifest_sha256, sent.officer) for sent in case.case_files] == [
        (r.path.name, r.sha256, r.manifest_sha256, vault.actor.officer) for r in results]
    assert [sent.seq for sent in case.case_files] == [
        e.seq for e in vault.audit.entries(case_id) if e.action == "case.export"]
