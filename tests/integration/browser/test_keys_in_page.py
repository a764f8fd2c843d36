"""Keys the patrol browser keeps for itself must not keep them from the page the officer is reading."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.ui.browser import BrowserPanel
from tests.integration.browser.conftest import js, load_and_wait, open_and_wait


def test_escape_reaches_the_page_and_closes_the_find_bar_from_inside_it(qtbot: Any, panel: BrowserPanel,
                                                                        pages: str) -> None:
    """Seen: the panel's Esc (close the find bar) was bound on the whole panel, so a site's photo viewer or dialog
    never heard Esc, even with the find bar closed."""
    tab = open_and_wait(qtbot, panel, f"{pages}keywords-en.html")
    js(qtbot, tab.page, "window.keysSeen = []; document.addEventListener('keydown', e => keysSeen.push(e.key)); true")
    tab.view.setFocus()
    qtbot.waitUntil(lambda: tab.view.focusProxy().hasFocus(), timeout=2000)
    QTest.keyClick(tab.view.focusProxy(), Qt.Key.Key_Escape)
    QTest.keyClick(tab.view.focusProxy(), Qt.Key.Key_A)  # after Esc: once it is seen, Esc was too, or never
    qtbot.waitUntil(lambda: "a" in js(qtbot, tab.page, "keysSeen.join(',')"), timeout=5000)
    assert js(qtbot, tab.page, "keysSeen.join(',')") == "Escape,a"
    panel.show_find()
    qtbot.waitUntil(panel.find_text.hasFocus, timeout=2000)
    QTest.keyClick(panel.find_text, Qt.Key.Key_Escape)
    assert not panel.find_bar.isVisible()


def test_ctrl_tab_and_ctrl_page_keys_step_through_the_page_tabs(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    """Seen: Ctrl+PgDown did nothing, and Ctrl+Tab in the address bar went past the page tabs to the main window's."""
    first = open_and_wait(qtbot, panel, f"{pages}keywords-en.html")
    second = open_and_wait(qtbot, panel, f"{pages}keywords-en.html")
    assert panel.tabs.currentWidget() is second
    second.view.setFocus()
    qtbot.waitUntil(lambda: second.view.focusProxy().hasFocus(), timeout=2000)
    QTest.keyClick(second.view.focusProxy(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentWidget() is first  # round the end
    panel.address.setFocus()
    qtbot.waitUntil(panel.address.hasFocus, timeout=2000)
    QTest.keyClick(panel.address, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentWidget() is second
    QTest.keyClick(panel.address, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentWidget() is first
    QTest.keyClick(panel.address, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.tabs.currentWidget() is second


def test_alt_left_and_alt_right_go_back_and_forward_and_backspace_still_types(qtbot: Any, panel: BrowserPanel,
                                                                               pages: str) -> None:
    """Seen: Alt+Left, the way back in every Windows browser, did nothing in the patrol browser."""
    tab = open_and_wait(qtbot, panel, f"{pages}keywords-en.html")
    load_and_wait(qtbot, tab, f"{pages}keywords-zh.html")
    tab.view.setFocus()
    qtbot.waitUntil(lambda: tab.view.focusProxy().hasFocus(), timeout=2000)
    with qtbot.waitSignal(tab.page.loadFinished, timeout=10_000):
        QTest.keyClick(tab.view.focusProxy(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.page.url().fileName() == "keywords-en.html"
    with qtbot.waitSignal(tab.page.loadFinished, timeout=10_000):
        QTest.keyClick(tab.view.focusProxy(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.page.url().fileName() == "keywords-zh.html"
    panel.address.setFocus()
    panel.address.setText("https://example.invalid/ab")
    QTest.keyClick(panel.address, Qt.Key.Key_Backspace)
    assert panel.address.text() == "https://example.invalid/a"
