"""Statistics benchmark: a year of a busy unit, counted and printed as the statistics sheet.

A synthetic vault like ``tests.scale.year_vault`` (default 1,000 cases, each with a capture and its
clocks started, and 250 patrols of 120 pages) is measured in the same run:

- counting: ``unit_statistics`` for the whole year (what Tools → Statistics and ``netpatrol stats``
  run), against the floor: plain SQL reading the same rows the figures come from (patrols and their
  pages, cases, captures, exports, step events), without deriving anything. The ratio is the price of
  the steps and deadlines worked out per case;
- printing: ``print_statistics`` (counted afresh, rendered, written beside the target, audited) against
  counting alone: the ratio is the price of the PDF and its audit entry.

    .venv/bin/python -m tests.bench.bench_statistics [--cases 1000] [--patrols 250] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from app.checklist.loader import ProcedureLibrary
from app.core.timeutil import taipei, utc_now
from app.reports.issue import print_statistics
from app.vault import Vault
from app.vault.stats import Period, unit_statistics
from tests.scale.year_vault import PASSPHRASE, Builder

PROCEDURES = Path(__file__).resolve().parents[2] / "resources" / "procedures"
FLOOR_QUERIES = (
    "SELECT count(*) FROM patrols WHERE started_at >= ? AND started_at < ?",
    "SELECT count(*) FROM patrol_events WHERE at >= ? AND at < ?",
    "SELECT count(*) FROM cases WHERE created_at >= ? AND created_at < ?",
    "SELECT count(*), sum(complete) FROM captures WHERE ended_at >= ? AND ended_at < ?",
    "SELECT count(*) FROM audit WHERE action = 'case.export' AND at >= ? AND at < ?",
    "SELECT count(*) FROM step_events WHERE happened_at >= ? AND happened_at < ?",
)


def _median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--patrols", type=int, default=250)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-stats-"))
    vault = Vault.create(folder / "year.npv", PASSPHRASE, officer="王測試", unit="婦幼警察隊")
    built = time.perf_counter()
    builder = Builder(vault)
    builder.cases(args.cases, 0)
    builder.patrols(args.patrols)
    builder.clocks()
    print(f"vault: {args.cases} cases, {args.patrols} patrols of 120 pages "
          f"(built in {time.perf_counter() - built:.0f} s)")
    procedure = ProcedureLibrary(PROCEDURES).current()
    today = taipei(utc_now()).date()
    year = Period(today - timedelta(days=365), today)

    def floor() -> list[object]:
        return [vault.db.one(sql, year.bounds) for sql in FLOOR_QUERIES]

    stats = unit_statistics(vault, procedure, year)
    print(f"figures: {stats.patrols} patrols, {stats.pages_visited} pages, {stats.cases_opened} cases, "
          f"{stats.captures} captures, {sum(stats.steps_done.values())} steps done")
    counting = _median(args.runs, lambda: unit_statistics(vault, procedure, year))
    reading = _median(args.runs, floor)
    sheets = iter(range(args.runs))
    printing = _median(args.runs, lambda: print_statistics(vault, procedure, year,
                                                           folder / f"sheet-{next(sheets)}.pdf", "zh_TW"))
    print(f"count a year      unit_statistics {counting * 1000:8.1f} ms   floor (plain SQL) {reading * 1000:8.1f} ms"
          f"   ratio {counting / reading:.1f}")
    print(f"print the sheet   print_statistics {printing * 1000:7.1f} ms   counting alone   {counting * 1000:8.1f} ms"
          f"   ratio {printing / counting:.2f}")
    print(f"(median of {args.runs} runs each; the sheet: {(folder / 'sheet-0.pdf').stat().st_size} bytes)")
    vault.lock()


if __name__ == "__main__":
    main()
