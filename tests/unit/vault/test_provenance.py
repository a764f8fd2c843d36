"""A file handed back is recognised by its SHA-256 alone: a document this vault issued, the text it
copied, a case file it sent or received, an evidence file it holds; a copy changed in one byte, or a
stranger's file, is not. Reading is not audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.core.hashing import sha256_bytes
from app.core.models import ArtifactKind, Role
from app.core.timeutil import taipei
from app.reports.issue import print_audit_log
from app.reports.kinds import document_title
from app.reports.provenance import page_lines, provenance_lines
from app.vault import Vault
from app.vault.handoff import export_case, workstation_keys
from app.vault.provenance import FileUnreadable, HeadUnreadable, file_sha256, page_check, provenance
from app.vault.receive import import_case_file
from app.vault.stats import Period
from tests.unit.reports.conftest import pdf_pages
from tests.unit.vault.test_handoff import busy_case


def _time(moment: object) -> str:
    return "T"


def test_documents_case_files_and_evidence_are_recognised(vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    today = taipei(vault.clock()).date()
    printed = print_audit_log(vault, Period(date(2020, 1, 1), today), None, tmp_path / "log.pdf", "en")
    sent = export_case(vault, case_id, tmp_path / "case.npcase", recipients=[workstation_keys(receiving).recipient])
    shot = vault.add_artifact(case_id, ArtifactKind.PNG, "IMG 1.png", "image/png", b"grey box IMG 1")
    vault.record("document.copied", case_id=case_id, subject="evidence-list", details={"sha256": sha256_bytes(b"t")})
    vault.export_artifact(shot.id, tmp_path / "for-the-prosecutor.png")
    entries = len(vault.audit.entries())

    document = provenance(vault, file_sha256(printed.path))
    assert [(r.action, r.subject, r.file, r.case_number) for r in document.recorded] == [
        ("document.generated", "audit-log", "log.pdf", "")]
    assert provenance_lines(document, _time) == [
        f"Issued by this vault on T by {vault.actor.officer}: Vault audit log (no case), saved as log.pdf "
        f"(audit entry #{document.recorded[0].seq})."]
    number = vault.case(case_id).number
    case_file = provenance(vault, sent.sha256.upper())  # however the hash was typed
    assert [(r.action, r.case_number) for r in case_file.recorded] == [("case.export", number)]
    evidence = provenance(vault, file_sha256(tmp_path / "for-the-prosecutor.png"))
    assert [h.artifact_id for h in evidence.held] == [shot.id]
    written_out = vault.audit.entries()[-1]
    assert provenance_lines(evidence, _time) == [  # what the file is, then who wrote it out, when
        f"Evidence file {shot.id} of {vault.case(case_id).number} (png, IMG 1.png, 14 bytes), hashed when "
        "acquired on T: these are its bytes.",
        f"Written out of this vault on T by {vault.actor.officer} as for-the-prosecutor.png "
        f"({vault.case(case_id).number}, audit entry #{written_out.seq})."]
    assert provenance_lines(provenance(vault, sha256_bytes(b"t")), _time)[0].startswith("The text of Evidence list")
    assert len(vault.audit.entries()) == entries  # looking is not recorded

    received = import_case_file(receiving, tmp_path / "case.npcase")
    assert [(r.action, r.case_number) for r in provenance(receiving, sent.sha256).recorded] == [
        ("case.import", received.case.number)]

    changed = tmp_path / "changed.pdf"
    changed.write_bytes(printed.path.read_bytes() + b"\n")
    unknown = provenance(vault, file_sha256(changed))
    assert not unknown.known and provenance_lines(unknown, _time)[0].startswith("Not a file this vault issued")
    with pytest.raises(FileUnreadable, match="could not be read"):
        file_sha256(tmp_path / "missing.pdf")


def test_a_case_file_received_for_a_case_already_here_is_recognised(vault: Vault, receiving: Vault,
                                                                     tmp_path: Path) -> None:
    """Seen: the file that brought a case back (case.import_update) read as "Not a file this vault … received", exit 3."""
    case = vault.create_case("回傳來源（虛構）")
    export_case(vault, case.id, tmp_path / "there.npcase", recipients=[workstation_keys(receiving).recipient])
    import_case_file(receiving, tmp_path / "there.npcase")
    receiving.add_person(case.id, Role.SUSPECT, "李大華（虛構）", {})
    back = export_case(receiving, case.id, tmp_path / "back.npcase", recipients=[workstation_keys(vault).recipient])
    import_case_file(vault, tmp_path / "back.npcase", accept_signer=workstation_keys(receiving).fingerprint)
    found = provenance(vault, file_sha256(tmp_path / "back.npcase"))
    assert found.sha256 == back.sha256
    assert [(r.action, r.case_number, r.file) for r in found.recorded] == [("case.import_update", case.number,
                                                                            "back.npcase")]
    assert provenance_lines(found, _time) == [
        f"The case file this vault received on T ({vault.actor.officer}) for {case.number}, which was already here: "
        f"what it added was imported (audit entry #{found.recorded[0].seq})."]


def test_every_document_kind_has_a_title() -> None:
    from app.reports import audit_log, patrol_log, statistics_sheet
    from app.reports.kinds import DocumentKind

    for kind in (audit_log.KIND, patrol_log.KIND, statistics_sheet.KIND, "transcript", *DocumentKind):
        assert document_title(kind) != kind
    assert document_title("a-future-document") == "a-future-document"


def test_a_printed_page_is_recognised_by_the_chain_head_in_its_footer(vault: Vault, tmp_path: Path) -> None:
    """The head on every page is the chain as it was when the document was made; the document's own
    entry follows it. A head misread, or from another vault, is said so."""
    head_on_pages = vault.audit_head()
    printed = print_audit_log(vault, Period(date(2020, 1, 1), taipei(vault.clock()).date()), None, tmp_path / "log.pdf", "en")
    assert head_on_pages in " ".join(" ".join(pdf_pages(printed.path.read_bytes())).split())
    seq, digest = head_on_pages.split(":")
    check = page_check(vault, f" #{seq} : {digest[:10].upper()} ")  # as an officer may type it from paper
    assert check.matches and check.issued is not None
    assert (check.issued.subject, check.issued.file, check.issued.sha256) == ("audit-log", "log.pdf", printed.sha256)
    lines = page_lines(check, _time)
    assert lines[0] == f"Entry #{seq} of this vault's chain begins with {digest[:10]}: the page was printed from this vault."
    assert lines[1].startswith("It belongs to Vault audit log (no case), issued on T by ") and printed.sha256 in lines[1]

    wrong = page_check(vault, f"{seq}:{'0' * 8}")
    assert not wrong.matches and wrong.issued is None
    assert page_lines(wrong, _time) == [f"Entry #{seq} of this vault's chain begins with {digest[:8]}, not 00000000: "
                                        "the page was not printed from this vault, or its head was misread."]
    beyond = page_check(vault, "9999:abcdef12")
    assert not beyond.matches and "chain ends at entry #" in page_lines(beyond, _time)[0]
    with pytest.raises(HeadUnreadable, match="is not a chain head as pages print it"):
        page_check(vault, f"{seq}:{digest[:7]}")  # too short to tell
