"""Importing a case file (see :mod:`app.vault.handoff`): verify all of it, then write it in one transaction.

The case keeps its id, and its people, captures and evidence files keep theirs (metadata.json and
chat.json name files by id, and those files are hashed evidence that cannot be rewritten). The case
gets this unit's next number; the sender's number and unit go into its notes and into the import's
audit entry. A case already here (one that came back) gets only what the file adds to it, and a file
that adds nothing, such as the same file a second time, is refused (``app.vault.returning``).

Every imported row gets its own audit entry here, carrying the row's hash as every other entry does,
so ``netpatrol verify`` checks imported evidence exactly like evidence acquired here. Acquisition
times, capture times and step times stay as the sending unit recorded them. The sending vault's own
audit entries for the case travel inside the signed manifest, which is stored with the case.

Sealed identities the sender chose to send along are sealed again at once under this vault's own key
(the person's row is written when its identity has streamed in, checked); they are read here only
through a reveal, like identities entered here.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyrage import x25519

from app.core.hashing import CHUNK, sha256_bytes
from app.core.i18n import translate
from app.core.models import ArtifactKind, Case, CaseStatus, Role
from app.core.pseudonyms import pseudonym
from app.core.timeutil import roc_datetime, taipei_text
from app.vault.artifacts import insert_artifact_row, insert_chunk
from app.vault.audit import row_hash
from app.vault.captures import insert_capture_row, insert_identifier_row
from app.vault.cases import DEFAULT_NUMBER_FORMAT
from app.vault.handoff import (
    CaseFileReport,
    FileSink,
    Progress,
    read_case_file,
    vault_identities,
)
from app.vault.people import insert_person_row, insert_received_identity, received_identity_fields, record_marks
from app.vault.returning import Additions, check_signer, known_rows, steps_not_in_procedure
from app.vault.steps import insert_step_row

if TYPE_CHECKING:
    from app.vault.vault import Vault

@dataclass(frozen=True)
class ImportResult:
    case: Case
    report: CaseFileReport
    added: dict[str, int] | None = None  # a case that was already here: how many rows of each kind the file added
    signer_accepted: bool = False  # it came back signed by a key new for the case, which the officer accepted
    withheld: tuple[str, ...] = ()  # steps of this unit's own that the file undoes, not undone here
    reticked: tuple[str, ...] = ()  # steps of this unit's own that the file ticks again, not applied here
    identities_sealed: int = 0  # sealed identities from the file sealed here
    identities_kept: int = 0  # sealed identities from the file left out: this vault holds them already
    namesakes: tuple[str, ...] = ()  # names of this unit's officers on step records made at the other unit
    unknown_steps: tuple[str, ...] = ()  # step ids this workstation's procedure does not have (records kept)
    unknown_step_records: int = 0  # how many records received are for those steps

    def as_dict(self) -> dict[str, Any]:
        return {**self.report.as_dict(), "case_id": self.case.id, "number": self.case.number,
                "source_number": self.report.manifest["case"]["number"], "added": self.added,
                "signer_accepted": self.signer_accepted, "undos_not_applied": list(self.withheld),
                "ticks_not_applied": list(self.reticked), "identities_sealed": self.identities_sealed,
                "identities_kept": self.identities_kept,
                "steps_in_names_here": list(self.namesakes), "steps_not_in_procedure": list(self.unknown_steps),
                "step_records_not_in_procedure": self.unknown_step_records}


def import_case_file(vault: Vault, path: Path, *, identities: list[x25519.Identity] | None = None,
                     passphrase: str | None = None, progress: Progress | None = None,
                     file_key: x25519.Identity | None = None, accept_signer: str | None = None,
                     procedure_steps: Collection[str] | None = None) -> ImportResult:
    """``progress``: stage "check" while the whole file is verified, then "import" while it is written.
    ``file_key``: a passphrase file's key as the officer's check opened it (see ``read_case_file``);
    either way the passphrase is paid for once, not once per reading. ``accept_signer``: the fingerprint
    the officer accepted for a case that comes back signed by a key never seen for it (see
    ``app.vault.returning``); without it such a file is refused. ``procedure_steps``: the step ids of the
    procedure in force here, against which the file's step records are checked (kept whatever they name, but
    those of steps not there are counted, said and audited: see ``app.vault.returning``); None where no
    procedure could be read."""
    keys = [*vault_identities(vault), *(identities or [])]
    report = read_case_file(path, identities=keys, passphrase=passphrase, progress=progress,  # writes nothing
                            file_key=file_key)
    additions = known_rows(vault, report.manifest)  # refuses a file that disagrees with what is here
    accepted = additions is not None and check_signer(vault, report.manifest, vault.case(report.manifest["case"]["id"])
                                                      .number, accept_signer)
    skipped = {*additions.steps, *additions.withheld, *additions.reticked} if additions else set()
    unknown = steps_not_in_procedure(report.manifest["steps"], procedure_steps, skipped)
    writer = _CaseWriter(vault, report, additions, signer_accepted=accepted, unknown_steps=unknown)
    with vault.db.transaction():
        writer.write_records()
        read_case_file(path, identities=keys, passphrase=passphrase, sink=writer, file_key=report.file_key,
                       expected_manifest=report.manifest_sha256, progress=progress, stage="import")
        writer.write_after_files()
    return ImportResult(vault.case(writer.case_id), report, additions.new if additions else None, accepted,
                        tuple(additions.withheld.values()) if additions else (),
                        tuple(additions.reticked.values()) if additions else (), writer.identities_sealed,
                        additions.identities_kept if additions else 0, additions.namesakes if additions else (),
                        *unknown)


class _CaseWriter(FileSink):
    """Writes the manifest's rows and, as they stream in verified, the evidence files."""

    def __init__(self, vault: Vault, report: CaseFileReport, here: Additions | None = None, *,
                 signer_accepted: bool = False, unknown_steps: tuple[tuple[str, ...], int] = ((), 0)) -> None:
        self.vault = vault
        self.unknown_steps = unknown_steps
        self.signer_accepted = signer_accepted
        self.report = report
        self.manifest = report.manifest
        self.case_id: str = self.manifest["case"]["id"]
        self.here = here or Additions()  # what of the file is already here (a case that came back)
        self._returned = here is not None
        self._skipping = False  # the evidence file streaming in is already here
        self._pending = bytearray()
        self._artifact_id = ""
        self._index = 0
        self._awaiting: dict[str, dict[str, Any]] = {}  # person id -> row, until its sealed identity arrives
        self.identities_sealed = 0

    # -- rows -----------------------------------------------------------------------------------------
    def write_records(self) -> None:
        if self._returned:
            self._case_returned()
        else:
            self._case()
        for person in self.manifest["people"]:
            if person["id"] not in self.here.people:
                self._person(person)
        for capture in self.manifest["captures"]:
            if capture["id"] not in self.here.captures:
                self._capture(capture)

    def write_after_files(self) -> None:
        """Identifiers and steps refer to captures and files, so they come after; then the signed
        manifest itself, so the sending unit's statement stays with the case."""
        new_ids: dict[int, int] = dict(self.here.identifiers)
        for identifier in self.manifest["identifiers"]:
            if identifier["id"] not in self.here.identifiers:
                new_ids[identifier["id"]] = self._identifier(identifier, new_ids)
        for index, step in enumerate(self.manifest["steps"]):
            if index not in self.here.steps and index not in self.here.withheld and index not in self.here.reticked:
                self._step(step)
        for doc in self.manifest["search"]:
            if (doc["source"], doc["ref_id"], doc["body"]) not in self.here.search:
                self.vault.index.add(self.case_id, doc["source"], doc["ref_id"], doc["body"])
        self._keep_manifest()

    def _case(self) -> None:
        case, source, vault = self.manifest["case"], self.manifest["source"], self.vault
        moment = vault.clock()
        number = vault.cases.next_number(vault.meta("number_format") or DEFAULT_NUMBER_FORMAT, moment)
        # {date}: 2025-07-08 14:05 (UTC+8); {roc_date}: 民國114年7月8日 14:05, for the zh-TW wording
        received = translate("handoff", "Received from {unit} (their case number {number}) on {date}.").format(
            unit=source["unit"] or "-", number=case["number"], date=taipei_text(moment), roc_date=roc_datetime(moment))
        notes = "\n".join(part for part in (case["notes"], received) if part)
        vault.cases.receive(vault.actor, self.case_id, vault.meta("unit") or "", case["title"], tuple(case["platforms"]),
                            CaseStatus(case["status"]), number, notes, moment, details={
                                "source_number": case["number"], "source_unit": source["unit"],
                                "source_created_at": case["created_at"],
                                "source_officer": source["officer"], "source_vault": source["vault_id"],
                                "source_audit_head": source["audit_head"], "fingerprint": source["fingerprint"],
                                "file": self.report.path.name, "file_sha256": self.report.sha256,
                                "manifest_sha256": self.report.manifest_sha256, **self._unknown_steps_details()})
        vault.index.add(self.case_id, "case", self.case_id, f"{number} {case['title']}\n{notes}")

    def _case_returned(self) -> None:
        """The case is here already (it came back): its row stays as it is; the receipt is audited with
        what the file adds. The unit, officer and vault are what the file says it came from: only the
        signing key is proven, so they are recorded as claimed, next to its fingerprint and whether the
        officer accepted that key here for the first time."""
        case, source = self.manifest["case"], self.manifest["source"]
        self.vault.record("case.import_update", case_id=self.case_id, subject=self.case_id, details={
            "source_number": case["number"], "claimed_unit": source["unit"], "claimed_officer": source["officer"],
            "claimed_vault": source["vault_id"], "source_audit_head": source["audit_head"],
            "fingerprint": source["fingerprint"], "signer_accepted": self.signer_accepted,
            "file": self.report.path.name, "file_sha256": self.report.sha256,
            "manifest_sha256": self.report.manifest_sha256, "undos_not_applied": list(self.here.withheld.values()),
            "ticks_not_applied": list(self.here.reticked.values()), "identities_kept": self.here.identities_kept,
            "steps_in_names_here": list(self.here.namesakes),
            **self._unknown_steps_details(),
            **{f"added_{kind}": count for kind, count in self.here.new.items()}})  # flat: one line each in the log

    def _unknown_steps_details(self) -> dict[str, Any]:
        """Step records kept for steps the procedure here does not have (``app.vault.returning``), when any."""
        step_ids, records = self.unknown_steps
        return {"steps_not_in_procedure": list(step_ids), "step_records_not_in_procedure": records} if records else {}

    def _person(self, person: dict[str, Any], identity: dict[str, str] | None = None) -> None:
        if "identity" in person and identity is None:
            self._awaiting[person["id"]] = person
            return
        role = Role(person["role"])
        blob = self.vault.seal_identity(identity) if identity is not None and role.sealed else None
        fields = {"id": person["id"], "case_id": self.case_id, "role": str(role), "ordinal": person["ordinal"],
                  "name": person["name"], "details": person["details"], "sealed": sha256_bytes(blob) if blob else None,
                  "created_at": person["created_at"]}
        seq = self._entry("person.import", person["id"], fields, {
            "role": str(role), "pseudonym": pseudonym(role, person["ordinal"]),
            "identity_left_behind": person["sealed"] and blob is None, "identity_received": blob is not None})
        insert_person_row(self.vault.db, fields, blob, seq)
        if blob is not None and identity is not None:
            record_marks(self.vault.db, person["id"], self.case_id, identity)  # documents print the pseudonym
        self.identities_sealed += blob is not None

    def identity(self, person_id: str, identity: dict[str, str]) -> None:
        """A new person's row is written with its identity; a person here without one gets it sealed
        in a row of its own; a person whose identity is here keeps it (``app.vault.returning``)."""
        if person_id not in self.here.people:
            self._person(self._awaiting.pop(person_id), identity)
        elif person_id in self.here.identities:
            self._identity_for_person_here(person_id, identity)

    def _identity_for_person_here(self, person_id: str, identity: dict[str, str]) -> None:
        person = self.vault.people.get(person_id)
        blob = self.vault.seal_identity(identity)
        seq = self._entry("person.identity_import", person_id, received_identity_fields(person_id, blob), {
            "role": str(person.role), "pseudonym": person.pseudonym, "identity_received": True})
        insert_received_identity(self.vault.db, person_id, blob, seq)
        record_marks(self.vault.db, person_id, self.case_id, identity)
        self.identities_sealed += 1

    def _capture(self, capture: dict[str, Any]) -> None:
        fields = {**capture, "case_id": self.case_id}
        insert_capture_row(self.vault.db, fields, self._entry("capture.import", capture["id"], fields,
                                                              {"kind": capture["kind"]}))

    def _identifier(self, identifier: dict[str, Any], new_ids: dict[int, int]) -> int:
        ident = int(self.vault.db.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM identifiers"))
        supersedes = new_ids.get(identifier["supersedes"]) if identifier["supersedes"] is not None else None
        fields = {**identifier, "id": ident, "case_id": self.case_id, "supersedes": supersedes}
        seq = self._entry("identifier.import", str(ident), fields, {
            "kind": identifier["kind"], "origin": identifier["origin"], "source_id": identifier["id"]})
        insert_identifier_row(self.vault.db, fields, seq)
        return ident

    def _step(self, step: dict[str, Any]) -> None:
        fields = {**step, "case_id": self.case_id}
        insert_step_row(self.vault.db, fields, self._entry("step.import", step["step_id"], fields,
                                                           {"step": step["step_id"], "action": step["action"]}))

    def _entry(self, action: str, subject: str, fields: dict[str, Any], details: dict[str, Any]) -> int:
        entry = self.vault.audit.append(self.vault.actor, action, case_id=self.case_id, subject=subject,
                                        details={**details, "row": row_hash(fields)})
        return entry.seq

    def _keep_manifest(self) -> None:
        receipt = {"file": self.report.path.name, "file_sha256": self.report.sha256,
                   "manifest_sha256": self.report.manifest_sha256, "fingerprint": self.report.fingerprint,
                   "signature": base64.b64encode(self.report.signature).decode("ascii"),
                   "received_by": self.vault.actor.officer, "workstation": self.vault.actor.workstation}
        for name, data in (("handoff-manifest.json", self.report.manifest_bytes),
                           ("handoff-receipt.json", json.dumps(receipt, ensure_ascii=False, indent=1).encode("utf-8"))):
            self.vault.artifacts.add(self.vault.actor, self.case_id, ArtifactKind.JSON, name, "application/json", data,
                                     self.vault.clock())

    # -- evidence files, as they stream in (each already checked against the signed manifest) -------
    def begin(self, artifact: dict[str, Any]) -> None:
        self._artifact_id = artifact["id"]
        self._pending.clear()
        self._index = 0
        self._skipping = artifact["id"] in self.here.artifacts  # same id, same SHA-256 (checked), kept as it is

    def data(self, chunk: bytes) -> None:
        if self._skipping:
            return
        self._pending += chunk
        while len(self._pending) >= CHUNK:
            self._store_chunk(bytes(self._pending[:CHUNK]))
            del self._pending[:CHUNK]

    def end(self, artifact: dict[str, Any]) -> None:
        if self._skipping:
            return
        if self._pending:
            self._store_chunk(bytes(self._pending))
            self._pending.clear()
        fields = {**artifact, "case_id": self.case_id}
        seq = self._entry("artifact.import", artifact["id"], fields, {
            "kind": artifact["kind"], "name": artifact["name"], "size": artifact["size"], "sha256": artifact["sha256"]})
        insert_artifact_row(self.vault.db, fields, seq)

    def _store_chunk(self, chunk: bytes) -> None:
        insert_chunk(self.vault.db, self._artifact_id, self._index, chunk)
        self._index += 1
