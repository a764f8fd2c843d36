"""A case that comes back: unit A sends it to unit B, B adds to it and sends it back, A takes in what B added.

Everything is synthetic: invented names, grey-box bytes.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.core.audit_actions import details_text
from app.core.models import ArtifactKind, Role
from app.vault import Vault
from app.vault.captures import add_identifier, current_identifiers, store_capture
from app.vault.handoff import CaseAlreadyHere, export_case, workstation_keys
from app.vault.receive import import_case_file
from app.vault.returning import CaseFileDisagrees
from app.vault.steps import StepStore
from tests.conftest import PASSPHRASE
from tests.unit.vault.tamper import drop_guards, restore_guards
from tests.unit.vault.test_captures_store import sample
from tests.unit.vault.test_handoff import busy_case, rows


def _send(sender: Vault, receiver: Vault, case_id: str, path: Path) -> Path:
    export_case(sender, case_id, path, recipients=[workstation_keys(receiver).recipient])
    return path


def _chunks(vault: Vault) -> int:
    return int(vault.db.scalar("SELECT count(*) FROM artifact_chunks"))


def test_a_case_that_comes_back_takes_in_what_the_other_unit_added(vault: Vault, receiving: Vault,
                                                                   tmp_path: Path) -> None:
    case_id = busy_case(vault)
    number, title = vault.case(case_id).number, vault.case(case_id).title
    import_case_file(receiving, _send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    receiving.set_officer("李乙（虛構）", "乙婦幼隊（虛構）")  # B's own officer (a record in ours would be refused)
    # unit B adds a capture with an identifier, a suspect, an evidence file and a step record
    more, _ = store_capture(receiving, case_id, sample("分局補充蒐證 內文 second.poster@example.com"))
    add_identifier(receiving, case_id, more.id, "line_id", "fake-line-id-2")
    receiving.add_person(case_id, Role.SUSPECT, "張三（虛構）", {"account": "fake_suspect_02"})
    receiving.add_artifact(case_id, ArtifactKind.DOWNLOAD, "IMG 2.bin", "application/octet-stream", b"grey box IMG 2")
    StepStore(receiving.db, receiving.audit).record(receiving.actor, case_id, "suspect-known", "done",
                                                    receiving.clock() - timedelta(hours=1), receiving.clock(),
                                                    "分局查得", {}, "test-1")
    before = {a.id: a.sha256 for a in vault.artifacts.in_case(case_id)}
    identifiers_before = [(i.capture_id, i.kind, i.value) for i in current_identifiers(vault, case_id)]
    chunks_before = _chunks(vault)

    result = import_case_file(vault, _send(receiving, vault, case_id, tmp_path / "ba.npcase"),
                              accept_signer=workstation_keys(receiving).fingerprint)

    assert result.case.number == number and result.case.title == title  # still our case, as it was
    # the capture's 4 files, IMG 2, B's manifest and receipt; the capture's 3 identifiers found and B's LINE ID
    assert result.added == {"people": 1, "captures": 1, "artifacts": 7, "identifiers": 4, "steps": 1, "identities": 0}
    after = {a.id: a.sha256 for a in vault.artifacts.in_case(case_id)}
    assert {k: after[k] for k in before} == before and more.id in {a.capture_id for a in vault.artifacts.in_case(case_id)}
    assert "IMG 2.bin" in {a.name for a in vault.artifacts.in_case(case_id)}
    added_files = [a for a in vault.artifacts.in_case(case_id) if a.id not in before]
    assert sorted(a.name for a in added_files).count("handoff-manifest.json") == 2  # B's receipt of A's, and ours
    assert _chunks(vault) > chunks_before and all(vault.artifacts.verify(a) for a in added_files)
    current = [(i.capture_id, i.kind, i.value) for i in current_identifiers(vault, case_id)]
    assert current[: len(identifiers_before)] == identifiers_before  # ours once each, not twice
    assert (more.id, "line_id", "fake-line-id-2") in current and len(current) == len(set(current)) == 8
    steps = [e.step_id for e in StepStore(vault.db, vault.audit).events(case_id)]
    assert steps == ["evidence.preserve", "suspect-known"]
    assert [p.pseudonym for p in vault.people.in_case(case_id)] == ["被害人1", "犯嫌1", "犯嫌2"]
    victim = next(p for p in vault.people.in_case(case_id) if p.role is Role.VICTIM)
    assert vault.reveal(victim.id, "核對身分", PASSPHRASE).name == "王小明（虛構）"  # our sealed identity stays
    entry = [e for e in vault.audit.entries(case_id) if e.action == "case.import_update"][-1]
    assert {kind: entry.details[f"added_{kind}"] for kind in result.added} == result.added
    assert entry.details["claimed_unit"] == receiving.meta("unit") and entry.details["signer_accepted"] is True
    assert "Captures added: 1" in details_text(entry.details, entry.action)
    assert {hit.case_id for hit in vault.search("分局補充蒐證")} == {case_id}
    assert len(vault.search("移交測試")) == 1  # the text indexed here is not indexed again
    report = vault.verify()
    assert report.ok, [p.render() for p in report.problems]

    untouched = rows(vault)
    with pytest.raises(CaseAlreadyHere, match=number):  # the same file again adds nothing
        import_case_file(vault, tmp_path / "ba.npcase")
    assert rows(vault) == untouched


def test_a_case_sent_back_unchanged_brings_back_the_other_units_receipt_only(vault: Vault, receiving: Vault,
                                                                            tmp_path: Path) -> None:
    """B declines the case and sends it back as it came: what B kept of its receipt (the signed manifest
    it received, its receipt) is all that is new, and it is the record that the case was there."""
    case_id = busy_case(vault)
    import_case_file(receiving, _send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    result = import_case_file(vault, _send(receiving, vault, case_id, tmp_path / "ba.npcase"),
                              accept_signer=workstation_keys(receiving).fingerprint)
    assert result.added == {"people": 0, "captures": 0, "artifacts": 2, "identifiers": 0, "steps": 0,
                            "identities": 0}
    before = rows(vault)
    with pytest.raises(CaseAlreadyHere):
        import_case_file(vault, tmp_path / "ba.npcase")
    assert rows(vault) == before and vault.verify().ok


def test_a_file_that_disagrees_with_the_case_here_imports_nothing(vault: Vault, receiving: Vault,
                                                                  tmp_path: Path) -> None:
    """Both units recorded a second victim meanwhile: both are 被害人2, and they are not the same person."""
    case_id = busy_case(vault)
    import_case_file(receiving, _send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    vault.add_person(case_id, Role.VICTIM, "甲（虛構）")
    receiving.add_person(case_id, Role.VICTIM, "乙（虛構）")
    before = rows(vault)
    with pytest.raises(CaseFileDisagrees, match="被害人2") as refused:
        import_case_file(vault, _send(receiving, vault, case_id, tmp_path / "ba.npcase"))
    assert refused.value.render().endswith("Nothing was imported.")
    assert rows(vault) == before


def _tamper(vault: Vault, sql: str, params: tuple[str, ...]) -> None:
    """What someone holding this vault's key could have changed here meanwhile (see tests.unit.vault.tamper)."""
    drop_guards(vault.db)
    vault.db.execute(sql, params)
    restore_guards(vault.db)


@pytest.mark.parametrize("change", ["file", "capture", "elsewhere"])
def test_a_file_that_disagrees_with_what_is_here_of_the_case_imports_nothing(vault: Vault, receiving: Vault,
                                                                            tmp_path: Path, change: str) -> None:
    """The case here no longer matches what was sent: an evidence file with another SHA-256, a capture
    recorded differently, a capture that is now in another case here. The officer is told which, and
    nothing of the file is imported."""
    case_id = busy_case(vault)
    import_case_file(receiving, _send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    receiving.add_artifact(case_id, ArtifactKind.DOWNLOAD, "IMG 3.bin", "application/octet-stream", b"grey box IMG 3")
    returned = _send(receiving, vault, case_id, tmp_path / "ba.npcase")
    artifact = next(a for a in vault.artifacts.in_case(case_id) if a.name == "big.bin")
    capture_id = str(vault.db.scalar("SELECT id FROM captures WHERE case_id = ?", (case_id,)))
    if change == "file":
        _tamper(vault, "UPDATE artifacts SET sha256 = ? WHERE id = ?", ("0" * 64, artifact.id))
        expected = f"evidence file {artifact.id} has another SHA-256 here"
    elif change == "capture":
        _tamper(vault, "UPDATE captures SET url = ? WHERE id = ?", ("https://other.example.test/", capture_id))
        expected = f"capture {capture_id} is recorded differently here"
    else:
        other = vault.create_case("另一案件（虛構）")
        _tamper(vault, "UPDATE captures SET case_id = ? WHERE id = ?", (other.id, capture_id))
        expected = f"{capture_id} is in another case here"
    before = rows(vault)
    with pytest.raises(CaseFileDisagrees) as refused:
        import_case_file(vault, returned)
    number = vault.case(case_id).number
    assert refused.value.render() == (f"This case file does not agree with case {number} as this vault holds it "
                                      f"({expected}). Nothing was imported.")
    assert rows(vault) == before
