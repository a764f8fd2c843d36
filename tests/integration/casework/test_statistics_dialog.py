"""Tools → Statistics: counts for the period typed, the same sentences as `netpatrol stats`, a wrong
day said plainly, and the figures copied for the evaluation report."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QGuiApplication

from app.checklist.loader import ProcedureLibrary
from app.infra import paths
from app.ui.casework.statistics import StatisticsDialog
from app.vault import Vault


def test_the_month_is_counted_then_another_period(qtbot: Any, tasks: Any, vault: Vault) -> None:
    vault.create_case("統計視窗測試（虛構）", ["PTT"])
    procedure = ProcedureLibrary(paths.RESOURCES / "procedures").current
    today = date.today()
    dialog = StatisticsDialog(tasks, vault, procedure, today=today)
    qtbot.addWidget(dialog)
    assert dialog.first.text() == today.replace(day=1).isoformat()  # no catalogue in tests: English form
    qtbot.waitUntil(lambda: "Cases opened: 1;" in dialog.figures.toPlainText(), timeout=10_000)
    assert "by platform: PTT 1" in dialog.figures.toPlainText()

    dialog.first.setText("114/07/01")
    dialog.last.setText("114/07/31")
    dialog.compute.click()
    qtbot.waitUntil(lambda: dialog.figures.toPlainText().startswith("Period: 2025-07-01 to 2025-07-31"),
                    timeout=10_000)
    assert "Cases opened: 0;" in dialog.figures.toPlainText()
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == dialog.figures.toPlainText()

    dialog.last.setText("114/02/30")
    dialog.compute.click()
    assert dialog.error.text() == "114/02/30 is not a day: write 114/07/08 or 2025-07-08."
    dialog.last.setText("114/06/01")
    dialog.compute.click()
    assert "ends" in dialog.error.text() and dialog.compute.isEnabled()


def test_the_tools_menu_opens_it_while_unlocked(casework: Any, window: Any, vault: Vault, qtbot: Any) -> None:
    window.set_vault(vault)
    assert casework.act_statistics.isEnabled()
    assert casework.act_statistics in window.menu_tools.actions()
    dialog = casework.open_statistics()
    assert dialog is not None
    qtbot.waitUntil(lambda: "Period:" in dialog.figures.toPlainText(), timeout=10_000)
    dialog.reject()
    window.set_vault(None)
    assert not casework.act_statistics.isEnabled()
