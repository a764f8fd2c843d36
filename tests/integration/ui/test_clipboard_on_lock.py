"""What NetPatrol copies (a document's text, the statistics, a provenance answer, the unit's key) leaves the
clipboard when the vault locks; what the officer copied since, from anywhere, stays."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.checklist.loader import ProcedureLibrary
from app.core.timeutil import taipei, utc_now
from app.infra import paths
from app.infra.idle import IdleWatcher
from app.ui import clipboard
from app.ui.casework.statistics import StatisticsDialog
from app.ui.clipboard import copy_text, forget_copied
from app.ui.session import Session

DOCUMENT_TEXT = "移送書（測試）\n案號 NP-115-0001\n被害人1"


@pytest.fixture(autouse=True)
def empty_clipboard(qapp) -> None:
    QGuiApplication.clipboard().clear()
    clipboard._Copied.digest = None


def test_the_copy_leaves_the_clipboard_when_forgotten() -> None:
    copy_text(DOCUMENT_TEXT)
    assert QGuiApplication.clipboard().text() == DOCUMENT_TEXT
    assert forget_copied()
    assert QGuiApplication.clipboard().text() == ""


def test_what_the_officer_copied_since_stays() -> None:
    copy_text(DOCUMENT_TEXT)
    QGuiApplication.clipboard().setText("the officer's own note")
    assert not forget_copied()
    assert QGuiApplication.clipboard().text() == "the officer's own note"


def test_nothing_copied_leaves_the_clipboard_alone() -> None:
    QGuiApplication.clipboard().setText("copied in another program")
    assert not forget_copied()
    assert QGuiApplication.clipboard().text() == "copied in another program"


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows formats are asserted on the other platforms' data")
def test_the_windows_history_formats_are_only_set_on_windows() -> None:
    copy_text(DOCUMENT_TEXT)
    formats = QGuiApplication.clipboard().mimeData().formats()
    assert not any("x-qt-windows-mime" in name for name in formats)


def test_the_idle_lock_takes_the_copied_statistics_off_the_clipboard(qtbot, tasks, settings, vault, vault_path: Path,
                                                                     bugs) -> None:
    """Copied with the statistics window's own button, as the officer does for the evaluation report."""
    vault.create_case("統計複製後鎖定（虛構）", ["PTT"])
    idle = IdleWatcher(60_000)
    session = Session(settings, tasks, idle, vault_path)
    qtbot.addWidget(session.window)
    session._on_opened(vault)
    procedure = ProcedureLibrary(paths.RESOURCES / "procedures").current
    dialog = StatisticsDialog(tasks, vault, procedure, today=taipei(utc_now()).date())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Cases opened: 1;" in dialog.figures.toPlainText(), timeout=10_000)
    dialog.copy.click()
    assert "Cases opened: 1;" in QGuiApplication.clipboard().text()
    idle.set_timeout_ms(50)
    with qtbot.waitSignal(session.locked, timeout=10_000):
        pass
    assert QGuiApplication.clipboard().text() == ""
    assert bugs == []
