"""Case files: export and import of a big case, against the least any hand-off must do, in the same run.

    .venv/bin/python -m tests.bench.bench_handoff [--captures 150] [--picture-kib 1024] [--runs 3]

A synthetic case of ``--captures`` page captures (each: a ``--picture-kib`` full-page picture of
random bytes, which neither compresses nor dedupes, a viewport picture, text, metadata and three
identifiers), one sealed victim and one suspect.

- Export is measured against a reference that only reads every evidence file out of the vault and
  age-encrypts those bytes to a file (``pyrage.encrypt_io``), synced to disk as the export is: what
  remains is our own work (hashing each file again on the way out and the file as it is written, the
  manifest, its signature, the tar stream).
- Import is measured against a reference that only age-decrypts the reference file once and stores
  each evidence file in a vault (``ArtifactStore.add``: chunks, SHA-256, audit entry). Our import
  decrypts twice on purpose (it verifies the whole file before it writes anything) and writes every
  record with its own audit entry, so a ratio near 2 is the price of that guarantee.

Prints each median, its reference, and the ratio. There is no target in an issue for this; the
figures are for the closing note and for noticing a regression.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import pyrage
from pyrage import x25519

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin
from app.core.models import ArtifactKind, Role
from app.core.timeutil import utc_now
from app.vault import Vault
from app.vault.captures import store_capture
from app.vault.handoff import export_case, workstation_keys
from app.vault.receive import import_case_file

PASSPHRASE = "benchmark passphrase 2026"


def build_case(vault: Vault, captures: int, picture_kib: int) -> str:
    case = vault.create_case("移交基準測試（虛構）", ["PTT"])
    vault.add_person(case.id, Role.VICTIM, "虛構被害人", {})
    vault.add_person(case.id, Role.SUSPECT, "虛構嫌疑人", {"account": "fake_bench"})
    now = utc_now()
    for number in range(captures):
        files = (CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, "fullpage.png", "image/png",
                              os.urandom(picture_kib * 1024)),
                 CapturedFile(FileRole.VIEWPORT, ArtifactKind.PNG, "viewport.png", "image/png", os.urandom(64 * 1024)),
                 CapturedFile(FileRole.TEXT, ArtifactKind.TEXT, "text.txt", "text/plain",
                              f"IMG {number} 虛構貼文內容 fake{number}@example.com".encode()))
        found = (FoundIdentifier(IdentifierKind.ACCOUNT_ID, f"fake_poster_{number}", "bench", Origin.ADAPTER),
                 FoundIdentifier(IdentifierKind.EMAIL, f"fake{number}@example.com", "text line 1", Origin.RULE),
                 FoundIdentifier(IdentifierKind.POSTER_IP, "203.0.113.45", "bench", Origin.ADAPTER))
        store_capture(vault, case.id, PageCapture(
            CaptureKind.PAGE, f"http://127.0.0.1/post/{number}", f"http://127.0.0.1/post/{number}", f"IMG {number}",
            now, now, Completeness(True, StopReason.END_REACHED, 1), files, found, {}, persona="off-the-record",
            text=f"IMG {number}"))
    return case.id


def reference_export(vault: Vault, case_id: str, destination: Path, recipient: x25519.Recipient) -> float:
    started = time.perf_counter()
    payload = b"".join(b"".join(vault.artifact_chunks(a.id)) for a in vault.artifacts.in_case(case_id))
    with destination.open("wb") as out:
        pyrage.encrypt_io(io.BytesIO(payload), out, [recipient])
        out.flush()
        os.fsync(out.fileno())  # as the export does: a case file on a USB stick must be there when it says so
    return time.perf_counter() - started


def reference_import(vault: Vault, source: Path, identity: x25519.Identity, sizes: list[int], case_id: str) -> float:
    started = time.perf_counter()
    plain = io.BytesIO()
    with source.open("rb") as encrypted:
        pyrage.decrypt_io(encrypted, plain, [identity])
    data, offset = plain.getvalue(), 0
    with vault.db.transaction():
        for size in sizes:
            vault.add_artifact(case_id, ArtifactKind.PNG, "file.png", "image/png", data[offset : offset + size])
            offset += size
    return time.perf_counter() - started


def fresh(template: Path, folder: Path, name: str) -> Vault:
    path = folder / name
    shutil.copyfile(template, path)
    return Vault.open(path, PASSPHRASE)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--captures", type=int, default=150)
    parser.add_argument("--picture-kib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-handoff-"))
    try:
        template = folder / "template.npv"
        Vault.create(template, PASSPHRASE, officer="bench", unit="bench").lock()
        sending = fresh(template, folder, "sending.npv")
        case_id = build_case(sending, args.captures, args.picture_kib)
        artifacts = sending.artifacts.in_case(case_id)
        total = sum(a.size for a in artifacts)
        print(f"case: {args.captures} captures, {len(artifacts)} evidence files, {total / 2**20:.1f} MiB")
        measure(sending, case_id, template, folder, [a.size for a in artifacts], args.runs)
        sending.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(sending: Vault, case_id: str, template: Path, folder: Path, sizes: list[int], runs: int) -> None:
    exports, export_refs, imports, import_refs = [], [], [], []
    for run in range(runs):
        receiving = fresh(template, folder, f"receiving-{run}.npv")
        reference_vault = fresh(template, folder, f"reference-{run}.npv")
        identity = x25519.Identity.from_str(_identity_text(receiving))
        case_file, reference_file = folder / f"case-{run}.npcase", folder / f"reference-{run}.age"
        started = time.perf_counter()
        export_case(sending, case_id, case_file, recipients=[workstation_keys(receiving).recipient])
        exports.append(time.perf_counter() - started)
        export_refs.append(reference_export(sending, case_id, reference_file, identity.to_public()))
        started = time.perf_counter()
        import_case_file(receiving, case_file)
        imports.append(time.perf_counter() - started)
        reference_case = reference_vault.create_case("reference")
        import_refs.append(reference_import(reference_vault, reference_file, identity, sizes, reference_case.id))
        print(f"run {run + 1}: export {exports[-1]:.2f} s (reference {export_refs[-1]:.2f} s), "
              f"import {imports[-1]:.2f} s (reference {import_refs[-1]:.2f} s)")
        receiving.lock()
        reference_vault.lock()
    for label, ours, reference in (("export", exports, export_refs), ("import", imports, import_refs)):
        a, b = statistics.median(ours), statistics.median(reference)
        print(f"{label}: median {a:.2f} s, reference {b:.2f} s, ratio {a / b:.2f}")


def _identity_text(vault: Vault) -> str:
    workstation_keys(vault)  # makes the keys
    return vault.meta("handoff_identity") or ""


if __name__ == "__main__":
    main()
