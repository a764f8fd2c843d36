"""Check a file's origin benchmark: looking a file's SHA-256 up in a busy vault.

A vault with ``--entries`` audit entries (default 100,000: some years of a busy unit) of which one in
ten issued a document with its SHA-256, and ``--artifacts`` evidence files (default 20,000) is asked
what a file is (``app.vault.provenance.provenance``), for a document it issued and for an unknown file.
The reference, measured in the same run, reads the same audit rows' details once without looking into
them (``SELECT count(details) FROM audit``): the ratio is the price of reading each entry's SHA-256.

    .venv/bin/python -m tests.bench.bench_provenance [--entries 100000] [--artifacts 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.core.hashing import sha256_bytes
from app.core.models import ArtifactKind
from app.vault import Vault
from app.vault.provenance import provenance

PASSPHRASE = "benchmark passphrase 2026"


def fill(vault: Vault, entries: int, artifacts: int) -> str:
    """The vault's work; returns the SHA-256 of one document it issued, half-way through."""
    case = vault.create_case("來源基準案件（虛構）").id
    for number in range(artifacts):
        vault.add_artifact(case, ArtifactKind.PNG, f"IMG {number}.png", "image/png", f"grey box {number}".encode())
    wanted = ""
    with vault.db.transaction():
        for number in range(entries - artifacts):
            if number % 10:
                vault.record("step.done", case_id=case, subject="identify-victim",
                             details={"step": "identify-victim", "note": f"IMG {number} 測試備註"})
                continue
            digest = sha256_bytes(f"document {number}".encode())
            vault.record("document.generated", case_id=case, subject="evidence-list",
                         details={"file": f"doc-{number}.pdf", "sha256": digest, "format": "pdf"})
            if number >= (entries - artifacts) // 2 and not wanted:
                wanted = digest
    return wanted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--artifacts", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    vault = Vault.create(Path(tempfile.mkdtemp(prefix="bench-provenance-")) / "v.npv", PASSPHRASE,
                         officer="王測試", unit="婦幼警察隊")
    issued = fill(vault, args.entries, args.artifacts)
    unknown = sha256_bytes(b"a stranger's file")
    known_times, unknown_times, reading = [], [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        found = provenance(vault, issued)
        known_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        missing = provenance(vault, unknown)
        unknown_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        vault.db.scalar("SELECT count(details) FROM audit")
        reading.append(time.perf_counter() - started)
    assert found.known and not missing.known
    known, stranger, reference = (statistics.median(t) for t in (known_times, unknown_times, reading))
    print(f"vault: {vault.audit.head()[0]:,} audit entries, {args.artifacts:,} evidence files")
    print(f"an issued document   {known * 1000:7.1f} ms   reading the log once {reference * 1000:7.1f} ms   "
          f"ratio {known / reference:.2f}   (median of {args.runs})")
    print(f"an unknown file      {stranger * 1000:7.1f} ms   ratio {stranger / reference:.2f}")
    vault.lock()


if __name__ == "__main__":
    main()
