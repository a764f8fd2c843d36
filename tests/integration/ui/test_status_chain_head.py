"""The status bar's audit chain head follows every committed entry at once, whichever panel or thread
appended it (the browser's patrol log, a worker storing a capture), with no refresh call and no timer;
a locked vault or a window gone hears nothing."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6

from app.ui.mainwindow import MainWindow
from app.vault import Vault


def _head_text(vault: Vault) -> str:
    seq, digest = vault.audit_head().split(":")
    return f"Audit chain #{seq} {digest[:12]}"


def test_an_entry_from_any_thread_reaches_the_status_bar(qtbot: Any, tasks: Any, settings: Any, vault: Vault) -> None:
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.set_vault(vault)
    vault.record("patrol.view_log", details={"day": "2025-07-08"})  # on this thread: at once
    assert window.chain_label.text() == _head_text(vault)
    worker = threading.Thread(target=lambda: vault.record("browser.persona_create", subject="persona-1"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: window.chain_label.text() == _head_text(vault), timeout=15_000)  # queued to this thread
    assert window.chain_label.toolTip() == vault.audit_head().split(":")[1]

    window.set_vault(None)
    vault.record("patrol.view_log")
    qtbot.wait(50)
    assert window.chain_label.text() == ""  # a locked window shows no head, old or new


def test_a_window_gone_is_not_told(qtbot: Any, tasks: Any, settings: Any, vault: Vault) -> None:
    window = MainWindow(tasks, settings)
    window.set_vault(vault)
    shiboken6.delete(window)
    vault.record("patrol.view_log")  # would reach a deleted window's signal (a RuntimeError) if it were
    assert vault.audit.head()[0] >= 2
