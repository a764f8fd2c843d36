"""Tables the window lists often, against a bare table of the same text, in the same run.

    .venv/bin/python -m tests.bench.bench_tables [--cases 500] [--pages 1000] [--runs 3] [--before 200]

Offscreen, at the width they have in the first-run window, each listed three ways:

- ours: the product's own listing and the paint that follows: every cell set, the columns fitted to
  their text (in the Clocks tab up to their caps, and the rows as tall as their wrapped text);
- reference: a bare ``QTableWidget`` given the same text, cell by cell, its columns fitted once:
  what listing the text costs at all;
- before: as the table was until this benchmark was written, its columns in ``ResizeToContents``
  mode, which measures every row again for each cell set. That grows with the square of the rows,
  so it is measured on the first ``--before`` rows only, against ours on the same rows.

The tables: the Clocks tab (the running clocks of ``--cases`` cases with ``tests.bench.bench_clocks``'s
checklist histories; it refreshes every 30 s while shown) and the patrol log (a patrol of ``--pages``
pages; it lists the patrol again at every page opened while it is shown). Both on the window's
thread: the time is a freeze.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QHeaderView, QTableWidget, QTableWidgetItem

from app.checklist.clocks import ClockStatus
from app.checklist.loader import ProcedureLibrary
from app.core.models import Case
from app.core.timeutil import utc_now
from app.ui.browser.patrol_log import PatrolLogView
from app.ui.browser.session import PatrolSession
from app.ui.checklist import ClocksDashboard
from app.ui.checklist.dashboard import CAPPED_COLUMNS
from app.vault.patrols import PatrolEvent, PatrolEventKind
from app.vault.steps import CaseSteps
from app.vault.vault import Vault
from tests.bench.bench_clocks import PASSPHRASE, PROCEDURES, fill

WIDTH, HEIGHT = 837, 600


class _Listed:
    """The dashboard's source: the clocks found once, and the vault's cases."""

    def __init__(self, vault: Vault, clocks: list[ClockStatus]) -> None:
        self.vault, self.clocks = vault, clocks

    def running_clocks(self, now: object = None) -> list[ClockStatus]:
        return self.clocks

    def case(self, case_id: str) -> Case:
        return self.vault.case(case_id)


def best(runs: int, action: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        QApplication.processEvents()  # the paint
        times.append(time.perf_counter() - started)
    return min(times)


def dashboard(source: _Listed, *, before: bool = False) -> ClocksDashboard:
    shown = ClocksDashboard(source)
    if before:  # the headers as they were
        header = shown.table.horizontalHeader()
        header.sectionResized.disconnect()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in CAPPED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    shown.resize(WIDTH, HEIGHT)
    shown.show()
    QApplication.processEvents()
    return shown


def bare_table(shown: QTableWidget) -> Callable[[], None]:
    """A table's text, cell by cell, into a table that only fits its columns once."""
    texts = [[shown.item(row, column).text() for column in range(shown.columnCount())]
             for row in range(shown.rowCount())]
    table = QTableWidget(0, shown.columnCount())
    table.resize(WIDTH, HEIGHT)
    table.show()

    def listing() -> None:
        table.setRowCount(len(texts))
        for row, cells in enumerate(texts):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    return listing


def patrol_log(session: PatrolSession, events: list[PatrolEvent], *, before: bool = False) -> Callable[[], None]:
    view = PatrolLogView(session)
    if before:  # the columns as they were
        header = view.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
    view.resize(WIDTH, HEIGHT)
    view.show()
    view._show(events, "")  # untimed: the table has these rows already, as when a patrol is listed again
    QApplication.processEvents()
    return lambda: view._show(events, "")


def bench_patrol_log(vault: Vault, pages: int, runs: int, before: int) -> None:
    session = PatrolSession(vault)
    session.start("off-the-record")
    with vault.db.transaction():
        for page in range(pages):
            session.record(PatrolEventKind.NAVIGATE, url=f"https://platform.invalid/p/{page}?q=IMG%20{page}",
                           title=f"測試貼文 {page}（虛構）", tab=1 + page % 4, persona="off-the-record")
    assert session.active is not None
    events = session.store.events(session.active.id)
    listing = patrol_log(session, events)
    ours_time = best(runs, listing)
    shown = next(widget for widget in QApplication.topLevelWidgets() if isinstance(widget, PatrolLogView)).table
    reference_time = best(runs, bare_table(shown))
    print(f"patrol log, {len(events)} events:")
    print(f"  ours (fitted columns)             {ours_time * 1000:8.1f} ms")
    print(f"  reference (bare table, same text) {reference_time * 1000:8.1f} ms   ratio {ours_time / reference_time:.2f}")
    few = events[:before]
    few_ours = best(runs, patrol_log(session, few))
    few_before = best(1, patrol_log(session, few, before=True))
    print(f"  on the first {len(few)} events: ours {few_ours * 1000:.1f} ms, before (ResizeToContents columns) "
          f"{few_before * 1000:.1f} ms, ratio {few_before / few_ours:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])  # noqa: F841 - must live until the end
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.npv", PASSPHRASE, officer="基準測試", unit="基準")
        steps = CaseSteps(vault, ProcedureLibrary(PROCEDURES).current)
        fill(vault, steps, args.cases, random.Random(7))
        clocks = steps.running_clocks(utc_now())
        ours = dashboard(_Listed(vault, clocks))
        ours_time = best(args.runs, ours.refresh)
        reference_time = best(args.runs, bare_table(ours.table))
        print(f"Clocks tab, {len(clocks)} running clocks of {args.cases} cases, listed at {WIDTH} px:")
        print(f"  ours (fitted columns, wrapped rows) {ours_time * 1000:8.1f} ms")
        print(f"  reference (bare table, same text)   {reference_time * 1000:8.1f} ms   ratio {ours_time / reference_time:.2f}")
        few = _Listed(vault, clocks[: args.before])
        few_ours = best(args.runs, dashboard(few).refresh)
        few_before = best(1, dashboard(few, before=True).refresh)
        print(f"  on the first {len(few.clocks)} clocks: ours {few_ours * 1000:.1f} ms, before (ResizeToContents "
              f"columns) {few_before * 1000:.1f} ms, ratio {few_before / few_ours:.0f}")
        bench_patrol_log(vault, args.pages, args.runs, args.before)
        vault.lock()


if __name__ == "__main__":
    main()
