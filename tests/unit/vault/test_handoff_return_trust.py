"""How far a case that comes back is trusted (audit 19, findings 3, 4 and 10).

Unit A sends a case to unit B, B sends it back. The returned file may add what B did; it may not reach
into what A did: A's closed captures, A's officers' names, A's own ticks. Files are altered the way an
attacker would: the manifest is edited and signed again with a key (B's own, or a third unit's), then
encrypted to A's public workstation key, which is all it takes.

Everything is synthetic: invented names, grey-box bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import ExitCode
from app.core.models import ArtifactKind
from app.vault import Vault
from app.vault.handoff import (
    MANIFEST,
    SIGNATURE,
    CaseFileDamaged,
    _signer,
    export_case,
    fingerprint,
    workstation_keys,
)
from app.vault.receive import import_case_file
from app.vault.returning import SignerNotSeen
from tests.conftest import PASSPHRASE
from tests.unit.vault.test_handoff import _identity, _members, _rewrite, busy_case, rows

OTHER_OFFICER = "李乙（虛構）"
OTHER_UNIT = "乙婦幼隊（虛構）"


def send(sender: Vault, receiver: Vault, case_id: str, path: Path) -> Path:
    export_case(sender, case_id, path, recipients=[workstation_keys(receiver).recipient])
    return path


def round_trip(vault: Vault, receiving: Vault, tmp_path: Path) -> tuple[str, Path]:
    """A's busy case, received by B (whose officer is its own), and B's case file back to A, unaltered."""
    case_id = busy_case(vault)
    import_case_file(receiving, send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    receiving.set_officer(OTHER_OFFICER, OTHER_UNIT)
    receiving.add_artifact(case_id, ArtifactKind.DOWNLOAD, "IMG 2.bin", "application/octet-stream", b"grey box IMG 2")
    return case_id, send(receiving, vault, case_id, tmp_path / "ba.npcase")


def altered(path: Path, receiver: Vault, signer: Vault, change: Any, files: dict[str, bytes] | None = None) -> Path:
    """``path`` with its manifest changed by ``change(manifest)``, signed again by ``signer``'s key and
    encrypted to ``receiver``: what anyone holding a signing key can make. ``files``: members to add."""
    members = _members(path, _identity(receiver))
    manifest = json.loads(members[MANIFEST])
    change(manifest)
    workstation_keys(signer)  # made on first use
    key = _signer(signer)
    public = key.public_key().public_bytes_raw()
    manifest["source"]["signing_key"] = base64.b64encode(public).decode("ascii")
    manifest["source"]["fingerprint"] = fingerprint(public)
    raw = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    members = {MANIFEST: raw, SIGNATURE: key.sign(raw), **{n: d for n, d in members.items()
                                                           if n not in (MANIFEST, SIGNATURE)}, **(files or {})}
    out = path.with_name("altered-" + path.name)
    _rewrite(out, members, workstation_keys(receiver).recipient)
    return out


def forged_file(capture_id: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    data = b"grey box IMG 9 (forged)"
    row = {"id": "AFORGED0001", "capture_id": capture_id, "kind": "png", "name": "IMG 9.png",
           "mime": "image/png", "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
           "acquired_at": "2025-07-08T06:00:00Z"}
    return row, {"files/AFORGED0001": data}


def test_a_returned_file_cannot_add_evidence_to_a_capture_made_here(vault: Vault, receiving: Vault,
                                                                    tmp_path: Path) -> None:
    """Even signed by the unit the case went to: the capture was stored here whole and is closed."""
    case_id, back = round_trip(vault, receiving, tmp_path)
    capture_id = str(vault.db.scalar("SELECT id FROM captures WHERE case_id = ?", (case_id,)))
    row, member = forged_file(capture_id)
    forged = altered(back, vault, receiving, lambda manifest: manifest["artifacts"].append(row), member)
    before = rows(vault)
    with pytest.raises(CaseFileDamaged) as refused:
        import_case_file(vault, forged)
    assert refused.value.exit_code is ExitCode.INTEGRITY
    assert refused.value.render() == (
        f"The case file is damaged or was altered (it adds evidence file AFORGED0001 to capture {capture_id}, which "
        "was stored here and is closed): ask the sending unit for it again. Nothing was imported.")
    assert rows(vault) == before


def test_a_returned_step_record_in_the_name_of_an_officer_here_is_said(vault: Vault, receiving: Vault,
                                                                      tmp_path: Path) -> None:
    """A tick under this unit's officer's name, made elsewhere, would show in the checklist as theirs. It is not
    refused: two officers of one name in two units are common, and a refusal would leave no way to receive the
    case from a signer already confirmed. The import says so, and its audit entry names them."""
    from app.vault.returning import namesakes_text

    case_id, back = round_trip(vault, receiving, tmp_path)
    ours = vault.actor.officer
    tick = {"case_id": case_id, "step_id": "report-social-authority", "action": "done",
            "happened_at": "2025-07-08T01:00:00Z", "recorded_at": "2025-07-08T01:00:00Z", "officer": ours,
            "note": "made at the other unit", "data": {}, "procedure_version": "test-1"}
    back = altered(back, vault, receiving, lambda manifest: manifest["steps"].append(tick))
    result = import_case_file(vault, back, accept_signer=workstation_keys(receiving).fingerprint)  # B's, confirmed
    assert result.namesakes == (ours,) and result.as_dict()["steps_in_names_here"] == [ours]
    assert f"bear the name of {ours}, which is also the name of an officer of this unit" in namesakes_text(
        result.namesakes)
    entry = [e for e in vault.audit.entries(case_id) if e.action == "case.import_update"][-1]
    assert entry.details["steps_in_names_here"] == [ours]


def test_the_other_units_own_ticks_still_come_back(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """B's officer's ticks are B's: they are added, and A's own records that travelled there and back are
    recognised as A's (not refused as made elsewhere)."""
    from datetime import timedelta

    from app.vault.steps import StepStore

    case_id = busy_case(vault)
    import_case_file(receiving, send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    receiving.set_officer(OTHER_OFFICER, OTHER_UNIT)
    StepStore(receiving.db, receiving.audit).record(receiving.actor, case_id, "suspect-known", "done",
                                                    receiving.clock() - timedelta(hours=1), receiving.clock(),
                                                    "分局查得", {}, "test-1")
    result = import_case_file(vault, send(receiving, vault, case_id, tmp_path / "ba.npcase"),
                              accept_signer=workstation_keys(receiving).fingerprint)
    assert result.added is not None and result.added["steps"] == 1
    officers = [e.officer for e in StepStore(vault.db, vault.audit).events(case_id)]
    assert officers == [vault.actor.officer, OTHER_OFFICER]


def _update_entry(vault: Vault, case_id: str) -> dict[str, Any]:
    return next(e for e in reversed(vault.audit.entries(case_id)) if e.action == "case.import_update").details


def test_a_case_that_comes_back_signed_by_a_key_never_seen_for_it_needs_that_key_accepted(
        vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """A's export recorded B's workstation key (what it encrypted to), not B's signing key: the first
    return from B is signed by a key A has never seen for the case, so the officer accepts it by its
    fingerprint, knowingly; it is audited, with the unit and officer the file claims, and then known."""
    case_id, back = round_trip(vault, receiving, tmp_path)
    theirs = workstation_keys(receiving).fingerprint
    before = rows(vault)
    with pytest.raises(SignerNotSeen) as refused:
        import_case_file(vault, back)
    number = vault.case(case_id).number
    assert refused.value.render() == (
        f"Case {number} came back signed by a key never seen for this case, fingerprint {theirs}: if the sending "
        "unit confirms by phone or on paper that this is their key, import it again with --accept-signer "
        f"\"{theirs}\"; nothing was imported.")
    with pytest.raises(SignerNotSeen):  # another fingerprint is not this one
        import_case_file(vault, back, accept_signer=workstation_keys(vault).fingerprint)
    assert rows(vault) == before

    result = import_case_file(vault, back, accept_signer=theirs.replace(" ", "").lower())  # as typed
    assert result.signer_accepted and result.added is not None and result.added["artifacts"] == 3
    entry = _update_entry(vault, case_id)
    assert entry["fingerprint"] == theirs and entry["signer_accepted"] is True
    assert (entry["claimed_unit"], entry["claimed_officer"]) == (OTHER_UNIT, OTHER_OFFICER)
    assert "source_unit" not in entry and "source_officer" not in entry

    receiving.add_artifact(case_id, ArtifactKind.DOWNLOAD, "IMG 3.bin", "application/octet-stream", b"grey box IMG 3")
    again = import_case_file(vault, send(receiving, vault, case_id, tmp_path / "ba2.npcase"))  # known now
    assert not again.signer_accepted and _update_entry(vault, case_id)["signer_accepted"] is False


def test_a_return_signed_by_a_third_units_key_is_not_taken_for_the_known_one(vault: Vault, receiving: Vault,
                                                                            tmp_path: Path) -> None:
    """The auditor's file: B's real return, re-signed by unit C, still claiming to be B's. B's key is
    known for the case; C's is not, and its fingerprint is what the officer is shown."""
    case_id, back = round_trip(vault, receiving, tmp_path)
    import_case_file(vault, back, accept_signer=workstation_keys(receiving).fingerprint)
    third = Vault.create(tmp_path / "third.npv", PASSPHRASE, officer="陳丙（虛構）", unit="丙單位（虛構）")
    try:
        receiving.add_artifact(case_id, ArtifactKind.DOWNLOAD, "IMG 4.bin", "application/octet-stream", b"IMG 4")
        forged = altered(send(receiving, vault, case_id, tmp_path / "ba2.npcase"), vault, third, lambda m: None)
        before = rows(vault)
        with pytest.raises(SignerNotSeen, match=workstation_keys(third).fingerprint):
            import_case_file(vault, forged)
        assert rows(vault) == before
    finally:
        third.lock()


def _latest(vault: Vault, case_id: str, step_id: str) -> tuple[str, str]:
    from app.vault.steps import StepStore

    event = [e for e in StepStore(vault.db, vault.audit).events(case_id) if e.step_id == step_id][-1]
    return str(event.action), event.officer


def test_another_units_undo_of_a_tick_made_here_is_not_applied_and_is_said(vault: Vault, receiving: Vault,
                                                                          tmp_path: Path) -> None:
    """A ticked evidence.preserve; B undid it and sent the case back. A's tick is A's statement of what A
    did: it stays, the import says the undo was not applied, and the audit entry names the step. An undo
    of a tick that came from B is B's to make, and is applied."""
    from datetime import timedelta

    from app.vault.handoff import CaseAlreadyHere
    from app.vault.returning import withheld_text
    from app.vault.steps import StepStore

    case_id = busy_case(vault)
    import_case_file(receiving, send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    receiving.set_officer(OTHER_OFFICER, OTHER_UNIT)
    theirs = StepStore(receiving.db, receiving.audit)
    moment = receiving.clock() - timedelta(minutes=5)
    theirs.record(receiving.actor, case_id, "evidence.preserve", "undo", moment, moment, "乙單位撤回", {}, "test-1")
    theirs.record(receiving.actor, case_id, "suspect-known", "done", moment, moment, "分局查得", {}, "test-1")
    result = import_case_file(vault, send(receiving, vault, case_id, tmp_path / "ba.npcase"),
                              accept_signer=workstation_keys(receiving).fingerprint)

    assert _latest(vault, case_id, "evidence.preserve") == ("done", vault.actor.officer)  # still A's tick
    assert result.withheld == ("evidence.preserve",) and result.added is not None and result.added["steps"] == 1
    assert _update_entry(vault, case_id)["undos_not_applied"] == ["evidence.preserve"]
    assert withheld_text(result.withheld) == (
        "The other unit's file undoes 1 of this unit's own steps (evidence.preserve); they were not undone here and "
        "stay as this unit recorded them: an officer here may undo them if that is right.")
    with pytest.raises(CaseAlreadyHere):  # the withheld undo is not something new each time
        import_case_file(vault, tmp_path / "ba.npcase")

    theirs.record(receiving.actor, case_id, "suspect-known", "undo", receiving.clock(), receiving.clock(), "", {},
                  "test-1")
    again = import_case_file(vault, send(receiving, vault, case_id, tmp_path / "ba2.npcase"))
    assert _latest(vault, case_id, "suspect-known") == ("undo", OTHER_OFFICER)
    assert again.withheld == ("evidence.preserve",)  # B's file still carries that undo, and still says so
    assert vault.verify().ok


def _steps_here() -> set[str]:
    """The procedure's step ids, and the one the sending test case ticks by hand (busy_case)."""
    from tests.unit.checklist.helpers import procedure

    return {step.id for step in procedure().steps} | {"evidence.preserve"}


def _foreign_step(case_id: str, step_id: str, officer: str = OTHER_OFFICER) -> dict[str, Any]:
    return {"case_id": case_id, "step_id": step_id, "action": "done", "happened_at": "2025-07-08T01:00:00Z",
            "recorded_at": "2025-07-08T01:00:00Z", "officer": officer, "note": "made at the other unit",
            "data": {}, "procedure_version": "other-unit-9"}


def test_step_records_of_steps_this_procedure_lacks_are_kept_said_and_tick_nothing(
        vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """A returned file may carry records of steps the procedure here does not have (another revision of the
    procedure file, or made up). They are kept as the other unit signed them, counted and named to the officer
    and in the audit entry, and the checklist here is unchanged: they tick nothing and start no clock."""
    from app.vault.returning import unknown_steps_text
    from app.vault.steps import CaseSteps
    from tests.unit.checklist.helpers import procedure

    case_id, back = round_trip(vault, receiving, tmp_path)
    steps = CaseSteps(vault, procedure)
    before = [(s.step.id, s.state) for s in steps.view(case_id).steps]
    clocks = [(c.clock.id, c.state) for c in steps.running_clocks()]
    foreign = [_foreign_step(case_id, "other-unit.extra-step"), _foreign_step(case_id, "forged.step"),
               _foreign_step(case_id, "other-unit.extra-step")]
    back = altered(back, vault, receiving, lambda manifest: manifest["steps"].extend(foreign))
    result = import_case_file(vault, back, accept_signer=workstation_keys(receiving).fingerprint,
                              procedure_steps=_steps_here())
    assert (result.unknown_steps, result.unknown_step_records) == (("forged.step", "other-unit.extra-step"), 3)
    assert result.as_dict()["steps_not_in_procedure"] == ["forged.step", "other-unit.extra-step"]
    assert result.as_dict()["step_records_not_in_procedure"] == 3
    entry = [e for e in vault.audit.entries(case_id) if e.action == "case.import_update"][-1]
    assert entry.details["steps_not_in_procedure"] == ["forged.step", "other-unit.extra-step"]
    assert entry.details["step_records_not_in_procedure"] == 3
    kept = [e.step_id for e in steps.store.events(case_id)]
    assert kept.count("other-unit.extra-step") == 2 and kept.count("forged.step") == 1  # nothing dropped
    assert [(s.step.id, s.state) for s in steps.view(case_id).steps] == before
    assert [(c.clock.id, c.state) for c in steps.running_clocks()] == clocks
    assert unknown_steps_text(result.unknown_steps, result.unknown_step_records).startswith(
        "3 step records of the case file are for steps this workstation's procedure does not have "
        "(forged.step, other-unit.extra-step): they are kept as the other unit recorded them, but tick nothing here")
    assert vault.verify().ok


def test_a_new_case_with_steps_this_procedure_lacks_says_so(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """The same for a case new here: its import entry names the steps, the officer is told."""
    case_id = busy_case(vault)
    sent = send(vault, receiving, case_id, tmp_path / "ab.npcase")
    sent = altered(sent, receiving, vault, lambda manifest: manifest["steps"].append(
        _foreign_step(case_id, "other-unit.extra-step", vault.actor.officer)))
    result = import_case_file(receiving, sent, procedure_steps=_steps_here())
    assert (result.unknown_steps, result.unknown_step_records) == (("other-unit.extra-step",), 1)
    [entry] = [e for e in receiving.audit.entries(case_id) if e.action == "case.import"]
    assert entry.details["steps_not_in_procedure"] == ["other-unit.extra-step"]
    assert entry.details["step_records_not_in_procedure"] == 1


def test_a_file_whose_steps_are_all_known_says_nothing_of_them(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    result = import_case_file(receiving, send(vault, receiving, case_id, tmp_path / "ab.npcase"),
                              procedure_steps=_steps_here())
    assert (result.unknown_steps, result.unknown_step_records) == ((), 0)
    [entry] = [e for e in receiving.audit.entries(case_id) if e.action == "case.import"]
    assert "steps_not_in_procedure" not in entry.details


def test_another_units_new_tick_of_a_step_ticked_here_is_not_applied_and_does_not_move_its_clock(
        vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    """A reported to the social authority two hours into the 24-hour clock. B undid that tick and ticked the
    step again a day and a half later. The undo was withheld already; B's new tick, the step's latest record,
    was applied, so on the case's return A's checklist said A had reported late. It is withheld too: the step,
    and the clock it stops, stay as A recorded them; the import says so and the audit entry names the step."""
    from datetime import timedelta

    from app.checklist.clocks import ClockState
    from app.vault.handoff import CaseAlreadyHere
    from app.vault.returning import reticked_text
    from app.vault.steps import CaseSteps, StepStore
    from tests.unit.checklist.helpers import procedure

    case_id = busy_case(vault)
    ours = CaseSteps(vault, procedure)
    start = vault.clock() - timedelta(days=3)
    ours.tick(case_id, "assess-elements", at=start, note="三要件成立（測試）")
    ours.tick(case_id, "report-social-authority", at=start + timedelta(hours=2), note="已通報（測試）")

    def social_report() -> ClockState:
        [clock] = [c for c in ours.view(case_id).clocks if c.clock.id == "social-report"]
        return clock.state

    assert social_report() is ClockState.MET
    import_case_file(receiving, send(vault, receiving, case_id, tmp_path / "ab.npcase"))
    receiving.set_officer(OTHER_OFFICER, OTHER_UNIT)
    theirs = StepStore(receiving.db, receiving.audit)
    later = start + timedelta(hours=36)
    theirs.record(receiving.actor, case_id, "report-social-authority", "undo", later, later, "乙單位撤回", {}, "test-1")
    theirs.record(receiving.actor, case_id, "report-social-authority", "done", later, later, "乙單位再通報", {}, "test-1")
    theirs.record(receiving.actor, case_id, "suspect-known", "done", later, later, "分局查得", {}, "test-1")
    result = import_case_file(vault, send(receiving, vault, case_id, tmp_path / "ba.npcase"),
                              accept_signer=workstation_keys(receiving).fingerprint)

    assert social_report() is ClockState.MET  # was "met late": B's tick, 36 h after the start, had become the latest
    assert _latest(vault, case_id, "report-social-authority") == ("done", vault.actor.officer)
    assert (result.withheld, result.reticked) == (("report-social-authority",), ("report-social-authority",))
    assert result.added is not None and result.added["steps"] == 1  # suspect-known, B's own: applied
    assert _latest(vault, case_id, "suspect-known") == ("done", OTHER_OFFICER)
    assert _update_entry(vault, case_id)["ticks_not_applied"] == ["report-social-authority"]
    assert result.as_dict()["ticks_not_applied"] == ["report-social-authority"]
    assert reticked_text(result.reticked) == (
        "The other unit's file ticks again 1 of this unit's own steps (report-social-authority); those records were "
        "not applied: the steps, and the deadlines they start or stop, stay as this unit recorded them.")
    with pytest.raises(CaseAlreadyHere):  # the withheld records are not something new each time
        import_case_file(vault, tmp_path / "ba.npcase")
    assert vault.verify().ok
