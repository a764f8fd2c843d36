"""The unit's figures for a period as lines of text: what ``netpatrol stats`` prints and the
Statistics window shows (the same sentences in both, in the interface language). The printed sheet
is :mod:`app.reports.statistics_sheet`; it names origins and deadlines with the helpers here.

Kept free of reportlab (300 ms to import): the command and the window need only these lines."""

from __future__ import annotations

from datetime import date

from app.checklist.procedure import Procedure
from app.core.i18n import current_language, translate
from app.core.timeutil import date_text, duration_text
from app.vault.stats import NO_ORIGIN, ORIGIN_FIELD, ORIGIN_STEP, UnitStatistics

INDENT = "  "


def _day(day: date) -> str:
    return date_text(day, current_language())


def _list(counts: dict[str, int]) -> str:
    return translate("stats", ", ").join(f"{name} {count}" for name, count in counts.items()) or "-"


def statistics_lines(stats: UnitStatistics, procedure: Procedure) -> list[str]:
    return [
        translate("stats", "Period: {first} to {last}").format(first=_day(stats.period.first), last=_day(stats.period.last)),
        translate("stats", "Patrols: {count}, {duration} in all, pages visited: {pages}; officers: {officers}").format(
            count=stats.patrols, duration=duration_text(stats.patrol_seconds), pages=stats.pages_visited,
            officers=translate("stats", ", ").join(stats.patrol_officers) or "-"),
        translate("stats", "Cases opened: {opened}; received from other units: {received}").format(
            opened=stats.cases_opened, received=stats.cases_received),
        INDENT + translate("stats", "by how they came in: {origins}").format(origins=_list(origin_names(stats, procedure))),
        INDENT + translate("stats", "by platform: {platforms}").format(platforms=_list(stats.cases_by_platform)),
        translate("stats", "Captures: {count} ({partial} partial)").format(count=stats.captures,
                                                                       partial=stats.partial_captures),
        translate("stats", "Steps done in the period (cases):"),
        *(INDENT + translate("stats", "{title}: {count}").format(title=title, count=count) for title, count in zip(
            procedure.step_titles(list(stats.steps_done)), stats.steps_done.values(), strict=True)),
        *([] if stats.steps_done else [INDENT + "-"]),
        translate("stats", "Deadlines in the period:"),
        *(INDENT + translate("stats", "{clock}: {met} on time, {late} late, {overdue} still open past the deadline")
          .format(clock=clock_title(procedure, clock_id), met=outcome.met, late=outcome.late, overdue=outcome.overdue)
          for clock_id, outcome in stats.clocks.items()),
        *([] if stats.clocks else [INDENT + "-"]),
        translate("stats", "Case files sent to other units: {count}").format(count=stats.case_files_sent),
    ]


def origin_names(stats: UnitStatistics, procedure: Procedure) -> dict[str, int]:
    step = procedure.step(ORIGIN_STEP)
    field = next((f for f in step.fields if f.id == ORIGIN_FIELD), None) if step else None
    names = {}
    for value, count in stats.cases_by_origin.items():
        label = field.choice_label(value) if field else None
        name = label.text() if label else value
        names[translate("stats", "not recorded") if value == NO_ORIGIN else name] = count
    return names


def clock_title(procedure: Procedure, clock_id: str) -> str:
    clock = procedure.clock(clock_id)
    return clock.label.text() if clock else clock_id

