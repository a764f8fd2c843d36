"""``netpatrol document``, ``transcript``, ``patrol-log`` and ``recheck``.

    netpatrol document --case CASE KIND -o FILE [--reason T] [--notice-at ISO] [--transfer-to T] [--mailto]
        KIND: takedown-referral | platform-notice | social-report | dns-rpz | evidence-list | family-officer-notice
        FILE ending in .pdf gets the PDF, anything else the plain text (e-mail body / clipboard);
        --mailto also prints a mailto: draft addressed from resources/agencies.json.
    netpatrol transcript --case CASE --capture ID -o FILE.pdf [--alias HANDLE=PSEUDONYM]...
    netpatrol patrol-log [--day DAY | --patrol ID] -o FILE.pdf     the duty log (勤務紀錄); default: today
    netpatrol recheck --case CASE [--url URL]... [--chromium PATH] [--persona STATE.json] [--timeout SECONDS]

Every document written is audited (``document.generated`` with the file's SHA-256) and reported to
the checklist as ``document.generated:KIND``; every re-check is stored as a capture and reported as
``recheck.removed`` / ``recheck.present``. Documents come out in the command's language (--lang,
zh_TW by default), with ROC dates in zh-TW.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.checklist.engine import document_event
from app.cli import Output, add_case_argument, add_output_argument, document_language, opened_vault, seconds
from app.commands.steps import checklist_event, load_procedure, parse_at
from app.core.capture import messages_phrase
from app.core.errors import UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.infra import paths

CTX = "cli"


# -- document -------------------------------------------------------------------------------------
def cmd_document(args: argparse.Namespace) -> Output:
    from app.reports.document import pdf_bytes, to_text
    from app.reports.issue import issue_details, issue_file
    from app.reports.mailto import mailto_url
    from app.reports.model import load_agencies
    from app.reports.notices import DocumentKind, DocumentOptions, build
    from app.vault.dossier import build_dossier

    target = Path(args.output)
    options = DocumentOptions(language=document_language(args), reason=args.reason or "",
                              notice_at=parse_at(args.notice_at),
                              transfer_to=args.transfer_to or "")
    agencies = load_agencies(paths.RESOURCES / "agencies.json")
    with opened_vault(args) as vault:
        dossier = build_dossier(vault, args.case, check_evidence=args.kind == DocumentKind.EVIDENCE_LIST,
                                procedure=load_procedure())
        document = build(DocumentKind(args.kind), dossier, agencies, options)
        pdf = target.suffix.lower() == ".pdf"
        content = pdf_bytes(document) if pdf else to_text(document).encode("utf-8")
        issued = issue_file(vault, dossier.case_id, args.kind, content, target,
                            issue_details(dossier, target.suffix.lstrip(".")),
                            lambda: checklist_event(vault, dossier.case_id, document_event(args.kind), []),
                            replace=args.force)
    data: dict[str, Any] = {"file": str(issued.path), "sha256": issued.sha256, "steps_done": list(issued.steps_done),
                            "kind": args.kind, "case": dossier.number, "audit_head": dossier.chain_head}
    lines = [translate("cli", "Wrote {file} (SHA-256 {sha256}).").format(**data)]
    if args.mailto:
        to = [document.recipient.email] if document.recipient and document.recipient.email else []
        data["mailto"] = mailto_url(to, document.subject, to_text(document))
        lines.append(data["mailto"])
    return Output(data, lines)


# -- transcript -----------------------------------------------------------------------------------
def _aliases(pairs: list[str] | None) -> dict[str, str]:
    aliases = {}
    for pair in pairs or []:
        handle, sep, pseudonym = pair.partition("=")
        if not sep or not handle.strip() or not pseudonym.strip():
            raise UsageError(QT_TRANSLATE_NOOP("errors", "--alias takes HANDLE=PSEUDONYM, not “{value}”."), value=pair)
        aliases[handle.strip()] = pseudonym.strip()
    return aliases


def cmd_transcript(args: argparse.Namespace) -> Output:
    from app.reports.issue import print_transcript  # the capture view's own path
    from app.reports.kinds import TRANSCRIPT

    aliases = _aliases(args.alias)
    with opened_vault(args) as vault:
        printed = print_transcript(vault, args.case, args.capture, Path(args.output), document_language(args),
                                   lambda v, case, capture: checklist_event(v, case, document_event(TRANSCRIPT),
                                                                            [capture]),
                                   aliases=aliases, replace=args.force)
    data = {"file": str(printed.path), "sha256": printed.sha256, "steps_done": list(printed.steps_done),
            "messages": printed.messages, "complete": printed.complete, "audit_head": printed.chain_head}
    lines = [translate("cli", "Wrote {file}: {messages} (SHA-256 {sha256}).").format(
        file=printed.path, messages=messages_phrase(printed.messages), sha256=printed.sha256)]
    if not printed.complete:
        lines.append(translate("cli", "The chat capture is partial (older messages were not collected), so the "
                                      "checklist step to print the chat in full stays open."))
    return Output(data, lines)


# -- patrol log -----------------------------------------------------------------------------------
def cmd_patrol_log(args: argparse.Namespace) -> Output:
    from app.core.timeutil import taipei, utc_now
    from app.reports.issue import print_patrol_log  # the log window's own path
    from app.reports.patrol_log import PatrolLogScope
    from app.vault.stats import day_of

    if args.patrol and args.day:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "Print the log of one patrol (--patrol) or of one day (--day), "
                                                     "not both."))
    scope = PatrolLogScope(patrol_id=args.patrol) if args.patrol else PatrolLogScope(
        day=day_of(args.day) if args.day else taipei(utc_now()).date())
    with opened_vault(args) as vault:
        issued = print_patrol_log(vault, scope, Path(args.output), document_language(args), replace=args.force)
    data = {"file": str(issued.path), "sha256": issued.sha256, "patrol": scope.patrol_id,
            "day": scope.day.isoformat() if scope.day else None}
    return Output(data, [translate("cli", "Wrote {file} (SHA-256 {sha256}).").format(**data)])


# -- recheck --------------------------------------------------------------------------------------
def cmd_recheck(args: argparse.Namespace) -> Output:
    import asyncio  # here, not at the top: only the re-check runs an event loop

    from app.capture.recheck import RecheckConfig, default_chromium, recheck_urls, store
    from app.capture.recheck import checklist_event as recheck_event
    from app.capture.takedown import load_patterns
    from app.vault.dossier import build_dossier

    config = RecheckConfig(executable_path=args.chromium or default_chromium(), timeout_ms=int(args.timeout * 1000),
                           storage_state=Path(args.persona) if args.persona else None)
    patterns = load_patterns(paths.RESOURCES / "takedown_patterns.json")
    with opened_vault(args) as vault:
        dossier = build_dossier(vault, args.case)
        urls = args.url or list(dossier.urls())
        if not urls:
            raise UsageError(QT_TRANSLATE_NOOP("errors", "Case {case} has no captured address to re-check."),
                             case=dossier.number)
        results = asyncio.run(recheck_urls(urls, patterns, config, clock=vault.clock))
        rows, lines = [], []
        for result in results:
            capture_id = store(vault, dossier.case_id, result)
            event = recheck_event(result)
            steps = checklist_event(vault, dossier.case_id, event, [capture_id]) if event else []
            rows.append({**result.record(), "capture": capture_id, "event": event, "steps_done": steps})
            lines.append(f"{result.classification.label():<8} {result.status or '-':>4}  {capture_id}  {result.url}")
            if event == "recheck.present":
                lines.append("         " + translate("cli", "Still online: the social authority may need the DNS "
                                                         "RPZ request (netpatrol document --case {case} dns-rpz).")
                             .format(case=dossier.number))
    return Output(rows, lines)


def register(commands: Any, add: Any) -> None:
    from app.reports.kinds import DocumentKind  # not notices: that loads reportlab for every command

    document = add("document", cmd_document, translate("cli", "write a procedure document (PDF or text)"))
    add_case_argument(document)
    document.add_argument("kind", choices=[str(k) for k in DocumentKind], help=translate("cli", "which document"))
    add_output_argument(document, translate("cli", "FILE.pdf, or FILE.txt for plain text"), suffixes=(".pdf", ".txt"))
    document.add_argument("--reason", help=translate("cli", "the reason (事由); default: the case title"))
    document.add_argument("--notice-at", help=translate("cli", "when the platform is notified (ISO 8601; default now)"))
    document.add_argument("--transfer-to", help=translate("cli", "the office the case is transferred to"))
    document.add_argument("--mailto", action="store_true", help=translate("cli", "also print a mailto: draft"))

    patrol_log = add("patrol-log", cmd_patrol_log, translate("cli", "print the patrol duty log (勤務紀錄) of one day or "
                                                                   "one patrol as PDF"))
    patrol_log.add_argument("--day", help=translate("cli", "the day, e.g. 114/07/08 or 2025-07-08 (default: today)"))
    patrol_log.add_argument("--patrol", help=translate("cli", "one patrol's id (T…) instead of a day"))
    add_output_argument(patrol_log, "FILE.pdf", suffixes=(".pdf",))

    transcript = add("transcript", cmd_transcript, translate("cli", "print a captured chat in full as PDF"))
    add_case_argument(transcript)
    transcript.add_argument("--capture", required=True, help=translate("cli", "the chat capture's id"))
    add_output_argument(transcript, "FILE.pdf", suffixes=(".pdf",))
    transcript.add_argument("--alias", action="append",
                            help=translate("cli", "HANDLE=PSEUDONYM: show a sealed person's account by pseudonym"))

    recheck = add("recheck", cmd_recheck, translate("cli", "takedown re-check in a clean headless browser"))
    add_case_argument(recheck)
    recheck.add_argument("--url", action="append", help=translate("cli", "only this address (repeatable)"))
    recheck.add_argument("--chromium", help=translate("cli", "Chromium executable (default: /usr/bin/chromium on Linux)"))
    recheck.add_argument("--persona", help=translate("cli", "a persona's storage-state file (cookies); default none"))
    recheck.add_argument("--timeout", type=seconds(), default=30.0, help=translate("cli", "seconds per address"))
