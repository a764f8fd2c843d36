"""The documents dialog: preview = plain text of the document, Save PDF written off the UI thread and
audited like the CLI (SHA-256 + checklist event), the clipboard text, the mailto: draft."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, QRect, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.checklist.engine import StepState
from app.core.hashing import sha256_bytes, sha256_file
from app.core.models import Role
from app.reports.document import to_text
from app.reports.notices import DocumentKind
from app.ui.casework import Casework, DocumentsDialog
from app.ui.common import FRAME_ALLOWANCE
from app.ui.language import apply_language
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from tests.integration.casework.conftest import add_capture
from tests.unit.vault.tamper import change_evidence_bytes

SEALED_NAME = "林小華"


@pytest.fixture
def case_id(vault: Vault) -> str:
    case = vault.create_case("Instagram 打工誘騙（測試）", ["Instagram"])
    vault.add_person(case.id, Role.VICTIM, SEALED_NAME, {"phone": "0911-222-333"})
    add_capture(vault, case.id, "https://platform.invalid/p/1")
    return case.id


def open_dialog(qtbot, window: MainWindow, casework: Casework, vault: Vault, case_id: str,
                kind: DocumentKind) -> DocumentsDialog:
    window.set_vault(vault)
    window.select_case(case_id)
    dialog = casework.open_documents(case_id, kind)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.document is not None and dialog.document.kind == str(kind), timeout=10_000)
    return dialog


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_saved_pdf_has_the_text_an_audit_entry_and_ticks_its_step(qtbot, window: MainWindow, casework: Casework,
                                                                  vault: Vault, case_id: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    casework.source.set_vault(vault)
    casework.source.tick(case_id, "assess-elements", note="三要件成立（測試）")
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.SOCIAL_REPORT)
    dialog.reason.setText("網路巡邏發現疑似媒介（測試事由）")
    qtbot.waitUntil(lambda: "測試事由" in dialog.preview.toPlainText(), timeout=10_000)
    # no Chinese catalogue is installed here, so the document's sentences, and its pseudonyms with them, are English
    assert "Victim 1" in dialog.preview.toPlainText() and SEALED_NAME not in dialog.preview.toPlainText()
    target = tmp_path / "social.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(dialog.document_saved, timeout=20_000) as saved:
        dialog.save_button.click()
    assert saved.args == [case_id]
    text = pdf_text(target)
    assert "測試事由" in text and "Victim 1" in text and SEALED_NAME not in text and "0911-222-333" not in text
    assert dialog.saved is not None and dialog.saved.document.chain_head in text
    digest = sha256_file(target)
    entry = [e for e in vault.audit.entries(case_id) if e.action == "document.generated"][-1]
    assert entry.subject == "social-report" and entry.details["sha256"] == digest
    assert entry.details["file"] == "social.pdf" and digest in dialog.outcome.text()
    assert dialog.saved.steps_done == ("report-social-authority",)
    title = casework.source.procedure.step("report-social-authority").label.text()
    assert title in dialog.outcome.text() and "report-social-authority" not in dialog.outcome.text()
    status = casework.checklist.view.status("report-social-authority")
    assert status.state is StepState.DONE  # the checklist tab was refreshed
    assert vault.verify().ok
    # Seen: under the evidence list chosen next, "Saved social.pdf (SHA-256 …)" of the other document stayed.
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(str(DocumentKind.EVIDENCE_LIST)))
    assert dialog.kind is DocumentKind.EVIDENCE_LIST and dialog.outcome.text() == ""


def test_referral_pdf_ticks_the_takedown_referral_step(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                                       case_id: str, tmp_path: Path) -> None:
    casework.source.set_vault(vault)
    casework.source.on_event(case_id, "capture.complete")
    casework.source.tick(case_id, "assess-elements", note="三要件成立（測試）")
    casework.source.tick(case_id, "record-poster")
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.REFERRAL)
    with qtbot.waitSignal(dialog.document_saved, timeout=20_000):
        dialog.save_pdf(tmp_path / "referral.pdf")
    assert dialog.saved is not None and dialog.saved.steps_done == ("takedown-referral",)
    assert "https://platform.invalid/p/1" in pdf_text(tmp_path / "referral.pdf")


def test_documents_are_in_chinese_whatever_the_interface_language(qtbot, window: MainWindow, casework: Casework,
                                                                   vault: Vault, case_id: str) -> None:
    """Seen: an officer working in English produced an English referral for the 婦幼警察隊."""
    apply_language("en")  # as the application starts in English (which also loads the other catalogues)
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.REFERRAL)
    assert window.menu_help.title() == "&Help"
    assert dialog.language_box.currentData() == "zh_TW" and dialog.options().language == "zh_TW"
    qtbot.waitUntil(lambda: "民國" in dialog.preview.toPlainText(), timeout=10_000)  # ROC dates, in Chinese
    assert "Takedown referral" not in dialog.preview.toPlainText()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))  # the officer may choose English
    qtbot.waitUntil(lambda: "Takedown referral" in dialog.preview.toPlainText(), timeout=10_000)
    assert "民國" not in dialog.preview.toPlainText()


def test_the_save_dialog_starts_in_the_documents_folder(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                                       case_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.infra import paths

    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.REFERRAL)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (asked.append(a[2]), ("", ""))[1]))
    dialog.save_button.click()
    assert asked == [str(paths.documents_dir() / f"{vault.cases.get(case_id).number}-takedown-referral.pdf")]
    assert Path(asked[0]).parent.is_dir()
    assert dialog.saved is None  # cancelled: nothing written


def test_copied_text_is_the_document_text_and_audited(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                                      case_id: str) -> None:
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.EVIDENCE_LIST)
    dialog.copy_button.click()
    assert dialog.document is not None
    expected = to_text(dialog.document)
    assert QGuiApplication.clipboard().text() == expected == dialog.preview.toPlainText()
    entry = vault.audit.entries(case_id)[-1]
    assert entry.action == "document.copied" and entry.details == {"via": "clipboard",
                                                                   "sha256": sha256_bytes(expected.encode())}


def test_mailto_draft_goes_to_the_opener(qtbot, window: MainWindow, casework: Casework, vault: Vault, case_id: str,
                                         opened_urls: list[str]) -> None:
    casework.source.set_vault(vault)
    casework.source.tick(case_id, "assess-elements", note="三要件成立（測試）")
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.TRANSFER_NOTE)
    dialog.transfer_to.setText("臺灣臺北地方檢察署")
    qtbot.waitUntil(lambda: "臺灣臺北地方檢察署" in dialog.preview.toPlainText(), timeout=10_000)
    step = casework.source.procedure.step("assess-elements")  # the steps on record, by their titles
    assert step is not None and step.label.text("zh_TW") in dialog.preview.toPlainText()
    assert "assess-elements" not in dialog.preview.toPlainText()
    dialog.mail_button.click()
    [url] = opened_urls
    assert dialog.document is not None
    assert url.startswith("mailto:") and "subject=" in url and "%0D%0A" in url  # RFC 6068 line breaks
    assert unquote(url.split("subject=", 1)[1].split("&", 1)[0]) == dialog.document.subject
    assert "臺灣臺北地方檢察署" in unquote(url)
    assert QGuiApplication.clipboard().text() == to_text(dialog.document)  # the full text, as the draft says
    assert vault.audit.entries(case_id)[-1].details["via"] == "mailto"
    assert dialog.outcome.text().startswith("A mail draft was opened")
    dialog._opener = lambda url: False  # what QDesktopServices.openUrl says on a desktop with no mail program
    dialog.mail_button.click()
    assert dialog.outcome.text().startswith("No mail program opened the draft")
    assert QGuiApplication.clipboard().text() == to_text(dialog.document)


def test_locked_vault_closes_the_dialog(qtbot, window: MainWindow, casework: Casework, vault: Vault,
                                        case_id: str) -> None:
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.DNS_RPZ)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        window.set_vault(None)
    assert casework.documents_dialog is None


def test_the_dialog_fits_a_laptop_screen(qtbot, window: MainWindow, casework: Casework, vault: Vault, case_id: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen on 1366 × 768: at its preferred 720 px the dialog's buttons sat behind the taskbar."""
    laptop = QRect(0, 0, 1366, 728)
    monkeypatch.setattr(DocumentsDialog, "screen", lambda _self: SimpleNamespace(availableGeometry=lambda: laptop))
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.SOCIAL_REPORT)
    assert dialog.width() == 820  # there is room for the preferred width
    assert dialog.height() + FRAME_ALLOWANCE[1] <= laptop.height()


def test_a_pdf_name_typed_without_its_suffix_gets_it(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from app.ui.common import ask_pdf_target

    parent = QWidget()
    qtbot.addWidget(parent)
    for typed, expected in (("duty", tmp_path / "duty.pdf"), ("duty.PDF", tmp_path / "duty.PDF"), ("", None)):
        answer = str(tmp_path / typed) if typed else ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, answer=answer, **k: (answer, "")))
        assert ask_pdf_target(parent, "Save", "x.pdf") == expected


def test_the_next_save_dialog_starts_where_the_last_file_was_saved(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    """A case's documents go to one folder (often a USB stick): seen, every save dialog went back to
    Documents, and the officer found the folder again for each of them."""
    from PySide6.QtWidgets import QDialog, QWidget

    from app.infra import paths
    from app.ui.common import ask_pdf_target

    window, other_window = QWidget(), QWidget()
    qtbot.addWidget(window)
    qtbot.addWidget(other_window)
    stick = tmp_path / "usb" / "NP-115-0001"
    stick.mkdir(parents=True)
    asked: list[Path] = []

    def save_as(answer: Path | None) -> None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
            lambda *a, **k: (asked.append(Path(a[2])), (str(answer) if answer else "", ""))[1]))

    save_as(stick / "transcript")
    assert ask_pdf_target(QDialog(window), "Save", "a.pdf") == stick / "transcript.pdf"
    save_as(None)  # cancelled: remembers nothing
    assert ask_pdf_target(QDialog(window), "Save", "b.pdf") is None
    assert ask_pdf_target(window, "Save", "c.pdf") is None
    assert ask_pdf_target(other_window, "Save", "d.pdf") is None  # another window has its own
    assert asked == [paths.documents_dir() / "a.pdf", stick / "b.pdf", stick / "c.pdf", paths.documents_dir() / "d.pdf"]
    stick.rmdir()  # the stick was pulled out
    assert ask_pdf_target(window, "Save", "e.pdf") is None
    assert asked[-1] == paths.documents_dir() / "e.pdf"


def test_the_notice_time_shows_how_the_notice_will_print_it(qtbot, window: MainWindow, casework: Casework,
                                                           vault: Vault, case_id: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("zh_TW"))  # the Chinese interface (another test may have left English)
    try:
        dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.PLATFORM_NOTICE)
        assert not dialog.notice_reading.isEnabled()  # "now" is ticked: the editor and its reading are off
        dialog.notice_now.setChecked(False)
        dialog.notice_at.setDate(QDate(2025, 7, 11))  # as typed into the editor's fields
        dialog.notice_at.setTime(QTime(9, 15))
        assert dialog.notice_reading.isEnabled() and dialog.notice_reading.text() == "＝ 民國114年7月11日 09:15"
    finally:
        QLocale.setDefault(before)
    qtbot.waitUntil(lambda: "民國114年7月11日" in dialog.preview.toPlainText(), timeout=10_000)


@pytest.fixture
def new_york_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The workstation set to a zone with daylight saving time (a misconfigured Windows machine)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("new_york_machine")
def test_the_notice_time_is_taipei_time_whatever_the_machine_zone(qtbot, window: MainWindow, casework: Casework,
                                                                  vault: Vault, case_id: str) -> None:
    """Seen: on a machine set to New York, 02:30 typed for 14 March 2027 (that night's daylight-saving gap
    there, not in Taipei) became 03:30, and the notice's removal deadline moved with it."""
    assert time.localtime(0).tm_hour != 8  # the zone really changed for this process
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.PLATFORM_NOTICE)
    dialog.notice_now.setChecked(False)
    dialog.notice_at.setDate(QDate(2027, 3, 14))
    dialog.notice_at.setTime(QTime(2, 30))
    assert dialog.notice_at.text() == "2027-03-14 02:30"
    assert dialog.options().notice_at == datetime(2027, 3, 13, 18, 30, tzinfo=UTC)


def test_an_evidence_list_says_what_it_checked_when_it_was_printed(qtbot, window: MainWindow, casework: Casework,
                                                                   vault: Vault, case_id: str, tmp_path: Path) -> None:
    """For the prosecutor: the list re-hashes the case's files and walks the chain as it is made, and
    prints what it found, a mismatch included; the preview checks nothing and says nothing of it."""
    dialog = open_dialog(qtbot, window, casework, vault, case_id, DocumentKind.EVIDENCE_LIST)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    qtbot.waitUntil(lambda: "Evidence list" in dialog.preview.toPlainText(), timeout=10_000)
    assert "checked when printed" not in dialog.preview.toPlainText()
    files = vault.artifacts.in_case(case_id)
    with qtbot.waitSignal(dialog.document_saved, timeout=20_000):
        dialog.save_pdf(tmp_path / "list.pdf")
    text = " ".join(pdf_text(tmp_path / "list.pdf").split())
    assert (f"Evidence files, checked when printed All {len(files)} evidence files ({sum(f.size for f in files):,} "
            "bytes) were read back from the vault and hashed again: each matches the SHA-256 listed.") in text
    assert "Audit chain, checked when printed Intact: entries #1 to #" in text
    entry = [e for e in vault.audit.entries(case_id) if e.action == "document.generated"][-1]
    assert entry.details["artifacts"] == len(files) and entry.details["ok"] is True and dialog.error.text() == ""

    change_evidence_bytes(vault.db, files[0].id, b"IMG 2")
    with qtbot.waitSignal(dialog.document_saved, timeout=20_000):
        dialog.save_pdf(tmp_path / "again.pdf")
    text = " ".join(pdf_text(tmp_path / "again.pdf").split())
    assert f"DO NOT MATCH: {files[0].id} no longer match the SHA-256 listed." in text  # said, not hidden
    assert dialog.error.text().startswith(f"DO NOT MATCH: {files[0].id}")  # and told in the dialog, in red
    assert not dialog.error.isHidden()
    assert [e for e in vault.audit.entries(case_id) if e.action == "document.generated"][-1].details["ok"] is False
