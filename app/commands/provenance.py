"""``netpatrol provenance [FILE…] [--head HEAD…]``: is this the document, case file or evidence file the
vault produced, unchanged? Each file's SHA-256 is looked up in the audit chain and among the evidence
files; a printed page is looked up by the chain head in its footer (see ``app.vault.provenance``).
Exit 0 when every file and page is known, 3 when one is not (a changed copy of a document reads like
a stranger's file). Reading is not audited, like ``netpatrol verify``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import Output, opened_vault, shown_time
from app.core.errors import ExitCode, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.timeutil import iso_utc


def cmd_provenance(args: argparse.Namespace) -> Output:
    from app.reports.provenance import page_lines, provenance_lines
    from app.vault.provenance import files_sha256, page_check, provenance

    if not args.files and not args.heads:
        raise UsageError(QT_TRANSLATE_NOOP("errors", "Name a file to check, or a page's chain head with --head."))
    paths = [Path(name) for name in args.files]
    digests = list(zip(paths, files_sha256(paths), strict=True))  # every unreadable file before the passphrase
    with opened_vault(args, read_only=True) as vault:
        found = [(path, provenance(vault, digest)) for path, digest in digests]
        pages = [(typed, page_check(vault, typed)) for typed in args.heads]
    lines: list[str] = []
    for path, result in found:
        lines.append(translate("cli", "{file} (SHA-256 {sha256}):").format(file=path, sha256=result.sha256))
        lines.extend(f"  {line}" for line in provenance_lines(result, shown_time))
    for typed, check in pages:
        lines.append(translate("cli", "A page whose footer reads {head}:").format(head=typed))
        lines.extend(f"  {line}" for line in page_lines(check, shown_time))
    known = all(result.known for _path, result in found) and all(check.matches for _typed, check in pages)
    data = {"files": [_data(path, result) for path, result in found],
            "pages": [_page_data(typed, check) for typed, check in pages]}
    return Output(data, lines, ExitCode.OK if known else ExitCode.INTEGRITY)


def _page_data(typed: str, check: Any) -> dict[str, Any]:
    issued = check.issued
    return {"head": typed, "seq": check.seq, "matches": check.matches, "last": check.last,
            "issued": None if issued is None else {"seq": issued.seq, "at": iso_utc(issued.at), "file": issued.file,
                                                   "subject": issued.subject, "sha256": issued.sha256,
                                                   "case_number": issued.case_number or None}}


def _data(path: Path, result: Any) -> dict[str, Any]:
    return {"file": str(path), "sha256": result.sha256, "known": result.known,
            "recorded": [{"seq": r.seq, "at": iso_utc(r.at), "officer": r.officer, "action": r.action,
                          "case_number": r.case_number or None, "subject": r.subject, "file": r.file}
                         for r in result.recorded],
            "held": [{"artifact_id": h.artifact_id, "case_number": h.case_number, "kind": h.kind, "name": h.name,
                      "size": h.size, "acquired_at": iso_utc(h.acquired_at)} for h in result.held]}


def register(commands: Any, add: Any) -> None:
    check = add("provenance", cmd_provenance, translate("cli", "is this file a document, case file or evidence file "
                                                              "of this vault, unchanged? (by its SHA-256; exit 3 "
                                                              "when one is not)"))
    check.add_argument("files", nargs="*", metavar="FILE", help=translate("cli", "documents, case files or evidence "
                                                                               "files to check"))
    check.add_argument("--head", dest="heads", action="append", default=[], metavar="HEAD",
                       help=translate("cli", "the audit chain head printed in a page's footer (576:b2283c1e…): was the "
                                             "page printed from this vault, and as part of which document?"))
