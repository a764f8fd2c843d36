"""A signed manifest that is not well made is "damaged or altered" (exit 3), and nothing of it is written.

Audit 19 (finding 5): anyone with a signing key and the receiving workstation's public key can make a case
file. Each change below was signed again with the sender's own key, so only the manifest's shape can stop it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import ExitCode
from app.core.models import ArtifactKind, Role
from app.vault import Vault
from app.vault.captures import add_identifier, store_capture
from app.vault.handoff import (
    FORMAT,
    MANIFEST,
    SIGNATURE,
    CaseFileDamaged,
    CaseFileTooNew,
    _signer,
    export_case,
    workstation_keys,
)
from app.vault.manifest_check import manifest_problem
from app.vault.receive import import_case_file
from app.vault.steps import StepStore
from tests.unit.vault.test_captures_store import sample
from tests.unit.vault.test_handoff import _identity, _members, _rewrite

Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Change:
    """Set (or with ``...``, remove) the field at a dotted path with list indexes: ``artifacts.0.kind``."""
    *parents, last = path.split(".")

    def change(manifest: dict[str, Any]) -> None:
        node: Any = manifest
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        key: Any = int(last) if last.isdigit() else last
        if value is ...:
            del node[key]
        else:
            node[key] = value

    return change


def _victim(manifest: dict[str, Any]) -> dict[str, Any]:
    return next(person for person in manifest["people"] if person["role"] == "victim")


# (what is changed, where the refusal says it goes wrong); the first ones were seen imported with exit 0
CHANGES: list[tuple[str, Change, str]] = [
    ("a time that is no time", _set("artifacts.0.acquired_at", "yesterday"), "artifacts[0].acquired_at"),
    ("an unknown kind of evidence", _set("artifacts.0.kind", "exe"), "artifacts[0].kind"),
    ("an empty case id", _set("case.id", ""), "case.id"),
    ("a file of a capture not in the file", _set("artifacts.0.capture_id", "CNOSUCH0001"), "artifacts[0].capture_id"),
    ("an unknown status", _set("case.status", "bogus"), "case.status"),
    ("an unknown role", _set("people.0.role", "king"), "people[0].role"),
    ("an evidence file without a kind", _set("artifacts.0.kind", ...), "artifacts[0].kind"),
    ("people that are not a list", _set("people", "x"), "people"),
    ("no step records", _set("steps", ...), "steps"),
    ("a source without a unit", _set("source.unit", ...), "source.unit"),
    ("a size given as text", _set("artifacts.0.size", "12"), "artifacts[0].size"),
    ("a step of an unknown action", _set("steps.0.action", "bogus"), "steps[0].action"),
    ("an identifier replacing one not in the file", _set("identifiers.0.supersedes", 999), "identifiers[0].supersedes"),
    ("a victim's name in the manifest", lambda m: _victim(m).update(name="王小明（虛構）"), "people["),
    ("an evidence file listed twice", lambda m: m["artifacts"].append(copy.deepcopy(m["artifacts"][0])), "artifacts: "),
]


@pytest.fixture
def sent(vault: Vault, receiving: Vault, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A small case file for ``receiving``, and its members."""
    case = vault.create_case("格式檢查（虛構）", ["PTT"])
    vault.add_person(case.id, Role.VICTIM, "王小明（虛構）", {})
    stored, _ = store_capture(vault, case.id, sample("格式檢查 內文"))
    add_identifier(vault, case.id, stored.id, "line_id", "fake-line-id")
    vault.add_artifact(case.id, ArtifactKind.TEXT, "note.txt", "text/plain", b"grey box")
    StepStore(vault.db, vault.audit).record(vault.actor, case.id, "evidence.preserve", "done", vault.clock(),
                                            vault.clock(), "", {"evidence": [stored.id]}, "test-1")
    path = tmp_path / "case.npcase"
    export_case(vault, case.id, path, recipients=[workstation_keys(receiving).recipient])
    return path, _members(path, _identity(receiving))


def test_the_manifest_as_exported_is_well_made(sent: tuple[Path, dict[str, bytes]]) -> None:
    assert manifest_problem(json.loads(sent[1][MANIFEST])) is None


@pytest.mark.parametrize(("what", "change", "where"), CHANGES, ids=[what for what, _c, _w in CHANGES])
def test_a_malformed_signed_manifest_imports_nothing(vault: Vault, receiving: Vault, sent: tuple[Path, dict[str, bytes]],
                                                     what: str, change: Change, where: str) -> None:
    path, members = sent
    manifest = json.loads(members[MANIFEST])
    change(manifest)
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    _rewrite(path, {**members, MANIFEST: raw, SIGNATURE: _signer(vault).sign(raw)}, workstation_keys(receiving).recipient)
    head = receiving.audit_head()
    with pytest.raises(CaseFileDamaged) as refused:
        import_case_file(receiving, path)
    assert refused.value.exit_code == ExitCode.INTEGRITY
    assert f"its signed manifest is malformed at {where}" in refused.value.render()
    assert receiving.audit_head() == head and int(receiving.db.scalar("SELECT count(*) FROM cases")) == 0


def _resent(vault: Vault, receiving: Vault, sent: tuple[Path, dict[str, bytes]], change: Change) -> Path:
    path, members = sent
    manifest = json.loads(members[MANIFEST])
    change(manifest)
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    _rewrite(path, {**members, MANIFEST: raw, SIGNATURE: _signer(vault).sign(raw)}, workstation_keys(receiving).recipient)
    return path


def test_a_case_file_of_a_later_format_asks_for_an_update_and_is_not_called_damaged(
        vault: Vault, receiving: Vault, sent: tuple[Path, dict[str, bytes]]) -> None:
    """A unit still on this version, sent a case file by a unit on a newer NetPatrol whose case files
    changed format, was told the file was damaged or altered (exit 3): an integrity failure of evidence
    that was whole. It hears that the sender's NetPatrol is newer, as for a vault from a newer version."""
    path = _resent(vault, receiving, sent, _set("format", "netpatrol-case/2"))
    head = receiving.audit_head()
    with pytest.raises(CaseFileTooNew) as refused:
        import_case_file(receiving, path)
    assert refused.value.exit_code == ExitCode.ERROR
    assert "newer NetPatrol" in refused.value.render() and "netpatrol-case/2" in refused.value.render()
    assert "Nothing was imported." in refused.value.render()
    assert receiving.audit_head() == head and int(receiving.db.scalar("SELECT count(*) FROM cases")) == 0


@pytest.mark.parametrize("found", ["netpatrol-case/0", "netpatrol-case/01", "something-else/9", 2, None])
def test_a_manifest_of_another_kind_is_still_damage(vault: Vault, receiving: Vault, sent: tuple[Path, dict[str, bytes]],
                                                    found: object) -> None:
    path = _resent(vault, receiving, sent, _set("format", found))
    with pytest.raises(CaseFileDamaged) as refused:
        import_case_file(receiving, path)
    assert refused.value.exit_code == ExitCode.INTEGRITY and FORMAT == "netpatrol-case/1"
