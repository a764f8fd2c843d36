"""A case file whose case is already here: a case that came back, with what the other unit added.

Unit A sends a case to unit B; B captures more, ticks steps, records a suspect, and sends it back. The
case, its people, captures and evidence files kept their ids on the way (see ``app.vault.receive``), so
what A already holds is recognised by id, and what B added is what is new. Rows the receiving vault
numbers itself (identifiers, step records, search texts) are recognised by their content.

What is here is never rewritten: the case keeps its own title, status and notes, and rows already here
are left as they are. The file must agree with them, though: an evidence file with another SHA-256, a
capture or person that belongs to another case here, or a new person whose pseudonym (被害人2) is taken
here by someone else, and nothing is imported. A file that adds nothing is refused as already here,
which is also how the same file imported twice is refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.i18n import QT_TRANSLATE_NOOP, counted, translate
from app.core.models import Role, evidence_files_phrase
from app.core.pseudonyms import pseudonym
from app.vault.audit import row_hash
from app.vault.captures import CAPTURE_COLUMNS, IDENT_COLUMNS, capture_fields, identifier_fields
from app.vault.handoff import CaseAlreadyHere, UnreadableCaseFile
from app.vault.steps import STEP_COLUMNS, step_fields

if TYPE_CHECKING:
    from app.vault.vault import Vault

ID_BATCH = 500  # SQLite's bound parameters per query, with room to spare
# An identifier is the same one when all of this is: its id, and what it supersedes, are each vault's own.
_IDENTIFIER_SAME = ("capture_id", "kind", "value", "source", "origin", "retracted", "at")


class CaseFileDisagrees(UnreadableCaseFile):
    text = QT_TRANSLATE_NOOP("errors", "This case file does not agree with case {number} as this vault holds it "
                                       "({detail}).")


@dataclass
class Additions:
    """What a case file adds to a case already here: ids of rows already here, and counts of what is new."""

    people: set[str] = field(default_factory=set)
    captures: set[str] = field(default_factory=set)
    artifacts: set[str] = field(default_factory=set)
    identifiers: dict[int, int] = field(default_factory=dict)  # the sender's id → the id of the same row here
    steps: set[int] = field(default_factory=set)  # indexes of the manifest's step records already here
    search: set[tuple[str, str, str]] = field(default_factory=set)  # (source, ref_id, body) already indexed
    new: dict[str, int] = field(default_factory=dict)

    @property
    def anything(self) -> bool:
        return any(self.new.values())


def additions_text(number: str, added: dict[str, int]) -> str:
    """What an import added to a case already here, in the officer's language (the window and the command)."""
    return translate("handoff", "Case {number} was already here (it came back): added {captures}, {files}, {people}, "
                                "{identifiers} and {steps}; what was here is unchanged.").format(
        number=number, files=evidence_files_phrase(added["artifacts"]),
        captures=counted(added["captures"], translate("handoff", "1 capture"), translate("handoff", "{count} captures")),
        people=counted(added["people"], translate("handoff", "1 person"), translate("handoff", "{count} people")),
        identifiers=counted(added["identifiers"], translate("handoff", "1 identifier"),
                            translate("handoff", "{count} identifiers")),
        steps=counted(added["steps"], translate("handoff", "1 step record"), translate("handoff", "{count} step records")))


def number_here(vault: Vault, case_id: str) -> str | None:
    """This vault's number for the case, when the case is here already (told at the check, before an import)."""
    return vault.case(case_id).number if vault.db.scalar("SELECT 1 FROM cases WHERE id = ?", (case_id,)) else None


def known_rows(vault: Vault, manifest: dict[str, Any]) -> Additions | None:
    """None for a case new here. For a case already here, what of the file is here and what is new;
    refuses a file that disagrees with what is here, or that adds nothing."""
    case_id = manifest["case"]["id"]
    here = _ids_here(vault, manifest)
    number = number_here(vault, case_id)
    if number is None:
        holder = next((case for rows in here.values() for case in rows.values()), None)
        if holder is not None:  # part of it is here in another case: imported before under another id? That
            raise CaseAlreadyHere(number=vault.case(holder).number)  # case's number here, not the file's
        return None
    _agrees(vault, manifest, here, number)
    additions = Additions(people=set(here["people"]), captures=set(here["captures"]),
                         artifacts=set(here["artifacts"]))
    additions.identifiers = _same_identifiers(vault, case_id, manifest["identifiers"])
    additions.steps = _same_steps(vault, case_id, manifest["steps"])
    additions.search = {(s, r, b) for s, r, b in vault.db.all(
        "SELECT source, ref_id, body FROM search_docs WHERE case_id = ?", (case_id,))}
    additions.new = {
        "people": len(manifest["people"]) - len(additions.people),
        "captures": len(manifest["captures"]) - len(additions.captures),
        "artifacts": len(manifest["artifacts"]) - len(additions.artifacts),
        "identifiers": len(manifest["identifiers"]) - len(additions.identifiers),
        "steps": len(manifest["steps"]) - len(additions.steps),
    }
    if not additions.anything:
        raise CaseAlreadyHere(number=number)
    return additions


def _ids_here(vault: Vault, manifest: dict[str, Any]) -> dict[str, dict[str, str]]:
    """For people, captures and evidence files: the file's ids already here, with the case each is in."""
    wanted = {"people": [p["id"] for p in manifest["people"]], "captures": [c["id"] for c in manifest["captures"]],
              "artifacts": [a["id"] for a in manifest["artifacts"]]}
    return {table: dict(_in_batches(vault, table, ids)) for table, ids in wanted.items()}


def _in_batches(vault: Vault, table: str, ids: list[str]) -> Iterable[tuple[str, str]]:
    for start in range(0, len(ids), ID_BATCH):
        batch = ids[start : start + ID_BATCH]
        yield from vault.db.all(f"SELECT id, case_id FROM {table} WHERE id IN ({','.join('?' * len(batch))})",
                                tuple(batch))


def _agrees(vault: Vault, manifest: dict[str, Any], here: dict[str, dict[str, str]], number: str) -> None:
    case_id = manifest["case"]["id"]
    for rows in here.values():
        elsewhere = next((row_id for row_id, in_case in rows.items() if in_case != case_id), None)
        if elsewhere is not None:
            raise _disagrees(number, QT_TRANSLATE_NOOP("handoff", "{ident} is in another case here"), ident=elsewhere)
    for artifact in manifest["artifacts"]:
        if artifact["id"] in here["artifacts"] and vault.artifacts.get(artifact["id"]).sha256 != artifact["sha256"]:
            raise _disagrees(number, QT_TRANSLATE_NOOP("handoff", "evidence file {ident} has another SHA-256 here"),
                             ident=artifact["id"])
    _captures_agree(vault, manifest, here["captures"], number)
    _people_agree(vault, manifest, here["people"], number)


def _disagrees(number: str, text: str, **args: str) -> CaseFileDisagrees:
    return CaseFileDisagrees(number=number, detail=translate("handoff", text).format(**args))


def _captures_agree(vault: Vault, manifest: dict[str, Any], here: dict[str, str], number: str) -> None:
    case_id = manifest["case"]["id"]
    stored = {row[0]: capture_fields(row) for row in vault.db.all(
        f"SELECT {CAPTURE_COLUMNS} FROM captures WHERE case_id = ?", (case_id,))}
    for capture in manifest["captures"]:
        if capture["id"] in here and row_hash(stored[capture["id"]]) != row_hash({**capture, "case_id": case_id}):
            raise _disagrees(number, QT_TRANSLATE_NOOP("handoff", "capture {ident} is recorded differently here"),
                             ident=capture["id"])


def _people_agree(vault: Vault, manifest: dict[str, Any], here: dict[str, str], number: str) -> None:
    stored = {person_id: (role, ordinal) for person_id, role, ordinal in vault.db.all(
        "SELECT id, role, ordinal FROM people WHERE case_id = ?", (manifest["case"]["id"],))}
    taken = {place: person_id for person_id, place in stored.items()}
    for person in manifest["people"]:
        place = (person["role"], person["ordinal"])
        holder = taken.get(place)
        if (person["id"] in here and stored[person["id"]] != place) or (holder and holder != person["id"]):
            raise _disagrees(number, QT_TRANSLATE_NOOP("handoff", "{pseudonym} is another person here"),
                             pseudonym=pseudonym(Role(person["role"]), person["ordinal"]))


def _same_identifiers(vault: Vault, case_id: str, identifiers: list[dict[str, Any]]) -> dict[int, int]:
    stored = [identifier_fields(row) for row in vault.db.all(
        f"SELECT {IDENT_COLUMNS} FROM identifiers WHERE case_id = ? ORDER BY id", (case_id,))]
    here: dict[tuple[Any, ...], list[int]] = {}
    for row in stored:
        here.setdefault(tuple(row[key] for key in _IDENTIFIER_SAME), []).append(int(row["id"]))
    same: dict[int, int] = {}
    for identifier in identifiers:  # a row here stands for one row of the file, not for every copy of it
        matches = here.get(tuple(identifier[key] for key in _IDENTIFIER_SAME))
        if matches:
            same[int(identifier["id"])] = matches.pop(0)
    return same


def _same_steps(vault: Vault, case_id: str, steps: list[dict[str, Any]]) -> set[int]:
    here: dict[str, int] = {}
    for row in vault.db.all(f"SELECT {STEP_COLUMNS} FROM step_events WHERE case_id = ?", (case_id,)):
        digest = _step_key(step_fields(row))
        here[digest] = here.get(digest, 0) + 1
    same: set[int] = set()
    for index, step in enumerate(steps):
        digest = _step_key({**step, "case_id": case_id})
        if here.get(digest):
            here[digest] -= 1
            same.add(index)
    return same


def _step_key(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str)

