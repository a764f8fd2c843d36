"""The case picker of a capture with no active case: every case that is not closed, newest first."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.models import CaseStatus
from app.ui.capture import picker
from app.ui.capture.picker import CasePickerDialog


def test_an_old_open_case_is_offered_behind_many_newer_closed_ones(qtbot: Any, vault: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(picker, "CASE_LIMIT", 2)
    long_running = vault.create_case("長期偵辦案件", ["PTT"])
    referred = vault.create_case("已陳報案件", ["Dcard"])
    vault.update_case(referred.id, status=CaseStatus.REFERRED)
    for number in range(3):
        closed = vault.create_case(f"已結案件 {number}", ["X"])
        vault.update_case(closed.id, status=CaseStatus.CLOSED)
    dialog = CasePickerDialog(vault)
    qtbot.addWidget(dialog)
    listed = [dialog.cases.item(row).text() for row in range(dialog.cases.count())]
    assert listed == [f"{referred.number}  已陳報案件", f"{long_running.number}  長期偵辦案件"]
    assert dialog.select(long_running.id)
