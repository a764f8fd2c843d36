"""Issuing a generated document: the file the officer saves, its audit entry and its checklist tick.

Every document NetPatrol writes out (referral documents and notices, chat transcripts, the patrol
duty log, the statistics sheet, the vault audit log), from the windows and from ``netpatrol
document`` / ``transcript`` / ``patrol-log`` / ``stats -o`` / ``audit -o``, goes through
:func:`issue_file`, so they are all recorded the same way:

1. the PDF (or text) is rendered in memory and its SHA-256 taken from exactly those bytes;
2. the bytes go to a temporary file beside the chosen name and are flushed to disk;
3. in one vault transaction, the ``document.generated`` audit entry (file name, SHA-256, details) is
   appended, the checklist is told, and, last, the file takes its name.

A failure at any step (full disk, read-only folder, a locked or damaged vault) therefore leaves no
half-written file under the chosen name and no audit entry for a file that is not there. The file is
owner-only, and replaces an existing one only when the officer said so (see :mod:`app.vault.atomic`).
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.checklist.procedure import Procedure
from app.core.audit_actions import ALL_ACTIONS, ActionGroup
from app.core.errors import KnownError
from app.core.hashing import sha256_bytes
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.audit_log import KIND as AUDIT_LOG
from app.reports.audit_log import audit_log_document
from app.reports.document import pdf_bytes
from app.reports.kinds import TRANSCRIPT
from app.reports.model import CaseDossier, ChainCheck, CustodyEntry
from app.reports.patrol_log import KIND as PATROL_LOG
from app.reports.patrol_log import PatrolLogScope, patrol_log_document
from app.reports.statistics_sheet import KIND as STATISTICS
from app.reports.statistics_sheet import statistics_document
from app.reports.transcript import write_capture_transcript
from app.vault import Vault
from app.vault.atomic import let_go, owner_only, publish_file, refuse_the_vault, temp_beside
from app.vault.dossier import build_dossier, chain_check
from app.vault.patrols import PatrolStore
from app.vault.stats import Period, UnitStatistics, unit_statistics


class DocumentWriteError(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The document could not be written to {path} ({reason}).")


class TranscriptWriteError(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The transcript could not be written to {path} ({reason}).")


@dataclass(frozen=True)
class IssuedFile:
    path: Path
    sha256: str
    steps_done: tuple[str, ...]


StepsReporter = Callable[[], Sequence[str]]
"""Tells the checklist (inside the issuing transaction); returns the ids of the steps it ticked."""


def issue_details(dossier: CaseDossier, file_format: str) -> dict[str, object]:
    """The audit details of a case document: its format and, for an evidence list, what it found when it
    checked the case's files and the chain (files checked, all match)."""
    details: dict[str, object] = {"format": file_format}
    if dossier.evidence_check is not None:
        details.update(artifacts=dossier.evidence_check.files, ok=dossier.evidence_check.ok)
    return details


def issue_file(vault: Vault, case_id: str | None, subject: str, content: bytes, target: Path,
               details: Mapping[str, Any], report: StepsReporter, *,
               error: type[KnownError] = DocumentWriteError, replace: bool = True) -> IssuedFile:
    """Write ``content`` to ``target`` and record it (see the module text for the order and why).
    ``case_id`` is None for a document of no case (the patrol duty log). ``error`` is the sentence
    the officer reads when the file cannot be written. ``replace``: an existing file may be replaced (the
    window's save dialog asked; a command says so by --force), else it is refused however late it appeared."""
    refuse_the_vault(target, vault.path)  # the window asked about an existing file; the vault is never one
    digest = sha256_bytes(content)
    temp, guard = _write_beside(target, content, error)
    named = False
    try:
        with vault.db.transaction():
            vault.record("document.generated", case_id=case_id, subject=subject,
                         details={"file": target.name, "sha256": digest, **details})
            steps = tuple(report())
            _name(temp, target, error, replace)
            named = True
    except BaseException:
        (target if named else temp).unlink(missing_ok=True)  # named but not committed: not issued
        raise
    finally:
        let_go(guard)
    return IssuedFile(target, digest, steps)


def _write_beside(target: Path, content: bytes, error: type[KnownError]) -> tuple[Path, int | None]:
    """The document under a temporary name beside ``target``, flushed to the disk, and held by this process until
    it is named or removed (what a killed one left there before is removed first: see ``sweep_leftovers``)."""
    try:
        handle, temp, guard = temp_beside(target, ".part")
    except OSError as exc:
        raise _failure(error, target, exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            owner_only(out.fileno())
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        let_go(guard)
        raise _failure(error, target, exc) from exc
    return temp, guard


def _name(temp: Path, target: Path, error: type[KnownError], replace: bool) -> None:
    try:
        publish_file(temp, target, replace=replace)
    except OSError as exc:
        raise _failure(error, target, exc) from exc


def _failure(error: type[KnownError], target: Path, exc: OSError) -> KnownError:
    return error(path=str(target), reason=_reason(exc))


def _reason(exc: OSError) -> str:
    """Why the file could not be written, in the officer's language (seen: 「無法將文件寫入 …（No space left on
    device）。」); an error of another kind as the system says it."""
    reasons = {errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "the disk is full"),
               errno.EROFS: QT_TRANSLATE_NOOP("errors", "the disk is read-only"),
               errno.EACCES: QT_TRANSLATE_NOOP("errors", "no permission to write there"),
               errno.EPERM: QT_TRANSLATE_NOOP("errors", "no permission to write there"),
               errno.ENOENT: QT_TRANSLATE_NOOP("errors", "the folder does not exist")}
    reason = reasons.get(exc.errno or 0)
    return translate("errors", reason) if reason else exc.strerror or type(exc).__name__


# -- chat transcripts -----------------------------------------------------------------------------
TranscriptReporter = Callable[[Vault, str, str], list[str]]
"""(vault, case id, capture id) → the checklist steps a printed transcript ticked."""


@dataclass(frozen=True)
class PrintedTranscript:
    path: Path
    sha256: str
    messages: int
    steps_done: tuple[str, ...]
    chain_head: str    # the audit chain head printed on every page
    complete: bool     # the chat was captured whole (a partial one ticks no step)


def print_transcript(vault: Vault, case_id: str, capture_id: str, target: Path, language: str,
                     report: TranscriptReporter | None = None, *,
                     aliases: Mapping[str, str] | None = None, replace: bool = True) -> PrintedTranscript:
    """The transcript PDF of one chat capture (guideline 陸.三(三)), issued as above. The capture view
    (on the task pool) and ``netpatrol transcript`` both print through here. Only a complete capture's
    transcript is reported to the checklist: the step is to print the conversation *in full*, and a chat
    cut short (older messages not collected) is not that."""
    dossier = build_dossier(vault, case_id)
    buffer = io.BytesIO()
    count = write_capture_transcript(buffer, dossier, capture_id, vault.artifacts.read_verified, vault.clock(),
                                     language=language, aliases=aliases)
    complete = next(c.complete for c in dossier.captures if c.id == capture_id)
    issued = issue_file(vault, dossier.case_id, TRANSCRIPT, buffer.getvalue(), target,
                        {"capture": capture_id, "messages": count, "complete": complete},
                        lambda: report(vault, dossier.case_id, capture_id) if report is not None and complete else [],
                        error=TranscriptWriteError, replace=replace)
    return PrintedTranscript(target, issued.sha256, count, issued.steps_done, dossier.chain_head, complete)


# -- the patrol duty log --------------------------------------------------------------------------
def print_patrol_log(vault: Vault, scope: PatrolLogScope, target: Path, language: str, *,
                     replace: bool = True) -> IssuedFile:
    """The duty log of one patrol or one day as a PDF, issued as above (the log window and
    ``netpatrol patrol-log`` both print through here). It lists pages visited under cover, so its
    audit entry names the patrol or the day, like reading the log does."""
    document = patrol_log_document(PatrolStore(vault.db, vault.audit), scope, unit=vault.meta("unit") or "",
                                   chain_head=vault.audit_head(), generated_at=vault.clock(), language=language,
                                   author=vault.actor.officer)
    details = {"patrol": scope.patrol_id} if scope.patrol_id else {"day": scope.day.isoformat() if scope.day else ""}
    return issue_file(vault, None, PATROL_LOG, pdf_bytes(document), target, {"format": "pdf", **details}, list,
                      replace=replace)


# -- the statistics sheet -------------------------------------------------------------------------
@dataclass(frozen=True)
class PrintedStatistics:
    path: Path
    sha256: str
    statistics: UnitStatistics  # the figures printed, for the window and the command to show


def print_statistics(vault: Vault, procedure: Procedure, period: Period, target: Path,
                     language: str, *, replace: bool = True) -> PrintedStatistics:
    """The unit's figures for ``period`` as a PDF, issued as above (the Statistics window and
    ``netpatrol stats -o`` both print through here). They are counted afresh, so the figures on the
    sheet go with the audit chain head printed on it. The audit entry names the period."""
    stats = unit_statistics(vault, procedure, period)
    document = statistics_document(stats, procedure, unit=vault.meta("unit") or "", chain_head=vault.audit_head(),
                                   generated_at=vault.clock(), language=language, author=vault.actor.officer)
    details = {"format": "pdf", "first_day": period.first.isoformat(), "last_day": period.last.isoformat()}
    issued = issue_file(vault, None, STATISTICS, pdf_bytes(document), target, details, list, replace=replace)
    return PrintedStatistics(issued.path, issued.sha256, stats)


# -- the vault audit log ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PrintedAuditLog:
    path: Path
    sha256: str
    entries: int  # how many entries the log printed
    chain: ChainCheck  # the whole chain as walked when printing (a break is printed too)


def print_audit_log(vault: Vault, period: Period, group: ActionGroup | None, target: Path,
                    language: str, *, procedure: Procedure | None = None, replace: bool = True) -> PrintedAuditLog:
    """The vault's audit entries of ``period`` (of one group of actions, or all) as a PDF, issued as
    above (the Vault audit log window and ``netpatrol audit -o`` both print through here). Every entry
    of the period is printed, however many; the audit entry names the period and the group. The whole
    chain is walked first and what that found is printed with it: a broken chain is said, not hidden.
    With ``procedure``, a checklist entry's step is printed by its title (then its id)."""
    actions = group.actions if group is not None else None
    entries, _total = vault.audit.between(*period.bounds, actions=actions)  # all: a printed log leaves none out
    numbers = vault.cases.numbers(entry.case_id for entry in entries if entry.case_id)
    printed = [CustodyEntry(e.seq, e.at, e.officer, e.workstation, e.action, e.subject or "", e.entry_hash,
                            numbers.get(e.case_id, e.case_id) if e.case_id else "") for e in reversed(entries)]
    chain = chain_check(vault)
    document = audit_log_document(printed, first=period.first, last=period.last, group=group,
                                  unit=vault.meta("unit") or "", chain_head=vault.audit_head(), chain=chain,
                                  generated_at=vault.clock(), language=language, author=vault.actor.officer,
                                  step_labels=procedure.step_labels() if procedure else None)
    details = {"format": "pdf", "first_day": period.first.isoformat(), "last_day": period.last.isoformat(),
               "actions": group.id if group is not None else ALL_ACTIONS, "entries": len(printed)}
    issued = issue_file(vault, None, AUDIT_LOG, pdf_bytes(document), target, details, list, replace=replace)
    return PrintedAuditLog(issued.path, issued.sha256, len(printed), chain)
