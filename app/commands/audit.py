"""``netpatrol audit [--from DAY] [--to DAY] [--actions GROUP] [-o FILE.pdf]``: the vault's audit-chain
entries of a period, as Tools → Vault audit log lists them, and with ``-o`` the printed log
(保管庫稽核紀錄, audited like every document).

Days are Taipei calendar days, both included, written as for ``netpatrol stats``; the period defaults
to the last 7 days, as in the window. ``--actions`` keeps one group (``identities``: every reveal of a
sealed identity and every refusal; ``case-files``; …). Entries are listed oldest first, as the chain
runs; reading them is not audited, as in the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import Output, add_output_argument, document_language, opened_vault, shown_time
from app.commands.stats import period_from
from app.commands.steps import load_procedure
from app.core.audit_actions import ACTION_GROUPS, action_group, action_label, details_text
from app.core.errors import ExitCode, KnownError
from app.core.i18n import current_language, translate
from app.core.timeutil import iso_utc, taipei, utc_now
from app.reports.model import subject_title

if TYPE_CHECKING:
    from app.checklist.procedure import Label, Procedure

DEFAULT_DAYS = 7  # as the window's default period


def cmd_audit(args: argparse.Namespace) -> Output:
    today = taipei(utc_now()).date()
    period = period_from(args.first, args.last, today - timedelta(days=DEFAULT_DAYS - 1), today)
    group = action_group(args.actions) if args.actions else None
    if args.output:
        return _print_log(args, period, group)
    with opened_vault(args, read_only=True) as vault:
        entries, _total = vault.audit.between(*period.bounds, actions=group.actions if group else None)
        numbers = vault.cases.numbers(entry.case_id for entry in entries if entry.case_id)
    entries.reverse()  # oldest first
    data = {**_chosen(period, group), "entries": [_entry_data(entry, numbers) for entry in entries]}
    procedure = _procedure()
    labels = procedure.step_labels() if procedure else {}
    lines = [_entry_line(entry, numbers, labels) for entry in entries]
    lines.append(translate("cli", "Entries: {count}").format(count=len(entries)))
    return Output(data, lines)


def _chosen(period: Any, group: Any) -> dict[str, Any]:
    """The period and group asked for, as --json names them."""
    return {"first_day": period.first.isoformat(), "last_day": period.last.isoformat(),
            "actions": group.id if group else None}


def _entry_data(entry: Any, numbers: dict[str, str]) -> dict[str, Any]:
    return {"seq": entry.seq, "at": iso_utc(entry.at), "officer": entry.officer, "workstation": entry.workstation,
            "action": entry.action, "case_id": entry.case_id,
            "case_number": numbers.get(entry.case_id) if entry.case_id else None, "subject": entry.subject,
            "details": entry.details, "prev_hash": entry.prev_hash, "entry_hash": entry.entry_hash}


def _procedure() -> Procedure | None:
    """The procedure, to name checklist steps; without a readable procedure file (said on stderr) a step is
    listed and printed by its id, as recorded, rather than the audit chain not at all."""
    try:
        return load_procedure()
    except KnownError as error:
        sys.stderr.write(error.render() + "\n")
        return None


def _entry_line(entry: Any, numbers: dict[str, str], step_labels: Mapping[str, Label]) -> str:
    """One entry: the action and a checklist entry's step in words, each followed by the id the chain records."""
    case = numbers.get(entry.case_id, entry.case_id) if entry.case_id else "-"
    details = details_text(entry.details, entry.action, shown_time) or "-"
    subject = entry.subject or "-"
    title = subject_title(entry.action, subject, step_labels, current_language())
    if title != subject:
        subject = f"{title} ({subject})"
    return (f"#{entry.seq}  {shown_time(entry.at)}  {entry.officer}  {case}  {action_label(entry.action)} "
            f"({entry.action})  {subject}  {details}  {entry.entry_hash[:12]}")


def _print_log(args: argparse.Namespace, period: Any, group: Any) -> Output:
    from app.reports.issue import print_audit_log  # the window's own path

    with opened_vault(args) as vault:
        printed = print_audit_log(vault, period, group, Path(args.output), document_language(args),
                                  procedure=_procedure(), replace=args.force)
    broken = printed.chain.broken
    data = {**_chosen(period, group), "entries": printed.entries, "file": str(printed.path),
            "sha256": printed.sha256, "chain_intact": broken is None}
    lines = [translate("cli", "Entries: {count}").format(count=printed.entries),
             translate("cli", "Wrote {file} (SHA-256 {sha256}).").format(**data)]
    if broken is not None:  # printed, and said on the log; the exit code says it to scripts
        lines.append(translate("cli", "The audit chain is broken: {reason}").format(reason=broken.render()))
    return Output(data, lines, ExitCode.OK if broken is None else ExitCode.INTEGRITY)


def register(commands: Any, add: Any) -> None:
    audit = add("audit", cmd_audit, translate("cli", "the vault's audit-chain entries of a period (all, or one group "
                                                      "of actions), and with -o the printed log"))
    audit.add_argument("--from", dest="first", help=translate("cli", "first day (default: 6 days before today)"))
    audit.add_argument("--to", dest="last", help=translate("cli", "last day, included (default: today)"))
    audit.add_argument("--actions", metavar="GROUP", help=translate("cli", "only this group of actions: {groups} "
                                                                          "(default: every action)").format(
        groups=", ".join(group.id for group in ACTION_GROUPS)))
    add_output_argument(audit, translate("cli", "print the log to FILE.pdf instead (recorded in the audit log)"),
                        required=False, suffixes=(".pdf",))
