"""Issuing an evidence list that checks the case as it is printed, against the same list unchecked.

    .venv/bin/python -m tests.bench.bench_evidence_list [--captures 150] [--picture-kib 1024] [--entries 100000]

The case is ``tests.bench.bench_handoff``'s (``--captures`` page captures, each a ``--picture-kib``
picture of random bytes and three smaller files); the vault's chain is padded to ``--entries`` audit
entries, as a workstation's after some years. Measured, median of ``--runs``:

- ours: ``build_dossier(check_evidence=True)`` and the PDF: every evidence file of the case read back
  and hashed again, and the whole chain walked;
- reference: the same list without the check (what a preview builds, and what the list was before).

Prints both, the ratio, and what the check alone costs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app.reports.document import pdf_bytes
from app.reports.evidence import evidence_list
from app.vault import Vault
from app.vault.audit import walk_chain
from app.vault.dossier import build_dossier
from tests.bench.bench_handoff import PASSPHRASE, build_case


def pad_chain(vault: Vault, entries: int) -> None:
    with vault.db.transaction():
        while int(vault.audit_head().split(":")[0]) < entries:
            vault.record("patrol.view_log", details={"day": "2025-07-08"})


def issue(vault: Vault, case_id: str, checked: bool) -> float:
    started = time.perf_counter()
    pdf_bytes(evidence_list(build_dossier(vault, case_id, check_evidence=checked), "zh_TW"))
    return time.perf_counter() - started


# What finding the clock's steps back would cost as a pass of its own: the reference for doing it inside the walk.
SEPARATE_PASS = ("SELECT seq, at, before_at FROM (SELECT seq, at, lag(at) OVER (ORDER BY seq) AS before_at FROM audit) "
                 "WHERE at < before_at")


def clock_pass(vault: Vault, runs: int) -> tuple[float, float]:
    """The chain's walk, which finds the clock's steps back as it goes, against the walk plus a separate SQL
    pass for them (medians, seconds)."""
    inline, separate = [], []
    for _ in range(runs):
        started = time.perf_counter()
        walk_chain(vault.db)
        inline.append(time.perf_counter() - started)
        started = time.perf_counter()
        walk_chain(vault.db)
        vault.db.all(SEPARATE_PASS)
        separate.append(time.perf_counter() - started)
    return statistics.median(inline), statistics.median(separate)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--captures", type=int, default=150)
    parser.add_argument("--picture-kib", type=int, default=1024)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-evidence-"))
    try:
        vault = Vault.create(folder / "v.npv", PASSPHRASE, officer="bench", unit="bench")
        case_id = build_case(vault, args.captures, args.picture_kib)
        pad_chain(vault, args.entries)
        files = vault.artifacts.in_case(case_id)
        print(f"case: {args.captures} captures, {len(files)} evidence files, "
              f"{sum(f.size for f in files) / 2**20:.1f} MiB; chain: {vault.audit_head().split(':')[0]} entries")
        plain, checked = [], []
        for _ in range(args.runs):
            plain.append(issue(vault, case_id, False))
            checked.append(issue(vault, case_id, True))
        ours, reference = statistics.median(checked), statistics.median(plain)
        print(f"evidence list   checked {ours:.2f} s   unchecked (reference) {reference:.2f} s   "
              f"ratio {ours / reference:.2f}   the check alone {ours - reference:.2f} s")
        inline, separate = clock_pass(vault, args.runs)
        print(f"chain walk finding the clock's steps back as it goes {inline * 1000:.0f} ms   with a separate SQL pass "
              f"(reference) {separate * 1000:.0f} ms   ratio {inline / separate:.2f}")
        vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
