"""The signed manifest's shape, checked after its signature and before anything of it is written.

A signature proves who made a manifest, not that it is well made: anyone with a signing key and the
receiving workstation's public key can make a case file. Seen (audit 19): an evidence file of kind "exe", an
acquisition time "yesterday", an empty case id or a file of a capture that does not exist were imported as
they came, into append-only tables, and the case could no longer be shown, printed or sent on ("Internal
error"); a status or role out of the list, a missing key or a size given as text ended in "Internal error".
So every field the import writes or reads is checked here, and its references inside the file; the first
thing wrong is named (``artifacts[0].kind``) in "damaged or altered" (exit 3), and nothing is written.

Keys the schema does not name are let through: a later version may add some. Step ids are not checked
against this workstation's procedure, which may be older than the sender's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from app.checklist.events import StepAction
from app.core.capture import CaptureKind
from app.core.identifiers import IdentifierKind, Origin
from app.core.models import ArtifactKind, CaseStatus, Role
from app.core.timeutil import parse_iso

Check = Callable[[Any], bool]
OPTIONAL = "?"  # a key ending in it may be absent


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _ident(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= 200


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _object(value: Any) -> bool:
    return isinstance(value, dict)


def _texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _text_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(item, str) for item in value.values())


def _sha256(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch("[0-9a-f]{64}", value) is not None


def _when(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parse_iso(value)
    except ValueError:
        return False
    return True


def _one_of(enum: type[StrEnum]) -> Check:
    values = {str(member) for member in enum}
    return lambda value: isinstance(value, str) and value in values


def _optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


SOURCE = {"vault_id": _optional(_text), "unit": _text, "officer": _text, "workstation": _text, "audit_head": _text,
          "signing_key": _ident, "fingerprint": _ident}
CASE = {"id": _ident, "number": _ident, "title": _text, "platforms": _texts, "status": _one_of(CaseStatus),
        "officer": _text, "unit": _text, "notes": _text, "created_at": _when}
PERSON = {"id": _ident, "role": _one_of(Role), "ordinal": _count, "name": _text, "details": _text_map, "sealed": _flag,
          "created_at": _when, "identity" + OPTIONAL: {"size": _count, "sha256": _sha256}}
CAPTURE = {"id": _ident, "case_id": _ident, "kind": _one_of(CaptureKind), "url": _text, "final_url": _text,
           "title": _text, "started_at": _when, "ended_at": _when, "persona": _text, "complete": _flag,
           "completeness": _object, "metadata": _object}
ARTIFACT = {"id": _ident, "capture_id": _optional(_ident), "kind": _one_of(ArtifactKind), "name": _text, "mime": _text,
            "size": _count, "sha256": _sha256, "acquired_at": _when}
IDENTIFIER = {"id": _count, "case_id": _ident, "capture_id": _optional(_ident), "kind": _one_of(IdentifierKind),
              "value": _text, "source": _text, "origin": _one_of(Origin), "supersedes": _optional(_count),
              "retracted": _flag, "at": _when}
STEP = {"case_id": _ident, "step_id": _ident, "action": _one_of(StepAction), "happened_at": _when,
        "recorded_at": _when, "officer": _text, "note": _text, "data": _object, "procedure_version": _text}
SEARCH = {"source": _text, "ref_id": _text, "body": _text}
MANIFEST = {"exported_at": _when, "app_version": _text, "source": SOURCE, "case": CASE, "people": [PERSON],
            "captures": [CAPTURE], "artifacts": [ARTIFACT], "identifiers": [IDENTIFIER], "steps": [STEP],
            "search": [SEARCH], "audit": [_object]}


def manifest_problem(manifest: Any) -> str | None:
    """Where the manifest first goes wrong (``people[1].role``), or None when the import can take it as it is."""
    return _shape(manifest, MANIFEST, "") or _references(manifest)


def _shape(value: Any, schema: Any, where: str) -> str | None:
    """The first place where ``value`` does not have ``schema``'s shape: a dict of keys, a list of one shape,
    or a check."""
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            return where or "manifest"
        for key, inner in schema.items():
            name = key.removesuffix(OPTIONAL)
            path = f"{where}.{name}" if where else name
            if name not in value:
                if key.endswith(OPTIONAL):
                    continue
                return path
            if found := _shape(value[name], inner, path):
                return found
        return None
    if isinstance(schema, list):
        if not isinstance(value, list):
            return where
        return next((found for index, item in enumerate(value) if (found := _shape(item, schema[0], f"{where}[{index}]"))),
                    None)
    return None if schema(value) else where


def _references(manifest: dict[str, Any]) -> str | None:
    """What the rows say of each other: ids unique, captures and identifiers they name in the file, every row
    of this case, and a sealed role's name and details never in the manifest (its identity travels apart)."""
    case_id = manifest["case"]["id"]
    for table in ("people", "captures", "artifacts", "identifiers"):
        if (twice := _repeated(row["id"] for row in manifest[table])) is not None:
            return f"{table}: {twice}"
    captures = {capture["id"] for capture in manifest["captures"]}
    identifiers = {identifier["id"] for identifier in manifest["identifiers"]}
    checks = [(f"artifacts[{i}].capture_id", row["capture_id"] in captures | {None})
              for i, row in enumerate(manifest["artifacts"])]
    checks += [(f"identifiers[{i}].capture_id", row["capture_id"] in captures | {None})
               for i, row in enumerate(manifest["identifiers"])]
    checks += [(f"identifiers[{i}].supersedes", row["supersedes"] in identifiers | {None})
               for i, row in enumerate(manifest["identifiers"])]
    checks += [(f"{table}[{i}].case_id", row["case_id"] == case_id)
               for table in ("captures", "identifiers", "steps") for i, row in enumerate(manifest[table])]
    checks += [(f"people[{i}]", _person_consistent(row)) for i, row in enumerate(manifest["people"])]
    return next((where for where, good in checks if not good), None)


def _person_consistent(person: dict[str, Any]) -> bool:
    sealed = Role(person["role"]).sealed
    if person["sealed"] != sealed or person["ordinal"] < 1:
        return False
    return not person["name"] and not person["details"] if sealed else "identity" not in person


def _repeated(ids: Iterable[Any]) -> Any:
    seen: set[Any] = set()
    for ident in ids:
        if ident in seen:
            return ident
        seen.add(ident)
    return None
