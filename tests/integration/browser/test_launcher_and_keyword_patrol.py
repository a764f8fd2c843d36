"""The platform sidebar, keyword patrols opening search pages in tabs, and the platforms editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QColor

from app.infra import patrol_catalog
from app.infra.patrol_catalog import Platform
from app.ui.browser import BrowserPanel, PlatformsEditor
from app.ui.browser.keyword_dialog import KeywordPatrolDialog
from app.ui.browser.sidebar import platform_icon


def fixture_platforms(pages: str) -> list[Platform]:
    return [Platform("zh", "合成論壇", pages + "keywords-zh.html", pages + "keywords-zh.html?q={q}"),
            Platform("en", "Synthetic board", pages + "keywords-en.html", pages + "keywords-en.html?q={q}"),
            Platform("app", "App only", pages + "media.html")]


def test_the_sidebar_lists_the_guideline_platforms_and_opens_them(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    names = [panel.sidebar.item(i).text() for i in range(panel.sidebar.count())]
    assert names[:3] == ["BeReal", "Retro", "TikTok"] and "小紅書" in names and names[-1] == "PTT"
    assert all(not panel.sidebar.item(i).icon().isNull() for i in range(panel.sidebar.count()))
    panel.sidebar.set_platforms(fixture_platforms(pages))
    panel.sidebar.platform_chosen.emit(panel.sidebar.platforms()[0])
    assert panel.current_tab().page.requestedUrl() == QUrl(pages + "keywords-zh.html")


def test_platform_badges_are_drawn_at_the_size_and_density_they_are_shown(qtbot: Any) -> None:
    facebook = next(p for p in patrol_catalog.load_platforms() if p.name == "Facebook")
    icon = platform_icon(facebook)
    for side, ratio in ((28, 1.0), (28, 2.0), (20, 1.0)):
        image = icon.pixmap(QSize(side, side), ratio).toImage()
        pixels = round(side * ratio)
        assert (image.width(), image.height()) == (pixels, pixels)
        assert image.pixelColor(0, 0).alpha() == 0  # the corners stay transparent
        inside = image.pixelColor(round(pixels * 0.15), pixels // 2)  # left of the mark, inside the circle
        assert inside.name() == QColor(facebook.color).name() and inside.alpha() == 255


def test_a_keyword_patrol_opens_each_search_page_and_highlights_the_keyword(qtbot: Any, panel: BrowserPanel,
                                                                            pages: str) -> None:
    platforms = fixture_platforms(pages)
    dialog = KeywordPatrolDialog(patrol_catalog.load_keyword_sets(), platforms, panel, preselected={"zh", "en"})
    assert dialog.platforms.count() == 2  # the platform without a search page is not offered, but named
    assert not dialog.unsearchable.isHidden() and "App only" in dialog.unsearchable.text()
    dialog.keywords.setCurrentRow(0)
    assert dialog.keyword() == "援交" and dialog.open_button.isEnabled()
    tabs = panel.run_keyword_patrol(dialog.keyword(), dialog.chosen_platforms())
    assert [t.page.requestedUrl().toString(QUrl.ComponentFormattingOption.FullyEncoded) for t in tabs] == [
        pages + "keywords-zh.html?q=%E6%8F%B4%E4%BA%A4", pages + "keywords-en.html?q=%E6%8F%B4%E4%BA%A4"]
    qtbot.waitUntil(lambda: tabs[0].hits == 3, timeout=10_000)
    assert panel.current_tab() is tabs[0]


def test_the_platforms_editor_validates_and_saves(qtbot: Any) -> None:
    editor = PlatformsEditor([Platform("a", "A", "https://a.test/")])
    qtbot.addWidget(editor)
    saved: list[Any] = []
    editor.saved.connect(saved.append)
    editor.table.item(0, 2).setText("https://a.test/search")  # no {q}
    assert not editor.save() and not editor.error.isHidden() and not saved
    editor.table.item(0, 0).setText("")  # no name: seen, 「第 14 列（）：名稱是空的。」
    assert not editor.save() and editor.error.text().startswith("Row 1: ") and "()" not in editor.error.text()
    editor.table.item(0, 0).setText("A")
    editor.table.item(0, 2).setText("https://a.test/search?q={q}")
    assert editor.save()
    assert patrol_catalog.load_platforms()[0].search == "https://a.test/search?q={q}"
    editor.restore_defaults()
    assert len(patrol_catalog.load_platforms()) == 13


def test_enter_in_the_platforms_editor_adds_nothing_and_closes_nothing(qtbot: Any) -> None:
    """Seen: Enter that ended typing in a cell, pressed once more, added an empty platform; with no button
    taking Enter, Close would have, dropping what was typed and not saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    from app.ui.browser import PlatformsEditorDialog

    dialog = PlatformsEditorDialog([Platform("a", "A", "https://a.test/"), Platform("b", "B", "https://b.test/")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    table = dialog.editor.table
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=10_000)  # the cell's editor
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Alpha")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # ends typing in the cell (committed on the next turn of events)
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Alpha", timeout=10_000)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert table.rowCount() == 2 and table.item(0, 0).text() == "Alpha" and dialog.isVisible()


def test_with_no_tab_open_the_browser_says_what_to_do(qtbot: Any, panel: BrowserPanel, pages: str) -> None:
    assert panel.tab_area.currentWidget() is panel.empty_hint and panel.empty_hint.isVisible()
    assert "platform" in panel.empty_hint.text() and "patrol log" in panel.empty_hint.text()
    panel.open_tab(QUrl(pages + "keywords-zh.html"))
    assert panel.tab_area.currentWidget() is panel.tabs and not panel.empty_hint.isVisible()
    panel.close_tab(0)
    assert panel.tab_area.currentWidget() is panel.empty_hint
