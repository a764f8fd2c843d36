"""The page's own menu (right click) in the officer's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEnginePage

from app.ui.browser import BrowserPanel
from app.ui.language import apply_language

Action = QWebEnginePage.WebAction


def test_the_page_menu_is_chinese(qtbot: Any, panel: BrowserPanel) -> None:
    """Seen in session 20: right-clicking a link offered "Back, Forward, Reload, Save page, Open link in new
    tab, Save link, Copy link address" in English in the zh_TW interface. QtWebEngine names these items from
    its own catalogue, which Qt ships in Simplified Chinese only; ours fills the gap."""
    apply_language("zh_TW")
    try:
        tab = panel.open_tab(QUrl("about:blank"))  # the page's actions are named when first asked for
        names = [tab.page.action(action).text() for action in (
            Action.Back, Action.Reload, Action.SavePage, Action.OpenLinkInNewTab, Action.OpenLinkInNewWindow,
            Action.DownloadLinkToDisk, Action.CopyLinkToClipboard, Action.ViewSource, Action.Copy)]
        assert names == ["上一頁", "重新載入", "儲存網頁", "在新分頁中開啟連結", "在新視窗中開啟連結", "儲存連結",
                         "複製連結網址", "檢視網頁原始碼", "複製"]
    finally:
        apply_language("en")
