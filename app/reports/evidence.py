"""The evidence list for transfer (document (e)): every capture and artifact with its SHA-256, the
re-checks, and the custody log (the case's audit-chain entries), with no sealed identity.

The custody log prints each entry's sequence number, time, officer, action and subject (in words, then
the id the chain records) and entry hash, never the entry's free-text details: those may hold a reason
an officer typed when revealing an identity, which is not for the prosecutor's copy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from app.core.audit_actions import action_label
from app.core.controlchars import with_controls_visible
from app.core.i18n import translate
from app.core.servertime import server_time_of
from app.reports.base import format_time
from app.reports.document import Block, Document, Fields, Grid, Heading, Para
from app.reports.model import CaptureRef, CaseDossier, CustodyEntry, EvidenceCheck, subject_title

if TYPE_CHECKING:
    from app.checklist.procedure import Label

CTX = "reports"


def _size(size: int) -> str:
    return f"{size:,} B"


def artifact_grid(captures: Sequence[CaptureRef], language: str) -> Grid:
    """One row per artifact, its SHA-256 whole on the line below (a hash must never wrap mid-way)."""
    rows: list[tuple[str, ...]] = []
    wide: list[tuple[str, str]] = []
    for capture in captures:
        for artifact in capture.artifacts:
            rows.append((capture.id, artifact.id, artifact.kind, with_controls_visible(artifact.name), _size(artifact.size),
                         format_time(artifact.acquired_at, language)))
            wide.append(("SHA-256", artifact.sha256))
    headers = (translate("reports", "Capture"), translate("reports", "Artifact"), translate("reports", "Kind"),
               translate("reports", "File"), translate("reports", "Size"), translate("reports", "Acquired at"))
    return Grid(headers, tuple(rows), (0.15, 0.15, 0.09, 0.23, 0.14, 0.24), frozenset({0, 1}), tuple(wide))


def custody_grid(entries: Sequence[CustodyEntry], language: str, *, with_case: bool = False,
                 step_labels: Mapping[str, Label] | None = None) -> Grid:
    """The custody log's table; ``with_case`` adds the case number of each entry (the vault audit log,
    whose entries belong to many cases or to none). ``step_labels``: the procedure's step titles, for
    the subject of a checklist entry."""
    headers = [translate("reports", "No."), translate("reports", "Time"), translate("reports", "Officer"),
               translate("reports", "Action"), translate("reports", "Subject")]
    rows = [[str(e.seq), format_time(e.at, language), e.officer, _action(e.action),
             _subject(e, step_labels or {}, language)] for e in entries]
    widths = [0.08, 0.22, 0.16, 0.24, 0.3]  # the subject's id on a line of its own: a step's is up to 23 characters
    if with_case:
        headers.insert(3, translate("reports", "Case"))
        for row, entry in zip(rows, entries, strict=True):
            row.insert(3, entry.case_number)
        widths = [0.08, 0.2, 0.11, 0.15, 0.22, 0.24]
    label = translate("reports", "Entry hash")
    wide = tuple((label, e.entry_hash) for e in entries)
    action, subject = len(headers) - 2, len(headers) - 1
    return Grid(tuple(headers), tuple(tuple(row) for row in rows), tuple(widths), wide=wide,
                labelled_columns=frozenset({action, subject}))


def _action(action: str) -> str:
    """The translated name for the reader, then the id the chain records, for whoever verifies it."""
    label = action_label(action)
    return f"{label}\n{action}" if label != action else action


def _subject(entry: CustodyEntry, step_labels: Mapping[str, Label], language: str) -> str:
    """A checklist step or an issued document by its title, then its id (as the action above): seen,
    'identify-victim' alone."""
    title = subject_title(entry.action, entry.subject, step_labels, language)
    return f"{title}\n{entry.subject}" if title != entry.subject else entry.subject


def _capture_grid(captures: Sequence[CaptureRef], language: str) -> Grid:
    rows = tuple((c.id, c.kind_label, c.url, time_against_server(c, language),
                  translate("reports", "complete") if c.complete else translate("reports", "INCOMPLETE"))
                 for c in captures)
    headers = (translate("reports", "Capture"), translate("reports", "Kind"), translate("reports", "URL"),
               translate("reports", "Captured at"), translate("reports", "Completeness"))
    return Grid(headers, rows, (0.16, 0.1, 0.36, 0.22, 0.16), frozenset({0, 2}))


def time_against_server(capture: CaptureRef, language: str) -> str:
    """The capture's time by this workstation's clock, and how that clock stood against the site's server then."""
    at = format_time(capture.started_at, language)
    known = server_time_of(capture.metadata)
    against = known.short_text() if known is not None else ""
    return f"{at}\n{against}" if against else at


def _checked_when_printed(check: EvidenceCheck | None) -> list[Block]:
    """What was checked as the list was printed (nothing for a preview, which checks nothing)."""
    if check is None:
        return []
    return [Fields((
        (translate("reports", "Evidence files, checked when printed"), check.files_text()),
        (translate("reports", "Audit chain, checked when printed"), check.chain.text()),
    ))]


def _fingerprint_label() -> str:
    return translate("reports", "Case files signed by the key (fingerprint)")


def _fingerprint_row(dossier: CaseDossier) -> list[tuple[str, str]]:
    """The signing key's fingerprint on paper, which an examiner compares with the key that signed a case file
    (the file alone cannot say whose key that is). None before this vault has made its keys."""
    return [(_fingerprint_label(), dossier.signing_fingerprint)] if dossier.signing_fingerprint else []


def _case_files(dossier: CaseDossier, language: str) -> list[Block]:
    """The case files made of the case here, each with the SHA-256 of the file and of its manifest: what ties the
    file a prosecutor receives to this paper, with standard tools (seen in audit 25: the custody log said only
    "Case file exported")."""
    if not dossier.case_files:
        return []
    sha_file, sha_manifest = translate("reports", "Case file SHA-256"), translate("reports", "Manifest SHA-256")
    rows: list[tuple[str, str]] = []
    for sent in dossier.case_files:
        rows += [(translate("reports", "Case file"), translate("reports", "{file} (entry #{seq}, {time}, {officer})").format(
                     file=sent.file, seq=sent.seq, time=format_time(sent.at, language), officer=sent.officer)),
                 (sha_file, sent.sha256), (sha_manifest, sent.manifest_sha256)]
    return [
        Heading(translate("reports", "5. Case files")),
        Para(translate("reports", "Case files made of this case on this workstation. They can be checked without "
                                  "NetPatrol: the SHA-256 of the file as received (sha256sum) must equal the one below; "
                                  "once it is opened (age, tar), its manifest.json must have the manifest SHA-256 below "
                                  "and must have been signed by the key whose fingerprint is printed above. The "
                                  "manifest's README says how, in Chinese and English.")),
        Fields(tuple(rows), mono_labels=frozenset({sha_file, sha_manifest})),
    ]


def evidence_list(dossier: CaseDossier, language: str) -> Document:
    artifacts = sum(len(c.artifacts) for c in dossier.captures)
    blocks: list[Block] = [
        Fields((
            (translate("reports", "Case number"), dossier.number),
            (translate("reports", "Case title"), dossier.title),
            (translate("reports", "Unit / officer"), f"{dossier.officer.unit} {dossier.officer.name}".strip()),
            (translate("reports", "Captures / artifacts"), f"{len(dossier.captures)} / {artifacts}"),
            (translate("reports", "Audit chain head"), dossier.chain_head),
            *_fingerprint_row(dossier),
        ), mono_labels=frozenset({translate("reports", "Audit chain head"), _fingerprint_label()})),
        Para(translate("reports", "Every artifact was hashed with SHA-256 when acquired. Anyone can re-check a file: its "
                            "SHA-256 must equal the value printed here. The custody log is the case's part of the "
                            "vault's hash-chained audit log; 'netpatrol verify' checks the whole chain.")),
        *_checked_when_printed(dossier.evidence_check),
        Heading(translate("reports", "1. Captures")),
        _capture_grid(dossier.captures, language),
        Heading(translate("reports", "2. Artifacts and SHA-256")),
        artifact_grid(dossier.captures, language),
        Heading(translate("reports", "3. Identifiers found")),
        Grid((translate("reports", "Kind"), translate("reports", "Value"), translate("reports", "Capture")),
             tuple((i.kind_label, i.shown_value, i.capture_id or "") for i in dossier.identifiers), (0.18, 0.6, 0.22),
             frozenset({1, 2})),
        Heading(translate("reports", "4. Custody log")),
        custody_grid(dossier.custody, language, step_labels=dossier.step_labels),
        *_case_files(dossier, language),
        Para(translate("reports", "No sealed identity (reporter, informant, victim) is part of this list; people appear "
                            "only by pseudonym.")),
    ]
    title = translate("reports", "Evidence list and custody log")
    subject = translate("reports", "[{number}] {title}").format(number=dossier.number, title=title)
    return Document("evidence-list", title, dossier.number, dossier.chain_head, dossier.generated_at, language,
                    tuple(blocks), None, subject, dossier.officer.name)
