"""Vault audit log benchmark: listing a long period of a busy vault's audit chain.

A vault with ``--entries`` audit entries (default 20,000: captures, steps and patrols of about a
month of a busy unit, as entries of realistic size) is listed in Tools → Vault audit log for the whole
period, which shows the newest 5,000. Measured in the same run, offscreen:

- the window: ``VaultAuditDialog.show_period`` (read, name the cases, fill the table, size the columns);
- the reference: reading the same 5,000 entries and their total from the vault alone
  (``AuditLog.between``), without any table.

The ratio is what the table costs on top of the reading. Rows are worked out when drawn (a model, not
one item per cell), so it should stay small and the listing well under a second.

    .venv/bin/python -m tests.bench.bench_audit_log [--entries 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from app.core.timeutil import taipei, utc_now
from app.vault import Vault
from app.vault.stats import Period

PASSPHRASE = "benchmark passphrase 2026"


def fill(vault: Vault, entries: int) -> None:
    cases = [vault.create_case(f"稽核基準案件 {n}（虛構）").id for n in range(max(1, entries // 40))]
    with vault.db.transaction():
        for number in range(entries - len(cases)):
            vault.record("step.done", case_id=cases[number % len(cases)], subject="identify-victim",
                         details={"step": "identify-victim", "happened_at": "2026-11-01T01:02:03.000000Z",
                                  "note": f"IMG {number} 測試備註", "row": f"{number:064x}"})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.ui.auditlog import SHOWN, VaultAuditDialog

    app = QApplication([])  # noqa: F841 - must live until the end
    vault = Vault.create(Path(tempfile.mkdtemp(prefix="bench-audit-")) / "v.npv", PASSPHRASE, officer="王測試",
                         unit="婦幼警察隊")
    fill(vault, args.entries)
    today = taipei(utc_now()).date()
    period = Period(today - timedelta(days=30), today)
    dialog = VaultAuditDialog(vault)
    dialog.first.setText(period.first.isoformat())
    dialog.last.setText(period.last.isoformat())
    window, reading = [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        dialog.show_period()
        window.append(time.perf_counter() - started)
        started = time.perf_counter()
        vault.audit.between(*period.bounds, SHOWN)
        reading.append(time.perf_counter() - started)
    ours, reference = statistics.median(window), statistics.median(reading)
    print(f"vault: {vault.audit.head()[0]} audit entries; listed: {dialog.table.row_count()}")
    print(f"list the period   window {ours * 1000:7.1f} ms   reading alone {reference * 1000:7.1f} ms   "
          f"ratio {ours / reference:.2f}   (median of {args.runs})")
    vault.lock()


if __name__ == "__main__":
    main()
