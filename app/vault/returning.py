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

Two things a returned file can never add, whoever signed it, because they would pass as this unit's
own work: an evidence file in a capture already here (a capture is stored whole, in one transaction,
and is closed from then on: a file added to it later would read as captured by this unit at that
time), and a step record in the name of an officer of this unit (every record this unit's officers
made is here already; one that is not was made elsewhere under their name). Either means the file was
altered, and nothing of it is imported.

Who signed it matters here more than for a new case, because a returned file adds to a case this unit
is already working on. What this vault can honestly compare the signature with is only what it has
seen sign case files for this case: the fingerprints in its ``case.import`` and ``case.import_update``
entries, and its own key. An export records the receiving workstation's age key (``to``), which is
the key the case was encrypted *to*; the signing key of the unit that sends it back is another,
unrelated key, and nothing in a case file binds the two. So the first time a case comes back from a
unit, or whenever it comes back signed by a key never seen for it, the officer must accept that
fingerprint explicitly, having compared it with the sending unit (``--accept-signer`` on the command
line, a confirmation that shows it in the window); the acceptance is audited, and the key is then
known for this case.

A sealed identity sent along (``--include-sealed``) for a person held here without one (the person
came earlier in a file that left the identity behind) is sealed here and counted as an addition; one
for a person whose identity is here already is left out, and the import says so: the identity here is
the one this unit entered or received first, and an import rewrites nothing.

Another unit's file may undo a step. Applied, the undo would withdraw this unit's own tick (the state
of a step is its latest record) and with it a statutory clock, while the import said nothing had
changed. An evidence tool should not let one unit retract another's statement of what it did: a tick
made here says that this unit's officer did it, at that time, and only an officer here can withdraw
it. So an undo in a returned file of a step whose state here is this unit's own tick is not applied
(it stays in the sending unit's signed manifest, which is kept with the case), the import says which
steps and that an officer here may undo them, and the audit entry lists them. Undos of ticks that
came from other units are applied as any other record.

For the same reason a returned file's new tick of such a step is not applied either: the state of a step is its
latest record, so the other unit's tick (after its own undo of the tick it received, say) would replace this
unit's, and its time would move the statutory clocks this unit's tick had started or stopped. Seen: A reported
to the social authority in time; B undid and ticked that step again a day later, and on the case's return A's
checklist said A had reported late. The record stays in B's signed manifest, the import names the steps, and
the audit entry lists them.

A case file from another unit may carry step records whose step this workstation's procedure does not have
(the other unit works under another revision of the procedure file, or the record was made up). They are
kept, as the other unit recorded them and signed them: dropping them would rewrite the sending unit's
statement, and they are evidence of what it says it did. But they tick nothing here and start no clock (the
checklist judges only the steps of the procedure in force, which has no such step), and the officer and
the audit log are told how many records and which step ids (:func:`steps_not_in_procedure`); this holds
for a new case as for one that came back.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.errors import KnownError
from app.core.i18n import QT_TRANSLATE_NOOP, counted, enumerated, translate
from app.core.models import Role, evidence_files_phrase
from app.core.pseudonyms import pseudonym
from app.vault.audit import row_hash
from app.vault.captures import CAPTURE_COLUMNS, IDENT_COLUMNS, capture_fields, identifier_fields
from app.vault.handoff import CaseAlreadyHere, CaseFileDamaged, UnreadableCaseFile, workstation_keys
from app.vault.steps import STEP_COLUMNS, step_fields

if TYPE_CHECKING:
    from app.vault.vault import Vault

ID_BATCH = 500  # SQLite's bound parameters per query, with room to spare
# An identifier is the same one when all of this is: its id, and what it supersedes, are each vault's own.
_IDENTIFIER_SAME = ("capture_id", "kind", "value", "source", "origin", "retracted", "at")


class CaseFileDisagrees(UnreadableCaseFile):
    text = QT_TRANSLATE_NOOP("errors", "This case file does not agree with case {number} as this vault holds it "
                                       "({detail}).")


class SignerNotSeen(KnownError):
    text = QT_TRANSLATE_NOOP("errors", "Case {number} came back signed by a key never seen for this case, fingerprint "
                                       "{fingerprint}: if the sending unit confirms by phone or on paper that this is "
                                       "their key, import it again with --accept-signer \"{fingerprint}\"; nothing was "
                                       "imported.")


@dataclass
class Additions:
    """What a case file adds to a case already here: ids of rows already here, and counts of what is new."""

    people: set[str] = field(default_factory=set)
    captures: set[str] = field(default_factory=set)
    artifacts: set[str] = field(default_factory=set)
    identifiers: dict[int, int] = field(default_factory=dict)  # the sender's id → the id of the same row here
    steps: set[int] = field(default_factory=set)  # indexes of the manifest's step records already here
    withheld: dict[int, str] = field(default_factory=dict)  # index -> step: undos of this unit's own ticks, not applied
    reticked: dict[int, str] = field(default_factory=dict)  # index -> step: new ticks of this unit's own ticked steps
    identities: set[str] = field(default_factory=set)  # people here without an identity whose identity the file carries
    identities_kept: int = 0  # identities the file carries for people whose identity is here already
    namesakes: tuple[str, ...] = ()  # names of this unit's officers on step records made at the other unit
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


def identities_text(sealed: int, kept: int) -> str:
    """What became of the sealed identities a case file carried, once imported (the window and the command)."""
    return translate("handoff", "Sealed identities sealed in this vault: {sealed}; they are read only through a reveal. "
                                "Left as they were, because this vault already holds them: {kept}.").format(
        sealed=sealed, kept=kept)


def withheld_text(steps: Iterable[str]) -> str:
    """The steps of this unit whose undo in a returned file was not applied (see the module), or ""."""
    return _steps_sentence(steps, translate(
        "handoff", "The other unit's file undoes {count} of this unit's own steps ({steps}); they were not undone here "
                   "and stay as this unit recorded them: an officer here may undo them if that is right."))


def reticked_text(steps: Iterable[str]) -> str:
    """The steps of this unit whose new tick in a returned file was not applied (see the module), or ""."""
    return _steps_sentence(steps, translate(
        "handoff", "The other unit's file ticks again {count} of this unit's own steps ({steps}); those records were "
                   "not applied: the steps, and the deadlines they start or stop, stay as this unit recorded them."))


def _steps_sentence(steps: Iterable[str], sentence: str) -> str:
    """``sentence`` naming the distinct ``steps`` and how many, or "" when there are none."""
    names = sorted(set(steps))
    return sentence.format(count=len(names), steps=", ".join(names)) if names else ""


def namesakes_text(names: Iterable[str]) -> str:
    """New step records bearing the name of an officer of this unit (see ``_steps_in_our_names``), or ""."""
    if not names:
        return ""
    return translate("handoff", "Step records made at the other unit bear the name of {names}, which is also the name "
                                "of an officer of this unit: they are the other unit's records; if that officer did "
                                "not work there, ask the sending unit.").format(names=enumerated(names))


def steps_not_in_procedure(steps: list[dict[str, Any]], known: Collection[str] | None,
                           skipped: Collection[int] = ()) -> tuple[tuple[str, ...], int]:
    """Of the step records a case file brings in (all but the indexes ``skipped``: already here, or withheld),
    those whose step ``known`` (the step ids of the procedure in force here) does not have: their step ids,
    sorted, and how many records. Nothing when ``known`` is None (no procedure could be read here)."""
    if known is None:
        return (), 0
    unknown = [step["step_id"] for index, step in enumerate(steps)
               if index not in skipped and step["step_id"] not in known]
    return tuple(sorted(set(unknown))), len(unknown)


def unknown_steps_text(step_ids: Iterable[str], records: int) -> str:
    """Step records received for steps this workstation's procedure does not have (see the module), or ""."""
    names = ", ".join(step_ids)
    if not records:
        return ""
    return counted(
        records,
        translate("handoff", "1 step record of the case file is for a step this workstation's procedure does not "
                             "have ({steps}): it is kept as the other unit recorded it, but ticks nothing here and "
                             "starts no deadline. The other unit may work under another revision of the procedure; "
                             "if in doubt, ask them."),
        translate("handoff", "{count} step records of the case file are for steps this workstation's procedure does "
                             "not have ({steps}): they are kept as the other unit recorded them, but tick nothing here "
                             "and start no deadline. The other unit may work under another revision of the procedure; "
                             "if in doubt, ask them."), steps=names)


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
    additions.namesakes = _steps_in_our_names(vault, manifest["steps"], additions.steps)
    additions.withheld, additions.reticked = _records_over_our_ticks(vault, case_id, manifest["steps"], additions.steps)
    additions.identities, additions.identities_kept = _identities_for_people_here(vault, manifest, additions.people)
    additions.search = {(s, r, b) for s, r, b in vault.db.all(
        "SELECT source, ref_id, body FROM search_docs WHERE case_id = ?", (case_id,))}
    additions.new = {
        "people": len(manifest["people"]) - len(additions.people),
        "captures": len(manifest["captures"]) - len(additions.captures),
        "artifacts": len(manifest["artifacts"]) - len(additions.artifacts),
        "identifiers": len(manifest["identifiers"]) - len(additions.identifiers),
        "steps": len(manifest["steps"]) - len(additions.steps) - len(additions.withheld) - len(additions.reticked),
        "identities": len(additions.identities),
    }
    if not additions.anything:
        raise CaseAlreadyHere(number=number)
    return additions


def same_fingerprint(one: str, other: str) -> bool:
    """Fingerprints as officers type them: with or without the spaces between groups, in either case."""
    return "".join(one.split()).upper() == "".join(other.split()).upper()


def signer_seen(vault: Vault, case_id: str, fingerprint: str) -> bool:
    """Whether ``fingerprint`` signed a case file this vault took in for the case, or is this vault's own
    (see the module's docstring for why nothing else can be compared)."""
    seen = [json.loads(details).get("fingerprint", "") for (details,) in vault.db.all(
        "SELECT details FROM audit WHERE case_id = ? AND action IN ('case.import', 'case.import_update')", (case_id,))]
    if vault.meta("handoff_signing"):
        seen.append(workstation_keys(vault).fingerprint)
    return any(same_fingerprint(fingerprint, known) for known in seen)


def check_signer(vault: Vault, manifest: dict[str, Any], number: str, accepted: str | None) -> bool:
    """For a case that came back: True when its signer is new for the case and the officer accepted
    exactly that fingerprint, False when it was seen before; refuses a new one not accepted."""
    fingerprint = str(manifest["source"]["fingerprint"])
    if signer_seen(vault, manifest["case"]["id"], fingerprint):
        return False
    if accepted is None or not same_fingerprint(accepted, fingerprint):
        raise SignerNotSeen(number=number, fingerprint=fingerprint)
    return True


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
    _no_files_in_captures_here(vault, manifest, here["artifacts"])
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


def _altered(text: str, **args: str) -> CaseFileDamaged:
    """``text``: a QT_TRANSLATE_NOOP("handoff", …) naming what the file claims that cannot be so."""
    return CaseFileDamaged(detail=translate("handoff", text).format(**args))


def _no_files_in_captures_here(vault: Vault, manifest: dict[str, Any], artifacts_here: dict[str, str]) -> None:
    """A capture is closed once stored: a new evidence file naming one already here would be shown among
    the files this unit captured, at the time it captured them."""
    captures_here = {row[0] for row in vault.db.all("SELECT id FROM captures WHERE case_id = ?",
                                                    (manifest["case"]["id"],))}
    for artifact in manifest["artifacts"]:
        if artifact["id"] not in artifacts_here and artifact["capture_id"] in captures_here:
            raise _altered(QT_TRANSLATE_NOOP("handoff", "it adds evidence file {ident} to capture {capture}, which "
                                                        "was stored here and is closed"),
                           ident=artifact["id"], capture=artifact["capture_id"])


def _steps_in_our_names(vault: Vault, steps: list[dict[str, Any]], here: set[int]) -> tuple[str, ...]:
    """The names of this unit's officers (those its audit chain names) that new step records carry. A record
    of theirs is here already, so a new one was made at the other unit: by a namesake there (two officers
    of one name in two units are common enough), or in their name. It is not refused, which would leave
    the officer no way to receive the case; the import says so, and records it."""
    ours = {row[0] for row in vault.db.all("SELECT DISTINCT officer FROM audit")}
    return tuple(sorted({step["officer"] for index, step in enumerate(steps)
                         if index not in here and step["officer"] in ours}))


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


def _identities_for_people_here(vault: Vault, manifest: dict[str, Any], here: set[str]) -> tuple[set[str], int]:
    """Of the identities the file carries for people already here: those whose identity is not here (to be
    sealed here), and how many are for people whose identity is here already (left out)."""
    carried = [person["id"] for person in manifest["people"] if "identity" in person and person["id"] in here]
    missing = {person_id for person_id in carried if not vault.people.get(person_id).identity_here}
    return missing, len(carried) - len(missing)


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


def _records_over_our_ticks(vault: Vault, case_id: str, steps: list[dict[str, Any]],
                            here: set[int]) -> tuple[dict[int, str], dict[int, str]]:
    """The file's new records of steps whose state here is decided by a tick made here (not received): its undos,
    and its ticks. Every one is withheld (see the module), so that the file can neither withdraw this unit's tick
    nor replace it, in one record or in several."""
    latest: dict[str, tuple[str, str]] = {}
    for step_id, action, entry in vault.db.all(
            "SELECT e.step_id, e.action, a.action FROM step_events e JOIN audit a ON a.seq = e.audit_seq "
            "WHERE e.case_id = ? ORDER BY e.id", (case_id,)):
        latest[step_id] = (action, entry)
    ours = {step_id for step_id, (action, entry) in latest.items() if action != "undo" and entry != "step.import"}
    over = {index: step for index, step in enumerate(steps) if index not in here and step["step_id"] in ours}
    return ({index: step["step_id"] for index, step in over.items() if step["action"] == "undo"},
            {index: step["step_id"] for index, step in over.items() if step["action"] != "undo"})


def _step_key(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str)

