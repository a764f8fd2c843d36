"""A shift with NetPatrol open: the same things done many times must not leave anything behind. Found by a soak of
the main window (tests/integration/ui/probe_shift.py): each Settings and each "My keys" dialog opened stayed alive,
hidden, as a child of the main window until the program ended (30 widgets per Settings opened). Modal dialogs made
for one use are now deleted once answered (``run_modal``)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.cases.handoff import KeysDialog
from app.ui.mainwindow import MainWindow
from app.ui.settings import SettingsDialog
from app.vault import Vault

ROUNDS = 6


@pytest.fixture
def window(qtbot: Any, tasks: Any, settings: Any, vault: Vault) -> MainWindow:
    shown = MainWindow(tasks, settings)
    qtbot.addWidget(shown)
    shown.show()
    shown.set_vault(vault)
    return shown


def cancel_when_shown(kind: type[QDialog]) -> None:
    """Cancel the modal dialog once it is up (exec() runs until it is answered)."""
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()
    QTimer.singleShot(0, cancel)


def settle(qtbot: Any) -> int:
    """The number of live widgets once the deletions asked for have happened."""
    qtbot.wait(50)
    return len(QApplication.allWidgets())


def test_settings_opened_many_times_leaves_no_dialog_behind(qtbot: Any, window: MainWindow) -> None:
    counts = []
    for _ in range(ROUNDS):
        cancel_when_shown(SettingsDialog)
        window._on_settings()
        counts.append(settle(qtbot))
    assert window.findChildren(SettingsDialog) == []
    assert counts[-1] == counts[0], counts  # was 30 more widgets each time


def test_the_keys_dialog_opened_many_times_leaves_no_dialog_behind(qtbot: Any, window: MainWindow) -> None:
    counts = []
    for _ in range(ROUNDS):
        cancel_when_shown(KeysDialog)
        window._on_keys()
        counts.append(settle(qtbot))
    assert [dialog for dialog in window.findChildren(QDialog) if dialog.objectName() == "keysDialog"] == []
    assert counts[-1] == counts[0], counts
