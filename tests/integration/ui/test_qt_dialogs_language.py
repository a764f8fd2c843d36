"""Qt's own dialogs in the officer's language: where Qt's catalogue has a gap, ours fills it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QLabel

from app.ui.language import apply_language


def test_qts_file_dialog_is_all_chinese(qtbot: Any) -> None:
    """Qt's own file dialog (Linux has no other) said "Look in:" and "Files of type:" in English: Qt's
    catalogue has them only without their mnemonics."""
    apply_language("zh_TW")
    try:
        dialog = QFileDialog(None, "IMG 1")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels == ["查詢位置(&L)：", "檔名(&N)：", "檔案類型(&T)："]
    finally:
        apply_language("en")
    qtbot.waitUntil(lambda: [label.text() for label in dialog.findChildren(QLabel) if label.text()] == [
        "&Look in:", "File &name:", "Files of &type:"], timeout=10_000)
