"""The save dialogs propose a file name valid on Windows, whatever the case number holds.

A unit's number format is free text (the first-run wizard, `case new --number`): ``婦幼/{roc_year}/{seq:04d}``
gives ``婦幼/115/0004``. Seen: the document's save dialog then opened on ``Documents/婦幼/115/0004-evidence.pdf``,
folders that do not exist, and the case file's proposed path made the export fail for a missing folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from app.infra import paths
from app.ui.cases.handoff import ExportCaseDialog
from app.ui.common import ask_pdf_target
from app.vault import Vault

NUMBER = "婦幼/115/0004"


def test_the_save_dialog_proposes_a_name_not_folders(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (asked.append(a[2]), ("", ""))[1]))
    ask_pdf_target(window, "Save", f"{NUMBER}-evidence.pdf")
    ask_pdf_target(window, "Save", "CON.pdf")
    assert asked == [str(paths.documents_dir() / "婦幼_115_0004-evidence.pdf"), str(paths.documents_dir() / "CON_.pdf")]


def test_the_case_file_is_proposed_in_the_save_folder_itself(qtbot: Any, tasks: Any, vault: Vault) -> None:
    case = vault.create_case("編號含斜線的案件（虛構）", number=NUMBER)
    export = ExportCaseDialog(tasks, vault, case)
    qtbot.addWidget(export)
    proposed = Path(export.file.path.text())
    assert proposed == paths.documents_dir() / "婦幼_115_0004.npcase"
    assert proposed.parent.is_dir()  # the export writes only into a folder that exists


def test_a_case_file_named_in_capitals_gets_no_second_suffix(qtbot: Any, tasks: Any, vault: Vault,
                                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Windows names are case-insensitive: CASE.NPCASE is a case file, not CASE.NPCASE.npcase."""
    export = ExportCaseDialog(tasks, vault, vault.create_case("大寫副檔名（虛構）"))
    qtbot.addWidget(export)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "CASE.NPCASE"), "")))
    export.file.choose.click()
    assert export.file.path.text() == str(tmp_path / "CASE.NPCASE")
