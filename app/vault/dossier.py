"""Read one case out of the vault as a :class:`~app.reports.model.CaseDossier` for the documents.

This is the only bridge from storage to documents, and the place sealed identities are kept out:
people become :class:`PersonRef` (role and pseudonym), built from the stored role and ordinal, so
neither the sealed blob nor a name field is ever read here. Captures and identifiers are read from
their tables directly (append-only: an identifier superseded or retracted by a later row is left
out); the custody log is the case's audit entries without their free-text details.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.core.models import Role
from app.core.pseudonyms import pseudonym
from app.core.sealed_marks import SealedHandles
from app.core.timeutil import parse_iso
from app.reports.model import (
    ArtifactRef,
    CaptureRef,
    CaseClock,
    CaseDossier,
    CaseFileSent,
    ChainCheck,
    CustodyEntry,
    EvidenceCheck,
    IdentifierRef,
    Officer,
    PersonRef,
    StepEntry,
)
from app.vault.audit import walk_chain
from app.vault.handoff import signing_fingerprint
from app.vault.people import sealed_handles
from app.vault.steps import CaseSteps
from app.vault.vault import Vault

if TYPE_CHECKING:
    from app.checklist.procedure import Procedure

_CUSTODY_LIMIT = 100_000


def build_dossier(vault: Vault, case_ref: str, *, check_evidence: bool = False,
                  procedure: Procedure | None = None) -> CaseDossier:
    """Everything the documents may show about one case, as of now. ``check_evidence``: walk the whole
    chain and read back and hash every evidence file of the case (an evidence list being issued).
    ``procedure``: the one in force, whose step titles the documents print instead of step ids and
    whose clocks give the deadlines they state."""
    case = vault.case(case_ref)
    handles = sealed_handles(vault.db, case.id)
    return CaseDossier(
        case_id=case.id, number=case.number, title=case.title, platforms=case.platforms, status=str(case.status),
        created_at=case.created_at, officer=_officer(vault, case.officer, case.unit), people=_people(vault, case.id),
        captures=_captures(vault, case.id), identifiers=_identifiers(vault, case.id, handles), sealed_handles=handles,
        custody=_custody(vault, case.id), steps=_steps(vault, case.id), chain_head=vault.audit_head(),
        generated_at=vault.clock(), evidence_check=check_case_evidence(vault, case.id) if check_evidence else None,
        step_labels=procedure.step_labels() if procedure else {},
        clocks=_clocks(vault, case.id, procedure) if procedure else (), origin=_origin(vault, case.id),
        case_files=_case_files(vault, case.id), signing_fingerprint=signing_fingerprint(vault),
    )


def chain_check(vault: Vault) -> ChainCheck:
    """The whole chain walked, as a printed document states it (the audit log, the evidence list)."""
    walk = walk_chain(vault.db)
    return ChainCheck(walk.entries, walk.broken.reason if walk.broken else None,
                      tuple(step.seq for step in walk.clock_steps))


def check_case_evidence(vault: Vault, case_id: str) -> EvidenceCheck:
    artifacts = vault.artifacts.in_case(case_id)
    return EvidenceCheck(chain_check(vault), len(artifacts),
                         sum(artifact.size for artifact in artifacts),
                         tuple(artifact.id for artifact in artifacts if not vault.artifacts.verify(artifact)))


def _officer(vault: Vault, name: str, unit: str) -> Officer:
    return Officer(name or vault.meta("officer") or "", unit or vault.meta("unit") or "",
                   vault.meta("officer_phone") or "", vault.meta("officer_email") or "")


def _people(vault: Vault, case_id: str) -> tuple[PersonRef, ...]:
    rows = vault.db.all("SELECT role, ordinal FROM people WHERE case_id = ? ORDER BY created_at, id", (case_id,))
    return tuple(PersonRef(Role(role), pseudonym(Role(role), int(ordinal))) for role, ordinal in rows)


def _artifacts_by_capture(vault: Vault, case_id: str) -> dict[str, list[ArtifactRef]]:
    grouped: dict[str, list[ArtifactRef]] = {}
    for artifact in vault.artifacts.in_case(case_id):
        if artifact.capture_id:
            grouped.setdefault(artifact.capture_id, []).append(ArtifactRef(
                artifact.id, str(artifact.kind), artifact.name, artifact.mime, artifact.size, artifact.sha256,
                artifact.acquired_at))
    return grouped


def _captures(vault: Vault, case_id: str) -> tuple[CaptureRef, ...]:
    artifacts = _artifacts_by_capture(vault, case_id)
    rows = vault.db.all(
        "SELECT id, kind, url, final_url, title, started_at, ended_at, complete, metadata FROM captures "
        "WHERE case_id = ? ORDER BY started_at, id", (case_id,))
    captures = []
    for capture_id, kind, url, final_url, title, started, ended, complete, metadata in rows:
        meta: dict[str, Any] = json.loads(metadata or "{}")
        captures.append(CaptureRef(capture_id, kind, url, final_url, title, parse_iso(started), parse_iso(ended),
                                   bool(complete), tuple(artifacts.get(capture_id, ())),
                                   str(meta.get("platform", "")), meta))
    return tuple(captures)


def _identifiers(vault: Vault, case_id: str, handles: SealedHandles) -> tuple[IdentifierRef, ...]:
    """The case's identifiers in force; one that is a sealed person's (their own account, found on the
    page) is shown by the person's pseudonym."""
    rows = vault.db.all("SELECT id, capture_id, kind, value, source, supersedes, retracted FROM identifiers "
                        "WHERE case_id = ? ORDER BY id", (case_id,))
    replaced = {int(row[5]) for row in rows if row[5] is not None}
    return tuple(_identifier(kind, value, capture_id, source, handles)
                 for ident, capture_id, kind, value, source, _sup, retracted in rows
                 if not retracted and int(ident) not in replaced)


def _identifier(kind: str, value: str, capture_id: str | None, source: str, handles: SealedHandles) -> IdentifierRef:
    pseudonym = handles.pseudonym_for(value)
    if pseudonym is None:
        return IdentifierRef(kind, value, capture_id, source)
    return IdentifierRef(kind, pseudonym, capture_id, source, sealed=True)


def _custody(vault: Vault, case_id: str) -> tuple[CustodyEntry, ...]:
    return tuple(CustodyEntry(e.seq, e.at, e.officer, e.workstation, e.action, e.subject or "", e.entry_hash)
                 for e in vault.audit.entries(case_id, limit=_CUSTODY_LIMIT))


def _case_files(vault: Vault, case_id: str) -> tuple[CaseFileSent, ...]:
    """The case files made of the case here, as their export entries recorded them (the manifest's SHA-256 is
    "" in an entry recorded before it was)."""
    return tuple(CaseFileSent(e.seq, e.at, e.officer, str(e.details.get("file", "")), str(e.details.get("sha256", "")),
                              str(e.details.get("manifest_sha256", "")))
                 for e in vault.audit.entries(case_id, limit=_CUSTODY_LIMIT) if e.action == "case.export")


def _clocks(vault: Vault, case_id: str, procedure: Procedure) -> tuple[CaseClock, ...]:
    """The case's clocks as the checklist computes them now, each with its length for the case's facts."""
    view = CaseSteps(vault, lambda: procedure).view(case_id)
    return tuple(CaseClock.of(status, view.facts) for status in view.clocks)


def _origin(vault: Vault, case_id: str) -> str:
    """How the case came in, as its origin step last recorded it ("" when not recorded, or undone)."""
    row = vault.db.one("SELECT action, data FROM step_events WHERE case_id = ? AND step_id = 'record-origin' "
                       "ORDER BY id DESC LIMIT 1", (case_id,))
    if row is None or row[0] == "undo":
        return ""
    return str(json.loads(row[1]).get("origin", ""))


def _steps(vault: Vault, case_id: str) -> tuple[StepEntry, ...]:
    rows = vault.db.all("SELECT step_id, action, happened_at, officer FROM step_events WHERE case_id = ? ORDER BY id",
                        (case_id,))
    return tuple(StepEntry(step, action, parse_iso(at), officer) for step, action, at, officer in rows)
