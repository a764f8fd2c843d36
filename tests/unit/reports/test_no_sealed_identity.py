"""A vault case with sealed people whose names we know: no document, plain text, mailto draft or
transcript may contain those names or their details, while pseudonyms are there."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import unquote

import pytest

from app.core.capture import CapturedFile, CaptureKind, Completeness, FileRole, PageCapture, StopReason
from app.core.identifiers import FoundIdentifier, IdentifierKind, Origin
from app.core.models import ArtifactKind, Person, Role
from app.reports.document import pdf_bytes, to_text
from app.reports.mailto import mailto_url
from app.reports.model import Agencies, CaseDossier, ChatMessage
from app.reports.notices import DocumentKind, build
from app.reports.transcript import TranscriptSource, write_capture_transcript, write_transcript
from app.vault.captures import store_capture
from app.vault.dossier import build_dossier
from tests.unit.reports.conftest import pdf_pages, squeeze

pytestmark = pytest.mark.usefixtures("zh_tw")
SEALED = {"王小明": {"phone": "0912-345-678", "school": "測試國中"}, "陳大文": {"id_number": "A123456789"},
          "林告發": {"email": "informant@example.test"}}
T = datetime(2025, 7, 8, 2, 0, tzinfo=UTC)


@pytest.fixture
def case_in_vault(vault) -> tuple[str, object]:
    case = vault.create_case("Dcard 貼文疑似兒少性剝削（測試）", ["Dcard"], notes="synthetic")
    vault.add_person(case.id, Role.VICTIM, "王小明", SEALED["王小明"])
    vault.add_person(case.id, Role.REPORTER, "陳大文", SEALED["陳大文"])
    vault.add_person(case.id, Role.INFORMANT, "林告發", SEALED["林告發"])
    vault.add_person(case.id, Role.SUSPECT, "張嫌疑", {"account": "@suspect_test"})
    page = PageCapture(CaptureKind.PAGE, "https://www.dcard.tw/f/test/p/1", "https://www.dcard.tw/f/test/p/1",
                       "測試貼文", T, T, Completeness(True, StopReason.END_REACHED, 1),
                       (CapturedFile(FileRole.FULL_PAGE, ArtifactKind.PNG, "page.png", "image/png", b"\x89PNG synthetic"),),
                       (FoundIdentifier(IdentifierKind.ACCOUNT_NAME, "@poster_test", "page", Origin.ADAPTER),),
                       metadata={"platform": "Dcard"})
    stored, _artifacts = store_capture(vault, case.id, page)
    return case.id, stored.id


def _forbidden() -> list[str]:
    return [*SEALED, *(value for details in SEALED.values() for value in details.values())]


def test_dossier_holds_pseudonyms_and_no_names(vault, case_in_vault) -> None:
    case_id, _capture = case_in_vault
    dossier = build_dossier(vault, case_id)
    assert [p.pseudonym for p in dossier.people] == ["被害人1", "報告人A", "告發人A", "犯嫌1"]
    assert not any(hasattr(p, "name") for p in dossier.people)
    assert dossier.chain_head == vault.audit_head()
    assert dossier.captures[0].site_name == "Dcard"
    assert {a.name for a in dossier.captures[0].artifacts} == {"page.png", "metadata.json"}
    assert [(i.kind, i.value) for i in dossier.identifiers] == [("account_name", "@poster_test")]


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_no_sealed_identity_in_any_document(vault, case_in_vault, agencies: Agencies, kind: DocumentKind) -> None:
    case_id, _capture = case_in_vault
    document = build(kind, build_dossier(vault, case_id), agencies)
    pdf = squeeze("".join(pdf_pages(pdf_bytes(document))))
    text = to_text(document)
    mail = unquote(mailto_url(["a@example.test"], document.subject, text, limit=None))
    for output in (pdf, squeeze(text), squeeze(mail)):
        for secret in _forbidden():
            assert squeeze(secret) not in output, f"{kind}: sealed data leaked"
    if kind in (DocumentKind.SOCIAL_REPORT, DocumentKind.TRANSFER_NOTE):
        assert "被害人1" in pdf and "報告人A" in pdf


def test_no_sealed_identity_in_the_transcript(vault, case_in_vault, tmp_path) -> None:
    case_id, capture_id = case_in_vault
    dossier = build_dossier(vault, case_id)
    messages = [ChatMessage("@victim_handle", T, "我是王小明的朋友 @victim_handle"), ChatMessage("@suspect_test", T, "好")]
    source = TranscriptSource(dossier.number, capture_id, "Dcard", dossier.captures[0].url, T, True)
    target = tmp_path / "t.pdf"
    write_transcript(target, source, messages, dossier.chain_head, T, aliases={"@victim_handle": "被害人1",
                                                                             "王小明": "被害人1"})
    pdf = squeeze("".join(pdf_pages(target.read_bytes())))
    assert "@victim_handle" not in pdf and "王小明" not in pdf
    assert "我是被害人1的朋友被害人1" in pdf and "@suspect_test" in pdf


def test_a_person_record_cannot_enter_a_dossier(vault, case_in_vault) -> None:
    case_id, _capture = case_in_vault
    dossier = build_dossier(vault, case_id)
    person = Person("P1", case_id, Role.SUSPECT, "犯嫌1", T, name="張嫌疑")
    with pytest.raises(TypeError):
        CaseDossier(**{**dossier.__dict__, "people": (person,)})


# -- a sealed person's own account in the evidence -------------------------------------------------
VICTIM_ACCOUNT = "@victim_chat_01"
VICTIM_PHONE = "0912-345-678"


@pytest.fixture
def victim_chatting(vault) -> tuple[str, str]:
    """The usual case: the victim is the one chatting, under the account recorded for her, and the page
    shows that account (and her phone number, written without dashes)."""
    case = vault.create_case("Messenger 對話（測試）", ["Messenger"])
    vault.add_person(case.id, Role.VICTIM, "林被害", {"account": VICTIM_ACCOUNT.lstrip("@"), "phone": VICTIM_PHONE})
    vault.add_person(case.id, Role.SUSPECT, "張嫌疑", {"account": "@suspect_test"})
    stored = store_chat(vault, case.id, "https://chat.example.test/t/1", [
        (VICTIM_ACCOUNT, "2025-07-08T02:00:00Z", f"我是 {VICTIM_ACCOUNT}"),
        ("0912345678", "2025-07-08T02:00:30Z", "換手機傳"),
        ("@suspect_test", "2025-07-08T02:01:00Z", "日領五千（測試）")], accounts=(VICTIM_ACCOUNT, "@suspect_test"))
    return case.id, stored


def store_chat(vault, case_id: str, url: str, messages: list[tuple[str, str, str]], accounts: tuple[str, ...] = ()) -> str:
    """A complete chat capture of (sender, time, text) messages, the accounts found on its page; its id."""
    chat = {"messages": [{"sender": sender, "at": at, "text": text} for sender, at, text in messages]}
    page = PageCapture(CaptureKind.CHAT, url, url, "chat", T, T, Completeness(True, StopReason.CHAT_START, len(messages)),
                       (CapturedFile(FileRole.TEXT, ArtifactKind.JSON, "chat.json", "application/json",
                                     json.dumps(chat, ensure_ascii=False).encode()),),
                       tuple(FoundIdentifier(IdentifierKind.ACCOUNT_NAME, account, "page", Origin.ADAPTER)
                             for account in accounts),
                       metadata={"platform": "Messenger"})
    stored, _artifacts = store_capture(vault, case_id, page)
    return stored.id


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_a_sealed_persons_own_account_is_printed_by_pseudonym(vault, victim_chatting, agencies: Agencies,
                                                              kind: DocumentKind) -> None:
    """Seen: the victim's account, found on the page, in the evidence list (under its statement that it
    holds no sealed identity) and as "the poster" in the notice to the platform."""
    case_id, _capture = victim_chatting
    dossier = build_dossier(vault, case_id)
    assert [(i.kind, i.value) for i in dossier.identifiers] == [("account_name", "被害人1"),
                                                                  ("account_name", "@suspect_test")]
    text = squeeze(to_text(build(kind, dossier, agencies)))
    assert "victim_chat_01" not in text and "0912345678" not in text and "0912-345-678" not in text


def test_a_sealed_person_chatting_is_printed_by_pseudonym_in_the_transcript(vault, victim_chatting,
                                                                            tmp_path) -> None:
    """Seen: the victim's handle 122 times in a printed transcript; only an --alias the window does not
    offer hid it. Her phone number as a sender is hers too."""
    case_id, capture_id = victim_chatting
    target = tmp_path / "t.pdf"
    count = write_capture_transcript(target, build_dossier(vault, case_id), capture_id, vault.artifacts.read_verified,
                                     T)
    pdf = squeeze("".join(pdf_pages(target.read_bytes())))
    assert count == 3 and "victim_chat_01" not in pdf and "0912345678" not in pdf
    assert "我是被害人1" in pdf and "@suspect_test" in pdf and "日領五千（測試）" in pdf


def test_the_dossier_says_how_the_case_came_in_as_last_recorded(vault) -> None:
    from app.checklist.procedure import load_procedure
    from app.vault.steps import CaseSteps
    from tests.unit.checklist.helpers import PROCEDURE_FILE

    case = vault.create_case("來源（測試）")
    steps = CaseSteps(vault, lambda: load_procedure(PROCEDURE_FILE))
    assert build_dossier(vault, case.id).origin == ""
    steps.tick(case.id, "record-origin", data={"origin": "report"})
    assert build_dossier(vault, case.id).origin == "report"
    steps.undo(case.id, "record-origin")
    assert build_dossier(vault, case.id).origin == ""


def test_english_documents_name_sealed_people_in_english(vault, victim_chatting, agencies: Agencies, tmp_path) -> None:
    """Seen: 「被害人1」 in the people table, the identifiers and the chat of English documents, and
    "被害人1、被害人2" joined in Chinese. The stored pseudonym stays Chinese; only the print is English."""
    from app.reports.notices import DocumentOptions

    case_id, capture_id = victim_chatting
    vault.add_person(case_id, Role.VICTIM, "第二虛構", {})
    dossier = build_dossier(vault, case_id)
    english = DocumentOptions(language="en")
    social = to_text(build(DocumentKind.SOCIAL_REPORT, dossier, agencies, english))
    assert "Victim 1, Victim 2" in social and "Suspect 1" in social and "被害人" not in social
    evidence = to_text(build(DocumentKind.EVIDENCE_LIST, dossier, agencies, english))
    assert "Victim 1" in evidence and "被害人" not in evidence
    target = tmp_path / "en.pdf"
    write_capture_transcript(target, dossier, capture_id, vault.artifacts.read_verified, T, language="en")
    pdf = squeeze("".join(pdf_pages(target.read_bytes())))
    assert "我是Victim1" in pdf and "被害人" not in pdf
    chinese = to_text(build(DocumentKind.SOCIAL_REPORT, dossier, agencies))
    assert "被害人1、被害人2" in chinese and "Victim" not in chinese


def test_a_sealed_persons_name_and_phone_typed_by_someone_else_are_printed_by_pseudonym(vault, tmp_path) -> None:
    """Seen (the documents audit of session 23): the suspect typed the victim's full name, her phone number and
    her school in his messages; the transcript named her by pseudonym as a sender but printed all three in his
    text, a court-bound document carrying the identity Article 7 seals. Her values are found in what anyone typed."""
    case = vault.create_case("Messenger 對話（測試）", ["Messenger"])
    vault.add_person(case.id, Role.VICTIM, "林被害", {"phone": VICTIM_PHONE, "id_number": "A223456789"})
    vault.add_person(case.id, Role.SUSPECT, "張嫌疑", {"account": "@suspect_test"})
    stored = store_chat(vault, case.id, "https://chat.example.test/t/2", [
        ("@suspect_test", "2025-07-08T02:00:00Z", "林被害妳好，妳的電話是 0912 345 678 對吧"),
        ("@someone_else", "2025-07-08T02:00:30Z", "她身分證 A223456789（測試）"),
        ("@suspect_test", "2025-07-08T02:01:00Z", "好，明天見（測試）")])
    target = tmp_path / "t.pdf"
    assert write_capture_transcript(target, build_dossier(vault, case.id), stored, vault.artifacts.read_verified,
                                    T) == 3
    pdf = squeeze("".join(pdf_pages(target.read_bytes())))
    assert "林被害" not in pdf and "0912345678" not in pdf and "A223456789" not in pdf
    assert "被害人1妳好，妳的電話是被害人1對吧" in pdf and "她身分證被害人1（測試）" in pdf
    assert "@suspect_test" in pdf and "好，明天見（測試）" in pdf
