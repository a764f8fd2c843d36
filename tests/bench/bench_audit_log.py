"""Vault audit log benchmark: listing a long period of a busy vault's audit chain, and printing one.

A vault with ``--entries`` audit entries (default 20,000: captures, steps and patrols of about a
month of a busy unit, as entries of realistic size) is listed in Tools → Vault audit log for the whole
period, which shows the newest 5,000. Measured in the same run, offscreen:

- the window: ``VaultAuditDialog.show_period`` (read, name the cases, fill the table, size the columns);
- the reference: reading the same 5,000 entries and their total from the vault alone
  (``AuditLog.between``), without any table.

The ratio is what the table costs on top of the reading. Rows are worked out when drawn (a model, not
one item per cell), so it should stay small and the listing well under a second.

Printing: a second vault of ``--printed`` entries (default 5,000) is printed whole as the PDF the
window's "Save as PDF…" and ``netpatrol audit -o`` write (``print_audit_log``: read, name the cases,
lay out, write, hash, audit). The reference is reportlab alone laying out the same rows (the same
texts and font, one plain table with the hash row under each entry), measured in the same run; the
ratio is what the document's own pages, styles and issuing cost on top of reportlab.

    .venv/bin/python -m tests.bench.bench_audit_log [--entries 20000] [--runs 5] [--printed 5000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

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
    parser.add_argument("--printed", type=int, default=5_000)
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
    bench_printing(args.printed, period)


def bench_printing(entries: int, period: Period) -> None:
    from app.reports.issue import print_audit_log

    folder = Path(tempfile.mkdtemp(prefix="bench-audit-print-"))
    vault = Vault.create(folder / "v.npv", PASSPHRASE, officer="王測試", unit="婦幼警察隊")
    fill(vault, entries)
    started = time.perf_counter()
    printed = print_audit_log(vault, period, None, folder / "audit.pdf", "zh_TW")
    ours = time.perf_counter() - started
    rows = vault.audit.between(*period.bounds, entries * 2)[0]
    started = time.perf_counter()
    pages = plain_table_pdf(rows, folder / "plain.pdf")
    reference = time.perf_counter() - started
    size = (folder / "audit.pdf").stat().st_size
    print(f"print {printed.entries} entries   print_audit_log {ours:6.2f} s ({size:,} bytes)   "
          f"reportlab alone {reference:6.2f} s ({pages} pages)   ratio {ours / reference:.2f}")
    vault.lock()


def plain_table_pdf(entries: list[Any], target: Path) -> int:
    """The reference: the same rows in one reportlab table, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from app.core.audit_actions import action_label
    from app.core.timeutil import roc_datetime
    from app.reports.fonts import TEXT_FONT, register_fonts

    register_fonts()
    data: list[list[str]] = []
    for entry in reversed(entries):
        data.append([str(entry.seq), roc_datetime(entry.at), entry.officer, entry.case_id or "",
                     f"{action_label(entry.action)}\n{entry.action}", entry.subject or ""])
        data.append([entry.entry_hash, "", "", "", "", ""])
    document = SimpleDocTemplate(str(target), pagesize=A4)
    table = Table(data, repeatRows=0, style=[("FONT", (0, 0), (-1, -1), TEXT_FONT, 8)])
    document.build([table])
    return int(document.page)


if __name__ == "__main__":
    main()
