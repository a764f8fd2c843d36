"""Sealed identities sent with a case file, only when the officer explicitly includes them with a
reason (DESIGN.md, security model), for instance when the receiving unit must contact the victim.

Everything is synthetic: invented names and numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import RevealWrongPassphrase, UsageError
from app.core.models import Role
from app.vault import Vault
from app.vault.handoff import CaseFileDamaged, SealedRelease, export_case, read_case_file, workstation_keys
from app.vault.people import HandOverWrongPassphrase, sealed_handles
from app.vault.receive import import_case_file
from tests.conftest import PASSPHRASE
from tests.unit.vault.test_handoff import _identity, _members, _rewrite, busy_case, rows

OTHER_PASSPHRASE = "second unit passphrase 2077"  # the receiving unit's own vault, with its own sealing key
REASON = "移送轄區分局偵辦，承辦人須通知被害人家屬（虛構）"


@pytest.fixture
def other_unit(tmp_path: Path) -> Iterator[Vault]:
    """A vault created on its own (not a copy of the sender's), so its sealing key differs too."""
    created = Vault.create(tmp_path / "other.npv", OTHER_PASSPHRASE, officer="收件員警（虛構）", unit="虛構分局")
    yield created
    created.lock()


def _victim(vault: Vault, case_id: str) -> str:
    return next(p.id for p in vault.people.in_case(case_id) if p.role is Role.VICTIM)


def test_identities_go_along_only_when_included_and_are_sealed_again(vault: Vault, other_unit: Vault,
                                                                      tmp_path: Path) -> None:
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    result = export_case(vault, case_id, path, recipients=[workstation_keys(other_unit).recipient],
                         release=SealedRelease(REASON, PASSPHRASE))
    assert result.identities_enclosed == ("被害人1",)
    export, hand_over = vault.audit.entries(case_id)[-2:]
    assert export.action == "case.export" and export.details["identities_enclosed"] == ["被害人1"]
    assert hand_over.action == "person.hand_over" and hand_over.subject == _victim(vault, case_id)
    assert hand_over.details["reason"] == REASON and hand_over.details["sha256"] == result.sha256

    members = _members(path, _identity(other_unit))
    manifest = members["manifest.json"].decode("utf-8")
    assert "王小明" not in manifest and "0900-000-000" not in manifest  # the manifest is kept as plain evidence
    assert "王小明（虛構）" in members["sealed/" + _victim(vault, case_id)].decode("utf-8")
    assert read_case_file(path, identities=[_identity(other_unit)]).as_dict()["identities_enclosed"] == 1

    import_case_file(other_unit, path)
    victim = other_unit.people.get(_victim(vault, case_id))
    assert victim.identity_here
    # marked as it is sealed here, so this unit's documents print 被害人1 for her phone or name too
    assert sealed_handles(other_unit.db, case_id).aliases(["0900000000", "王小明（虛構）"]) == {
        "0900000000": "被害人1", "王小明（虛構）": "被害人1"}
    entry = next(e for e in other_unit.audit.entries(case_id) if e.subject == victim.id)
    assert entry.details["identity_received"] is True and entry.details["identity_left_behind"] is False
    ours = bytes(other_unit.db.scalar("SELECT sealed FROM people WHERE id = ?", (victim.id,)))
    assert ours != bytes(vault.db.scalar("SELECT sealed FROM people WHERE id = ?", (victim.id,)))
    with pytest.raises(RevealWrongPassphrase):  # the sender's passphrase opens nothing here
        other_unit.reveal(victim.id, "核對", PASSPHRASE)
    shown = other_unit.reveal(victim.id, "聯繫被害人家屬", OTHER_PASSPHRASE)
    assert shown.name == "王小明（虛構）" and shown.details == {"phone": "0900-000-000"}
    assert "王小明" not in "".join(str(e.details) for e in other_unit.audit.entries(case_id))
    assert other_unit.verify().ok


def test_the_reason_stays_behind_when_the_case_travels_again(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    recipient = workstation_keys(receiving).recipient
    export_case(vault, case_id, tmp_path / "first.npcase", recipients=[recipient], release=SealedRelease(REASON, PASSPHRASE))
    export_case(vault, case_id, tmp_path / "second.npcase", recipients=[recipient])
    report = read_case_file(tmp_path / "second.npcase", identities=[_identity(receiving)])
    assert REASON not in report.manifest_bytes.decode("utf-8") and report.identities_enclosed == 0
    hand_over = next(e for e in report.manifest["audit"] if e["action"] == "person.hand_over")
    assert hand_over["details"] is None and hand_over["details_withheld"]


def test_a_wrong_passphrase_writes_nothing_and_is_audited(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    with pytest.raises(HandOverWrongPassphrase):
        export_case(vault, case_id, path, recipients=[workstation_keys(receiving).recipient],
                    release=SealedRelease(REASON, "not the vault passphrase 1"))
    assert not path.exists() and not list(tmp_path.glob("*.npcase*"))
    last = vault.audit.entries(case_id)[-1]
    assert last.action == "person.hand_over_denied" and last.details["reason"] == REASON
    assert not [e for e in vault.audit.entries(case_id) if e.action == "case.export"]


def test_no_reason_no_identities(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    with pytest.raises(UsageError, match="State why"):
        export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient],
                    release=SealedRelease("  ", PASSPHRASE))
    assert not (tmp_path / "case.npcase").exists()


@pytest.mark.parametrize("change", ["swap", "drop"])
def test_an_identity_changed_or_removed_inside_is_caught(vault: Vault, receiving: Vault, tmp_path: Path,
                                                         change: str) -> None:
    """Someone who can encrypt to the receiver, but not sign as the sender, puts another name in, or
    takes the identity out so that the case looks as if it had been left behind."""
    case_id = busy_case(vault)
    path = tmp_path / "case.npcase"
    recipient = workstation_keys(receiving).recipient
    export_case(vault, case_id, path, recipients=[recipient], release=SealedRelease(REASON, PASSPHRASE))
    members = _members(path, _identity(receiving))
    name = "sealed/" + _victim(vault, case_id)
    if change == "swap":
        members[name] = members[name].replace("王小明".encode(), "陳小美".encode())
    else:
        del members[name]
    _rewrite(path, members, recipient)
    before = rows(receiving)
    with pytest.raises(CaseFileDamaged, match="sealed identity"):
        import_case_file(receiving, path)
    assert rows(receiving) == before


def test_a_received_identity_can_be_sent_on(vault: Vault, other_unit: Vault, tmp_path: Path,
                                            vault_template: Path) -> None:
    """Unit A → unit B → unit C, each including the identity: C reveals it with its own passphrase."""
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "ab.npcase", recipients=[workstation_keys(other_unit).recipient],
                release=SealedRelease(REASON, PASSPHRASE))
    import_case_file(other_unit, tmp_path / "ab.npcase")
    third_path = tmp_path / "third.npv"
    third_path.write_bytes(vault_template.read_bytes())
    third = Vault.open(third_path, PASSPHRASE)
    try:
        sent = export_case(other_unit, case_id, tmp_path / "bc.npcase", recipients=[workstation_keys(third).recipient],
                           release=SealedRelease("再移送（虛構）", OTHER_PASSPHRASE))
        assert sent.identities_enclosed == ("被害人1",)
        import_case_file(third, tmp_path / "bc.npcase")
        assert third.reveal(_victim(vault, case_id), "核對", PASSPHRASE).name == "王小明（虛構）"
    finally:
        third.lock()


def test_an_identity_sent_later_for_a_person_held_here_without_one_is_sealed_here(vault: Vault, receiving: Vault,
                                                                                  tmp_path: Path) -> None:
    """The victim first came by pseudonym only; the sending unit then sends the identity on purpose. It
    was dropped (and the file refused as already here when it added nothing else): it is now sealed,
    counted, audited, and revealed like any identity held here."""
    from app.vault.handoff import CaseAlreadyHere
    from app.vault.returning import identities_text

    case_id = busy_case(vault)
    recipient = workstation_keys(receiving).recipient
    export_case(vault, case_id, tmp_path / "first.npcase", recipients=[recipient])
    import_case_file(receiving, tmp_path / "first.npcase")
    victim = _victim(vault, case_id)
    assert not receiving.people.get(victim).identity_here
    export_case(vault, case_id, tmp_path / "identity.npcase", recipients=[recipient],
                release=SealedRelease(REASON, PASSPHRASE))

    result = import_case_file(receiving, tmp_path / "identity.npcase")
    assert result.added is not None and result.added["identities"] == 1
    assert (result.identities_sealed, result.identities_kept) == (1, 0)
    assert identities_text(1, 0) == ("Sealed identities sealed in this vault: 1; they are read only through a reveal. "
                                     "Left as they were, because this vault already holds them: 0.")
    assert receiving.people.get(victim).identity_here
    assert sealed_handles(receiving.db, case_id).pseudonym_for("0900-000-000") == "被害人1"  # marked before any reveal
    assert receiving.reveal(victim, "聯繫被害人", PASSPHRASE).name == "王小明（虛構）"
    entry = next(e for e in receiving.audit.entries(case_id) if e.action == "person.identity_import")
    assert entry.subject == victim and entry.details["identity_received"] is True
    assert "王小明" not in "".join(str(e.details) for e in receiving.audit.entries(case_id))
    assert receiving.verify().ok
    before = rows(receiving)
    with pytest.raises(CaseAlreadyHere):  # now it adds nothing
        import_case_file(receiving, tmp_path / "identity.npcase")
    assert rows(receiving) == before


def test_an_identity_sent_for_a_person_whose_identity_is_here_is_left_as_it_is_and_said(
        vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "ab.npcase", recipients=[workstation_keys(receiving).recipient],
                release=SealedRelease(REASON, PASSPHRASE))
    import_case_file(receiving, tmp_path / "ab.npcase")
    receiving.add_person(case_id, Role.WITNESS, "證人甲（虛構）")
    export_case(receiving, case_id, tmp_path / "ba.npcase", recipients=[workstation_keys(vault).recipient],
                release=SealedRelease(REASON, PASSPHRASE))
    victim = _victim(vault, case_id)
    ours = bytes(vault.db.scalar("SELECT sealed FROM people WHERE id = ?", (victim,)))

    result = import_case_file(vault, tmp_path / "ba.npcase", accept_signer=workstation_keys(receiving).fingerprint)
    assert (result.identities_sealed, result.identities_kept) == (0, 1) and result.added is not None
    assert result.added["identities"] == 0 and result.added["people"] == 1
    assert bytes(vault.db.scalar("SELECT sealed FROM people WHERE id = ?", (victim,))) == ours
    assert vault.db.scalar("SELECT count(*) FROM received_identities") == 0
    entry = next(e for e in reversed(vault.audit.entries(case_id)) if e.action == "case.import_update")
    assert entry.details["identities_kept"] == 1 and entry.details["added_identities"] == 0
