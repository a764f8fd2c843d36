"""Choosing another case while the shown one has unsaved details asks first: Save, Discard, or Cancel (stay). Seen:
notes typed into a case's details, another case clicked in the list, and the notes were gone without a word."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.ui.mainwindow import MainWindow
from app.vault import Vault

NOTES = "嫌疑帳號 14:05 再次出現（測試）"


@pytest.fixture
def window(qtbot, tasks, settings, vault: Vault) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(tasks, settings)
    qtbot.addWidget(shown)
    shown.show()
    shown.set_vault(vault)
    return shown


def answer_with(window: MainWindow, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Answer the question once it is asked (it is modal: exec() runs until it is answered)."""
    def answer() -> None:
        box = window.leave_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        box.button(button).click()
    QTimer.singleShot(0, answer)


def typed_then_chose_another(window: MainWindow, vault: Vault) -> tuple[str, str, Callable[[], None]]:
    first = vault.create_case("第一案（測試）")
    second = vault.create_case("第二案（測試）")
    window.case_list.refresh()
    window.select_case(first.id)
    window.case_view.notes_edit.setPlainText(NOTES)
    return first.id, second.id, lambda: window.case_list.case_activated.emit(second.id)


def test_cancel_stays_on_the_case_with_what_was_typed(qtbot, window: MainWindow, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    first, _second, choose_second = typed_then_chose_another(window, vault)
    asked: list[str] = []
    answer_with(window, QMessageBox.StandardButton.Cancel, asked)
    choose_second()
    assert asked and vault.case(first).number in asked[0]
    assert window.current_case_id() == first
    assert window.case_view.notes_edit.toPlainText() == NOTES


def test_save_keeps_the_notes_in_the_vault_then_shows_the_other_case(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                    vault: Vault) -> None:
    first, second, choose_second = typed_then_chose_another(window, vault)
    answer_with(window, QMessageBox.StandardButton.Save, [])
    choose_second()
    assert window.current_case_id() == second
    assert vault.case(first).notes == NOTES


def test_discard_is_a_choice_and_the_vault_keeps_the_case_as_it_was(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   vault: Vault) -> None:
    first, second, choose_second = typed_then_chose_another(window, vault)
    answer_with(window, QMessageBox.StandardButton.Discard, [])
    choose_second()
    assert window.current_case_id() == second
    assert vault.case(first).notes == ""


def test_nothing_typed_nothing_asked_and_the_same_case_keeps_what_was_typed(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                           vault: Vault) -> None:
    first = vault.create_case("第一案（測試）")
    second = vault.create_case("第二案（測試）")
    window.select_case(first.id)
    window.select_case(second.id)  # no question: nothing was typed
    assert window.current_case_id() == second.id and window.leave_box is None
    window.case_view.notes_edit.setPlainText(NOTES)
    window.select_case(second.id)  # the same case again (a reminder, the dashboard): read again, typing kept
    assert window.case_view.notes_edit.toPlainText() == NOTES
