"""Settings leads to the patrol platforms (issue: the launcher's platforms are "editable in Settings")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.infra.idle import IdleWatcher
from app.infra.settings import Settings
from app.infra.tasks import TaskRunner
from app.main import _wire_panels
from app.ui.browser.platforms_editor import PlatformsEditorDialog
from app.ui.session import Session
from app.ui.settings import SettingsDialog


def _visible(kind: type) -> Any:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


def test_settings_opens_the_platforms_editor_over_itself(qtbot: Any, tasks: TaskRunner, settings: Settings,
                                                         tmp_path: Path) -> None:
    session = Session(settings, tasks, IdleWatcher(60_000), tmp_path / "none.npv")
    _wire_panels(session)  # as the application wires its panels
    window = session.window
    qtbot.addWidget(window)
    seen: dict[str, Any] = {}

    def in_settings() -> None:
        dialog = _visible(SettingsDialog)
        if dialog is None:
            QTimer.singleShot(20, in_settings)
            return
        try:  # the dialog is modal: it must close even when what is looked for is missing
            seen["label"] = dialog.form.labelForField(dialog.platforms_button).text()
            dialog.platforms_button.click()
            editor = _visible(PlatformsEditorDialog)
            seen["editor"] = editor
            seen["over"] = editor is not None and editor.parentWidget() is dialog
            seen["rows"] = editor.editor.table.rowCount() if editor else 0
            if editor is not None:
                editor.accept()
        finally:
            dialog.reject()

    QTimer.singleShot(0, in_settings)
    window.act_settings.trigger()
    assert seen.get("label") == "Patrol platforms:"
    assert seen["editor"] is not None and seen["over"]  # over the Settings dialog, not behind it
    assert seen["rows"] == 13  # the guideline's twelve platforms and PTT
    window.closing.emit()
