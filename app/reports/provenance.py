"""What a file or a printed page is, said in sentences: the answer ``netpatrol provenance`` prints and
Tools → Check a file's origin shows, from :mod:`app.vault.provenance`. Free of reportlab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.core.i18n import translate
from app.reports.kinds import document_title
from app.vault.provenance import Held, PageCheck, Provenance, Recorded

TimeText = Callable[[datetime], str]


def provenance_lines(found: Provenance, time_text: TimeText) -> list[str]:
    """One sentence for each thing the vault knows of the file; one saying so when it knows none."""
    if not found.known:
        return [translate("provenance", "Not a file this vault issued, sent, received or holds as evidence: no "
                                        "record carries its SHA-256. A copy changed in a single byte reads the "
                                        "same.")]
    return [*(_held_line(held, time_text) for held in found.held),  # what the file is, then where it went
            *(_recorded_line(entry, time_text) for entry in found.recorded)]


def _case(number: str) -> str:
    return number or translate("provenance", "no case")


def _recorded_line(entry: Recorded, time_text: TimeText) -> str:
    fields = {"time": time_text(entry.at), "officer": entry.officer, "case": _case(entry.case_number),
              "seq": entry.seq, "file": entry.file, "document": document_title(entry.subject)}
    if entry.action == "document.generated":
        text = translate("provenance", "Issued by this vault on {time} by {officer}: {document} ({case}), saved as "
                                       "{file} (audit entry #{seq}).")
    elif entry.action == "document.copied":
        text = translate("provenance", "The text of {document} ({case}), copied on {time} by {officer} (audit "
                                       "entry #{seq}).")
    elif entry.action == "artifact.export":
        text = translate("provenance", "Written out of this vault on {time} by {officer} as {file} ({case}, audit "
                                       "entry #{seq}).")
    elif entry.action == "case.export":
        text = translate("provenance", "The case file of {case} that this vault sent on {time} ({officer}), "
                                       "written as {file} (audit entry #{seq}).")
    elif entry.action == "case.import_update":
        text = translate("provenance", "The case file this vault received on {time} ({officer}) for {case}, which "
                                       "was already here: what it added was imported (audit entry #{seq}).")
    else:
        text = translate("provenance", "The case file this vault received on {time} ({officer}) and imported as "
                                       "{case} (audit entry #{seq}).")
    return text.format(**fields)


def _held_line(held: Held, time_text: TimeText) -> str:
    return translate("provenance", "Evidence file {artifact} of {case} ({kind}, {name}, {size:,} bytes), hashed "
                                   "when acquired on {time}: these are its bytes.").format(
        artifact=held.artifact_id, case=_case(held.case_number), kind=held.kind, name=held.name, size=held.size,
        time=time_text(held.acquired_at))


def page_lines(check: PageCheck, time_text: TimeText) -> list[str]:
    """What the chain head typed from a page's footer says of the page."""
    if check.found is None:
        return [translate("provenance", "This vault's chain ends at entry #{last}: the page was not printed from "
                                        "this vault, or its head was misread.").format(last=check.last)]
    if not check.matches:
        return [translate("provenance", "Entry #{seq} of this vault's chain begins with {found}, not {typed}: the "
                                        "page was not printed from this vault, or its head was misread.").format(
            seq=check.seq, found=check.found[:len(check.typed)], typed=check.typed)]
    lines = [translate("provenance", "Entry #{seq} of this vault's chain begins with {typed}: the page was printed "
                                     "from this vault.").format(seq=check.seq, typed=check.typed)]
    issued = check.issued
    if issued is None:
        lines.append(translate("provenance", "No document issued right after that entry is recorded."))
        return lines
    lines.append(translate("provenance", "It belongs to {document} ({case}), issued on {time} by {officer} and saved "
                                         "as {file} (audit entry #{issued}); the file's SHA-256 was {sha256}.").format(
        document=document_title(issued.subject), case=_case(issued.case_number), time=time_text(issued.at),
        officer=issued.officer, file=issued.file, issued=issued.seq, sha256=issued.sha256))
    return lines
