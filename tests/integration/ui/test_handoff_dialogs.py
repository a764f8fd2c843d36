"""Case files in the window: the keys to give out, exporting a case, checking then importing one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.core.models import Role
from app.ui.cases.handoff import ExportCaseDialog, ImportCaseDialog, KeysDialog
from app.ui.common import format_time
from app.ui.mainwindow import MainWindow
from app.vault import Vault
from app.vault.handoff import export_case, workstation_keys
from tests.conftest import PASSPHRASE
from tests.unit.vault.test_handoff import busy_case, count_unwraps


def test_the_keys_dialog_shows_what_other_units_need(qtbot: Any, vault: Vault) -> None:
    dialog = KeysDialog(vault)
    qtbot.addWidget(dialog)
    keys = workstation_keys(vault)
    assert dialog.recipient.text() == keys.recipient and dialog.fingerprint.text() == keys.fingerprint
    assert [e.action for e in vault.audit.entries()].count("keys.create") == 1  # made once, audited
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == keys.recipient


def test_the_next_export_proposes_the_folder_of_the_last(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault,
                                                          tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    first, second = vault.create_case("移交一（虛構）"), vault.create_case("移交二（虛構）")
    stick = tmp_path / "usb"
    stick.mkdir()
    export = ExportCaseDialog(tasks, vault, first, window)
    assert Path(export.file.path.text()).parent != stick
    export.recipient.setText(workstation_keys(receiving).recipient)
    export.file.path.setText(str(stick / "first.npcase"))
    export.buttons.button(export.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: export.result is not None, timeout=30_000)
    export.close()
    again = ExportCaseDialog(tasks, vault, second, window)
    assert again.file.path.text() == str(stick / f"{second.number}.npcase")


def _checked(qtbot: Any, receive: ImportCaseDialog, path: Path, passphrase: str = "") -> ImportCaseDialog:
    """The import dialog with ``path`` chosen (and its passphrase typed) and checked, ready to import."""
    qtbot.addWidget(receive)
    receive.file.path.setText(str(path))
    receive.passphrase.setText(passphrase)
    receive.check.click()
    qtbot.waitUntil(receive.accept_button.isEnabled, timeout=30_000)
    return receive


def test_export_then_check_then_import(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    export = ExportCaseDialog(tasks, vault, vault.case(case_id))
    qtbot.addWidget(export)
    assert "Sealed identities (1) are left out" in export.sealed_note.text()
    ok = export.buttons.button(export.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no key yet
    assert export.to_key.isChecked() and not export.passphrase.isEnabled() and not export.repeat.isEnabled()
    export.recipient.setText("age1notakey")
    export.file.path.setText(str(tmp_path / "out.npcase"))
    ok.click()
    qtbot.waitUntil(lambda: bool(export.error.text()), timeout=10_000)
    assert "is not a workstation key" in export.error.text() and not (tmp_path / "out.npcase").exists()
    assert "Tools → Workstation keys" in export.error.text()  # where the officer finds it, not only the command
    export.to_passphrase.setChecked(True)  # seen: the key's error stayed under the passphrase fields
    assert export.error.isHidden()
    export.to_key.setChecked(True)
    export.recipient.setText(workstation_keys(receiving).recipient)
    ok.click()
    qtbot.waitUntil(lambda: export.result is not None, timeout=30_000)
    assert workstation_keys(vault).fingerprint in export.outcome.text() and not ok.isEnabled()
    assert not export.passphrase.isEnabled()  # by key, before and after

    receive = ImportCaseDialog(tasks, receiving)
    qtbot.addWidget(receive)
    shown: list[str] = []
    receive.progressed.connect(lambda *_report: shown.append(receive.status.text()))
    assert not receive.check.isEnabled() and not receive.accept_button.isEnabled()
    receive.file.path.setText(str(tmp_path / "out.npcase"))
    assert receive.check.isEnabled() and not receive.accept_button.isEnabled()  # check first
    receive.check.click()
    qtbot.waitUntil(receive.accept_button.isEnabled, timeout=30_000)
    assert workstation_keys(vault).fingerprint in receive.summary.text()
    assert int(receiving.db.scalar("SELECT count(*) FROM cases")) == 0  # checking wrote nothing
    imported: list[str] = []
    receive.imported.connect(imported.append)
    receive.show()
    receive.accept_button.click()
    close = receive.buttons.button(receive.buttons.StandardButton.Close)
    assert not close.isEnabled()
    receive.reject()  # Escape while importing: the dialog stays until the import ends
    assert receive.isVisible()
    qtbot.waitUntil(lambda: bool(imported), timeout=30_000)
    assert imported == [case_id] and "Received as case" in receive.summary.text()
    files = len(vault.artifacts.in_case(case_id))
    assert f"Checking… evidence files verified: {files} of {files}" in shown
    assert f"Importing… evidence files stored: {files} of {files}" in shown
    assert receive.status.text() == ""  # cleared with the result
    assert not receive.accept_button.isEnabled()
    # The same file again adds nothing: said at the check, with nothing to import (seen: the check promised to add
    # what the other unit added, and Import then said the case was here already).
    again = ImportCaseDialog(tasks, receiving)
    qtbot.addWidget(again)
    again.file.path.setText(str(tmp_path / "out.npcase"))
    again.check.click()
    qtbot.waitUntil(lambda: bool(again.error.text()), timeout=30_000)
    assert "already" in again.error.text() and not again.accept_button.isEnabled() and again.report is None


def test_sealed_identities_are_sent_only_when_ticked_with_a_reason_and_the_passphrase(
        qtbot: Any, tasks: Any, vault: Vault, receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    export = ExportCaseDialog(tasks, vault, vault.case(case_id))
    qtbot.addWidget(export)
    export.show()
    ok = export.buttons.button(export.buttons.StandardButton.Ok)
    export.recipient.setText(workstation_keys(receiving).recipient)
    export.file.path.setText(str(tmp_path / "out.npcase"))
    assert export.include_sealed.isVisible() and not export.include_sealed.isChecked()  # off unless chosen
    assert not export.reason.isVisible() and ok.isEnabled()
    export.include_sealed.setChecked(True)
    assert export.reason.isVisible() and "Victim 1" in export.sealed_note.text() and not ok.isEnabled()
    export.to_passphrase.setChecked(True)
    assert "the receiving workstation's key is safer" in export.sealed_note.text()
    export.to_key.setChecked(True)
    assert "safer" not in export.sealed_note.text()
    export.reason.setText("轄區分局須通知家屬（虛構）")
    assert not ok.isEnabled()  # the passphrase again, as for a reveal
    export.vault_passphrase.setText("not the vault passphrase 1")
    ok.click()
    qtbot.waitUntil(lambda: bool(export.error.text()), timeout=30_000)
    assert "passphrase is wrong" in export.error.text() and not (tmp_path / "out.npcase").exists()
    assert export.vault_passphrase.text() == "" and vault.audit.entries(case_id)[-1].action == "person.hand_over_denied"
    export.vault_passphrase.setText(PASSPHRASE)
    ok.click()
    qtbot.waitUntil(lambda: export.result is not None, timeout=30_000)
    assert "Sealed identities sent with it: Victim 1." in export.outcome.text() and export.vault_passphrase.text() == ""

    receive = _checked(qtbot, ImportCaseDialog(tasks, receiving), tmp_path / "out.npcase")
    assert "sent 1 sealed identity with the case" in receive.summary.text()  # seen: "1 sealed identities"
    assert "stayed with the sending unit" not in receive.summary.text()


def test_a_case_without_identities_held_here_offers_none_to_send(qtbot: Any, tasks: Any, vault: Vault) -> None:
    case = vault.create_case("無彌封身分測試")
    vault.add_person(case.id, Role.SUSPECT, "虛構嫌疑人")
    export = ExportCaseDialog(tasks, vault, case)
    qtbot.addWidget(export)
    export.show()
    assert not export.include_sealed.isVisible() and export.sealed_note.text() == "The case has no sealed identities."


def test_a_passphrase_export_needs_both_fields_alike(qtbot: Any, tasks: Any, vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("密碼匯出測試")
    export = ExportCaseDialog(tasks, vault, case)
    qtbot.addWidget(export)
    export.to_passphrase.setChecked(True)
    export.passphrase.setText("hand-off passphrase 4711")
    export.repeat.setText("hand-off passphrase 4712")
    export.file.path.setText(str(tmp_path / "p.npcase"))
    export.buttons.button(export.buttons.StandardButton.Ok).click()
    assert export.error.text() == "The two passphrases differ." and not (tmp_path / "p.npcase").exists()


def test_a_passphrase_case_file_imported_says_what_it_became(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Clearing the passphrase after the import used to count as a new passphrase typed: the dialog forgot
    the check and showed its opening hint ("nothing is written until you import") over a case just written.
    Check then import opened the file's key with the passphrase three times (about a second each); now once."""
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "p.npcase", passphrase="hand-off passphrase 4711")
    opened = count_unwraps(monkeypatch)
    receive = _checked(qtbot, ImportCaseDialog(tasks, receiving), tmp_path / "p.npcase", "hand-off passphrase 4711")
    receive.accept_button.click()
    qtbot.waitUntil(lambda: receive.result is not None, timeout=30_000)
    assert receive.passphrase.text() == "" and receive.report is not None and receive.report.file_key is None
    assert len(opened) == 1  # not kept once used; paid for once
    assert not receive.passphrase.isEnabled() and receive.passphrase.placeholderText() == ""  # nothing to type
    assert not receive.file.isEnabled()
    number = receiving.case(case_id).number
    assert f"Received as case {number}." in receive.summary.text() and "Nothing is written" not in receive.summary.text()
    receive.file.path.setText(str(tmp_path / "other.npcase"))  # done: nothing to check again
    assert f"Received as case {number}." in receive.summary.text() and not receive.check.isEnabled()


def test_a_passphrase_case_file_asks_for_its_passphrase_in_the_window(qtbot: Any, tasks: Any, vault: Vault,
                                                                      receiving: Vault, tmp_path: Path) -> None:
    """Checked without one, the window said to set NETPATROL_EXPORT_PASSPHRASE, the command line's way. It
    now asks in the window as soon as the file is chosen, and Check waits for the passphrase."""
    export_case(vault, busy_case(vault), tmp_path / "p.npcase", passphrase="hand-off passphrase 4711")
    export_case(vault, vault.create_case("金鑰案件（虛構）").id, tmp_path / "k.npcase",
                recipients=[workstation_keys(receiving).recipient])
    receive = ImportCaseDialog(tasks, receiving)
    qtbot.addWidget(receive)
    receive.file.path.setText(str(tmp_path / "p.npcase"))
    assert not receive.check.isEnabled()
    assert receive.passphrase.placeholderText() == "This case file is protected by a passphrase: type it here."
    receive.passphrase.setText("hand-off passphrase 4711")
    assert receive.check.isEnabled()
    receive.passphrase.clear()
    receive.file.path.setText(str(tmp_path / "k.npcase"))  # to this workstation's key: nothing to type
    assert receive.check.isEnabled() and receive.passphrase.placeholderText() == ""


def test_a_wrong_passphrase_is_ready_to_be_typed_again(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault,
                                                      tmp_path: Path) -> None:
    """Seen: after a wrong passphrase the focus sat on the file's path, selected, and the wrong passphrase
    had to be cleared by hand before typing the right one."""
    export_case(vault, busy_case(vault), tmp_path / "p.npcase", passphrase="hand-off passphrase 4711")
    receive = ImportCaseDialog(tasks, receiving)
    qtbot.addWidget(receive)
    receive.show()
    receive.activateWindow()
    qtbot.waitExposed(receive)
    receive.file.path.setText(str(tmp_path / "p.npcase"))
    receive.passphrase.setText("not the passphrase 12345")
    receive.check.click()
    qtbot.waitUntil(lambda: "passphrase is wrong" in receive.error.text(), timeout=30_000)
    assert receive.passphrase.selectedText() == "not the passphrase 12345"
    qtbot.waitUntil(receive.passphrase.hasFocus, timeout=10_000)


def test_enter_after_the_passphrase_checks_the_file_and_opens_no_file_dialog(
        qtbot: Any, tasks: Any, vault: Vault, receiving: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: Enter in the passphrase field opened the file dialog (Choose… took Enter, no button being the
    default); in the export dialog too."""
    from PySide6.QtWidgets import QFileDialog

    chooser: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: chooser.append("open") or ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: chooser.append("save") or ("", ""))
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "p.npcase", passphrase="hand-off passphrase 4711")
    receive = ImportCaseDialog(tasks, receiving)
    qtbot.addWidget(receive)
    receive.show()
    receive.file.path.setText(str(tmp_path / "p.npcase"))
    receive.passphrase.setText("hand-off passphrase 4711")
    qtbot.keyClick(receive.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(receive.accept_button.isEnabled, timeout=30_000)
    assert chooser == [] and receive.result is None  # checked; importing stays a click
    export = ExportCaseDialog(tasks, vault, vault.case(case_id))
    qtbot.addWidget(export)
    export.show()
    export.file.path.setText(str(tmp_path / "out.npcase"))
    export.to_passphrase.setChecked(True)
    export.passphrase.setText("hand-off passphrase 4711")
    export.repeat.setText("hand-off passphrase 4711")
    qtbot.keyClick(export.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil((tmp_path / "out.npcase").exists, timeout=30_000)
    assert chooser == []


def test_a_changed_file_must_be_checked_again(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault,
                                              tmp_path: Path) -> None:
    case_id = vault.create_case("重新檢查測試").id
    export_case(vault, case_id, tmp_path / "a.npcase", recipients=[workstation_keys(receiving).recipient])
    receive = _checked(qtbot, ImportCaseDialog(tasks, receiving), tmp_path / "a.npcase")
    receive.file.path.setText(str(tmp_path / "b.npcase"))
    assert not receive.accept_button.isEnabled()
    receive.check.click()
    qtbot.waitUntil(lambda: bool(receive.error.text()), timeout=10_000)
    assert "was not found" in receive.error.text() and not receive.accept_button.isEnabled()


def test_the_window_lists_and_opens_a_received_case(qtbot: Any, tasks: Any, settings: Any, vault: Vault,
                                                   receiving: Vault, tmp_path: Path) -> None:
    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "c.npcase", recipients=[workstation_keys(receiving).recipient])
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.set_vault(receiving)
    assert window.case_list.first_import.isVisibleTo(window.case_list)  # an empty vault offers it
    dialog = window._on_import_case()
    assert dialog is not None
    dialog.file.path.setText(str(tmp_path / "c.npcase"))
    dialog.check.click()
    qtbot.waitUntil(dialog.accept_button.isEnabled, timeout=30_000)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: window.current_case_id() == case_id, timeout=30_000)
    names = [window.case_view.people_table.item(row, 2).text() for row in range(window.case_view.people_table.rowCount())]
    assert "(stayed with the sending unit)" in names
    victim = next(p for p in receiving.people.in_case(case_id) if p.role is Role.VICTIM)
    assert not victim.identity_here
    view = window.case_view
    sent = vault.case(case_id)
    assert view.received.isVisibleTo(view) and view.details_form.labelForField(view.received).text() == "Received from:"
    assert view.received.text() == (f"{sent.unit}, their case number {sent.number}; opened there "
                                    f"{format_time(sent.created_at)}")
    view.show_case(receiving.create_case("本單位自行立案（虛構）").id)
    assert not view.received.isVisibleTo(view)  # a case opened here has no sender
    onward = ExportCaseDialog(tasks, receiving, receiving.case(case_id))
    qtbot.addWidget(onward)
    assert not onward.include_sealed.isVisibleTo(onward)  # nothing held here to send on
    assert onward.sealed_note.text() == ("Sealed identities (1) are left out: the case file names those people by "
                                         "pseudonym only. 1 of them stayed with the unit that sent this case here and "
                                         "cannot be sent on.")


def test_an_earlier_export_is_replaced_only_when_the_officer_says_so(qtbot: Any, tasks: Any, vault: Vault,
                                                                     receiving: Vault, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.cases import handoff

    case = vault.create_case("覆寫測試（虛構）")
    earlier = tmp_path / "case.npcase"
    earlier.write_bytes(b"the file handed over yesterday")
    answers: list[str] = []
    monkeypatch.setattr(handoff.QMessageBox, "question", lambda *args: (
        answers.append(args[2]), handoff.QMessageBox.StandardButton.No)[1])
    export = ExportCaseDialog(tasks, vault, case)
    qtbot.addWidget(export)
    export.recipient.setText(workstation_keys(receiving).recipient)
    export.file.path.setText(str(earlier))
    export.buttons.button(export.buttons.StandardButton.Ok).click()
    assert answers and "already exists" in answers[0]
    assert earlier.read_bytes() == b"the file handed over yesterday" and export.result is None
    monkeypatch.setattr(handoff.QMessageBox, "question", lambda *args: handoff.QMessageBox.StandardButton.Yes)
    export.buttons.button(export.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: export.result is not None, timeout=30_000)
    assert earlier.read_bytes().startswith(b"age-encryption.org/v1")


def test_a_case_that_comes_back_is_added_to_in_the_window(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.cases import handoff
    from app.vault.receive import import_case_file

    case_id = busy_case(vault)
    export_case(vault, case_id, tmp_path / "ab.npcase", recipients=[workstation_keys(receiving).recipient])
    import_case_file(receiving, tmp_path / "ab.npcase")
    receiving.add_person(case_id, Role.WITNESS, "證人甲（虛構）")
    export_case(receiving, case_id, tmp_path / "ba.npcase", recipients=[workstation_keys(vault).recipient])
    receive = _checked(qtbot, ImportCaseDialog(tasks, vault), tmp_path / "ba.npcase")
    number = vault.case(case_id).number
    assert f"This case is here already, as {number}: it came back." in receive.summary.text()  # told before
    assert "Its signing key was never seen for this case" in receive.summary.text()
    fingerprint, asked = workstation_keys(receiving).fingerprint, []
    monkeypatch.setattr(handoff.QMessageBox, "question", lambda *args: (
        asked.append(args[2]), handoff.QMessageBox.StandardButton.No)[1])
    before = vault.audit_head()
    receive.accept_button.click()  # the officer does not accept the key: nothing is imported
    assert asked and f"Fingerprint: {fingerprint}" in asked[0] and receive.result is None
    assert vault.audit_head() == before and not receive.busy.isVisible()
    monkeypatch.setattr(handoff.QMessageBox, "question", lambda *args: handoff.QMessageBox.StandardButton.Yes)
    receive.accept_button.click()
    qtbot.waitUntil(lambda: receive.result is not None, timeout=30_000)
    assert receive.result is not None and receive.result.signer_accepted
    assert f"You accepted the signing key {fingerprint} for this case" in receive.summary.text()
    assert "This case is here already" not in receive.summary.text()  # the result says what was done
    assert (f"Case {number} was already here (it came back): added 0 captures, 2 evidence files, 1 person, "
            f"0 identifiers and 0 step records") in receive.summary.text()
    assert "Received as case" not in receive.summary.text()


def test_the_window_says_which_received_steps_this_procedure_lacks(qtbot: Any, tasks: Any, vault: Vault,
                                                                   receiving: Vault, tmp_path: Path) -> None:
    """The import dialog checks the file's step records against the procedure in force and says which it lacks."""
    from tests.unit.checklist.helpers import procedure
    from tests.unit.vault.test_handoff_return_trust import _foreign_step, altered, send

    case_id = vault.create_case("未知步驟測試（虛構）").id
    sent = altered(send(vault, receiving, case_id, tmp_path / "ab.npcase"), receiving, vault,
                   lambda manifest: manifest["steps"].append(_foreign_step(case_id, "other-unit.extra-step")))
    receive = _checked(qtbot, ImportCaseDialog(tasks, receiving, procedure=procedure), sent)
    receive.accept_button.click()
    qtbot.waitUntil(lambda: receive.result is not None, timeout=30_000)
    assert ("1 step record of the case file is for a step this workstation's procedure does not have "
            "(other-unit.extra-step)") in receive.summary.text()


def test_the_window_says_which_of_this_units_steps_a_returned_file_ticks_again(
        qtbot: Any, tasks: Any, vault: Vault, receiving: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ticked a step; B undid it and ticked it again. Neither record is applied, and the import window says both."""
    from datetime import timedelta

    from app.ui.cases import handoff
    from app.vault.receive import import_case_file
    from app.vault.steps import StepStore

    case_id = busy_case(vault)  # evidence.preserve ticked here
    export_case(vault, case_id, tmp_path / "ab.npcase", recipients=[workstation_keys(receiving).recipient])
    import_case_file(receiving, tmp_path / "ab.npcase")
    later = receiving.clock() - timedelta(minutes=1)
    theirs = StepStore(receiving.db, receiving.audit)
    theirs.record(receiving.actor, case_id, "evidence.preserve", "undo", later, later, "乙單位撤回", {}, "test-1")
    theirs.record(receiving.actor, case_id, "evidence.preserve", "done", later, later, "乙單位再勾選", {}, "test-1")
    export_case(receiving, case_id, tmp_path / "ba.npcase", recipients=[workstation_keys(vault).recipient])
    receive = _checked(qtbot, ImportCaseDialog(tasks, vault), tmp_path / "ba.npcase")
    monkeypatch.setattr(handoff.QMessageBox, "question", lambda *args: handoff.QMessageBox.StandardButton.Yes)
    receive.accept_button.click()
    qtbot.waitUntil(lambda: receive.result is not None, timeout=30_000)
    summary = receive.summary.text()
    assert "The other unit's file undoes 1 of this unit's own steps (evidence.preserve)" in summary
    assert "The other unit's file ticks again 1 of this unit's own steps (evidence.preserve); those records were " \
           "not applied" in summary


def test_the_window_names_the_withheld_steps_by_their_titles(qtbot: Any, tasks: Any, vault: Vault, receiving: Vault,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen: 「（report-social-authority）」, the step's id, in the import's sentence; the checklist names it by its title."""
    from datetime import timedelta

    from app.ui.cases import handoff
    from app.vault.receive import import_case_file
    from app.vault.steps import StepStore
    from tests.unit.checklist.helpers import procedure

    case_id = vault.create_case("退回步驟名稱（虛構）").id
    now = vault.clock() - timedelta(hours=2)
    StepStore(vault.db, vault.audit).record(vault.actor, case_id, "report-social-authority", "done", now, now,
                                            "已通報（測試）", {}, "test-1")
    export_case(vault, case_id, tmp_path / "ab.npcase", recipients=[workstation_keys(receiving).recipient])
    import_case_file(receiving, tmp_path / "ab.npcase")
    later = receiving.clock() - timedelta(minutes=1)
    StepStore(receiving.db, receiving.audit).record(receiving.actor, case_id, "report-social-authority", "done", later,
                                                    later, "乙單位再勾選", {}, "test-1")
    export_case(receiving, case_id, tmp_path / "ba.npcase", recipients=[workstation_keys(vault).recipient])
    receive = _checked(qtbot, ImportCaseDialog(tasks, vault, procedure=procedure), tmp_path / "ba.npcase")
    monkeypatch.setattr(handoff.QMessageBox, "question", lambda *args: handoff.QMessageBox.StandardButton.Yes)
    receive.accept_button.click()
    qtbot.waitUntil(lambda: receive.result is not None, timeout=30_000)
    summary = receive.summary.text()
    assert "ticks again 1 of this unit's own steps (Report to the social authority (Department" in summary
    assert "report-social-authority" not in summary
