"""Beside a date-time editor in the Chinese interface, the time as the documents will print it
(民國114年7月8日 23:30), following every change; nothing in English, where the editor already reads so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from app.ui.checklist.dialogs import taipei_edit, with_reading


@pytest.fixture
def locale_back() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale_back")
def test_the_reading_follows_the_editor_and_the_language(qtbot: Any) -> None:
    QLocale.setDefault(QLocale("zh_TW"))
    edit = taipei_edit(datetime(2025, 7, 8, 15, 30, tzinfo=UTC), None)  # type: ignore[arg-type]
    holder = with_reading(edit, None)  # type: ignore[arg-type]
    qtbot.addWidget(holder)
    reading = holder.findChild(QLabel, "timeReading")
    assert reading.text() == "＝ 民國114年7月8日 23:30" and not reading.isHidden()
    edit.setDateTime(edit.dateTime().addSecs(3600))  # past midnight in Taipei: the next day
    assert reading.text() == "＝ 民國114年7月9日 00:30"
    QLocale.setDefault(QLocale(QLocale.Language.English))
    reading.refresh()
    assert reading.isHidden()
