"""Benchmark: a backup of an open vault (File → Back up vault…, ``netpatrol backup``).

    .venv/bin/python -m tests.bench.bench_backup [--mb 200]

Reference, measured in the same run: copying the vault file with the operating system's copy and hashing the copy
(SHA-256), what an officer would do by hand with NetPatrol closed. Ours re-encrypts every page from one snapshot,
reads the copy back (every page's authentication) and hashes it, while the window could go on working. The vault
holds ``--mb`` megabytes of synthetic evidence files (random bytes, as compressed pictures are) in 40 cases.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app.core.models import ArtifactKind
from app.vault import Vault

PASSPHRASE = "bench horse battery staple"
RUNS = 3


def build(folder: Path, megabytes: int) -> Path:
    path = folder / "bench.npv"
    vault = Vault.create(path, PASSPHRASE, officer="測試", unit="測試")
    cases = [vault.create_case(f"備份測試 {n}").id for n in range(40)]
    for number in range(megabytes):
        vault.add_artifact(cases[number % len(cases)], ArtifactKind.PNG, f"IMG {number}.png", "image/png",
                           os.urandom(1024 * 1024))
    vault.lock()  # checkpointed: the file alone is the whole vault, so the plain copy is a fair reference
    return path


def plain_copy(source: Path, target: Path) -> float:
    started = time.perf_counter()
    shutil.copyfile(source, target)
    digest = hashlib.sha256()
    with open(target, "rb") as copied:
        while chunk := copied.read(1024 * 1024):
            digest.update(chunk)
    elapsed = time.perf_counter() - started
    target.unlink()
    return elapsed


def ours(vault: Vault, target: Path) -> float:
    started = time.perf_counter()
    vault.back_up(target)
    elapsed = time.perf_counter() - started
    target.unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    try:
        path = build(folder, args.mb)
        size = path.stat().st_size / 1024 / 1024
        reference, backup = [], []
        vault = Vault.open(path, PASSPHRASE)
        try:
            for _ in range(RUNS):  # interleaved, so that the disk cache and drift hit both alike
                reference.append(plain_copy(path, folder / "copy.npv"))
                backup.append(ours(vault, folder / "backup.npv"))
        finally:
            vault.lock()
        ref, own = statistics.median(reference), statistics.median(backup)
        print(f"vault {size:.0f} MiB ({args.mb} evidence files of 1 MiB), median of {RUNS}")
        print(f"reference (copy the file, SHA-256 the copy) {ref:.2f} s   {size / ref:.0f} MiB/s")
        print(f"backup (snapshot, re-encrypt, read back, SHA-256) {own:.2f} s   {size / own:.0f} MiB/s")
        print(f"ratio ours / reference: {own / ref:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
