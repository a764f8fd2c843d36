"""Qt's warnings go to the log file, never the pages' console output (captured content)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QMessageLogger, qInstallMessageHandler

from app.infra.logs import route_qt_messages


def test_qt_warnings_are_logged_and_page_console_is_dropped(caplog: pytest.LogCaptureFixture) -> None:
    route_qt_messages()
    try:
        with caplog.at_level(logging.DEBUG, logger="qt"):
            QMessageLogger().warning("QRhiGles2: Failed to create context")
            QMessageLogger("page.js", 1, "f", "js").warning("console: 被害人甲 0912345678")
            QMessageLogger("x.cpp", 1, "f", "qt.webenginecontext").warning("context category kept")
    finally:
        qInstallMessageHandler(None)
    text = caplog.text
    assert "Failed to create context" in text
    assert "qt.webenginecontext: context category kept" in text  # categories other than js pass
    assert "被害人甲" not in text and "0912345678" not in text
