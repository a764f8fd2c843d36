"""Qt's file dialogs write the folder they were last in, and a history of folders, into the user's settings
(``QtProject``: ~/.config/QtProject.conf, the registry on Windows) when they close. A folder's name can say
what a case is about (here one named after a victim), so NetPatrol keeps its last folder in memory only and
removes Qt's record after every dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.ui.common import ask_pdf_target

FOLDER_NAME = "案件-測試封存甲乙丙"


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[Path]:
    """Qt's user-scope settings (where QtProject.conf goes) in a folder of this test."""
    folder = tmp_path / "config"
    folder.mkdir()
    original = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, original)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, original)


def _accept_when_shown(qtbot: Any) -> None:
    def accept() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, accept)
        else:
            dialog.accept()

    QTimer.singleShot(0, accept)


def test_saving_a_document_leaves_no_folder_name_in_qt_settings(qtbot: Any, tmp_path: Path,
                                                                 user_settings: Path) -> None:
    folder = tmp_path / FOLDER_NAME
    folder.mkdir()
    window = QWidget()
    qtbot.addWidget(window)
    window.setProperty("lastSaveFolder", str(folder))  # the officer saved the case's documents here before
    _accept_when_shown(qtbot)
    assert ask_pdf_target(window, "Save", "NP-115-0001.pdf") == folder / "NP-115-0001.pdf"
    written = b"".join(path.read_bytes() for path in user_settings.rglob("*") if path.is_file())
    assert FOLDER_NAME.encode() not in written and quote(FOLDER_NAME).encode() not in written
    assert QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/lastVisited") is None
