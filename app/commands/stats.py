"""``netpatrol stats [--from DAY] [--to DAY] [-o FILE.pdf]``: the unit's figures for the performance
evaluation, and with ``-o`` the printed statistics sheet (績效統計表, audited like every document).

Days are Taipei calendar days, both included, written 2025-07-08, 114/07/08 or 民國114年7月8日. The
period defaults to this month up to today. See ``app.vault.stats`` for what is counted and how.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from app.cli import Output, add_output_argument, document_language, opened_vault
from app.commands.steps import load_procedure
from app.core.i18n import translate
from app.core.timeutil import taipei, utc_now


def period_from(first: str | None, last: str | None, default_first: date, today: date) -> Any:
    """The days typed for --from and --to (a UsageError names a wrong one), or the defaults."""
    from app.vault.stats import Period, day_of

    return Period(day_of(first) if first else default_first, day_of(last) if last else today)


def cmd_stats(args: argparse.Namespace) -> Output:
    from app.reports.statistics import statistics_lines
    from app.vault.stats import unit_statistics

    today = taipei(utc_now()).date()
    period = period_from(args.first, args.last, today.replace(day=1), today)
    procedure = load_procedure()
    if args.output:
        return _print_sheet(args, procedure, period)
    with opened_vault(args, read_only=True) as vault:
        stats = unit_statistics(vault, procedure, period)
    return Output(stats.as_dict(), statistics_lines(stats, procedure))


def _print_sheet(args: argparse.Namespace, procedure: Any, period: Any) -> Output:
    from app.reports.issue import print_statistics  # the Statistics window's own path
    from app.reports.statistics import statistics_lines

    with opened_vault(args) as vault:
        printed = print_statistics(vault, procedure, period, Path(args.output), document_language(args),
                                   replace=args.force)
    data = {**printed.statistics.as_dict(), "file": str(printed.path), "sha256": printed.sha256}
    return Output(data, [*statistics_lines(printed.statistics, procedure),
                         translate("cli", "Wrote {file} (SHA-256 {sha256}).").format(**data)])


def register(commands: Any, add: Any) -> None:
    stats = add("stats", cmd_stats, translate("cli", "the unit's figures for a period (patrols, cases, captures, "
                                                      "steps, deadlines), for the performance evaluation"))
    stats.add_argument("--from", dest="first", help=translate("cli", "first day (default: the 1st of this month)"))
    stats.add_argument("--to", dest="last", help=translate("cli", "last day, included (default: today)"))
    add_output_argument(stats, translate("cli", "also print the statistics sheet to FILE.pdf"), required=False,
                        suffixes=(".pdf",))
