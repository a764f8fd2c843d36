"""Tools → Statistics: counts for the period typed, the same sentences as `netpatrol stats`, a wrong
day said plainly, the figures copied for the evaluation report or saved as the statistics sheet, and
never figures shown under days they were not counted for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.checklist.loader import ProcedureLibrary
from app.core.timeutil import taipei, utc_now
from app.infra import paths
from app.ui.casework.statistics import StatisticsDialog
from app.ui.common import day_text
from app.vault import Vault


def test_the_month_is_counted_then_another_period(qtbot: Any, tasks: Any, vault: Vault) -> None:
    vault.create_case("統計視窗測試（虛構）", ["PTT"])
    procedure = ProcedureLibrary(paths.RESOURCES / "procedures").current
    today = taipei(utc_now()).date()
    dialog = StatisticsDialog(tasks, vault, procedure, today=today)
    qtbot.addWidget(dialog)
    assert dialog.first.text() == day_text(today.replace(day=1))  # 114/07/01 or 2025-07-01, as the window's language
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
    assert not dialog.figures.isEnabled() and not dialog.copy.isEnabled() and not dialog.save.isEnabled()
    dialog.last.setText("114/06/01")
    dialog.compute.click()
    assert "ends" in dialog.error.text() and dialog.compute.isEnabled()


def test_the_figures_shown_are_saved_as_the_statistics_sheet(qtbot: Any, tasks: Any, vault: Vault,
                                                               tmp_path: Path) -> None:
    vault.create_case("統計表測試（虛構）", ["Dcard"])
    procedure = ProcedureLibrary(paths.RESOURCES / "procedures").current
    dialog = StatisticsDialog(tasks, vault, procedure)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled, timeout=10_000)
    counted = dialog.counted
    assert counted is not None
    qtbot.keyClicks(dialog.first, "x")  # a day being edited: the figures no longer go with the days
    assert dialog.counted is None and not dialog.save.isEnabled() and not dialog.figures.isEnabled()
    dialog.first.setText(counted.first.isoformat())
    dialog.compute.click()
    qtbot.waitUntil(dialog.save.isEnabled, timeout=10_000)

    dialog.print_sheet(tmp_path / "sheet.pdf")
    assert dialog.first.isReadOnly() and not dialog.save.isEnabled()  # the days stay those being printed
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=10_000)
    entry = vault.audit.entries()[-1]
    assert (entry.action, entry.subject) == ("document.generated", "statistics")
    assert entry.details["first_day"] == counted.first.isoformat()
    assert entry.details["last_day"] == counted.last.isoformat()
    assert dialog.outcome.text() == f"Saved {tmp_path / 'sheet.pdf'} (SHA-256 {entry.details['sha256']})."
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF") and "by platform: Dcard 1" in \
        dialog.figures.toPlainText()

    dialog.print_sheet(tmp_path / "no such folder" / "sheet.pdf")
    qtbot.waitUntil(lambda: "could not be written" in dialog.error.text(), timeout=10_000)
    assert vault.audit.entries()[-1].seq == entry.seq and dialog.outcome.isHidden()
    assert dialog.save.isEnabled() and dialog.figures.isEnabled()  # the figures still hold: save elsewhere


def test_return_in_a_day_counts_and_keeps_the_window_open(qtbot: Any, tasks: Any, vault: Vault) -> None:
    """Seen: typing a day and pressing Return closed the window (the field was disabled while counting,
    the focus fell to Close, and the dialog pressed it)."""
    procedure = ProcedureLibrary(paths.RESOURCES / "procedures").current
    dialog = StatisticsDialog(tasks, vault, procedure)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save.isEnabled, timeout=10_000)
    dialog.first.setFocus()
    dialog.first.selectAll()
    qtbot.keyClicks(dialog.first, "2025-07-01")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.figures.toPlainText().startswith("Period: 2025-07-01 to "), timeout=10_000)
    assert dialog.isVisible() and dialog.result() == 0 and dialog.save.isEnabled()


def test_the_tools_menu_opens_it_while_unlocked(casework: Any, window: Any, vault: Vault, qtbot: Any,
                                                tmp_path: Path) -> None:
    window.set_vault(vault)
    assert casework.act_statistics.isEnabled()
    assert casework.act_statistics in window.menu_tools.actions()
    dialog = casework.open_statistics()
    assert dialog is not None
    qtbot.waitUntil(lambda: "Period:" in dialog.figures.toPlainText(), timeout=10_000)
    before = window.chain_label.text()
    dialog.print_sheet(tmp_path / "sheet.pdf")
    qtbot.waitUntil(lambda: not dialog.outcome.isHidden(), timeout=10_000)
    now = f"Audit chain #{vault.audit_head().split(':')[0]} "
    assert window.chain_label.text().startswith(now) and not before.startswith(now)  # at once, not in 10 s
    dialog.reject()
    window.set_vault(None)
    assert not casework.act_statistics.isEnabled()


def test_it_stays_beside_the_main_window_one_at_a_time_until_the_lock(casework: Any, window: Any, vault: Vault,
                                                                      qtbot: Any, tasks: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Like the vault audit log: counting a year should not keep the officer out of the cases meanwhile. So
    the officer can now lock while it counts: the count then ends with a sentence (dropped with the closed
    window), where its next query met a closed database and reached the crash dialog (CI, once)."""
    import threading

    from app.ui.casework import statistics

    locked, real = threading.Event(), statistics.unit_statistics

    def counted_after_the_lock(*args: Any) -> Any:
        locked.wait(10)
        return real(*args)

    monkeypatch.setattr(statistics, "unit_statistics", counted_after_the_lock)
    window.set_vault(vault)
    dialog = casework.open_statistics()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.NonModal and not dialog.isModal()
    assert casework.open_statistics() is dialog  # raised again, not a second window
    window.set_vault(None)
    vault.lock()  # as the session does
    locked.set()
    assert not dialog.isVisible()
    assert tasks.wait(10_000)
    qtbot.wait(50)  # the outcome arrives: a sentence for a closed window, not a bug
