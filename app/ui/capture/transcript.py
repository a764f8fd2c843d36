"""Printing a stored chat capture as its transcript from the capture view (guideline 陸.三(三)).

The PDF is laid out by the same reports-layer call as ``netpatrol transcript``
(:func:`app.reports.transcript.write_capture_transcript`), then hashed, audited as
``document.generated`` and reported to the checklist (``document.generated:transcript``), exactly
as the command does. Runs on the task pool.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import KnownError
from app.core.hashing import sha256_file
from app.core.i18n import QT_TRANSLATE_NOOP
from app.reports.transcript import write_capture_transcript
from app.vault import Vault
from app.vault.dossier import build_dossier

TranscriptReporter = Callable[[Vault, str, str], list[str]]
"""(vault, case id, capture id) → the checklist steps a printed transcript ticked."""


class TranscriptWriteError(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "The transcript could not be written to {path} ({reason}).")


@dataclass(frozen=True)
class PrintedTranscript:
    path: Path
    sha256: str
    messages: int
    steps_done: tuple[str, ...]
    chain_head: str    # the audit chain head printed on every page


def print_transcript(vault: Vault, case_id: str, capture_id: str, target: Path, language: str,
                     report: TranscriptReporter | None = None, *,
                     aliases: Mapping[str, str] | None = None) -> PrintedTranscript:
    """Write the transcript PDF of one chat capture, audit it and tell the checklist (pool thread, and
    ``netpatrol transcript``)."""
    dossier = build_dossier(vault, case_id)
    try:
        count = write_capture_transcript(target, dossier, capture_id, vault.artifacts.read, vault.clock(),
                                         language=language, aliases=aliases)
    except OSError as error:
        raise TranscriptWriteError(path=str(target), reason=error.strerror or type(error).__name__) from error
    digest = sha256_file(target)
    vault.record("document.generated", case_id=dossier.case_id, subject="transcript",
                 details={"file": target.name, "sha256": digest, "capture": capture_id, "messages": count})
    steps = report(vault, dossier.case_id, capture_id) if report is not None else []
    return PrintedTranscript(target, digest, count, tuple(steps), dossier.chain_head)
