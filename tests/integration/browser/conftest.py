"""A BrowserPanel on a fresh vault, offscreen, with helpers that wait on the page (never sleep)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage

from app.infra.browser_prefs import BrowserPrefs
from app.ui.browser import BrowserPanel
from app.ui.browser.tab import BrowserTab
from app.vault import Vault

MAIN_WORLD = 0


@pytest.fixture
def prefs(tmp_path: Path) -> BrowserPrefs:
    prefs = BrowserPrefs(tmp_path / "browser.ini")
    prefs.persona_folder = tmp_path / "personas"
    prefs.break_minutes = 50
    return prefs


@pytest.fixture
def panel(qtbot: Any, vault: Vault, prefs: BrowserPrefs) -> Iterator[BrowserPanel]:
    widget = BrowserPanel(vault, prefs=prefs)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def pages(fixture_server: str) -> str:
    return f"{fixture_server}/browser/"


def js(qtbot: Any, page: QWebEnginePage, source: str, world: int = MAIN_WORLD) -> Any:
    """Run ``source`` in ``page`` and return its result (waits for the callback)."""
    box: list[Any] = []
    page.runJavaScript(source, world, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def open_and_wait(qtbot: Any, panel: BrowserPanel, url: str, **kwargs: Any) -> BrowserTab:
    """Open ``url`` the way the sidebar and a keyword patrol do (``open_tab`` with the address)."""
    tab = panel.open_tab(QUrl(url), **kwargs)
    with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
        pass  # the load needs the event loop, so loadFinished cannot have fired before this waits
    return tab


def load_and_wait(qtbot: Any, tab: BrowserTab, url: str) -> None:
    with qtbot.waitSignal(tab.page.loadFinished, timeout=20_000):
        tab.load(QUrl(url))


def click_element(qtbot: Any, tab: BrowserTab, element_id: str) -> None:
    """A real mouse click (a user gesture to the page) in the middle of the element."""
    rect = json.loads(js(qtbot, tab.page, f"(function(r){{return JSON.stringify([r.left + r.width / 2, "
                                          f"r.top + r.height / 2]);}})"
                                          f"(document.getElementById('{element_id}').getBoundingClientRect())"))
    target = tab.view.focusProxy()
    point = QPoint(int(rect[0] * tab.page.zoomFactor()), int(rect[1] * tab.page.zoomFactor()))
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
