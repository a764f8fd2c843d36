"""Tools → Verify the vault: runs off the UI thread, shows how far it is, and says what it checked."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.models import ArtifactKind
from app.ui import mainwindow
from app.ui.mainwindow import MainWindow


def test_verifying_shows_progress_and_the_result(qtbot: Any, tasks: Any, settings: Any, vault: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    case = vault.create_case("驗證測試案件")
    for number in range(3):
        vault.add_artifact(case.id, ArtifactKind.TEXT, f"IMG {number}.txt", "text/plain", f"IMG {number}".encode())
    told: list[str] = []
    monkeypatch.setattr(mainwindow.QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow(tasks, settings)
    qtbot.addWidget(window)
    window.set_vault(vault)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.act_verify.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert "Verifying the vault…" in shown
    assert "Verifying the vault… evidence files re-hashed: 3 of 3" in shown
    assert "3 artifacts checked" in told[0]
    assert window.act_verify.isEnabled() and window.statusBar().currentMessage() == ""
