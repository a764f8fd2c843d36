"""The printed statistics sheet (績效統計表): the unit's figures for a period, on NetPatrol pages with
the audit chain head, to go with the unit's performance evaluation report (績效評核, guideline 壹.四),
signed by the officer who made it and the unit's head.

It is read from the same :class:`UnitStatistics` as the lines the window shows and ``netpatrol stats``
prints, so the sheet says what the window showed. It cannot hold a sealed identity: the figures are
counts, and the only names are the patrolling officers'.
"""

from __future__ import annotations

from datetime import datetime

from app.checklist.procedure import Procedure
from app.core.i18n import enumerated, in_language, translate
from app.core.timeutil import duration_text
from app.reports.base import period_text
from app.reports.document import Block, Document, Fields, Grid, Heading, Para
from app.reports.kinds import STATISTICS, document_title
from app.reports.statistics import clock_title, origin_names
from app.vault.stats import UnitStatistics

KIND = STATISTICS  # the document.generated subject

def statistics_document(stats: UnitStatistics, procedure: Procedure, *, unit: str, chain_head: str,
                        generated_at: datetime, language: str, author: str = "") -> Document:
    """The sheet in ``language`` whatever the interface's (the window prints it in Chinese, with ROC
    dates, for the evaluation file)."""
    with in_language(language):
        blocks: list[Block] = [
            Fields(((translate("reports", "Unit"), unit),
                    (translate("reports", "Period"), period_text(stats.period.first, stats.period.last, language)))),
            Para(translate("reports", "Every figure is counted from what the vault records, none typed in: a patrol "
                                      "counts by its start, a case by when it was opened or received, a capture by "
                                      "when it ended, a step by when it happened (a step undone since does not "
                                      "count), a deadline by when it was stopped, or, still open, by when it "
                                      "passed (as things stood at the end of the period). Days are Taipei calendar "
                                      "days, both ends included.")),
            *_patrol_blocks(stats),
            *_case_blocks(stats, procedure),
            *_procedure_blocks(stats, procedure),
            Fields(((translate("reports", "Compiled by"), author), (translate("reports", "Head of unit"), ""))),
        ]
        return Document(KIND, document_title(KIND), "", chain_head,
                        generated_at, language, tuple(blocks), author=author)


def _patrol_blocks(stats: UnitStatistics) -> list[Block]:
    return [
        Heading(translate("reports", "Online patrols")),
        Fields((
            (translate("reports", "Patrols"), str(stats.patrols)),
            (translate("reports", "Time on patrol"), duration_text(stats.patrol_seconds)),
            (translate("reports", "Pages visited"), str(stats.pages_visited)),
            (translate("reports", "Officers"), enumerated(stats.patrol_officers) or "-"),
        )),
    ]


def _case_blocks(stats: UnitStatistics, procedure: Procedure) -> list[Block]:
    captures = translate("reports", "{count} ({partial} partial)").format(count=stats.captures,
                                                                         partial=stats.partial_captures)
    return [
        Heading(translate("reports", "Cases and evidence")),
        Fields((
            (translate("reports", "Cases opened"), str(stats.cases_opened)),
            (translate("reports", "Received from other units"), str(stats.cases_received)),
            (translate("reports", "Case files sent to other units"), str(stats.case_files_sent)),
            (translate("reports", "Captures"), captures),
        )),
        _count_grid(translate("reports", "How they came in"), origin_names(stats, procedure)),
        _count_grid(translate("reports", "Platform"), stats.cases_by_platform),
    ]


def _procedure_blocks(stats: UnitStatistics, procedure: Procedure) -> list[Block]:
    steps = dict(zip(procedure.step_titles(list(stats.steps_done)), stats.steps_done.values(), strict=True))
    deadlines = tuple((clock_title(procedure, clock_id), str(outcome.met), str(outcome.late), str(outcome.overdue))
                      for clock_id, outcome in stats.clocks.items())
    return [
        Heading(translate("reports", "Steps and deadlines")),
        _count_grid(translate("reports", "Step done in the period"), steps),
        Grid((translate("reports", "Deadline in the period"), translate("reports", "On time"),
              translate("reports", "Late"), translate("reports", "Open past the deadline")),
             deadlines or (("-", "", "", ""),), (0.52, 0.14, 0.14, 0.2)),
    ]


def _count_grid(label: str, counts: dict[str, int]) -> Grid:
    rows = tuple((name, str(count)) for name, count in counts.items())
    return Grid((label, translate("reports", "Number of cases")), rows or (("-", ""),), (0.8, 0.2))
