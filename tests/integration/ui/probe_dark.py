"""Probe: screenshots of the main window in zh_TW under the palette DARK_PALETTE names (light, dark, hc), in DARK_OUT.

Not collected by the suite (its name does not start with ``test_``); run it alone::

    DARK_PALETTE=hc DARK_OUT=/tmp/shots QT_QPA_PLATFORM=offscreen python -m pytest -q -p no:cacheprovider -n 0 \
        tests/integration/ui/probe_dark.py
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.ui.browser.notice import Level
from app.ui.capture import CaptureGallery
from app.ui.language import apply_language
from app.ui.session import Session
from tests.integration.ui.conftest import wired_session
from tests.integration.ui.test_dark_palette import HIGH_CONTRAST, WINDOWS_DARK, palette_of

OUT = Path(os.environ.get("DARK_OUT", "/tmp/dm"))
NAME = os.environ.get("DARK_PALETTE", "dark")


def make_palette(name: str) -> QPalette:
    return palette_of(WINDOWS_DARK if name == "dark" else HIGH_CONTRAST)


@pytest.fixture
def session(qtbot: Any, tasks: Any, settings: Any, vault: Any, vault_path: Path) -> Iterator[Session]:
    app = QApplication.instance()
    old = app.palette()
    if NAME != "light":
        app.setPalette(make_palette(NAME))
    apply_language("zh_TW")
    with wired_session(qtbot, tasks, settings, vault, vault_path, size=(1366, 768)) as session:
        yield session
    app.setPalette(old)
    apply_language("en")


def shot(widget: Any, name: str) -> None:
    widget.grab().save(str(OUT / f"{NAME}-{name}.png"))


def test_shoot(qtbot: Any, session: Session) -> None:
    window = session.window
    vault = session.vault
    case = next(case for case in vault.list_cases() if case.number.endswith("0008"))
    gallery = window.findChild(CaptureGallery)
    with qtbot.waitSignal(gallery.loaded, timeout=30_000):
        window.select_case(case.id)
    session.casework.reminders.check_now()
    qtbot.wait(500)
    shot(window, "case-details")
    tabs = window.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(400)
        shot(window, f"case-tab{index}")
    work = window.work_area
    for index in range(work.count()):
        work.setCurrentIndex(index)
        qtbot.wait(400)
        shot(window, f"work{index}")
    from app.ui.browser import BrowserPanel
    browser = window.findChild(BrowserPanel)
    if browser is not None:
        work.setCurrentWidget(browser)
        for level in Level:
            browser.notify(f"通知 {level.name}：測試訊息", level)
        qtbot.wait(500)
        shot(window, "browser-notices")


def test_shoot_dialogs(qtbot: Any, session: Session, tmp_path: Path) -> None:
    from tests.integration.ui.test_keyboard import _each_dialog
    for name, dialog in _each_dialog(qtbot, session, tmp_path):
        qtbot.wait(300)
        shot(dialog, "dialog-" + name.replace(" ", "-"))
    from app.ui.wizard import FirstRunWizard
    wizard = FirstRunWizard(session.tasks, tmp_path / "new.npv")
    qtbot.addWidget(wizard)
    wizard.show()
    for page in range(4):
        qtbot.wait(200)
        shot(wizard, f"wizard{page}")
        wizard.next()
