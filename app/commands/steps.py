"""``netpatrol step``, ``netpatrol steps`` and ``netpatrol clocks``: the case checklist from the command line.

    netpatrol step --case CASE STEP done [--at ISO8601] [--note T] [--set FIELD=VALUE]... [--evidence ID]...
    netpatrol step --case CASE STEP undo [--note T]
    netpatrol steps --case CASE          every step with its state (and why it is blocked), and the clocks
    netpatrol clocks                     every running clock across cases, soonest first

A step the procedure does not allow yet exits 1 with the reason on stderr (the same reason the
panel shows); a malformed command (unknown step, missing note or field) exits 2. ``--at`` without
a zone is Asia/Taipei time, as officers mean it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.checklist.clocks import ClockStatus, format_remaining
from app.checklist.engine import ChecklistView, StepInputError, StepStatus, closing_step_note
from app.checklist.loader import ProcedureLibrary
from app.checklist.procedure import Procedure
from app.cli import Output, add_case_argument, case_data, opened_vault, shown_day, shown_time
from app.core.i18n import QT_TRANSLATE_NOOP, labelled, translate
from app.core.models import CaseStatus
from app.core.timeutil import iso_utc, parse_iso, taipei_text
from app.infra import paths
from app.vault.steps import CaseSteps

STATE_MARKS = {"done": "[x]", "available": "[ ]", "blocked": "[!]", "not-applicable": "[-]"}


def load_procedure() -> Procedure:
    """The procedure in force; a broken file is reported on stderr and the others are used."""
    library = ProcedureLibrary(paths.RESOURCES / "procedures")
    for error in library.reload():
        sys.stderr.write(error.render() + "\n")
    return library.current()


def checklist_event(vault: Any, case_id: str, kind: str, evidence: list[str]) -> list[str]:
    """Tell the checklist what happened (``capture.complete``, ``document.generated:KIND`` …) with the
    captures/artifacts it rests on; returns the ids of the steps it ticked. The CLI and the GUI both
    report through here so a capture ticks the same steps wherever it was made."""
    procedure = load_procedure()
    events = CaseSteps(vault, lambda: procedure).on_event(case_id, kind, data={"evidence": evidence})
    return [event.step_id for event in events]


def _parse_sets(pairs: list[str] | None) -> dict[str, object]:
    data: dict[str, object] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise StepInputError(QT_TRANSLATE_NOOP("errors", "--set takes FIELD=VALUE, not “{value}”."), value=pair)
        data[key.strip()] = value.strip()
    return data


def parse_at(text: str | None) -> Any:
    """An officer's date and time (``--at``, ``--notice-at``); a UsageError says how to write it."""
    if text is None:
        return None
    try:
        return parse_iso(text)
    except ValueError:
        raise StepInputError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date and time (use 2025-07-08T14:30)."),
                             value=text) from None


def cmd_step(args: argparse.Namespace) -> Output:
    procedure = load_procedure()
    if procedure.step(args.step) is None:
        raise StepInputError(QT_TRANSLATE_NOOP("errors", "There is no step “{step}”; 'netpatrol steps --case CASE' "
                                               "lists them."), step=args.step)
    with opened_vault(args) as vault:
        steps = CaseSteps(vault, lambda: procedure)
        if args.action == "done":
            data = _parse_sets(args.set)
            if args.evidence:
                data["evidence"] = list(args.evidence)
            event = steps.tick(args.case, args.step, at=parse_at(args.at), note=args.note or "", data=data)
            line = translate("cli", "Step {step} done at {at}.").format(step=args.step, at=shown_time(event.happened_at))
        else:
            event = steps.undo(args.case, args.step, note=args.note or "")
            line = translate("cli", "Step {step} undone; the tick stays in the record.").format(step=args.step)
        view = steps.view(args.case)
    status = view.status(args.step)
    return Output({"event": _event_data(event), "step": step_data(status)}, [line])


def cmd_steps(args: argparse.Namespace) -> Output:
    procedure = load_procedure()
    with opened_vault(args, read_only=True) as vault:
        case = vault.case(args.case)
        view = CaseSteps(vault, lambda: procedure).view(case.id)
    sections, lines = checklist_sections(view, case.status)
    data = {"case": case_data(case), "procedure": {"id": procedure.id, "version": procedure.version}, **sections}
    return Output(data, [f"{case.number}  ({case.id})  {case.title}", *lines])


def cmd_clocks(args: argparse.Namespace) -> Output:
    procedure = load_procedure()
    with opened_vault(args, read_only=True) as vault:
        clocks = CaseSteps(vault, lambda: procedure).running_clocks()
        numbers = {c.case_id: vault.case(c.case_id).number for c in clocks}
    data = [clock_data(c) | {"case_number": numbers[c.case_id]} for c in clocks]
    lines = [f"{numbers[c.case_id]}  {clock_line(c)}" for c in clocks]
    return Output(data, lines or [translate("cli", "No clock is running.")])


# -- presentation (shared with `case show`) --------------------------------------------------------
def step_data(status: StepStatus) -> dict[str, Any]:
    event = status.event
    done = status.state.value == "done" and event is not None
    return {"id": status.step.id, "section": status.step.section, "label": status.step.label.text(),
            "basis": status.step.basis_label.text(), "state": status.state.value, "optional": status.step.optional,
            "reason": status.reason_text() or None,
            "done_at": iso_utc(event.happened_at) if done and event else None,
            "recorded_at": iso_utc(event.recorded_at) if done and event else None,
            "officer": event.officer if done and event else None, "automatic": bool(done and event and
                                                                                  event.action.value == "auto"),
            "note": event.note if done and event else None, "data": event.data if done and event else {},
            "evidence": list(status.evidence_ids), "history": [_event_data(e) for e in status.history]}


def _event_data(event: Any) -> dict[str, Any]:
    return {"id": event.id, "step": event.step_id, "action": event.action.value,
            "happened_at": iso_utc(event.happened_at), "recorded_at": iso_utc(event.recorded_at),
            "officer": event.officer, "note": event.note, "data": event.data,
            "procedure_version": event.procedure_version}


def clock_data(clock: ClockStatus) -> dict[str, Any]:
    remaining = clock.remaining
    return {"case_id": clock.case_id, "clock": clock.clock.id, "label": clock.clock.label.text(),
            "basis": clock.basis_label.text(), "kind": clock.clock.kind, "state": clock.state.value,
            "started_at": iso_utc(clock.started_at) if clock.started_at else None,
            "deadline": iso_utc(clock.deadline) if clock.deadline else None,
            "deadline_taipei": taipei_text(clock.deadline) if clock.deadline else None,
            "stopped_at": iso_utc(clock.stopped_at) if clock.stopped_at else None,
            "remaining_seconds": int(remaining.total_seconds()) if remaining is not None else None,
            "start_date": clock.start_date.isoformat() if clock.start_date else None,
            "end_date": clock.end_date.isoformat() if clock.end_date else None}


def clock_line(clock: ClockStatus) -> str:
    text = labelled(clock.clock.label.text(), clock.state_label)
    if clock.deadline is not None:
        text += "  " + translate("cli", "deadline {at}").format(at=shown_time(clock.deadline))
    if clock.clock.kind == "retention" and clock.start_date and clock.end_date:
        text += "  " + translate("cli", "({start} to {end})").format(start=shown_day(clock.start_date),
                                                                       end=shown_day(clock.end_date))
    if clock.remaining is not None:
        text += "  " + format_remaining(clock.remaining)
    return text


def checklist_sections(view: ChecklistView, case_status: CaseStatus) -> tuple[dict[str, Any], list[str]]:
    """The ``steps``, ``clocks`` and ``status_note`` of ``steps`` and ``case show`` (data, lines): what the case's
    status leaves undone is said as the window's details say it."""
    note = closing_step_note(case_status, view)
    data = {"steps": [step_data(s) for s in view.steps], "clocks": [clock_data(c) for c in view.clocks],
            "status_note": note or None}
    lines = checklist_lines(view)
    return data, [*lines, note] if note else lines


def checklist_lines(view: ChecklistView) -> list[str]:
    """The steps by section and the clocks."""
    lines: list[str] = []
    for section in view.procedure.sections:
        lines.append(translate("cli", "{section}  ({basis})").format(section=section.label.text(),
                                                                     basis=section.basis_label.text()))
        for status in view.in_section(section.id):
            lines.append(f"  {STATE_MARKS[status.state.value]} {status.step.id}  {status.step.label.text()}")
            event = status.event
            if status.state.value == "done" and event is not None:
                lines.append("      " + translate("cli", "{state} {at} by {officer}").format(
                    state=status.state.label(), at=shown_time(event.happened_at), officer=event.officer)
                    + (f"  {event.note}" if event.note else ""))
            elif status.reasons:
                lines.append("      " + labelled(status.state.label(), status.reason_text()))
    started = [c for c in view.clocks if c.started_at is not None]
    lines.append(translate("cli", "Clocks:"))
    lines += [f"  {clock_line(c)}" for c in started] or ["  -"]
    return lines


def register(commands: Any, add: Any) -> None:
    step = add("step", cmd_step, translate("cli", "mark a checklist step done, or undo it (audited)"))
    add_case_argument(step)
    step.add_argument("step", help=translate("cli", "step id (see 'netpatrol steps')"))
    step.add_argument("action", choices=("done", "undo"), help=translate("cli", "done, or undo the step's last tick"))
    step.add_argument("--at", help=translate("cli", "when it happened (ISO 8601; without a zone: Taipei time)"))
    step.add_argument("--note", help=translate("cli", "a note kept with the tick"))
    step.add_argument("--set", action="append", metavar="FIELD=VALUE",
                      help=translate("cli", "a field the step records, e.g. victim_age=minor (repeatable)"))
    step.add_argument("--evidence", action="append", metavar="ID",
                      help=translate("cli", "a capture or artifact id this step rests on (repeatable)"))
    add_case_argument(add("steps", cmd_steps, translate("cli", "list a case's checklist steps and clocks")))
    add("clocks", cmd_clocks, translate("cli", "list every running clock across cases"))


def case_view(vault: Any, case_id: str) -> ChecklistView:
    """A case's checklist as of now, under the workstation's procedure."""
    procedure = load_procedure()
    return CaseSteps(vault, lambda: procedure).view(case_id)


def case_show_sections(vault: Any, case_id: str) -> tuple[dict[str, Any], list[str]]:
    """The ``steps`` and ``clocks`` sections of ``netpatrol case show`` (data, lines), for cli.py."""
    return checklist_sections(case_view(vault, case_id), vault.case(case_id).status)
